"""office-holder: a person given an office they did not hold at the time of the copy.

"British Prime Minister David Cameron said ..." in copy of September 2021: the knowledge
store (:mod:`bot.knowledge`) knows Cameron held that office from 2010 to 2016 and Boris
Johnson held it then (high). A person the store knows, given an office they never held
while it knows who did, is a medium flag. Unknown offices, people and dates say nothing.

What is checked: current titles (not former, then-, late, acting, outgoing, incoming) of
a person named by first and last name. The office's country is the one stated
("British", "US"); unstated, it is the country where the person held that office, else
the country of their other offices, else the article's own country. The date is the
report's published date, unless the sentence is about another time ("In 2012, Prime
Minister David Cameron ..." is checked against 2012): see :mod:`bot.checks.statement_time`.

Several people all out of office on the copy's date, who all held their offices together
at some earlier (or later) time, while no one named held theirs on that date: the date,
not each name, is then the likely error (an old story re-run or archived late), and one
flag says so with each person's term.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from bot.analysis import budget
from bot.analysis.model import Flag, Person, Severity, Title
from bot.analysis.offices import PHRASES
from bot.checks.facts import Facts
from bot.checks.office_terms import (
    best_terms,
    describe_terms,
    holders_during,
    listed,
    shared_stretch,
    sources_label,
)
from bot.checks.statement_time import Period, periods_of, reported_dead
from bot.knowledge.index import Knowledge, PersonMatch, Term, default_knowledge
from bot.knowledge.names import jurisdiction_key, party_country
from bot.knowledge.records import DAY, When

CHECK_ID = "office-holder"
# A story filed the day before a handover and published after it names the outgoing holder.
SLACK = timedelta(days=3)
MAX_PEOPLE = 200  # people looked up per article; copy names a few dozen at most
# In British usage "Defence Minister" or "Health Minister" may name a junior minister of
# the department as well as the Secretary of State: such words, given to someone then in
# a junior post, are not taken to name the cabinet post.
_SOLE_MINISTERS = {"prime minister", "deputy prime minister", "leader"}
_AHEAD = timedelta(days=366)
_THEN = re.compile(r"\bthen\b", re.I)


@dataclass(frozen=True)
class _Verdict:
    claim: _Claim
    flag: Flag
    own: list[Term]  # the person's own terms in the office, when the flag is about them
    at_publication: bool  # checked against the copy's date, not a time its sentence names


@dataclass(frozen=True)
class _Claim:
    person: Person
    title: Title
    match: PersonMatch
    role: str
    place: str


def _place(knowledge: Knowledge, title: Title, match: PersonMatch, home: set[str]) -> str | None:
    """The jurisdiction of the office a title names, or None when it cannot be told."""
    if title.qualifier:
        place = jurisdiction_key(title.qualifier)
        if title.office != "leader":  # "Tory Chancellor": a British one; not "Tory leader"
            place = party_country(place) or place
        return place if knowledge.terms(title.office, place) else None
    office = PHRASES.get(title.office)
    if office is None or office.scope != "national":
        return None  # "chairman" or "manager" of an unstated body: whose?
    for candidates in (
        knowledge.jurisdictions(match.full, title.office),
        knowledge.jurisdictions(match.full),
        home,
    ):
        found = {place for place in candidates if knowledge.terms(title.office, place)}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _flag(
    facts: Facts, claim: _Claim, severity: Severity, opening: str, period: Period,
    holders: list[str], *sources: str,
) -> Flag:  # fmt: skip
    then = f"; {period.describe()} it was {', then '.join(holders)}" if holders else ""
    return Flag(
        check=CHECK_ID,
        severity=severity,
        message=f"{opening}{then} ({sources_label(*sources)}).",
        evidence=facts.passages(claim.title.sentence, marks=[(claim.title.start, claim.title.end)]),
    )


def _loosely_worded(knowledge: Knowledge, claim: _Claim, periods: list[Period]) -> bool:
    """ "Defence Minister X" of someone then a junior minister (a post no title names)."""
    if claim.place != "gb" or claim.role in _SOLE_MINISTERS:
        return False
    if "minister" not in claim.title.text.lower():
        return False
    return any(
        not t.office.roles and t.surely_during(p.first, p.last)
        for person in claim.match.full
        for t in knowledge.terms_of(person)
        for p in periods
    )


def _known_times(terms: list[Term], periods: list[Period]) -> list[Period]:
    """The periods the records speak for: none before the office's first recorded holder
    (the store does not know who held it in 1850) nor more than a year past today (copy
    is not dated that far ahead; a typo'd year is another check's business)."""
    first = min(t.start_hi for t in terms)
    latest = date.today() + _AHEAD
    return [p for p in periods if p.last >= first and p.first <= latest]


def _verdict(knowledge: Knowledge, facts: Facts, claim: _Claim) -> _Verdict | None:
    terms = knowledge.terms(claim.role, claim.place)
    if not terms:
        return None
    periods = _known_times(
        terms, periods_of(facts, claim.title, elsewhen=claim.title.status == "then")
    )
    if not periods or _loosely_worded(knowledge, claim, periods):
        return None
    name = claim.person.name
    # Who held it is named at publication when the sentence speaks of it too.
    shown = next((p for p in periods if p.first == p.last == facts.published), periods[0])
    own = [t for t in terms if t.holding.person in claim.match.full] or [
        t for t in terms if t.holding.person in claim.match.surname
    ]
    if own:
        if not all(t.surely_outside(p.first, p.last, SLACK) for t in own for p in periods):
            return None  # held it then, or the sources cannot tell
        holders, source, _label = holders_during(knowledge, terms, shown)
        opening = f"{name} was {best_terms(own)[0].office.label} {describe_terms(own)}"
        flag = _flag(facts, claim, "high", opening, shown, holders,
                     best_terms(own)[0].holding.source, source)  # fmt: skip
        at_publication = (
            len(periods) == 1 and periods[0].first == periods[0].last == facts.published
        )
        return _Verdict(claim, flag, best_terms(own), at_publication)
    if not any(knowledge.terms_of(p) for p in claim.match.full):
        return None  # not someone the store knows: nothing to say
    holders, source, label = holders_during(knowledge, terms, periods[0])
    if len(holders) != 1 or len(periods) > 1:
        return None
    opening = f"{name} is not known to have been {label}"
    flag = _flag(facts, claim, "medium", opening, periods[0], holders, source)
    return _Verdict(claim, flag, [], False)


def _checked(title: Title) -> bool:
    """A current title, or one the analysis set in another time without the writer saying
    "then" ("In 2012, Prime Minister David Cameron ..."): that time is checked."""
    if title.status == "then":
        return _THEN.search(title.text) is None
    return title.status == "current"


def _claims(knowledge: Knowledge, facts: Facts) -> Iterator[_Claim]:
    home = facts.home_countries()
    for person in facts.people[:MAX_PEOPLE]:
        budget.check()
        current = [t for t in person.titles if _checked(t) and t.office in knowledge.roles]
        if not current:
            continue
        match = knowledge.match(person.name)
        if not match or reported_dead(facts, person):
            continue
        # Called "former Prime Minister" elsewhere in the copy: a bare title is history.
        past = {t.office for t in person.titles if not _checked(t)}
        for title in current:
            if title.office in past:
                continue
            place = _place(knowledge, title, match, home)
            if place is not None:
                yield _Claim(person, title, match, title.office, place)


def check(facts: Facts) -> Iterator[Flag]:
    """Flag titles the knowledge store contradicts at the copy's date."""
    if facts.published is None:
        return
    knowledge = default_knowledge()
    claims = list(_claims(knowledge, facts))
    verdicts: list[_Verdict] = []
    flagged: set[tuple[str, str, str]] = set()
    for claim in claims:
        key = (claim.person.name, claim.role, claim.place)
        if key in flagged:
            continue  # one flag per person and office, at its first contradicted mention
        verdict = _verdict(knowledge, facts, claim)
        if verdict is not None:
            flagged.add(key)
            verdicts.append(verdict)
    stale = [v for v in verdicts if v.own and v.at_publication]
    together = (
        shared_stretch([v.own for v in stale])
        if len({v.claim.person.name for v in stale}) > 1
        else None
    )
    day = Period(facts.published, facts.published, DAY)
    if together is not None and not any(_held_on(knowledge, c, day) for c in claims):
        yield _stale_date_flag(knowledge, facts, day, stale, together)
        verdicts = [v for v in verdicts if v not in stale]
    for verdict in verdicts:
        yield verdict.flag


def _held_on(knowledge: Knowledge, claim: _Claim, day: Period) -> bool:
    """The person held the office the title names on ``day``: the copy's date fits them."""
    return any(
        t.holding.person in claim.match.full and t.surely_during(day.first, day.last)
        for t in knowledge.terms(claim.role, claim.place)
    )


def _stale_date_flag(
    knowledge: Knowledge,
    facts: Facts,
    day: Period,
    stale: list[_Verdict],
    together: tuple[date, date],
) -> Flag:
    terms = "; ".join(
        f"{v.claim.person.name} was {v.own[0].office.label} {describe_terms(v.own)}" for v in stale
    )
    holders: list[str] = []
    marks: dict[int, list[tuple[int, int]]] = {}  # sentence -> the titles quoted in it
    for verdict in stale:
        names, _source, _label = holders_during(
            knowledge, knowledge.terms(verdict.claim.role, verdict.claim.place), day
        )
        holders.extend(n for n in names if n not in holders)
        title = verdict.claim.title
        marks.setdefault(title.sentence, []).append((title.start, title.end))
    on_day = day.describe()
    now = f" {on_day[0].upper()}{on_day[1:]} they were {listed(holders)}." if holders else ""
    first, last = (When(d).describe() for d in together)
    sources = [v.own[0].holding.source for v in stale]
    return Flag(
        check=CHECK_ID,
        severity="high",
        message=(
            f"These office holders served together from {first} to {last}, not {on_day}: "
            f"is the copy, or its date, from another time? {terms}.{now} "
            f"({sources_label(*sources)})."
        ),
        evidence=tuple(
            p for sentence, spans in marks.items() for p in facts.passages(sentence, marks=spans)
        ),
    )
