"""Figures told in several numbers that are one figure: a time in parts ("2 hours 1 minute
25 seconds", "four hours and 40 minutes", "four years and eight months", a race's
"3:49.78"), a ratio ("1 in 10", "117 out of a possible 120"), a size in two or three
dimensions ("1.5-metre by 2-metre", "3m x 4m"), a change with the level it reached ("up
4.3% to £1.97bn", "rose to 4.7% from 4.6%") and a range ("between 280 and 300").
Read apart, each part says something false ("40 minutes — how long the match lasted", "3 —
former world record holder") or takes a second key figure's place; the key figures give
the run as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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
# "four years and eight months", "2 years 6 months": a term in years and months, however
# many spaces a paste left between the words (the years first: "five years, three years
# and 18 months" are several people's terms)
_YEARS_AND_MONTHS = re.compile(
    rf"(?<!years,\s)(?<!years\sand\s)\b{_NUMBER}\s{{0,3}}(?:years?|yrs?)(?:,\s{{0,3}}|\s{{1,3}})"
    rf"(?:and\s{{1,3}})?{_NUMBER}\s{{0,3}}months?\b",
    re.I,
)
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
# A race's time: minutes and seconds with their fraction ("3:49.78"), or hours, minutes and
# seconds ("2:05:30"); a clock time has neither ("3:30pm" is a date's, read elsewhere)
_RACE_TIME = re.compile(r"(?<![\d:.])\d{1,2}:\d\d(?:\.\d{1,3}|:\d\d(?:\.\d{1,3})?)(?![\d:])")
RACE_TIME = "race time"  # the unit a race's time is read in


def is_race_time(word: str) -> bool:
    """ "3:49.78", "2:05:30": a race's time, as one token."""
    return _RACE_TIME.fullmatch(word) is not None


def race_times(text: str) -> Iterator[tuple[int, int]]:
    """Where the text gives a race's time (the recogniser calls some of them clock times)."""
    for m in _RACE_TIME.finditer(text):
        yield m.span()


_AMOUNT = (
    r"(?:[£$€¥]\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|per\s?cent\b|(?:bn|tn|m|k|million|billion|"
    r"trillion)\b))?(?:\s(?:euros?|yen|yuan|kronor|krona|kroner|rupees?|dollars|pounds)\b)?"
)
_CHANGE_WORDS = (
    r"ris(?:e|es|ing)|rose|fell|falls?|falling|up|down|(?:in|de)creas(?:e|es|ed|ing)|"
    r"drop(?:s|ped|ping)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|gr(?:ew|ows?|owing)|"
    r"gain(?:s|ed|ing)?|slipp?(?:s|ed|ing)?|slump(?:s|ed|ing)?|soar(?:s|ed|ing)?|"
    r"surg(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|dipp?(?:s|ed|ing)?|"
    r"edg(?:e|es|ed|ing)\s(?:up|down)"
)
# "up 4.3% to £1.97bn", "rose by 296,000 to 28.52 million", "rose to 4.7% from 4.6%", "rose
# by £106m or 47.3%": the change with its level or its share, one figure (group 1)
_CHANGE_RUN = re.compile(
    rf"\b(?:{_CHANGE_WORDS})\s(?:by\s|to\s)?({_AMOUNT}\s(?:to|from|or)\s{_AMOUNT})(?![\w.,]\d)",
    re.I,
)
# a year ("in 2024, down from 370") or a season's end ("2013-14, up from 2,064") compares
# nothing: the figure after it is measured against another
_NOT_A_YEAR = r"(?!(?:19|20)\d\d\b(?![,.]\d))"
# "a profit of £75m ($141m) compared with £125m a year earlier", "£75m, down from £125m":
# the figure with the one it is measured against
_COMPARED_RUN = re.compile(
    rf"(?<![\w.,-])({_NOT_A_YEAR}{_AMOUNT}(?:\s\([^()]{{1,24}}\))?,?\s"
    rf"(?:compared\s(?:with|to)|(?:up|down)\sfrom|against)\s{_AMOUNT})(?![\w.,]\d)",
    re.I,
)
# "between 280 and 300 planes": one range, whose ends read apart say half of it
_BETWEEN = re.compile(
    rf"\bbetween\s{{1,3}}{_NOT_A_YEAR}{_AMOUNT}\s{{1,3}}and\s{{1,3}}{_NOT_A_YEAR}{_AMOUNT}"
    rf"(?![\w.,]\d)",
    re.I,
)
_REACH = 60  # characters either side of a figure a run may start or end


def _run_around(
    text: str, figure: Figure, pattern: re.Pattern[str], group: int = 0
) -> tuple[int, int] | None:
    low = max(0, figure.start - _REACH)
    for m in pattern.finditer(text, low, min(len(text), figure.end + _REACH)):
        start, end = m.span(group)
        if start < figure.end and figure.start < end:
            return start, end  # "About 1" (the reader's) and "1 in 10" (the run) overlap
    return None


def joined(text: str, figure: Figure) -> Figure:
    """The figure widened to the run it is part of, or the figure as it was."""
    kind = figure.kind
    # the change's kind: "4.3%" of "up 4.3% to £1.97bn" is the news
    run = _run_around(text, figure, _CHANGE_RUN, 1) or _run_around(text, figure, _COMPARED_RUN, 1)
    if run is None:
        kind = "measure"
        run = (
            _run_around(text, figure, _TIME_RUN)
            or _run_around(text, figure, _YEARS_AND_MONTHS)
            or _run_around(text, figure, _RACE_TIME)
            or _run_around(text, figure, _DIMENSIONS)
        )
    if run is None:
        run, kind = _run_around(text, figure, _BETWEEN), "range"
    if run is None:
        run, kind = _run_around(text, figure, _RATIO), "ratio"
    if run is None:
        return figure
    start, end = min(figure.start, run[0]), max(figure.end, run[1])
    value = " ".join(text[start:end].split())
    widened = replace(figure, value=value, start=start, end=end, kind=kind)
    # the run is the amount, whatever one part of it was ("117" of "117 out of 120")
    return replace(widened, role="amount") if isinstance(widened, ReadFigure) else widened
