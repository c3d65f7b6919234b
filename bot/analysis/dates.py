"""Dates: explicit ones ("Tuesday, March 3, 2015") and relative ones ("last month",
"on Tuesday") resolved against the publication date when it is known.

Runs as the ``newsroom_dates`` pipeline component and stores ``doc._.dates``;
the publication date is read from ``doc._.published`` (None when unknown).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from bot.analysis import budget
from bot.analysis.model import DateMention

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
#: words that name a day of the week or a month ("May", "Tuesday"), not a person or place
CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(_MONTHS)
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Space between a date's parts, a line break at most: a heading's "Tuesday, 1 March" is not
# dated by a year opening the next paragraph.
_GAP = r"(?:[^\S\n]|\n(?![^\S\n]*\n))+"
_SEP = rf"(?:,(?:{_GAP})?|{_GAP}|(?:{_GAP})?\((?:{_GAP})?)"

# A weekday with a date, in the orders newsrooms use; then a date alone.
_WITH_WEEKDAY = [
    re.compile(
        rf"\b{_WD}{_SEP}(?:the{_GAP})?{_DAY}{_GAP}(?:of{_GAP})?{_MON}(?:,?{_GAP}{_YEAR})?\b"
    ),
    re.compile(rf"\b{_WD}{_SEP}{_MON}{_GAP}{_DAY}\b(?:,?{_GAP}{_YEAR}\b)?"),
]
_DATE_ONLY = [
    re.compile(rf"\b{_DAY}{_GAP}(?:of{_GAP})?{_MON}(?:,?{_GAP}{_YEAR})?\b"),
    re.compile(rf"\b{_MON}{_GAP}{_DAY}\b(?:,?{_GAP}{_YEAR}\b)?"),
]
_WEEKDAY_ALONE = re.compile(rf"\b{_WD}\b")
_RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|today|tomorrow|tonight|last night|this morning|"
    r"(?:last|next|this) (?:week|month|year|weekend))\b",
    re.I,
)
_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "this morning": 0, "tomorrow": 1,
                  "last night": -1}  # fmt: skip


def _year_hint(text: str, published: date | None) -> int | None:
    """The year of dates written without one: the publication year, else the year of
    the full dates in the text when they all agree (a bare "2013" may be any year)."""
    if published is not None:
        return published.year
    years = {
        m.group("year") for pattern in _DATE_ONLY for m in pattern.finditer(text) if m.group("year")
    }
    return int(years.pop()) if len(years) == 1 else None


def _make_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve_relative(phrase: str, published: date) -> date | None:
    key = phrase.lower()
    if key in _RELATIVE_DAYS:
        return published + timedelta(days=_RELATIVE_DAYS[key])
    if key.startswith("last "):
        unit = key.split()[1]
        if unit == "week":
            return published - timedelta(days=7)
        if unit == "month":
            return (published.replace(day=1) - timedelta(days=1)).replace(day=1)
        if unit == "year":
            return published.replace(month=1, day=1, year=published.year - 1)
    return None


# Publication dates a news story can carry; past them ("0001-01-01" in a page's metadata
# or a typed flag) the date arithmetic of "last year" or "on Tuesday" leaves the calendar.
EARLIEST_PUBLICATION, LATEST_PUBLICATION = date(1800, 1, 1), date(2200, 12, 31)


def plausible_publication(published: date | None) -> date | None:
    """``published``, or None when it is no date a story was published on."""
    if published is None or not EARLIEST_PUBLICATION <= published <= LATEST_PUBLICATION:
        return None
    return published


def last_weekday(weekday: int, published: date) -> date:
    """The most recent day with this weekday, on or before publication (news "on Tuesday")."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def extract_dates(text: str, published: date | None) -> list[DateMention]:
    """Dates in text order; their ``sentence`` is set by the pipeline component."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    year_hint = _year_hint(text, published)
    for pattern in [*_WITH_WEEKDAY, *_DATE_ONLY]:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            groups = m.groupdict()
            day = int(groups["day"])
            month = _MONTHS[groups["mon"].lower().rstrip(".")]
            year = int(groups["year"]) if groups.get("year") else year_hint
            weekday = WEEKDAYS.index(groups["wd"].lower()) if groups.get("wd") else None
            resolved = _make_date(year, month, day)
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.group(0), m.start(), m.end(), -1, weekday, resolved, False))
    for m in _WEEKDAY_ALONE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        weekday = WEEKDAYS.index(m.group("wd").lower())
        resolved = last_weekday(weekday, published) if published else None
        taken.append((m.start(), m.end()))
        found.append(DateMention(m.group(0), m.start(), m.end(), -1, weekday, resolved, True))
    for m in _RELATIVE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        resolved = _resolve_relative(m.group("rel"), published) if published else None
        taken.append((m.start(), m.end()))
        found.append(DateMention(m.group(0), m.start(), m.end(), -1, None, resolved, True))
    found.sort(key=lambda d: d.start)
    return found


@Language.component("newsroom_dates")
def dates_component(doc: Doc) -> Doc:
    """Pipeline step: fill ``doc._.dates``."""
    budget.check()
    mentions = []
    for mention in extract_dates(doc._.text, doc._.published):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        sentence = int(doc._.token_sentence[span.start]) if span is not None else 0
        mentions.append(replace(mention, sentence=sentence))
    doc._.dates = mentions
    return doc
