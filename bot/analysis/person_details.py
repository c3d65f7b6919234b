"""What a named person is given where they are named: an office before or after the name
("Prime Minister X", "X, the club's manager") and an age ("X, 43,"), for
:mod:`bot.analysis.people`."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from bot.analysis.model import Age, Title
from bot.analysis.offices import (
    MAX_PHRASE_WORDS,
    MODIFIER_WORDS,
    PHRASES_BY_LAST_WORD,
    STATUS_WORDS,
    Office,
)
from bot.analysis.places import qualifier_key
from bot.analysis.sentences import sentence_of

QUALIFIER_LABELS = {"NORP", "GPE", "ORG", "LOC", "FAC"}
AGE_AFTER_NAME = re.compile(r"\s*,\s*(\d{1,3})\s*,")
_DETERMINERS = {"the", "a", "an"}


def norm(token: Token) -> str:
    return token.lower_.rstrip(".") if token.text not in {"gov.", "sen.", "rep."} else token.lower_


def _qualifier_and_status(doc: Doc, left: int, floor: int) -> tuple[str | None, str, int]:
    """Read leftwards from ``left`` (exclusive) for a jurisdiction and status words."""
    qualifier_tokens: list[Token] = []
    status = "current"
    i = left - 1
    while i >= floor:
        tok = doc[i]
        low = tok.lower_
        if tok.is_punct and low != "-":
            break  # a comma ends the phrase, even inside an entity ("Empire, Glaad's")
        if low in STATUS_WORDS:
            status = STATUS_WORDS[low]
        elif low in {"-", "'s", "’s"}:
            pass
        elif tok.ent_type_ in QUALIFIER_LABELS or tok.pos_ == "PROPN":
            qualifier_tokens.insert(0, tok)
            if tok.is_sent_start:
                i -= 1
                break
        else:
            break
        i -= 1
    qualifier = (
        qualifier_key(" ".join(t.text for t in qualifier_tokens)) if qualifier_tokens else None
    )
    return qualifier, status, i + 1


def _office_ending_at(doc: Doc, end: int, floor: int) -> tuple[Office, int, str] | None:
    """An office phrase whose last word is ``doc[end - 1]``: (office, start, modifier)."""
    if end - 1 < floor:
        return None
    for words, office in PHRASES_BY_LAST_WORD.get(norm(doc[end - 1]), ()):
        n = len(words)
        start = end - n
        if start < floor:
            continue
        if tuple(norm(t) for t in doc[start:end]) == words:
            modifier = ""
            if start - 1 >= floor and doc[start - 1].lower_ in MODIFIER_WORDS:
                modifier = doc[start - 1].lower_
                start -= 1
                if start - 1 >= floor and doc[start - 1].text == "-":
                    start -= 1
            return office, start, modifier
    return None


def _make_title(
    doc: Doc, office: Office, modifier: str, office_start: int, office_end: int, floor: int
) -> Title:
    qualifier, status, start = _qualifier_and_status(doc, office_start, floor)
    name = f"{modifier} {office.name}" if modifier else office.name
    span = doc[start:office_end]
    return Title(
        office=name,
        text=span.text,
        qualifier=qualifier,
        status=status,
        start=span.start_char,
        end=span.end_char,
        sentence=-1,
    )


def title_before(doc: Doc, name: Span) -> Title | None:
    """ "British Prime Minister David Cameron", "the Prime Minister, Boris Johnson"."""
    floor = sentence_of(doc, name.start).start
    end = name.start
    if end - 1 >= floor and doc[end - 1].text == ",":
        end -= 1  # apposition: the office, the name
    found = _office_ending_at(doc, end, floor)
    if found is None:
        return None
    office, start, modifier = found
    return _make_title(doc, office, modifier, start, end, floor)


def title_after(doc: Doc, name: Span) -> Title | None:
    """ "David Cameron, the British prime minister," and "..., prime minister of Britain"."""
    sent_end = sentence_of(doc, name.start).end
    i = name.end
    if i >= sent_end or doc[i].text != ",":
        return None
    j = i + 1
    stop = j
    while stop < sent_end and stop - j < MAX_PHRASE_WORDS + 5 and not doc[stop].is_punct:
        if doc[stop].lower_ in {"of", "for", "at", "who", "and"}:
            break
        stop += 1
    if stop >= sent_end or doc[stop].text not in {",", ".", "of", "for", "at", ")", ";", "—"}:
        return None
    found = _office_ending_at(doc, stop, j)
    if found is None:
        return None
    office, start, modifier = found
    title = _make_title(doc, office, modifier, start, stop, j)
    # Everything between the comma and the office must be a determiner, status or qualifier.
    head = doc[j:start]
    if any(
        t.lower_ not in _DETERMINERS
        and t.lower_ not in STATUS_WORDS
        and t.text not in {"-", "'s", "’s"}
        and t.ent_type_ not in QUALIFIER_LABELS
        and t.pos_ != "PROPN"
        for t in head
    ):
        return None
    if doc[stop].lower_ in {"of", "for", "at"} and title.qualifier is None:
        run: list[str] = []  # "prime minister of (the) United Kingdom"
        for t in doc[stop + 1 : sent_end]:
            if t.lower_ in _DETERMINERS and not run:
                continue
            if not (t.ent_type_ or t.pos_ == "PROPN"):
                break
            run.append(t.text)
        if run:
            title = replace(title, qualifier=qualifier_key(" ".join(run)))
    return title


def age_attached(doc: Doc, name: Span) -> Age | None:
    """ "Gary Locke, 39," or "39-year-old Gary Locke"."""
    text = doc._.text
    m = AGE_AFTER_NAME.match(text, name.end_char)
    if m:
        value = int(m.group(1))
        if 0 < value < 120:
            return Age(value, m.group(1), m.start(1), m.end(1), -1, True)
    window_start = max(sentence_of(doc, name.start).start_char, name.start_char - 20)
    before = text[window_start : name.start_char]
    m2 = re.search(r"(\d{1,3})-year-old\s+$", before)
    if m2:
        value = int(m2.group(1))
        start = window_start + m2.start(1)
        return Age(value, m2.group(0).strip(), start, window_start + m2.end(0), -1, True)
    return None


def sentence_index(doc: Doc, token_index: int) -> int:
    return int(doc._.token_sentence[token_index])
