"""What the knowledge store holds: offices, people with every name they went by, and
holdings (who held which office from when to when), each tagged with its source.

Dates carry their precision, because the sources do not agree on it: the project's own
table and the Institute for Government give days, REIGN gives the month a leader left,
Wikidata may give only a year. A holding still running has an end of precision
:data:`ONGOING`: held on that day (the day the source was compiled), unknown after it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

#: precisions, numbered as Wikidata numbers them (wikibase:timePrecision)
DAY, MONTH, YEAR = 11, 10, 9
#: an end that has not come yet as far as the source knows: still in office on ``day``
ONGOING = 0

_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True, order=True)
class When:
    """A day, a month or a year: ``day`` is its first day."""

    day: date
    precision: int = DAY

    @classmethod
    def parse(cls, text: str, precision: int | None = None) -> When:
        """ "2010-05-11", "2010-05" or "2010"; raises ValueError on anything else."""
        parts = text.strip().split("-")
        if len(parts) > 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"not a date: {text!r}")
        numbers = [int(p) for p in parts] + [1] * (3 - len(parts))
        found = (YEAR, MONTH, DAY)[len(parts) - 1]
        return cls(date(*numbers), found if precision is None else precision)

    @property
    def first(self) -> date:
        return self.day

    @property
    def last(self) -> date:
        """The last day the period covers (an ONGOING end: unknown, so the far future)."""
        if self.precision == YEAR:
            return date(self.day.year, 12, 31)
        if self.precision == MONTH:
            days = calendar.monthrange(self.day.year, self.day.month)[1]
            return date(self.day.year, self.day.month, days)
        if self.precision == ONGOING:
            return date.max
        return self.day

    def iso(self) -> str:
        """The text form :meth:`parse` reads back (an ONGOING end keeps its day)."""
        if self.precision == YEAR:
            return f"{self.day.year:04d}"
        if self.precision == MONTH:
            return f"{self.day.year:04d}-{self.day.month:02d}"
        return self.day.isoformat()

    def describe(self) -> str:
        """For an editor: "11 May 2010", "May 2010", "2010"."""
        if self.precision == YEAR:
            return str(self.day.year)
        if self.precision == MONTH:
            return f"{_MONTHS[self.day.month]} {self.day.year}"
        return f"{self.day.day} {_MONTHS[self.day.month]} {self.day.year}"


@dataclass(frozen=True)
class Office:
    """An office and the words that name it.

    Attributes:
        roles: canonical office names of :mod:`bot.analysis.offices` ("prime minister",
            "foreign minister"); an office a title cannot name has none.
        jurisdictions: keys of the country or body ("gb", "european commission"), first
            the canonical one, as :func:`bot.knowledge.names.jurisdiction_key` gives them.
    """

    id: str
    label: str
    roles: tuple[str, ...]
    jurisdictions: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class PersonRecord:
    """One person of one source; ``names[0]`` is the name used in messages."""

    id: str
    names: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Holding:
    """One term in one office. ``start`` None: the source does not say when it began."""

    id: str
    office: str
    person: str
    start: When | None
    end: When | None
    source: str


@dataclass
class Records:
    """Everything one source contributes, as the importers and the updater build it.

    ``as_of``: the day the source was compiled; its terms still running end
    ``When(as_of, ONGOING)``.
    """

    source: str
    offices: list[Office] = field(default_factory=list)
    people: list[PersonRecord] = field(default_factory=list)
    holdings: list[Holding] = field(default_factory=list)
    as_of: date | None = None

    def ongoing(self) -> When | None:
        """The end of a term still running, as this source knows it."""
        return When(self.as_of, ONGOING) if self.as_of else None

    def extend(self, other: Records) -> None:
        self.offices.extend(other.offices)
        self.people.extend(other.people)
        self.holdings.extend(other.holdings)


@dataclass(frozen=True)
class Source:
    """A source as messages and ``knowledge stats`` name it."""

    name: str
    label: str
    licence: str
    rank: int  # which source names the holder when several know the date: lowest first


SOURCES: dict[str, Source] = {
    s.name: s
    for s in (
        Source("shipped", "copydesk office table", "part of this project", 0),
        Source(
            "ifg",
            "Institute for Government Ministers Database",
            "CC BY 4.0, credit the Institute for Government",
            1,
        ),
        Source("us-executive", "congress-legislators executive.yaml", "CC0", 2),
        Source("wikidata", "Wikidata", "CC0", 3),
        Source(
            "reign",
            "REIGN dataset (Bell, Besaw and Frank, One Earth Future)",
            "no licence stated; research use with citation",
            4,
        ),
    )
}
