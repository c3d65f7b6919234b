"""Numbers that name the thing a story is about ("Flight 9525", "Progress 59", "Formula 4"),
told at least twice. They count nothing, so they are no figures of the story's own; but
an editor checks an identifier as closely as a sum, and highlights keep the ones a story
returns to. The report gives them after the figures, in the places the figures leave.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from bot.analysis import budget
from bot.analysis.dates import CALENDAR_WORDS
from bot.analysis.model import Figure

_DIGITS = re.compile(r"^\d{1,5}$")
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_JOINED = re.compile(r"^([A-Z][A-Za-z]+)-(\d{1,5})$")  # "Par-3", "F-16" read as one token
# After the number: a score, a time, a share or a unit makes it no name ("Almagro 6-3",
# "Olympic 100m"), as does another side's score ("Gateshead 2, Wrexham 1")
_NOT_A_NAME_AFTER = re.compile(r"\s?[-–:/.]\s?\d|%|[a-z]|,\s+(?:[A-Z][\w'-]*\s+){1,3}\d")
_SCORE_BEFORE = re.compile(r"\d,\s+(?:[A-Z][\w'-]*\s+){0,2}$")  # "Gateshead 2, Wrexham 1"
TOLD_AT_LEAST = 2
_MAX_NUMBERS = 400  # numbers read for names: an article has far fewer, a pasted table more


def _name_word(word: Token) -> bool:
    return (
        word.is_alpha
        and word.text[:1].isupper()
        and word.pos_ in {"PROPN", "NOUN"}
        and word.lower_ not in CALENDAR_WORDS
    )


def _spot(doc: Doc, token: Token) -> tuple[int, int] | None:
    """(start, end) of "Name 59" or "Par-3" ending in ``token``, or None."""
    text: str = doc._.text
    joined = _JOINED.match(token.text)
    if joined is not None:
        if joined.group(1).lower() in CALENDAR_WORDS:
            return None
        start, end = token.idx, token.idx + len(token.text)
    elif _DIGITS.match(token.text) and not _YEAR.match(token.text) and token.i > 0:
        before = token.doc[token.i - 1]
        if before.text == "-" and token.i > 1 and not before.whitespace_:
            before = token.doc[token.i - 2]  # "Par - 3" as the tokenizer splits it
        if not _name_word(before) or (before.i == token.sent.start and before.pos_ != "PROPN"):
            return None  # a sentence opens on any capital ("Some 300", "Around 40")
        start, end = before.idx, token.idx + len(token.text)
    else:
        return None
    if _NOT_A_NAME_AFTER.match(text, end) or _SCORE_BEFORE.search(text, max(0, start - 40), start):
        return None
    return start, end


def identifiers(doc: Doc) -> list[tuple[Figure, int]]:
    """Each name with a number told at least twice, at its first mention, with how often
    it is told, in text order."""
    text: str = doc._.text
    first: dict[str, Figure] = {}
    told: Counter[str] = Counter()
    numbers = (t for t in doc if t.like_num or _JOINED.match(t.text))
    for _n, token in zip(range(_MAX_NUMBERS), numbers, strict=False):
        budget.check()
        spot = _spot(doc, token)
        if spot is None:
            continue
        name = " ".join(text[spot[0] : spot[1]].split())
        told[name] += 1
        if name not in first:
            value = float(re.findall(r"\d+", name)[-1])
            sentence = int(doc._.token_sentence[token.i])
            first[name] = Figure(name, value, value, "", "name", "", "", "", *spot, sentence)
    return [(f, told[name]) for name, f in first.items() if told[name] >= TOLD_AT_LEAST]
