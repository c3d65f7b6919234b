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
    # the same thing moved again is a second level, not the first told again
    again = "The council has since agreed to raise the parking permit charge to £120."
    assert told_flags(analyzer, "number-conflict", first, again) == []


def test_a_level_named_back_by_its_noun(analyzer: Analyzer) -> None:
    first = "The gym chain has raised the joining fee for new members to £45, up from £35."
    later = "The chain said it would review the new £54 fee in the spring."
    flags = told_flags(analyzer, "number-conflict", first, "Membership has doubled.", later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("£54", "£45")
    assert told_flags(analyzer, "number-conflict", first, agreed) == []
    # a noun the level was not named by is another sum
    other = "The chain said it would review the £54 towel charge in the spring."
    assert told_flags(analyzer, "number-conflict", first, other) == []
    # nor is a word of no meaning of its own ("for")
    priced = "The chain said the £54 for members who train at night would stay."
    assert told_flags(analyzer, "number-conflict", first, priced) == []


def test_two_digits_swapped_in_a_thing_named_back_bare(analyzer: Analyzer) -> None:
    first = "Cleaners at the hospital walked out after turning down a pay offer of 3.5%."
    later = "Their union said 81% of members had voted to reject the 5.3% offer."
    flags = told_flags(analyzer, "number-conflict", first, "Talks will resume.", later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    # another offer, narrowed otherwise, with the digits swapped is another offer
    rival = "Their union said porters had accepted a bonus offer of 5.3% last year."
    assert told_flags(analyzer, "number-conflict", first, rival) == []


def test_the_day_a_thing_was_said_is_not_the_time_of_a_clause_with_its_own(
    analyzer: Analyzer,
) -> None:
    first = "The book fair drew 41,000 readers over three days, its organisers said on Sunday."
    later = "A photograph shows the queue at the fair, which drew 47,000 readers over three days."
    flags = told_flags(analyzer, "number-conflict", first, "Tickets sold out.", later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    # another time of its own is another count
    last_year = "The book fair drew 37,000 readers over three days in 2019, its organisers said."
    assert told_flags(analyzer, "number-conflict", first, "Tickets sold out.", last_year) == []


def test_jobs_cut_restated_as_redundancies(analyzer: Analyzer) -> None:
    first = "The printing firm Helmcroft is to cut 240 jobs at its plant in Dunmore."
    later = "The union said the 310 redundancies were a blow to the town."
    flags = told_flags(analyzer, "number-conflict", first, "Talks will begin soon.", later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("310", "240")
    assert told_flags(analyzer, "number-conflict", first, "Talks will begin soon.", agreed) == []


def test_a_sum_with_its_scale_opened_by_the_points_back(analyzer: Analyzer) -> None:
    # the parse hangs "the" from the "m" of "£290m", not from "budget"
    first = "The council has approved a budget of £310m for the coming year."
    later = "Its leader said the £290m budget protects front-line services."
    flags = told_flags(analyzer, "number-conflict", first, "Councillors voted for it.", later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    # a sum with no "the" introduces one of its own
    other = "Its leader said a £290m budget for schools protects front-line services."
    assert told_flags(analyzer, "number-conflict", first, "Councillors voted.", other) == []
