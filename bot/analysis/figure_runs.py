"""Figures told in several numbers that are one figure: a time in parts ("2 hours 1 minute
25 seconds", "four hours and 40 minutes"), a ratio ("1 in 10", "117 out of a possible
120") and a size in two or three dimensions ("1.5-metre by 2-metre", "3m x 4m"). Read
apart, each part says something false ("40 minutes — how long the match lasted"); the key
figures give the run as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analysis.figure_frames import ReadFigure
from bot.analysis.model import Figure

_NUMBER = (
    r"(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a|an)"
)
_DURATION_PART = rf"{_NUMBER}\s?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)"
# two or more parts, joined by spaces, commas or "and" ("2hrs 1min 25sec" too)
_TIME_RUN = re.compile(rf"\b{_DURATION_PART}(?:(?:,\s?|\s)(?:and\s)?{_DURATION_PART})+\b", re.I)
_COUNT = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|"
    r"hundred|thousand)"
)
# "1 in 10", "nine in ten", "117 out of a possible 120", "412 of the 650 seats"; not "5 in
# 2004", "3 in 10 days"
_RATIO = re.compile(
    rf"\b{_COUNT}\s(?:in|out\sof(?:\sa\spossible)?|of\sthe|of)\s(?!(?:19|20)\d\d\b){_COUNT}\b"
    rf"(?!\s?(?:%|per\s?cent|(?:hours?|days?|weeks?|months?|years?|minutes?|games?|matches)\b))",
    re.I,
)
_LENGTH = (
    r"(?:\d[\d,]*(?:\.\d+)?)\s?-?\s?(?:metres?|meters?|m|cm|mm|km|kilometres?|feet|foot|ft|"
    r"inch(?:es)?|in|yards?|yds?|miles?)\b"
)
#: the words between the sides of a size ("10ft by 12ft", "3m x 4m")
DIMENSION_WORDS = ("by", "x", "×")
_DIMENSIONS = re.compile(
    rf"\b{_LENGTH}(?:[\s-]?(?:{'|'.join(DIMENSION_WORDS)})[\s-]?{_LENGTH}){{1,2}}", re.I
)
_REACH = 60  # characters either side of a figure a run may start or end


def _run_around(text: str, figure: Figure, pattern: re.Pattern[str]) -> re.Match[str] | None:
    low = max(0, figure.start - _REACH)
    for m in pattern.finditer(text, low, min(len(text), figure.end + _REACH)):
        if m.start() < figure.end and figure.start < m.end():
            return m  # "About 1" (the reader's) and "1 in 10" (the run) overlap
    return None


def joined(text: str, figure: Figure) -> Figure:
    """The figure widened to the run it is part of, or the figure as it was."""
    run = _run_around(text, figure, _TIME_RUN) or _run_around(text, figure, _DIMENSIONS)
    kind = "measure"
    if run is None:
        run, kind = _run_around(text, figure, _RATIO), "ratio"
    if run is None:
        return figure
    start, end = min(figure.start, run.start()), max(figure.end, run.end())
    value = " ".join(text[start:end].split())
    widened = replace(figure, value=value, start=start, end=end, kind=kind)
    # the run is the amount, whatever one part of it was ("117" of "117 out of 120")
    return replace(widened, role="amount") if isinstance(widened, ReadFigure) else widened
