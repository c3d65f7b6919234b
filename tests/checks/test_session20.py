"""Figures read in session 20 (issue 9) from red team rt37's CNN/Daily Mail-style copy, in
both directions, in sentences of our own."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags


def test_a_value_a_figure_is_set_against_is_anothers(analyzer: Analyzer) -> None:
    first = (
        "The evening's total was the highest for a spring sale in Paris since 2018 and "
        "compares with £41.2m for the equivalent sale a year ago."
    )
    between = "Dealers said buyers from Asia had been keen on the older pieces."
    later = "The total of the low estimates for the works was £44m."
    assert told_flags(analyzer, "number-conflict", first, between, later) == []
    # the sentence's own total told again with another value is still a conflict
    own = first.replace("was the highest", "of £47.5m was the highest")
    retold = "The £45.7m total delighted the auction house."
    flags = told_flags(analyzer, "number-conflict", own, between, retold)
    assert len(flags) == 1, flags
    assert own in flags[0][1] and retold in flags[0][1]


def test_shares_a_list_closes_may_begin_with_a_level_reached(analyzer: Analyzer) -> None:
    text = (
        "Across the county, the Liberals' share of the vote fell to 38 per cent from 44 per "
        "cent. The Greens took 27 per cent, the Tories 21 per cent and Labour 11 per cent, "
        "with independents sharing the remaining 3 per cent."
    )
    assert told_flags(analyzer, "arithmetic", text) == []
    flags = told_flags(analyzer, "arithmetic", text.replace("fell to 38", "fell to 48"))
    assert len(flags) == 1, flags


def test_roles_lost_are_jobs_lost(analyzer: Analyzer) -> None:
    first = "The closure of the Brenton plant will mean the loss of 320 jobs, the firm said."
    between = "Unions said they would fight the decision."
    later = "The local MP said the loss of 230 roles would hit the town hard."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    # roles made somewhere else are another count
    created = "The firm will create 230 new roles at its office in Leeds."
    assert told_flags(analyzer, "number-conflict", first, between, created) == []


def test_the_blaze_told_again_with_two_digits_swapped(analyzer: Analyzer) -> None:
    first = "The Ridgeback fire has burned 16,300 acres of forest since Tuesday."
    between = "More than 900 firefighters are at the scene, and 2,000 people have left home."
    later = "The blaze, which has scorched 13,600 acres, is 10% contained."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    # a second fire named as such is another's acreage
    other = "A second blaze, the Tanner fire, has scorched 13,600 acres further north."
    assert told_flags(analyzer, "number-conflict", first, between, other) == []


def test_a_number_spelled_with_hundred_and_is_one_number(analyzer: Analyzer) -> None:
    first = "Mills said: 'We gave ourselves four sessions to bowl them out."
    later = "Two hundred and three on a worn fifth-day pitch is a lot to ask of anyone.'"
    assert told_flags(analyzer, "arithmetic", first, later) == []
    # a list after a whole still adds up, or does not
    listed = (
        "The four sessions went badly: three were lost to rain and two to bad light, the "
        "umpires said."
    )
    assert len(told_flags(analyzer, "arithmetic", listed)) == 1
