"""Figures read in session 21 (issue 9) from the tuning half planted with another seed of
the independent injector, in both directions, in sentences of our own."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags


def test_a_cap_told_again_is_not_another_ones_count(analyzer: Analyzer) -> None:
    first = "Up to three writers can share a credit on one script, under the guild's rules."
    between = "The guild has picked two of Harbour Lights' four writers to share the credit."
    aside = "The studio had asked for all of them to be named."
    later = "Up to four writers can share a credit on one script."
    flags = told_flags(analyzer, "number-conflict", first, between, aside, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    # the cap told again with its own value agrees
    same = later.replace("four", "three")
    assert told_flags(analyzer, "number-conflict", first, between, aside, same) == []


def test_a_lawsuit_against_people_counts_them(analyzer: Analyzer) -> None:
    first = "Prosecutors have brought charges against 12 people over the riot in Hull."
    between = "The disorder began after a football match on Saturday evening."
    later = "Prosecutors charged 14 people over the riot, the court heard."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    # a value set against the sentence's own after its figure is last year's
    profits = "Profits rose to £4.2m, against £3.9m a year earlier, the firm said."
    told = "Profits of £4.2m were the highest in the firm's history."
    assert told_flags(analyzer, "number-conflict", profits, between, told) == []


def test_one_slip_against_two_tellings_is_one_flag(analyzer: Analyzer) -> None:
    lead = "A bomb killed 12 people at a market in Kandar on Friday, police said."
    between = "The market was crowded with shoppers ahead of the holiday."
    again = "The bomb killed 12 people, the city's governor said."
    slip = "Officials said the bomb killed 21 people and wounded dozens more."
    flags = told_flags(analyzer, "number-conflict", lead, between, again, slip)
    assert len(flags) == 1, flags
    assert all(sentence in flags[0][1] for sentence in (lead, again, slip))
    # two slips with two other values are two errors
    other = "A hospital spokesman said the bomb killed 15 people."
    flags = told_flags(analyzer, "number-conflict", lead, between, slip, other)
    assert len(flags) == 2, flags


def test_a_slip_in_the_name_of_who_spoke_after_a_quote(analyzer: Analyzer) -> None:
    first = "In a letter published on Monday, Anna Roth said she would fight the ruling."
    between = "Roth has run the shelter in Dunmore for eleven years."
    later = '"We will not close while there is a family at the door," Rtoh wrote.'
    flags = told_flags(analyzer, "name-variant", first, between, later)
    assert len(flags) == 1, flags
    assert later in flags[0][1]
    # the name spelled alike after the quote is no slip
    fine = later.replace("Rtoh", "Roth")
    assert told_flags(analyzer, "name-variant", first, between, fine) == []
    # a short surname alone elsewhere still needs a first name or "Ms" to be read as one
    alone = "Rtoh has run the shelter in Dunmore for eleven years."
    assert told_flags(analyzer, "name-variant", first, alone, fine) == []
