"""age-conflict: one person given two different ages ("Locke, 39," / "the 40-year-old").

Ages written beside a name belong to that person; two people of one surname are one
person only when their first names are one name written two ways ("John", "Johnny"), so
a couple or a family sharing a surname keep their own ages. An age written alone ("the
40-year-old said") is read as the most recently named person's, and only counts against
them when nobody else in the article has that age.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from bot.analysis import budget
from bot.analysis.model import Age, Flag, Mention, Person
from bot.analysis.names import name_key
from bot.analysis.people import one_first_name
from bot.checks.facts import Facts

CHECK_ID = "age-conflict"
MAX_PEOPLE = 500  # people compared by first name; copy names a few dozen
_LOOKBACK_SENTENCES = 2
# the part a person plays in a story, named after an age ("the 57-year-old driver")
_ROLES = {
    "driver", "passenger", "pilot", "motorist", "cyclist", "pedestrian", "rider", "victim",
    "suspect", "gunman", "attacker", "defendant", "witness", "officer", "constable", "nurse",
    "doctor", "teacher", "owner", "landlord", "tenant", "manager", "captain", "goalkeeper",
    "striker", "coach", "referee",
}  # fmt: skip
_ROLE_AFTER = re.compile(r"(?:-year-old|\s+year\s+old)?\s+([A-Za-z]+)")
_ROLE_STEM = 4  # "the driver" is told of one "driving" the coach
_MAX_TOLD = 40  # a person's mentions read for a namesake or a part: copy names one a few times
# "His father, also called Paul Gregson, 58,": one name, two people
_NAMESAKE = re.compile(r"\b(?:also|too)\s(?:called|named)\s$|\bnamesake\s$", re.I)
_HONORIFIC = re.compile(r"\b(Mrs|Mr|Ms|Miss|Sir|Lord|Dame|Lady)\b\.?\s")
_MEN = {"mr", "sir", "lord"}


class _MentionIndex:
    """Every mention in text order, to find the one before an offset without a scan."""

    def __init__(self, people: list[Person]) -> None:
        found = sorted(((m.start, m, p) for p in people for m in p.mentions), key=lambda x: x[0])
        self._starts = [start for start, _m, _p in found]
        self._mentions: list[tuple[Mention, Person]] = [(m, p) for _s, m, p in found]

    def person_before(self, age: Age) -> Person | None:
        """The person named last before the age, within the last few sentences; nobody
        when that sentence names another person too ("Norris won, ahead of Max
        Verstappen. The 24-year-old ...": the winner, not the last named)."""
        i = bisect.bisect_left(self._starts, age.start)
        before = [(m, p) for m, p in self._mentions[max(0, i - 8) : i] if m.end <= age.start]
        if not before:
            return None
        # The latest mention before the age; an earlier one is never more recent.
        mention, person = before[-1]
        if age.sentence - mention.sentence > _LOOKBACK_SENTENCES:
            return None
        others = any(m.sentence == mention.sentence and p is not person for m, p in before)
        return None if others else person


def _flag(person: Person, first: Age, second: Age, facts: Facts) -> Flag:
    return Flag(
        check=CHECK_ID,
        severity="high",
        message=f"{person.name} is {first.value} in one place and {second.value} in another.",
        evidence=facts.passages(
            first.sentence,
            second.sentence,
            marks=[(first.start, first.end), (second.start, second.end)],
        ),
    )


def _one_person(people: list[Person]) -> list[tuple[Person, list[Age]]]:
    """Each person with their ages, and with those of a person of the same surname whose
    first name is theirs written another way ("Liana" and "Lianna Barrientos")."""
    groups: list[tuple[Person, list[Age]]] = []
    by_surname: dict[str, list[tuple[Person, list[Age]]]] = {}
    for person in people[:MAX_PEOPLE]:
        budget.check()
        same = by_surname.setdefault(name_key(person.surname), [])
        first = person.first_name
        match = next(
            (
                g
                for g in same
                if first and g[0].first_name and one_first_name(first, g[0].first_name)
                and not _named_together(g[0], person)
            ),
            None,
        )  # fmt: skip
        if match is None:
            group = (person, list(person.ages))
            same.append(group)
            groups.append(group)
        else:
            match[1].extend(person.ages)
    return groups


def _named_together(a: Person, b: Person) -> bool:
    """Named in one sentence: "John Smith and his son Johnny Smith" are two people."""
    return bool({m.sentence for m in a.mentions} & {m.sentence for m in b.mentions})


def _namesakes(facts: Facts, person: Person) -> bool:
    """The copy says two people bear the name, so whose age is whose the name cannot tell."""
    return any(
        _NAMESAKE.search(facts.text, max(0, m.start - 20), m.start)
        for m in person.mentions[:_MAX_TOLD]
    )


def _another_role(facts: Facts, person: Person, age: Age) -> bool:
    """ "Passenger Joan Hughes, 74, said ... The 57-year-old driver was among those hurt":
    an age given with a part in the story ("driver", "pilot", "suspect") that nothing
    said of the person named before gives them is someone else's."""
    role = _ROLE_AFTER.match(facts.text, age.end)
    if role is None or role.group(1).lower() not in _ROLES:
        return False
    stem = role.group(1).lower()[:_ROLE_STEM]
    told = sorted({m.sentence for m in person.mentions})[:_MAX_TOLD]
    return not any(stem in facts.sentence(i).quote.lower() for i in told)


def _sex_told(facts: Facts, mention: Mention) -> str:
    """ "m" or "f" for a mention with a man's or a woman's honorific ("Mr Ashdown",
    "Mrs Ashdown"), else ""."""
    told = _HONORIFIC.search(facts.text, max(0, mention.start - 8), mention.start + 5)
    if told is None or not mention.start - 8 <= told.start() <= mention.start:
        return ""
    return "m" if told.group(1).lower() in _MEN else "f"


def _two_ages(facts: Facts, person: Person, ages: list[Age]) -> tuple[Age, Age] | None:
    """The first two different ages the person is given, leaving out a pair told with a
    man's and a woman's honorific ("Mr Ashdown, 68," / "Mrs Ashdown, 66,": a couple the
    names joined); an age told with none may be either's."""
    mentions = sorted(person.mentions[:_MAX_TOLD], key=lambda m: m.start)

    def sex(age: Age) -> str:
        before = [m for m in mentions if m.end <= age.start and m.sentence == age.sentence]
        return _sex_told(facts, before[-1]) if before else ""

    told = sorted({a.value: a for a in ages}.values(), key=lambda a: a.start)
    sexes = [sex(a) for a in told]  # read once per age, compared with every other
    pairs = (
        (first, told[j])
        for i, first in enumerate(told)
        for j in range(i + 1, len(told))
        if {sexes[i], sexes[j]} != {"m", "f"}
    )
    return next(pairs, None)


def check(facts: Facts) -> Iterator[Flag]:
    """Flag people given two different ages."""
    attached_values = {a.value for p in facts.people for a in p.ages}
    for person, ages in _one_person(facts.people):
        if len({a.value for a in ages}) > 1 and not _namesakes(facts, person):
            pair = _two_ages(facts, person, ages)
            if pair is not None:
                yield _flag(person, *pair, facts)
    index = _MentionIndex(facts.people)
    for age in facts.loose_ages:
        budget.check()
        if age.value in attached_values:
            continue
        holder = index.person_before(age)
        if holder is None or not holder.ages or len({a.value for a in holder.ages}) > 1:
            continue  # nobody to compare with, or already flagged above
        if _namesakes(facts, holder) or _another_role(facts, holder, age):
            continue
        if any(a.sentence == age.sentence for a in holder.ages):
            continue  # "Boente, 33, ... the 19-year-old woman": someone else in that sentence
        if any(m.sentence == age.sentence for m in holder.mentions):
            continue  # "The 18-year-old, handed his first cap by Tuchel, ...": not Tuchel
        yield _flag(holder, holder.ages[0], age, facts)
