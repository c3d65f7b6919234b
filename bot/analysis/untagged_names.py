"""Surnames the recogniser missed: a capitalised word that is the surname of someone named
in full or established alone, or one letter away from it where a person stands ("Ashton
Kutcehr", "Thoecharakis said", '"...," Klely said').
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from bot.analysis import budget
from bot.analysis.names import edit_distance
from bot.analysis.office_reading import norm
from bot.analysis.person_ages import AGE_AFTER_NAME
from bot.analysis.person_details import title_after
from bot.analysis.person_names import HONORIFICS, NOT_NAME_LABELS, first_name_before, name_key
from bot.analysis.quotes import SPEECH_VERBS

_AGE_BEFORE = re.compile(r"\d{1,3}-year-old\s+$")


def _where_a_person_stands(token: Token) -> bool:
    """After "Mr" or "Dr", the subject of a verb, an owner ("Jons's hut"), or who spoke."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and norm(previous) in HONORIFICS:
        return True
    if token.dep_ in {"nsubj", "nsubjpass", "poss", "conj", "pobj", "dobj"} and (
        token.pos_ == "PROPN" or token.ent_type_ == "PERSON"
    ):
        return True
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_ in SPEECH_VERBS


_CLOSING_QUOTES = {'"', "”", "’", "'"}


def _quoted_speaker(token: Token, end: int) -> bool:
    """Right after a quote closes and right before "said" or "wrote" ('"...," Leob wrote'):
    who spoke, however the tagger read the word (it took "Klely" for an adverb)."""
    doc = token.doc
    following = doc[end] if end < len(doc) else None
    closed = token.i > 0 and doc[token.i - 1].text in _CLOSING_QUOTES
    return closed and following is not None and following.lemma_ in SPEECH_VERBS


def untagged_surnames(
    doc: Doc, named: list[tuple[Span, list[str]]]
) -> list[tuple[Span, list[str]]]:
    """Names the recogniser missed: a capitalised word that is the surname of someone named
    in full, or by surname more than once ("Abernethy said"), or one letter away from it
    where a person would stand
    (after their first name, or as the subject of a verb): "Ashton Kutcehr", "Thoecharakis
    said"."""
    first_names: dict[str, set[str]] = {}
    for _span, parts in named:
        if len(parts) > 1:
            first_names.setdefault(name_key(parts[-1]), set()).add(name_key(parts[0]))
    # A name used alone, but more than once ("Adebayor ... Adebayor"), or once with an
    # age beside it ("Osei, 46, said" where the recogniser missed "Marguerite Osei" and
    # "Osei, 43,"), is established too.
    text = doc._.text
    alone = Counter(name_key(parts[0]) for _span, parts in named if len(parts) == 1)
    aged_alone = {
        name_key(parts[0])
        for span, parts in named
        if len(parts) == 1 and AGE_AFTER_NAME.match(text, span.end_char) is not None
    }
    for key, count in alone.items():
        if count > 1 or key in aged_alone:
            first_names.setdefault(key, set())
    covered = {i for span, _parts in named for i in range(span.start, span.end)}
    spellings = Counter(name_key(t.text) for t in doc if t.is_title)
    extra = []
    for token in doc:
        budget.check()
        if token.i in covered or not _capitalised(token.text) or len(token) < 4:
            continue
        end = _hyphenated_end(token)  # "Kilroy-Silk": three tokens, one surname
        key = name_key(token.text if end == token.i + 1 else doc[token.i : end].text)
        if key in first_names:
            following = doc[end] if end < len(doc) else None
            if following is not None and first_names.get(name_key(following.text)):
                continue  # "Sandra Holt" beside "Keith Holt": read with her surname, next
            word = doc[token.i : end]
            # "Mr Cameron, 64," may be tagged as a place: where a person stands, it is one.
            person_like = token.ent_type_ in {"", "PERSON", "ORG"} or _where_a_person_stands(token)
            aged = (
                AGE_AFTER_NAME.match(text, word.end_char) is not None
                or _AGE_BEFORE.search(text, max(0, token.idx - 20), token.idx) is not None
            )
            titled = title_after(doc, word) is not None
            previous = doc[token.i - 1] if token.i > 0 else None
            if (
                previous is not None
                and previous.i not in covered
                and first_name_before(previous, True)
            ):
                # "Imogen Lydgate, 54," beside Sir Julian Lydgate: a first name of her own
                extra.append((doc[previous.i : end], [previous.text, word.text]))
                covered.update(range(previous.i, end))
            elif aged or titled or (token.pos_ == "PROPN" and person_like):
                extra.append((word, [word.text]))
                covered.update(range(word.start, word.end))
            continue
        # A slip is written once; a word written the same way twice is something else,
        # whatever the recogniser called it ("Johnstan" tagged as a place, "Hroan" as a building).
        if spellings[key] > 1 or token.ent_type_ in NOT_NAME_LABELS:
            continue
        near = [s for s in first_names if len(s) >= 4 and edit_distance(key, s, limit=1) == 1]
        previous = doc[token.i - 1] if token.i > 0 else None
        if not near or previous is None:
            continue
        word = doc[token.i : end]
        if previous.i not in covered and (
            any(name_key(previous.text) in first_names[s] for s in near)
            or first_name_before(previous, True)  # "the Scot Ewan MacDowell": a name of its own
        ):
            extra.append((doc[previous.i : word.end], [previous.text, word.text]))
        elif (
            norm(previous) in HONORIFICS
            or _quoted_speaker(token, end)
            or (
                # a short surname needs a first name or "Mr" before it: "Bel", "Rcok"
                # alone are as likely another word
                any(len(s) >= 5 for s in near) and _where_a_person_stands(token)
            )
        ):
            extra.append((word, [word.text]))
        else:
            continue
        covered.update(range(token.i, word.end))
    return extra


def _capitalised(word: str) -> bool:
    """ "Cameron", "McIlroy", "DiCaprio"; not "BBC" or "said"."""
    return word[:1].isupper() and any(c.islower() for c in word)


def _hyphenated_end(token: Token) -> int:
    """The end of the token, or of the hyphenated name it starts ("Kilroy-Silk")."""
    doc, i = token.doc, token.i
    if (
        i + 2 < len(doc)
        and not token.whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and _capitalised(doc[i + 2].text)
    ):
        return i + 3
    return i + 1
