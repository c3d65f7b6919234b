"""The knowledge the checks read: every source loaded once per process into dictionaries,
so that a lookup is a hash hit and never a scan of the store.

Offices of several sources that carry the same role and jurisdiction ("prime minister",
"gb") are one office here: the shipped table, the Institute for Government and Wikidata
each hold terms of the UK Prime Minister, and a question is answered from all of them.
"""

from __future__ import annotations

import functools
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from bot.config import Settings
from bot.errors import KnowledgeError
from bot.knowledge.names import jurisdiction_key, words
from bot.knowledge.records import SOURCES, Holding, Office, PersonRecord, Records
from bot.knowledge.shipped import load_shipped
from bot.knowledge.store import KnowledgeStore

log = logging.getLogger(__name__)

Key = tuple[str, str]  # (role, jurisdiction)


@dataclass(frozen=True)
class Term:
    """A holding with its dates as bounds: it surely began in [start_lo, start_hi] and
    surely ended in [end_lo, end_hi] (imprecise and unknown dates widen the bounds)."""

    holding: Holding
    office: Office
    start_lo: date
    start_hi: date
    end_lo: date
    end_hi: date
    rank: int  # the source's: lower names the holder first

    @classmethod
    def of(cls, holding: Holding, office: Office) -> Term:
        start, end = holding.start, holding.end
        start_lo = start.first if start else date.min
        start_hi = start.last if start else (end.first if end else date.max)
        end_lo = end.first if end else start_hi
        end_hi = end.last if end else date.max
        rank = SOURCES[holding.source].rank if holding.source in SOURCES else len(SOURCES)
        return cls(holding, office, start_lo, start_hi, end_lo, end_hi, rank)

    def surely_during(self, first: date, last: date) -> bool:
        """Held on some day of [first, last] for certain."""
        return self.start_hi <= last and self.end_lo >= first

    def surely_outside(self, first: date, last: date, slack: timedelta) -> bool:
        """Certainly not held on any day of [first, last], even ``slack`` days either side
        (a story filed the day before a handover names the outgoing holder)."""
        return self.start_lo > last + slack or self.end_hi < first - slack


@dataclass(frozen=True)
class PersonMatch:
    """The people a name may be: by their full name, or (for sources that give surnames
    only, as REIGN does) by surname."""

    full: frozenset[str]
    surname: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.full or self.surname)


class Knowledge:
    """Offices, people and terms of every source, indexed for the check."""

    def __init__(self, sources: Iterable[Records]) -> None:
        self.offices: dict[str, Office] = {}
        self.people: dict[str, PersonRecord] = {}
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        holdings: list[Holding] = []
        for records in sources:
            self.offices.update((o.id, o) for o in records.offices)
            self.people.update((p.id, p) for p in records.people)
            holdings.extend(records.holdings)
            self.counts[records.source].update(
                offices=len(records.offices),
                people=len(records.people),
                holdings=len(records.holdings),
            )
        self._by_key: defaultdict[Key, list[Term]] = defaultdict(list)
        self._by_person: defaultdict[str, list[Term]] = defaultdict(list)
        for holding in holdings:
            office = self.offices.get(holding.office)
            if office is None or holding.person not in self.people:
                continue  # a dangling row of a damaged store: nothing to say about it
            term = Term.of(holding, office)
            self._by_person[holding.person].append(term)
            for key in self.keys(office):
                self._by_key[key].append(term)
        for terms in self._by_key.values():
            terms.sort(key=lambda t: (t.start_lo, t.rank))
        self.roles = frozenset(role for role, _j in self._by_key)
        self._full: defaultdict[tuple[str, ...], set[str]] = defaultdict(set)
        self._pair: defaultdict[Key, set[str]] = defaultdict(set)
        surnames: defaultdict[str, set[str]] = defaultdict(set)
        for person in self.people.values():
            for name in person.names:
                parts = words(name)
                if len(parts) > 1:
                    self._full[parts].add(person.id)
                    self._pair[parts[0], parts[-1]].add(person.id)
                elif parts:
                    surnames[parts[0]].add(person.id)
        # A one-word name stands for its person only when no fuller one is known: "Cameron"
        # (Lord Cameron of Chipping Norton) is not looked up by surname, REIGN's "Thatcher" is.
        fully_named = {pid for ids in self._full.values() for pid in ids}
        self._surname = {
            word: frozenset(ids - fully_named)
            for word, ids in surnames.items()
            if ids - fully_named
        }

    @staticmethod
    def keys(office: Office) -> list[Key]:
        """(role, jurisdiction) pairs an office answers to."""
        places = {jurisdiction_key(j) for j in office.jurisdictions}
        return [(role, place) for role in office.roles for place in places]

    def match(self, name: str) -> PersonMatch:
        """Who a name as written in an article may be; a one-word name is nobody."""
        parts = words(name)
        if len(parts) < 2:
            return PersonMatch(frozenset(), frozenset())
        full = self._full.get(parts, set()) | self._pair.get((parts[0], parts[-1]), set())
        if len(parts) > 2:  # "George W. Bush" is not his father, George H. W. Bush
            initials = "".join(w[0] for w in parts[1:-1])
            full = {p for p in full if initials in self._middle_initials(p, parts)}
        return PersonMatch(frozenset(full), self._surname.get(parts[-1], frozenset()))

    def _middle_initials(self, person: str, parts: tuple[str, ...]) -> set[str]:
        """The initials of the middle names a person goes by with this first and last name."""
        found = set()
        for name in self.people[person].names:
            own = words(name)
            if len(own) > 2 and own[0] == parts[0] and own[-1] == parts[-1]:
                found.add("".join(w[0] for w in own[1:-1]))
        return found

    def terms(self, role: str, jurisdiction: str) -> list[Term]:
        """Every term of the office, earliest first."""
        return self._by_key.get((role, jurisdiction), [])

    def items(self) -> Iterable[tuple[Key, list[Term]]]:
        """Every (role, jurisdiction) and its terms."""
        return self._by_key.items()

    def terms_of(self, person: str) -> list[Term]:
        return self._by_person.get(person, [])

    def jurisdictions(self, people: Iterable[str], role: str | None = None) -> set[str]:
        """Where these people held office (``role`` only, when given): canonical keys."""
        return {
            jurisdiction_key(t.office.jurisdictions[0])
            for person in people
            for t in self.terms_of(person)
            if t.office.jurisdictions and (role is None or role in t.office.roles)
        }

    def name(self, person: str) -> str:
        return self.people[person].names[0]


def load_knowledge(path: Path | None) -> Knowledge:
    """The shipped table and, when ``path`` is a store, everything imported into it."""
    sources = [load_shipped()]
    if path is not None:
        try:
            sources += KnowledgeStore(path).read()
        except KnowledgeError as e:
            # The check must not take the analysis down with it: say so, use the table.
            log.warning("knowledge store %s cannot be read, using the shipped table: %s", path, e)
    return Knowledge(sources)


_chosen: list[Knowledge] = []  # set by use_knowledge: benchmarks and tests choose


@functools.cache
def _from_settings() -> Knowledge:
    path = Settings.from_env().knowledge_db
    return load_knowledge(Path(path) if path else None)


def default_knowledge() -> Knowledge:
    """The process's knowledge, loaded on first use from ``KNOWLEDGE_DB`` (the shipped
    table alone when the store does not exist), unless :func:`use_knowledge` chose one.
    A running bot reads a changed store when it is restarted."""
    return _chosen[0] if _chosen else _from_settings()


def use_knowledge(knowledge: Knowledge | None) -> None:
    """Make ``knowledge`` the process's (None: back to ``KNOWLEDGE_DB``, read afresh)."""
    _chosen[:] = [knowledge] if knowledge is not None else []
    if knowledge is None:
        _from_settings.cache_clear()
