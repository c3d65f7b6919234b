"""Checks on patterns read from the tuning half in session 17 (issue 9), in both
directions, in sentences of our own."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags


def test_a_count_of_another_thing_between_accounts_for_nothing(analyzer: Analyzer) -> None:
    first = "At least four walkers were hurt when the footbridge gave way, police said."
    between = "Two rescue boats were sent from the harbour to help."
    later = "In all, two walkers were hurt."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("two", "four")
    assert told_flags(analyzer, "number-conflict", first, between, agreed) == []


def test_a_word_of_change_in_the_subjects_clause_leaves_the_figure_alone(
    analyzer: Analyzer,
) -> None:
    first = "A passenger also arrested at the scene was fined £400 by magistrates on Monday."
    later = "The fine was £700, the court heard."
    flags = told_flags(analyzer, "number-conflict", first, "He left without comment.", later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    # "also" on the figure's own verb is a second sum, not the first told again
    second = "The passenger was also fined £700 for a separate offence, the court heard."
    assert told_flags(analyzer, "number-conflict", first, second) == []


def test_the_level_of_one_named_thing_told_twice(analyzer: Analyzer) -> None:
    first = "The council plans to raise the parking permit charge to £85 from April."
    later = "Opponents said lifting the parking permit charge to £58 would hurt carers."
    flags = told_flags(analyzer, "number-conflict", first, "The vote is on Tuesday.", later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("£58", "£85")
    assert told_flags(analyzer, "number-conflict", first, agreed) == []
    # the level of another thing, named otherwise, is another level
    other = "Opponents said lifting the visitor permit charge to £58 would hurt carers."
    assert told_flags(analyzer, "number-conflict", first, other) == []
