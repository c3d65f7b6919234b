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


def test_counts_bounded_by_other_stretches_of_time_are_two_groups(analyzer: Analyzer) -> None:
    first = (
        "Some 61,300 patients had been waiting more than 52 weeks for surgery, the figures show."
    )
    between = "The health board said the winter had been the hardest it had known."
    later = "Some 23,000 patients waited more than 18 weeks for surgery."
    assert told_flags(analyzer, "number-conflict", first, between, later) == []
    # the same stretch told again with another count is one group given two counts
    retold = later.replace("18 weeks", "52 weeks")
    flags = told_flags(analyzer, "number-conflict", first, between, retold)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and retold in flags[0][1]


def test_a_crowd_told_as_another_clubs_record_is_that_clubs(analyzer: Analyzer) -> None:
    first = "Rovers held on for a 2-1 win in front of a crowd of 31,842 at Castle Park."
    between = "In the other tie, Dunmore drew 1-1 with Kelsall."
    later = "The attendance of 12,480 was Dunmore's biggest of the season."
    assert told_flags(analyzer, "number-conflict", first, between, later) == []
    # with no club named it is the crowd told before, given again
    unnamed = "The attendance of 13,842 was the biggest of the season at Castle Park."
    flags = told_flags(analyzer, "number-conflict", first, between, unnamed)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and unnamed in flags[0][1]


def test_properties_lost_name_back_the_homes_destroyed(analyzer: Analyzer) -> None:
    first = "A grass fire driven by strong winds destroyed 23 homes in the hills above Larkfield."
    between = "Crews from four counties fought the flames through the night."
    later = "Of the 27 properties lost, most were timber-framed holiday lets."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("27", "23")
    assert told_flags(analyzer, "number-conflict", first, between, agreed) == []


def test_swapped_digits_of_a_sum_restated_for_any_such_one(analyzer: Analyzer) -> None:
    first = "The Falcons have signed their quarterback to a five-year, $347 million extension."
    between = "He threw for 4,100 yards last season."
    later = '"When a team puts $374 million behind a player, it is a statement," an agent said.'
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    # a rival's sum with the digits of another is the rival's
    rival = "A rival team put $374 million behind its own quarterback in March."
    assert told_flags(analyzer, "number-conflict", first, between, rival) == []


def test_a_sum_a_deal_beats_is_anothers(analyzer: Analyzer) -> None:
    first = "It beats the $318 million paid by the Hawks for their striker in 2022"
    later = "Rovers have signed the forward Ian Cole on a five-year, $381 million contract."
    assert told_flags(analyzer, "number-conflict", first, later) == []
    # the same digits swapped in a sum told as the deal's own are still a slip
    own = "The five-year contract is worth $318 million, his agent said."
    flags = told_flags(analyzer, "number-conflict", later, own)
    assert len(flags) == 1, flags
