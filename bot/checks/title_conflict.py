"""title-conflict: one person given two offices they cannot hold at once.

Government posts of one family conflict with each other (synonyms share a canonical
name). In a club, firm or other body, the posts that cannot go together are listed
(a head coach is not also the chairman; a chief executive not the finance director), and
every post conflicts with its own deputy, vice or assistant post; combinations that exist
(player-manager, chairman and chief executive) are not listed. Offices of two different
bodies never conflict, and former, then-, acting and incoming posts are career history.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.analysis import budget
from bot.analysis.model import Flag, Person, Severity, Title
from bot.analysis.offices import PHRASES
from bot.analysis.organisations import base_office, is_organisation_title
from bot.checks.facts import Facts
from bot.checks.role_conflict import same_body

CHECK_ID = "title-conflict"
MAX_TITLES = 30  # titles of one person compared pairwise; copy gives a person a few

_TEAM = ("manager", "coach", "captain")
_BOARD = (
    "chairman", "chief executive", "president", "managing director", "finance director",
    "chief operating officer", "director general", "secretary general", "treasurer",
    "chief technology officer",
)  # fmt: skip
_PAIRS = [
    *((a, b) for a in _TEAM for b in _BOARD),
    *(("chairman", b) for b in ("finance director", "chief operating officer", "treasurer",
                                "director general")),
    *(("chief executive", b) for b in ("finance director", "chief operating officer",
                                       "treasurer", "chief technology officer")),
    *(("chief technology officer", b) for b in ("chairman", "finance director",
                                                "chief operating officer")),
    ("president", "secretary general"), ("president", "treasurer"),
    ("managing director", "finance director"), ("editor", "managing editor"),
    ("head teacher", "deputy head"),
]  # fmt: skip
#: posts of one body that one person cannot hold at once
INCOMPATIBLE = frozenset(frozenset(pair) for pair in _PAIRS)
#: a post and this kind of second post of it ("deputy chairman") are never one person's
_UNDER = {"deputy", "vice", "assistant", "shadow", "lieutenant"}


def _government_pair(first: Title, second: Title) -> bool:
    if first.office not in PHRASES or second.office not in PHRASES:
        return False
    family = PHRASES[first.office].family
    return bool(family) and PHRASES[second.office].family == family


def _organisation_severity(first: Title, second: Title) -> Severity | None:
    (mod1, office1), (mod2, office2) = base_office(first.office), base_office(second.office)
    under = (mod1 in _UNDER) != (mod2 in _UNDER) and office1 == office2
    if not under and (mod1 or mod2 or frozenset({office1, office2}) not in INCOMPATIBLE):
        return None
    if first.body and second.body:
        if not same_body(first.body, second.body):
            return None
        return "high" if first.bound == second.bound == "stated" else "medium"
    # One post's body unknown: a person's posts are most often in one body.
    return "medium" if first.body or second.body else "low"


def _government_severity(first: Title, second: Title) -> Severity | None:
    mod1, office1 = base_office(first.office)
    mod2, office2 = base_office(second.office)
    under = office1 == office2 and (mod1 in _UNDER) != (mod2 in _UNDER)
    if not (under and office1 in PHRASES) and not _government_pair(first, second):
        return None  # "Mayor X" and "Deputy Mayor X" conflict, like two cabinet posts
    if first.qualifier and second.qualifier and first.qualifier != second.qualifier:
        return None
    return "high"


def _severity(first: Title, second: Title) -> Severity | None:
    if is_organisation_title(first) and is_organisation_title(second):
        severity = _organisation_severity(first, second)
    else:
        severity = _government_severity(first, second)
    if severity is not None and (first.when or second.when):
        return "low"  # "On the 2008 campaign trail, Senator X": perhaps a post held then
    return severity


def _current(person: Person) -> list[Title]:
    found = [
        t for t in person.titles if (t.status == "current" or t.when == "other") and not t.specifier
    ]
    return found[:MAX_TITLES]


def check(facts: Facts) -> Iterator[Flag]:
    """Flag a person given two incompatible current offices."""
    for person in facts.people:
        budget.check()
        current = _current(person)
        reported: set[frozenset[str]] = set()
        for i, first in enumerate(current):
            for second in current[i + 1 :]:
                pair = frozenset({first.office, second.office})
                if len(pair) < 2 or pair in reported:
                    continue
                severity = _severity(first, second)
                if severity is None:
                    continue
                reported.add(pair)
                yield (
                    Flag(
                        check=CHECK_ID,
                        severity=severity,
                        message=(
                            f"{person.name} is called {first.text} in one place and "
                            f"{second.text} in another."
                        ),
                        evidence=facts.passages(
                            first.sentence,
                            second.sentence,
                            marks=[(first.start, first.end), (second.start, second.end)],
                        ),
                    )
                )
