"""Numbers that are part of a name, not quantities: "Six Nations", "3G", "Apollo 11",
"the FTSE 100", "Channel 4", "Covid-19". The report gives none of them as a key figure
(an editor reading "11 — Apollo fans present" learns nothing), whatever the figure
reader made of them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from bot.analysis.model import Figure
from bot.analysis.numbers import LABEL_WORDS

# A number word with a capital inside a sentence is part of a name ("Six Nations", "Group
# Four", "Formula One").
_NUMBER_WORD_NAME = re.compile(r"^[A-Z][a-z]+$")
# Digits written onto a capital that is no scale: "3G", "4D"; not "8M", "2K" or "8million".
_GLUED_NAME = re.compile(r"^\d+(?![KMBT]$)[A-Z]$")
_BARE = re.compile(r"^\d[\d,]*$")
_NEXT_WORD = re.compile(r"[\s-]([A-Za-z]+)")
_WORDS_BEFORE = re.compile(r"[^\s\"'‘“(]")
# Words after which a number names one thing of its kind, as "page 4" does ("world No 4"
# and "number one" are ranks, which the report keeps).
_NUMBERING_WORDS = (LABEL_WORDS - {"number", "no", "no.", "nos"}) | {
    "ward", "region", "item", "zone", "district", "block", "phase", "episode", "unit",
    "junction", "exit", "highway", "interstate", "bus", "pier", "cell", "wing", "studio",
    "volume", "model", "line", "act", "scene", "lot", "plot", "precinct", "sector", "box",
}  # fmt: skip

__all__ = ["is_name"]


def _names_one(doc: Doc, figure: Figure) -> bool:
    """A bare number after a name or a word that numbers things names one thing: "Apollo
    11", "the FTSE 100", "Boeing 737", "Channel 4", "ward 51", "Covid-19"."""
    text: str = doc._.text
    if not _BARE.match(figure.value):
        return False
    if figure.start >= 2 and text[figure.start - 1] == "-" and text[figure.start - 2].isalpha():
        return True  # "Covid-19", "F-16"
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ in _NUMBERING_WORDS:
        return True
    # A name, or a capitalised noun the tagger took for a common one ("Apollo 11 fans"
    # opening a sentence); "Some 40,000" and "About 300" open on no noun.
    capitalised = before.is_alpha and before.text[:1].isupper()
    return before.pos_ == "PROPN" or (capitalised and before.pos_ == "NOUN")


def _edition_or_century(doc: Doc, figure: Figure) -> bool:
    """A rank that names an edition or dates a thing: "the 96th Academy Awards", "the 15th
    century"; not "his 500th appearance"."""
    if figure.kind != "rank":
        return False
    after = _NEXT_WORD.match(doc._.text, figure.end)
    if after is None:
        return False
    word = after.group(1)
    return word.lower() in {"century", "centuries"} or word[:1].isupper()


def is_name(doc: Doc, figure: Figure) -> bool:
    """The figure is part of a name: "Six Nations", "Group Four", "3G networks", "Apollo 11",
    "the 96th Academy Awards"."""
    value = figure.value
    if _GLUED_NAME.match(value):
        return True  # a gram is a small "g": "3G" is the network
    if _edition_or_century(doc, figure):
        return True
    if _names_one(doc, figure):
        return True
    if not _NUMBER_WORD_NAME.match(value):
        return False
    # capitalised, and not because it opens its sentence (read without copying it)
    start, _end = doc._.sentences[figure.sentence]
    return _WORDS_BEFORE.search(doc._.text, start, figure.start) is not None
