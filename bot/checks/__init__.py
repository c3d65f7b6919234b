"""Consistency checks: each module finds one kind of contradiction inside an article.

Every check is a function ``(Facts) -> Iterable[Flag]`` registered in :data:`CHECKS`
under the stable id it writes into its flags.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass

from bot.analysis import budget
from bot.analysis.model import SEVERITY_ORDER, Flag
from bot.checks import (
    age_conflict,
    arithmetic,
    name_variant,
    number_conflict,
    office_holder,
    quote_attribution,
    role_conflict,
    title_conflict,
    weekday_date,
)
from bot.checks.facts import Facts

Check = Callable[[Facts], Iterable[Flag]]

CHECKS: dict[str, Check] = {
    role_conflict.CHECK_ID: role_conflict.check,
    title_conflict.CHECK_ID: title_conflict.check,
    name_variant.CHECK_ID: name_variant.check,
    age_conflict.CHECK_ID: age_conflict.check,
    number_conflict.CHECK_ID: number_conflict.check,
    weekday_date.CHECK_ID: weekday_date.check,
    quote_attribution.CHECK_ID: quote_attribution.check,
    arithmetic.CHECK_ID: arithmetic.check,
    office_holder.CHECK_ID: office_holder.check,
}

#: flags kept per check and per report; the rest are counted ("and N more")
MAX_FLAGS_PER_CHECK = 20
MAX_FLAGS = 60
#: past this many, the rest of a check's flags are not even counted
MAX_COUNTED = 10_000


@dataclass(frozen=True)
class CheckResults:
    """The flags kept, most severe first, and how many more each check found."""

    flags: list[Flag]
    omitted: dict[str, int]


def _finding(flag: Flag) -> Hashable:
    """What a flag says, wherever in the text it stands: its check, and each passage with
    the words it marks (two name pairs in one pair of sentences are two findings)."""
    passages = (
        (p.side, p.quote, tuple(p.quote[s - p.start : e - p.start] for s, e in p.marks))
        for p in flag.evidence
    )
    return flag.check, tuple(sorted(passages, key=repr))


def _once(flags: Iterable[Flag]) -> Iterator[Flag]:
    """Each finding once: an article pasted twice, or a pair read both ways round, would
    fill the check's share of the report with copies of one flag. Copies dropped are not
    counted among the flags not shown."""
    seen: set[Hashable] = set()
    # Bounded by the flags read, not the ones kept: a text made of one finding repeated
    # a million times must not be read to its end.
    for flag in itertools.islice(flags, MAX_COUNTED + MAX_FLAGS_PER_CHECK):
        key = _finding(flag)
        if key not in seen:
            seen.add(key)
            yield flag


def run_checks(facts: Facts) -> CheckResults:
    """All flags for an article, the most severe first, then in text order; at most
    :data:`MAX_FLAGS_PER_CHECK` per check and :data:`MAX_FLAGS` in all, the others counted.
    Checks yield their flags lazily, so a text made to raise millions stops early."""
    kept: list[Flag] = []
    omitted: dict[str, int] = {}
    for check_id, check in CHECKS.items():
        budget.check()
        found = _once(check(facts))
        kept.extend(itertools.islice(found, MAX_FLAGS_PER_CHECK))
        more = 0
        for more, _flag in enumerate(itertools.islice(found, MAX_COUNTED), 1):
            if more % 256 == 0:
                budget.check()
        if more:
            omitted[check_id] = more
    kept.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.evidence[0].start if f.evidence else 0))
    for flag in kept[MAX_FLAGS:]:
        omitted[flag.check] = omitted.get(flag.check, 0) + 1
    return CheckResults(kept[:MAX_FLAGS], omitted)
