"""Checks on patterns read in session 19 (issue 9) from the tuning half's missed plantings
and from red team rt35, in both directions, in sentences of our own."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags


def test_a_change_with_its_own_two_values_is_not_the_figures(analyzer: Analyzer) -> None:
    first = "The mayor announced a £40m plan to repair the city's bridges."
    between = "Work on the first of them starts in March."
    later = "The £45m scheme will also raise the number of bridge inspectors from 12 to 30."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("£45m", "£40m")
    assert told_flags(analyzer, "number-conflict", first, between, agreed) == []
    # another scheme with a change of its own is still another scheme
    other = "A separate £45m scheme will raise the number of tunnel inspectors from 12 to 30."
    assert told_flags(analyzer, "number-conflict", first, between, other) == []

