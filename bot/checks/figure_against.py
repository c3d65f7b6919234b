"""A value a figure is set against, for number-conflict: "The evening's total ... compares
with £41.2m for the equivalent sale a year ago", "against 1,200 a year earlier": the
other sale's or the other year's value, given to compare, not the sentence's own quantity
told again; and a value a figure left or beat ("rose from 11.6%", "more than 120"), which
a swap of its digits does not make a slip of (bot.checks.figure_slips)."""

from __future__ import annotations

import re

from bot.analysis.figure_frames import ReadFigure
from bot.checks.facts import Facts

# "compares with", "compared to", "as against", ", against", "30GB against": the words
# setting a value beside the one the sentence is about, right before it (a qualifier may
# come between). A bare "against" sets a value against another only after a figure, a
# comma or "as": "a lawsuit against five men" counts the men.
_SET_AGAINST = re.compile(
    r"(?:\bcompar(?:e|es|ed|ing)\s+(?:with|to)|(?:,|\bas|\d[\w%.]*)\s+against)\s+"
    r"(?:(?:about|around|roughly|some|just|nearly|almost|only)\s+)?$",
    re.I,
)
_BEFORE_CHARS = 30  # read before a figure for those words


def set_against(facts: Facts, f: ReadFigure) -> bool:
    """The figure is a value set beside the sentence's own, not the quantity itself."""
    start, _end = facts.sentences[f.sentence]
    low = max(start, f.start - _BEFORE_CHARS)
    return _SET_AGAINST.search(facts.text, low, f.start) is not None


# "rose from 11.6%", "more than 120", "It beats the $212 million paid by the Mets"
_LEFT_OR_BEATEN = re.compile(
    r"\b(?:from|than|(?:beat|surpass|eclips|exceed|top)\w*\s+the)\s+(?:about\s+|around\s+)?$",
    re.I,
)
_LEFT_CHARS = 20  # read before a figure for those words


def bettered_or_left(facts: Facts, f: ReadFigure) -> bool:
    """The figure is a value another rose from or beat, not that other told again."""
    return _LEFT_OR_BEATEN.search(facts.text, max(0, f.start - _LEFT_CHARS), f.start) is not None
