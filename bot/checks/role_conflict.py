"""role-conflict: one office held by two different people in the same article.

Only offices with one holder at a time are compared. Former, acting, late, then-
and incoming holders never conflict, nor do offices of different countries or
bodies, nor deputies, assistants and joint holders (other offices).

A government office whose country is not stated is taken to be the article's own
country when that country is named about as often as any other in the article;
when neither holder's country is stated the flag is only a low-severity hint (medium for
"the" office given twice in copy that names no country at all). An unstated
country may rule a pair out: two holders of whom the office-holder store knows each held
this office in one country, or is stated in one, and not the same ("President Barack Obama"
and "Iran's president Hassan Rouhani") are two offices. It never makes a flag surer.

An organisation's office (a club's manager, a firm's chief executive) belongs to the
body written with it ("Arsenal manager", "manager of Arsenal", "Arsenal's manager"), or,
written bare, to the article's one organisation (:mod:`bot.analysis.organisations`): two
holders in one body are a high flag when both bodies are written, medium when one is
inferred, and a low hint when the article names several bodies and either could be meant.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from bot.analysis import budget
from bot.analysis.model import Flag, Person, Severity, Title
from bot.analysis.offices import PHRASES, Office
from bot.analysis.organisations import is_organisation_title
from bot.checks.facts import Facts
from bot.checks.statement_time import reported_dead
from bot.knowledge.index import default_knowledge
from bot.knowledge.names import jurisdiction_key

CHECK_ID = "role-conflict"
# Real copy names a handful of holders of one office; a pasted list of a thousand "Prime
# Minister X" lines would otherwise make half a million pairs.
MAX_HOLDERS = 30


# Offices each nation of the UK has one of, which "British" or "UK" does not tell apart.
_DEVOLVED = {"first minister"}
_NATIONS = {
    "scotland": "scotland", "scottish": "scotland", "holyrood": "scotland", "wales": "wales",
    "welsh": "wales", "senedd": "wales", "northern ireland": "northern ireland",
    "northern irish": "northern ireland", "stormont": "northern ireland",
}  # fmt: skip


def _nation(titles: list[Title]) -> str | None:
    """The UK nation a devolved title names ("Scotland's First Minister"), if one."""
    for title in titles:
        words = title.text.lower().replace("'s", "").replace("’s", "")
        found = {nation for word, nation in _NATIONS.items() if word in words}
        if len(found) == 1:
            return found.pop()
    return None


@dataclass(frozen=True)
class _Holder:
    person: Person
    titles: list[Title]
    known: str | None  # the country the store knows them in this office, if unstated


def _current_titles(person: Person, office: str) -> list[Title]:
    """The person's titles for the office held now; else those given in a clause about
    another time, which can only raise a hint (the office may have changed hands)."""
    mine = [t for t in person.titles if t.office == office and not t.specifier]
    now = [t for t in mine if t.status == "current"]
    return now or [t for t in mine if t.when == "other"]


def _qualifier(titles: list[Title], known: str | None = None) -> str | None:
    """The country a holder's titles state, else the one the store knows them in."""
    stated = [t.qualifier for t in titles if t.qualifier]
    return stated[0] if stated else known


def _known_country(person: Person, office: str) -> str | None:
    """The one country where the store knows this person held this office, if one."""
    knowledge = default_knowledge()
    if office not in knowledge.roles:
        return None
    places = knowledge.jurisdictions(knowledge.match(person.name).full, office)
    return jurisdiction_key(places.pop()) if len(places) == 1 else None


def _body(titles: list[Title]) -> tuple[str | None, bool]:
    """The body a holder's office belongs to, and whether it is written (not inferred)."""
    for t in titles:
        if t.bound == "stated" and t.body:
            return t.body, True
    inferred = next((t.body for t in titles if t.body), None)
    return inferred, False


def same_body(a: str, b: str) -> bool:
    """One body. Only the same words count: "Times" and "Times Literary Supplement", or
    "United" and "Newcastle United", may be two."""
    return a == b


def _conflict_severity(
    office: Office, q1: str | None, q2: str | None, home: set[str], one_country: bool
) -> Severity | None:
    """How sure we are that two government titles name one office; None when they do not.
    ``one_country``: the copy names no country and both offices are "the" office."""
    scope = office.scope
    if q1 is not None and q2 is not None:
        return "high" if q1 == q2 else None
    if q1 is None and q2 is None and (scope == "national" or office.family):
        # "President Erdogan" and "President Assad", "Governor X" and "the Governor, Y":
        # often two countries or states, unsaid; "the" office in copy naming no country
        # ("The Home Secretary, X, ... The Home Secretary, Y"), one country's.
        return "medium" if one_country and scope == "national" else "low"
    if scope != "national":
        return None
    return "high" if (q1 or q2) in home else None


def _shortened(a: str, b: str, bodies: frozenset[str]) -> bool:
    """One body named in full and by its first or last words ("Stanmore Athletic" and
    "Stanmore"), where no other body the article names shortens the same way ("Manchester
    United" and "Manchester City" make "Manchester" either)."""
    short, full = sorted((a.split(), b.split()), key=len)
    n = len(short)
    if not n or n == len(full) or short not in (full[:n], full[-n:]):
        return False
    fuller = [w.split() for w in bodies if len(w.split()) > n]
    return sum(1 for w in fuller if short in (w[:n], w[-n:])) == 1


def organisation_severity(
    t1: list[Title], t2: list[Title], bodies: frozenset[str] = frozenset()
) -> Severity | None:
    """How sure we are that two holders' offices are one organisation's; ``bodies`` are
    all the bodies the article's offices are given in."""
    (b1, written1), (b2, written2) = _body(t1), _body(t2)
    if b1 is None or b2 is None:
        # Written bare in an article about several bodies: either's, or another's.
        return "low"
    if _shortened(b1, b2, bodies):
        return "medium"  # one club named in full and short: most likely, not surely, one
    if not same_body(b1, b2):
        return None
    return "high" if written1 and written2 else "medium"


def _severity(
    office: Office,
    one: _Holder,
    two: _Holder,
    home: set[str],
    one_country: bool,
    bodies: frozenset[str] = frozenset(),
) -> Severity | None:
    t1, t2 = one.titles, two.titles
    org1, org2 = is_organisation_title(t1[0]), is_organisation_title(t2[0])
    if org1 and org2:
        severity = organisation_severity(t1, t2, bodies)
    elif org1 or org2:
        return None  # "Fifa president" and "President X": a body's and a country's
    else:
        severity = _conflict_severity(office, _qualifier(t1), _qualifier(t2), home, one_country)
        c1, c2 = _qualifier(t1, one.known), _qualifier(t2, two.known)
        if c1 and c2 and c1 != c2:
            return None  # each holds it in a country of their own, stated or on record
        if office.name in _DEVOLVED and severity is not None:
            n1, n2 = _nation(t1), _nation(t2)
            if n1 and n2 and n1 != n2:
                return None  # Scotland's First Minister and Wales's: two offices
            if not (n1 and n1 == n2):
                severity = "low"  # the UK has three; a bare one may be any of them
    if severity is not None and (t1[0].when or t2[0].when):
        return "low"  # "In 2011, US President X": the office may have changed hands since
    return severity


def _definite(facts: Facts, holder: _Holder) -> bool:
    start = holder.titles[0].start
    return facts.text[max(0, start - 4) : start].lower() == "the "


def check(facts: Facts) -> Iterator[Flag]:
    """Flag each office given to two different current holders."""
    holders: dict[str, list[_Holder]] = {}
    for person in facts.people:
        if reported_dead(facts, person):
            continue  # an obituary's titles: "X, chancellor of German unity, dies at 87"
        for office in {t.office for t in person.titles}:
            titles = _current_titles(person, office)
            if titles:
                known = None if _qualifier(titles) else _known_country(person, office)
                holders.setdefault(office, []).append(_Holder(person, titles, known))
    home = facts.home_countries()
    bodies = frozenset(t.body for p in facts.people for t in p.titles if t.body)
    for office, everyone in holders.items():
        meta = PHRASES.get(office)
        if meta is None or not meta.scope:
            continue
        people = everyone[:MAX_HOLDERS]
        for i, one in enumerate(people):
            budget.check()
            for two in people[i + 1 :]:
                # "The Home Secretary, X, ..." / "The Home Secretary, Y, ...": in copy that
                # names no country, "the" office is the one of the country it is about.
                one_country = (
                    not facts.countries and _definite(facts, one) and _definite(facts, two)
                )
                severity = _severity(meta, one, two, home, one_country, bodies)
                if severity is None:
                    continue
                (p1, first), (p2, second) = (one.person, one.titles[0]), (two.person, two.titles[0])
                yield (
                    Flag(
                        check=CHECK_ID,
                        severity=severity,
                        message=(
                            f"Two people hold one office: {first.text} is {p1.name} "
                            f"here, and {second.text} is {p2.name} there."
                        ),
                        evidence=facts.passages(
                            first.sentence,
                            second.sentence,
                            marks=[(first.start, first.end), (second.start, second.end)],
                        ),
                    )
                )
