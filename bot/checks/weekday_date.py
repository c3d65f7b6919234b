"""weekday-date: a weekday that does not fall on its date ("Tuesday, March 3, 2015").

Explicit dates without a year take the publication year; "yesterday (Monday)"
and the like are checked against the publication date.
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.analysis.dates import WEEKDAYS
from bot.analysis.model import Flag
from bot.analysis.numbers import WRITTEN_YEAR
from bot.checks.facts import Facts

CHECK_ID = "weekday-date"
_RELATIVE_WEEKDAY = re.compile(
    r"\b(?P<rel>yesterday|today|tomorrow|last night|tonight)\s*(?:[,(]|\s)\s*(?:on\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*(?:[,(]|\s)\s*"
    r"(?P<rel2>yesterday|today|tomorrow)\b",
    re.I,
)
_OFFSETS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _name(day: int) -> str:
    return WEEKDAYS[day].capitalize()


def check(facts: Facts) -> list[Flag]:
    """Flag weekdays that do not match their dates."""
    flags = []
    for mention in facts.dates:
        if mention.relative or mention.weekday is None or mention.resolved is None:
            continue
        actual = mention.resolved.weekday()
        if actual == mention.weekday:
            continue
        # A year borrowed from another date in the text (no publication date known) is a
        # guess: that date may be history ("since they met on 16 January 1996").
        guessed = facts.published is None and not WRITTEN_YEAR.search(mention.text)
        flags.append(
            Flag(
                check=CHECK_ID,
                severity="low" if guessed else "high",
                message=(
                    f"{mention.text!r}: {mention.resolved:%-d %B %Y} was a {_name(actual)}, "
                    f"not a {_name(mention.weekday)}"
                    + (" (the year taken from another date in the text)." if guessed else ".")
                ),
                evidence=facts.passages(mention.sentence, marks=[(mention.start, mention.end)]),
            )
        )
    if facts.published is None:
        return flags
    for m in _RELATIVE_WEEKDAY.finditer(facts.text):
        relative = (m.group("rel") or m.group("rel2")).lower()
        weekday = WEEKDAYS.index((m.group("wd") or m.group("wd2")).lower())
        day = facts.published + timedelta(days=_OFFSETS[relative])
        if day.weekday() == weekday:
            continue
        flags.append(
            Flag(
                check=CHECK_ID,
                severity="high",
                message=(
                    f"{m.group(0)!r}: published {facts.published:%A %-d %B %Y}, so {relative} "
                    f"was a {_name(day.weekday())}, not a {_name(weekday)}."
                ),
                evidence=facts.passages(facts.sentence_at(m.start()), marks=[m.span()]),
            )
        )
    return flags
