"""role-conflict: one office held by two different people in the same article.

Only offices with one holder at a time are compared. Former, acting, late, then-
and incoming holders never conflict, nor do offices of different countries or
bodies. An office whose country is not stated is taken to be the article's own
country when that country is named about as often as any other in the article;
when neither holder's country is stated the flag is only a low-severity hint.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.analysis import budget
from bot.analysis.model import Flag, Person, Severity, Title
from bot.analysis.offices import PHRASES
from bot.checks.facts import Facts

CHECK_ID = "role-conflict"
_HOME_SHARE = 0.8  # a country named at least this share as often as the most named one
# Real copy names a handful of holders of one office; a pasted list of a thousand "Prime
# Minister X" lines would otherwise make half a million pairs.
MAX_HOLDERS = 30


def _current_titles(person: Person, office: str) -> list[Title]:
    return [t for t in person.titles if t.office == office and t.status == "current"]


def _qualifier(titles: list[Title]) -> str | None:
    stated = [t.qualifier for t in titles if t.qualifier]
    return stated[0] if stated else None


def _home_countries(facts: Facts) -> set[str]:
    if not facts.countries:
        return set()
    top = max(facts.countries.values())
    return {c for c, n in facts.countries.items() if n >= 2 and n >= _HOME_SHARE * top}


def _conflict_severity(
    scope: str, q1: str | None, q2: str | None, home: set[str]
) -> Severity | None:
    """How sure we are that both titles name one office; None when they do not."""
    if q1 is not None and q2 is not None:
        return "high" if q1 == q2 else None
    if scope != "national":
        return None
    if q1 is None and q2 is None:
        # "President Erdogan" and "President Assad": often two countries, unsaid.
        return "low"
    return "high" if (q1 or q2) in home else None


def check(facts: Facts) -> Iterator[Flag]:
    """Flag each office given to two different current holders."""
    holders: dict[str, list[tuple[Person, list[Title]]]] = {}
    for person in facts.people:
        for office in {t.office for t in person.titles}:
            titles = _current_titles(person, office)
            if titles:
                holders.setdefault(office, []).append((person, titles))
    home = _home_countries(facts)
    for office, everyone in holders.items():
        meta = PHRASES.get(office)
        if meta is None or not meta.scope:
            continue
        people = everyone[:MAX_HOLDERS]
        for i, (p1, t1) in enumerate(people):
            budget.check()
            for p2, t2 in people[i + 1 :]:
                severity = _conflict_severity(meta.scope, _qualifier(t1), _qualifier(t2), home)
                if severity is None:
                    continue
                first, second = t1[0], t2[0]
                yield (
                    Flag(
                        check=CHECK_ID,
                        severity=severity,
                        message=(
                            f"Two people hold one office: {first.text} is {p1.name} "
                            f"here, and {second.text} is {p2.name} there."
                        ),
                        evidence=facts.passages(first.sentence, second.sentence),
                    )
                )
