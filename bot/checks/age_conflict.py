"""age-conflict: one person given two different ages ("Locke, 39," / "the 40-year-old").

Ages written beside a name belong to that person. An age written alone ("the
40-year-old said") is read as the most recently named person's, and only counts
against them when nobody else in the article has that age.
"""

from __future__ import annotations

from bot.analysis.model import Age, Flag, Person
from bot.checks.facts import Facts

CHECK_ID = "age-conflict"
_LOOKBACK_SENTENCES = 2


def _person_before(facts: Facts, age: Age) -> Person | None:
    best: tuple[int, Person] | None = None
    for person in facts.people:
        for mention in person.mentions:
            recent = age.sentence - mention.sentence <= _LOOKBACK_SENTENCES
            if mention.end <= age.start and recent and (best is None or mention.start > best[0]):
                best = (mention.start, person)
    return best[1] if best else None


def _flag(person: Person, first: Age, second: Age, facts: Facts) -> Flag:
    return Flag(
        check=CHECK_ID,
        severity="high",
        message=f"{person.name} is {first.value} in one place and {second.value} in another.",
        evidence=facts.passages(first.sentence, second.sentence),
    )


def check(facts: Facts) -> list[Flag]:
    """Flag people given two different ages."""
    flags = []
    attached_values = {a.value for p in facts.people for a in p.ages}
    for person in facts.people:
        by_value = {a.value: a for a in person.ages}
        if len(by_value) > 1:
            first, second = sorted(by_value.values(), key=lambda a: a.start)[:2]
            flags.append(_flag(person, first, second, facts))
    for age in facts.loose_ages:
        if age.value in attached_values:
            continue
        holder = _person_before(facts, age)
        if holder is None or not holder.ages or len({a.value for a in holder.ages}) > 1:
            continue  # nobody to compare with, or already flagged above
        if any(a.sentence == age.sentence for a in holder.ages):
            continue  # "Boente, 33, ... the 19-year-old woman": someone else in that sentence
        flags.append(_flag(holder, holder.ages[0], age, facts))
    return flags
