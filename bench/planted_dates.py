"""Planting weekday-date errors (a weekday that does not match its date) and their control
(the right weekday).

Uses the article's own full dates where it has them; otherwise a weekday the copy gives
("on Tuesday") gets a date in a year the copy names, as a sub-editor adding dates would.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.planted_text import Edit, Planted, make, words

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = words(
    "January February March April May June July August September October November December"
)
_WD = "|".join(WEEKDAYS)
_M = "|".join(MONTHS)
_DMY = re.compile(
    rf"(?:(?P<wd>{_WD}),? (?:the )?)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m>{_M}),? "
    r"(?P<y>(?:19|20)\d\d)\b"
)
_MDY = re.compile(
    rf"(?:(?P<wd>{_WD}),? )?(?P<m>{_M}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y>(?:19|20)\d\d)\b"
)
# A weekday and a day of the month with no year: "Friday 14 March".
_DM = re.compile(rf"(?P<wd>{_WD}),? (?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?P<m>{_M})\b(?!,? \d)")
_ON_DAY = re.compile(  # not "The Mail on Sunday"
    rf"(?<![A-Z]\w\w\w )(?<![A-Z]\w\w )\bon (?P<wd>{_WD})\b"
    rf"(?![,]? (?:\d|the \d|{_M}|night|morning|afternoon|evening|and|or))"
)


def _date(y: int, m: str, d: int) -> dt.date | None:
    try:
        return dt.date(y, MONTHS.index(m) + 1, d)
    except ValueError:
        return None


def _wrong_day(rng: random.Random, right: str) -> str:
    """A weekday other than `right`, most often a neighbour (the usual slip)."""
    i = WEEKDAYS.index(right)
    if rng.random() < 0.6:
        return WEEKDAYS[(i + rng.choice((-1, 1))) % 7]
    return rng.choice([w for w in WEEKDAYS if w != right])


def _copy_year(text: str) -> int | None:
    """The latest year the copy names (1990 to 2016, the corpus's span), leaving out target
    years ("by 2010"): news is mostly about the recent past, so the latest year is the copy's
    own more often than the most frequent one."""
    years = [
        int(m.group(1))
        for m in re.finditer(r"\b(199\d|200\d|201[0-6])\b", text)
        if not re.search(
            r"(?:by|until|before|for|to|London) $", text[max(0, m.start() - 8) : m.start()]
        )
        and not re.match(r" (?:Olympics|Olympic|Games|World Cup)", text[m.end() : m.end() + 12])
    ]
    return max(years) if years else None


def plant_weekday(text: str, rng: random.Random, control: bool = False) -> Planted | None:
    """Put a weekday that does not match its date into the copy (the control: the right one)."""
    options: list[tuple[str, re.Match[str]]] = [
        ("full", m) for pat in (_DMY, _MDY) for m in pat.finditer(text)
    ]
    year = _copy_year(text)
    if year:
        options += [("no-year", m) for m in _DM.finditer(text)]
        options += [("bare", m) for m in _ON_DAY.finditer(text)]
    rng.shuffle(options)
    # The copy's own dates first; a date added to "on Tuesday" only when there is none.
    options.sort(key=lambda o: o[0] == "bare")
    for form, m in options:
        planted = _plant_one(text, rng, form, m, year or 0, control)
        if planted is not None:
            return planted
    return None


def _plant_one(
    text: str, rng: random.Random, form: str, m: re.Match[str], year: int, control: bool
) -> Planted | None:
    if form == "bare":  # "on Tuesday" -> "on Tuesday 14 March 2005"
        month = rng.choice(re.findall(rf"\b({_M})\b", text) or MONTHS)
        day = rng.randint(1, 28)
        date = _date(year, month, day)
        assert date is not None
        wd = m.group("wd")
        if (WEEKDAYS[date.weekday()] == wd) != control:
            date += dt.timedelta(days=rng.choice((1, 2, 3, -1, -2, -3)) if not control else 0)
            if control:
                date += dt.timedelta(days=(WEEKDAYS.index(wd) - date.weekday()) % 7)
        written = rng.choice(
            [f"{date.day} {MONTHS[date.month - 1]}", f"{MONTHS[date.month - 1]} {date.day},"]
        )
        phrase = (
            f"{wd}, {written} {date.year}"
            if written.endswith(",")
            else f"{wd} {written} {date.year}"
        )
        s, e = m.span("wd")
        desc = f"added a date: {phrase} (a {WEEKDAYS[date.weekday()]})"
        return make("weekday-date", text, [Edit(s, e, phrase)], _tag(desc, control))
    y = int(m.group("y")) if form == "full" else year
    date = _date(y, m.group("m"), int(m.group("d")))
    if date is None:
        return None
    right = WEEKDAYS[date.weekday()]
    wd = m.group("wd")
    if wd and wd != right:
        return None  # the copy's own weekday is already off: leave that article alone
    new_wd = right if control else _wrong_day(rng, right)
    edits: list[Edit] = []
    if wd:
        if control:
            return None  # nothing to change: the copy already has the right weekday
        edits.append(Edit(m.start("wd"), m.end("wd"), new_wd))
    else:
        comma = "," if m.group().startswith(tuple(MONTHS)) or rng.random() < 0.5 else ""
        edits.append(Edit(m.start(), m.start(), f"{new_wd}{comma} "))
    if form == "no-year":
        edits.append(Edit(m.end("m"), m.end("m"), f" {y}"))
    desc = f"{new_wd} for {date.isoformat()} (a {right})"
    return make("weekday-date", text, edits, _tag(desc, control))


def _tag(desc: str, control: bool) -> str:
    return ("control: " if control else "") + desc
