"""Consistency checks: each module finds one kind of contradiction inside an article.

Every check is a function ``(Facts) -> list[Flag]`` registered in :data:`CHECKS`
under the stable id it writes into its flags.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.analysis.model import Flag
from bot.checks import (
    age_conflict,
    arithmetic,
    name_variant,
    number_conflict,
    quote_attribution,
    role_conflict,
    title_conflict,
    weekday_date,
)
from bot.checks.facts import Facts

Check = Callable[[Facts], list[Flag]]

CHECKS: dict[str, Check] = {
    role_conflict.CHECK_ID: role_conflict.check,
    title_conflict.CHECK_ID: title_conflict.check,
    name_variant.CHECK_ID: name_variant.check,
    age_conflict.CHECK_ID: age_conflict.check,
    number_conflict.CHECK_ID: number_conflict.check,
    weekday_date.CHECK_ID: weekday_date.check,
    quote_attribution.CHECK_ID: quote_attribution.check,
    arithmetic.CHECK_ID: arithmetic.check,
}

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def run_checks(facts: Facts) -> list[Flag]:
    """All flags for an article, the most severe first, then in text order."""
    flags = [flag for check in CHECKS.values() for flag in check(facts)]
    return sorted(
        flags,
        key=lambda f: (SEVERITY_ORDER[f.severity], f.evidence[0].start if f.evidence else 0),
    )
