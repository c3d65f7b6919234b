"""name-variant: one person's name spelled two ways ("Simon Gass" / "Simon Glass").

Two names are taken for one person when their surnames differ by a single
letter (added, dropped, changed or swapped) and nothing says they are different
people: a different first name means a different person, and two names written side
by side ("the duo Riko and Rika") are two people. A plural ("the Gavers") is the
family, not a slip. Accents and apostrophe styles are folded
first: "Antić" and "Antic" are one spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.analysis import budget
from bot.analysis.model import Flag, Person
from bot.analysis.names import edit_distance, name_key
from bot.checks.facts import Facts
from bot.checks.pairing import later_partners

CHECK_ID = "name-variant"
_MIN_LENGTH = 4
# People looked at per spelling key: a team sheet holds a few dozen names; a paste of
# thousands sharing letters would otherwise pair everyone with everyone.
MAX_BUCKET = 40


def _variant(a: str, b: str) -> bool:
    a, b = name_key(a), name_key(b)
    if a == b or min(len(a), len(b)) < _MIN_LENGTH or a[0] != b[0]:
        return False
    if a + "s" == b or b + "s" == a:
        return False  # "the Gavers": the family, not a misspelling
    return edit_distance(a, b, limit=1) == 1


def _same_person_spelled_twice(p1: Person, p2: Person) -> bool:
    f1, f2 = p1.first_name, p2.first_name
    if f1 and f2:
        if name_key(f1) == name_key(f2):
            return _variant(p1.surname, p2.surname)
        if name_key(p1.surname) == name_key(p2.surname):
            return len(f1) >= 5 and len(f2) >= 5 and _variant(f1, f2)
        return False
    return _variant(p1.surname, p2.surname)


_SIDE_BY_SIDE = re.compile(r"\s*(?:,|and|&|or|with|\(|\))?\s*(?:and\s+)?", re.I)


def _named_together(p1: Person, p2: Person, text: str) -> bool:
    """Named side by side ("the duo Riko and Rika", "Smith, Smyth"): two people, not one."""
    for m1 in p1.mentions[:MAX_BUCKET]:
        for m2 in p2.mentions[:MAX_BUCKET]:
            first, second = (m1, m2) if m1.start < m2.start else (m2, m1)
            gap = text[first.end : second.start]
            if _SIDE_BY_SIDE.fullmatch(gap):
                return True
    return False


def _deletions(key: str) -> set[str]:
    """The key and every form of it with one letter dropped: two spellings one edit apart
    (a letter added, dropped, changed or swapped) always share one of these."""
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


def _candidate_pairs(people: list[Person]) -> list[tuple[int, int]]:
    """Pairs of people whose surnames are at most one edit apart, found through an index
    of spelling keys rather than by comparing everyone with everyone."""
    later = later_partners((_deletions(name_key(p.surname)) for p in people), MAX_BUCKET)
    return [(i, j) for i, js in later.items() for j in js]


def check(facts: Facts) -> Iterator[Flag]:
    """Flag pairs of names that look like one person spelled two ways."""
    people = facts.people
    reported: set[frozenset[str]] = set()
    for n, (i, j) in enumerate(_candidate_pairs(people)):
        if n % 64 == 0:
            budget.check()
        p1, p2 = people[i], people[j]
        if not _same_person_spelled_twice(p1, p2):
            continue
        # With one first name and near-identical surnames, "two people named side by
        # side" cannot explain it; with a surname alone, it can.
        same_first = p1.first_name is not None and p1.first_name == p2.first_name
        if not same_first and _named_together(p1, p2, facts.text):
            continue
        # The rarer spelling is the likely slip; quote it beside the usual one. Relatives
        # sharing the usual spelling make one slip, reported once.
        usual, slip = (p1, p2) if len(p1.mentions) >= len(p2.mentions) else (p2, p1)
        spellings = frozenset({name_key(usual.surname), name_key(slip.name)})
        if spellings in reported:
            continue
        reported.add(spellings)
        yield (
            Flag(
                check=CHECK_ID,
                severity="high" if usual.first_name == slip.first_name else "medium",
                message=(
                    f"One name spelled two ways? {usual.name!r} "
                    f"({len(usual.mentions)}x) and {slip.mentions[0].text!r} "
                    f"({len(slip.mentions)}x)."
                ),
                evidence=facts.passages(usual.mentions[0].sentence, slip.mentions[0].sentence),
            )
        )
