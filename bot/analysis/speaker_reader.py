"""Reading the speaker of a quote from the parse around it (see :mod:`bot.analysis.speakers`
for what a speaker is): the subject of the speech verb, a description and whose it is, the
antecedent of a pronoun, and the bodies a person speaks for.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from bot.analysis.antecedents import MAX_CHAIN, SUBJECT, Antecedents
from bot.analysis.model import Person
from bot.analysis.speakers import (
    BODY_NOUNS,
    DESCRIPTION,
    ORGANISATION,
    PERSON,
    VOICE_NOUNS,
    Speaker,
    org_key,
)

_MAX_VERBS = 6  # speech verbs tried per quote, the nearest first
_WINDOW = 60  # tokens either side of a quote searched for its speech verb


class SpeakerReader(Antecedents):
    """Reads the speakers of one document's quotes."""

    def of_quote(self, span: Span, verbs: set[str]) -> Speaker | None:
        """The speaker of the quote ``span``: the subject of the speech verb governing it,
        else of the nearest speech verb outside quotes in its sentence(s)."""
        doc = self.doc
        first = doc._.token_sentence[span.start]
        last = doc._.token_sentence[span.end - 1]
        # the quote's sentences, near the quote: a run-on "sentence" of a pasted page could
        # otherwise be read whole for every quote in it
        start = max(doc._.sentence_tokens[first][0], span.start - _WINDOW)
        end = min(doc._.sentence_tokens[last][1], span.end + _WINDOW)
        # '"...?" Dechy said.' may be parsed as two sentences: the verb just after counts
        end = max(end, min(span.end + 5, len(doc)))
        governors = {
            t.head.i for t in span if not span.start <= t.head.i < span.end and t.head != t
        }
        found = []
        for tok in doc[start:end]:
            if tok.lemma_.lower() not in verbs or span.start <= tok.i < span.end:
                continue
            if self.quoted[tok.i] and not self._beside(tok, span):
                continue
            distance = span.start - tok.i if tok.i < span.start else tok.i - span.end
            found.append((tok.i not in governors, distance, tok.i))
        for governed_elsewhere, _d, i in sorted(found)[:_MAX_VERBS]:
            subjects = self._subjects(doc[i], masked=not self.quoted[i])
            if not subjects and i > 0 and self._name_end(doc[i - 1]) and not self.quoted[i - 1]:
                return self._named(doc[i - 1])  # "... Owen said", the name parsed elsewhere
            for subject in subjects:
                speaker = self.read(subject)
                if speaker is not None:
                    return speaker
            if subjects and not governed_elsewhere:
                return None  # the verb that governs the quote has a subject we cannot name
        return None

    def _beside(self, verb: Token, span: Span) -> bool:
        """A verb right before the quote's marks ("said: "...") or just after them (""...,"
        he said"): the speaker's, even when marks left open elsewhere put it in a quote."""
        doc = self.doc
        if verb.i < span.start:
            between = doc[verb.i + 1 : span.start]
            return len(between) <= 3 and all(t.is_punct or t.is_space for t in between)
        between = doc[span.end : verb.i]
        return len(between) <= 4 and bool(between) and between[0].is_punct

    def _subjects(self, verb: Token, masked: bool = True) -> list[Token]:
        own = [c for c in verb.children if c.dep_ in SUBJECT and not (masked and self.quoted[c.i])]
        if own:
            # "Ron Lane's brother Mark Lane said" may come as two subjects: the name first
            return sorted((self._antecedent(s) for s in own), key=lambda t: t.pos_ != "PROPN")
        if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:  # "X paused and said"
            return [c for c in verb.head.children if c.dep_ in SUBJECT and not self.quoted[c.i]]
        return []

    @staticmethod
    def _antecedent(subject: Token) -> Token:
        """ "who" stands for the noun its clause describes ("Smith, who said ...")."""
        if subject.lower_ in {"who", "which", "that"} and subject.head.dep_ == "relcl":
            return subject.head.head
        return subject

    def read(self, tok: Token) -> Speaker | None:
        """What a subject token names as a speaker, or None when it names no one we can
        tell apart ("I", "they", "the singer", "Smith and Jones")."""
        if any(c.dep_ in {"conj", "cc"} for c in tok.children):
            return None  # two speakers at once
        lower = tok.lower_
        if lower in {"he", "she"}:
            return self.pronoun(tok)
        if lower == "it":
            return self._last_org(tok)
        if tok.pos_ in {"PRON", "DET"}:
            return None
        if self._is_name(tok):
            return self._named(tok)
        if tok.pos_ == "NOUN":
            return self._described(tok)
        return None

    def _described(self, noun: Token, depth: int = 0) -> Speaker | None:
        """A speaker named by a common noun: a voice of whom it speaks for ("a spokesman for
        NASA"), the name beside it ("his brother, Mark Lane"), someone described by whose
        they are ("Ron Lane's brother"), or a body ("the department")."""
        lemma = noun.lemma_.lower()
        named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        owner = self._owner(noun, depth) if depth < MAX_CHAIN else None
        if lemma in VOICE_NOUNS or noun.lower_ in VOICE_NOUNS:
            if named is not None:
                speaker = self._named(named)
                if speaker is not None and speaker.kind == PERSON and owner is not None:
                    return replace(speaker, speaks_for=frozenset({owner.key}))
                return speaker
            return owner  # a spokesman for NASA speaks as NASA
        if named is not None:
            speaker = self._named(named)
            if speaker is not None and owner is not None:
                return replace(speaker, not_keys=frozenset({owner.key}))
            return speaker
        titled = self._titled_name(noun)
        if titled is not None:
            return titled
        owned = any(c.dep_ == "poss" for c in noun.children)
        if owner is not None and (owned or owner.kind == PERSON):
            return Speaker(
                f"{owner.label}'s {noun.text}", f"d:{owner.key}:{lemma}", DESCRIPTION,
                not_keys=frozenset({owner.key}),
            )  # fmt: skip
        if lemma in BODY_NOUNS or noun.lower_ in BODY_NOUNS:
            words = [t for t in noun.lefts if t.dep_ in {"compound", "amod"}] + [noun]
            label = " ".join(t.text for t in words)
            proper = any(t.pos_ == "PROPN" for t in words)
            det = next((c for c in noun.children if c.dep_ == "det"), None)
            shown = f"{det.text.lower()} {label}" if det is not None else label
            return Speaker(shown, org_key(label), ORGANISATION, generic=not proper)
        return None

    def _titled_name(self, noun: Token) -> Speaker | None:
        """The name a title ends in, however it was parsed: "Newcastle director of rugby
        Rob Andrew said". Not "the brother of Rob Andrew": a common noun must come
        right before the name."""
        edge = noun.right_edge
        if edge.i == noun.i or not self._name_end(edge):
            return None
        doc, person = self.doc, self.by_token.get(edge.i)
        first = edge.i
        while first > noun.i and (
            (person is not None and self.by_token.get(first - 1) is person)
            or (doc[first].ent_iob_ == "I" and doc[first].ent_type_ == "PERSON")
        ):
            first -= 1
        before = doc[first - 1]
        if before.is_lower and before.pos_ in {"NOUN", "PROPN", "ADJ"}:
            return self._named(edge)
        return None

    def _owner(self, noun: Token, depth: int = 0) -> Speaker | None:
        """Whom a noun belongs to or speaks for: "NASA's", "a NASA spokesman", "for NASA",
        "his"."""
        for child in noun.children:
            if child.dep_ == "poss":
                if child.lower_ in {"his", "her"}:
                    return self.pronoun(child)
                if child.pos_ == "PROPN":
                    return self._named(child)
                if child.pos_ == "NOUN":
                    return self._described(child, depth + 1)
        for child in noun.children:
            if child.dep_ in {"compound", "nmod"} and child.pos_ == "PROPN":
                return self._named(child)
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in {"for", "of", "at", "from"}:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "PROPN":
                    return self._named(obj)
                if obj is not None and obj.pos_ == "NOUN":
                    return self._described(obj, depth + 1)
        return None

    def ties(self, person: Person) -> frozenset[str]:
        """Organisations a person is named as a voice of: "NASA spokesman John Smith",
        "John Smith, a spokesman for the department"."""
        if person.name in self._ties:
            return self._ties[person.name]
        self._ties[person.name] = frozenset()  # a tie read through the person's own name
        found: set[str] = set()
        for span in self.spans.get(person.name, ()):
            head = span[-1]
            posts = [c for c in head.children if c.dep_ in {"compound", "appos"}]
            if head.dep_ == "appos":
                posts.append(head.head)
            for post in posts:
                if post.lower_ in VOICE_NOUNS or post.lemma_.lower() in VOICE_NOUNS:
                    body = self._owner(post)
                    if body is not None and body.kind == ORGANISATION:
                        found.add(body.key)
        ties = frozenset(found)
        self._ties[person.name] = ties
        return ties
