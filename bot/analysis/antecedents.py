"""Antecedents: whom "he", "she" and "it" stand for, for :mod:`bot.analysis.speaker_reader`.

"He" and "she" are the nearest person before them, outside quotes, whom nothing marks as
the other sex: in each sentence back, a subject first, then the last person named there,
the people step's before names only the recogniser saw; a "he" that is a subject there
stands for whom it stands for. A sentence where someone described speaks ("The former
Scotland international added") ends the search unanswered: the "he" is most likely them,
and no name says who they are. "It" is the nearest organisation named.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from bot.analysis import budget
from bot.analysis.speakers import (
    BODY_NOUNS,
    ORGANISATION,
    SPEECH_VERBS,
    VOICE_NOUNS,
    Names,
    Speaker,
    org_key,
)

SUBJECT = {"nsubj", "nsubjpass"}
_LOOK_BACK = 4  # sentences searched for the antecedent of "he", "she" or "it"
TOKENS_BACK = 250  # tokens searched back for an antecedent
MAX_CHAIN = 8  # "he" standing for a "he" before it, at most this many times


def _as_subject(tok: Token) -> Token | None:
    """The subject ``tok`` is, or is in apposition to ("the striker, Smith, said"); None
    when it is neither ("Oscar" in "Oscar host Chris Rock said")."""
    for _ in range(3):
        if tok.dep_ in SUBJECT:
            return tok
        if tok.dep_ != "appos" or tok.head == tok:
            return None
        tok = tok.head
    return None


def _speaks(tok: Token) -> bool:
    """The subject of a verb of speaking, or the name in apposition to it ("Westmoor's
    chief executive, Gillian Pryor, said")."""
    subject = _as_subject(tok)
    return subject is not None and subject.head.lemma_.lower() in SPEECH_VERBS


class Antecedents(Names):
    """Resolves pronouns in one document; remembers each one resolved."""

    def pronoun(self, tok: Token, depth: int = 0) -> Speaker | None:
        """The nearest fitting person before "he"/"she" (or "his"/"her"), outside quotes:
        in each sentence back, a subject first, then the last person named in it; a "he"
        that is a subject there stands for whom it stands for."""
        if tok.i in self._pronouns:
            return self._pronouns[tok.i]
        if depth > MAX_CHAIN:
            return None
        self._pronouns[tok.i] = None  # a chain of pronouns never loops
        sex = "m" if tok.lower_ in {"he", "his", "him"} else "f"
        doc = self.doc
        here = doc._.token_sentence[tok.i]
        found: Speaker | None = None
        for s in range(here, max(here - _LOOK_BACK, -1), -1):
            budget.check()
            start, end = doc._.sentence_tokens[s]
            start, end = max(start, tok.i - TOKENS_BACK), min(end, tok.i)
            named: list[Token] = []  # people the people step found, before other names
            others: list[Token] = []
            for t in doc[start:end]:
                if self.quoted[t.i]:
                    continue
                if t.i in self.heads:
                    if self.sex(self.heads[t.i]) in {None, sex}:
                        named.append(t)
                elif self._name_end(t) or (
                    t.lower_ == tok.lower_ and t.dep_ in SUBJECT and s != here
                ):
                    others.append(t)
                elif s != here and self._speaking_description(t):
                    return self._remember(tok, None)  # "The striker added ...": unnamed
            candidates = named + others
            if not candidates:
                continue
            subject = next((t for t in candidates if self._subject_like(t)), None)
            chosen = subject or (named or others)[-1]
            if self._name_end(chosen):
                found = self._named(chosen)
                sure = len(candidates) == 1 and here - s <= 1 and _speaks(chosen)
                return self._remember(tok, found, sure)
            found = self.pronoun(chosen, depth + 1)
            break
        return self._remember(tok, found)

    def _remember(self, tok: Token, found: Speaker | None, sure: bool = False) -> Speaker | None:
        if found is not None:
            found = replace(found, by_pronoun=True, pronoun_sure=sure)
        self._pronouns[tok.i] = found
        return found

    @staticmethod
    def _speaking_description(tok: Token) -> bool:
        """ "The former Scotland international added": someone speaks, described by a common
        noun; a "he" after it most likely means them, whom no name says."""
        return (
            tok.dep_ == "nsubj"
            and tok.pos_ == "NOUN"
            and tok.head.lemma_.lower() in SPEECH_VERBS
            and any(c.lower_ == "the" for c in tok.children)
            and tok.lemma_.lower() not in BODY_NOUNS | VOICE_NOUNS
        )

    @staticmethod
    def _subject_like(tok: Token) -> bool:
        """A subject, or the name in apposition to one ("the striker, Smith, said")."""
        subject = _as_subject(tok)
        # one of several ("Gardener, Campbell and Lewis-Francis have") is no "he"
        return subject is not None and not any(c.dep_ == "conj" for c in subject.children)

    def _last_org(self, tok: Token) -> Speaker | None:
        """ "it said": the nearest organisation named before, outside quotes."""
        doc = self.doc
        here = doc._.token_sentence[tok.i]
        start = max(doc._.sentence_tokens[max(here - 2, 0)][0], tok.i - TOKENS_BACK)
        for t in reversed(doc[start : tok.i]):
            if not self.quoted[t.i] and t.ent_type_ == "ORG" and t.ent_iob_ == "B":
                end = t.i + 1
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
                label = doc[t.i : end].text
                return Speaker(label, org_key(label), ORGANISATION)
        return None
