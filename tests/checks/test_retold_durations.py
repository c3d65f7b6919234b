"""A length of time told back with another value (issue 9's restated counts, session 23,
from the rt45 red team's leftovers), in both directions, in sentences of our own."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags

CHECK = "number-conflict"
BETWEEN = "The court heard that the money was spent on holidays and a car."


def test_a_sentence_told_back_with_another_length(analyzer: Analyzer) -> None:
    first = "Dean Marsh, 41, was jailed for 30 months at Bristol Crown Court on Friday."
    later = "Marsh's three-year prison sentence will not stop the council seeking the money."
    flags = told_flags(analyzer, CHECK, first, BETWEEN, later)
    assert [severity for severity, _ in flags] == ["medium"], flags
    assert first in flags[0][1] and later in flags[0][1]
    # the same length in other units agrees
    same = later.replace("three-year", "two-and-a-half-year")
    assert told_flags(analyzer, CHECK, first, BETWEEN, same) == []


def test_a_festival_and_a_price_freeze_told_back(analyzer: Analyzer) -> None:
    festival = "The three-day Riverside festival ended on Sunday with a record crowd."
    days = "Over the festival's four days, traders sold more than 20,000 meals."
    flags = told_flags(analyzer, CHECK, festival, BETWEEN, days)
    assert len(flags) == 1 and festival in flags[0][1] and days in flags[0][1], flags
    freeze = "The operator will freeze fares on all routes for eight weeks from Monday."
    later = "Passenger groups said the three-month fare freeze was welcome but overdue."
    assert len(told_flags(analyzer, CHECK, freeze, BETWEEN, later)) == 1
    # "two months" is eight weeks as copy rounds it
    rounded = later.replace("three-month", "two-month")
    assert told_flags(analyzer, CHECK, freeze, BETWEEN, rounded) == []


def test_the_run_of_a_show_that_closes(analyzer: Analyzer) -> None:
    closes = "The musical will close at the Albion Theatre in March after 12 years."
    run = "Its producer said ending the show's 10-year run was a hard decision."
    flags = told_flags(analyzer, CHECK, closes, BETWEEN, run)
    assert [severity for severity, _ in flags] == ["low"], flags


def test_two_holders_lengths_and_changed_lengths_are_silent(analyzer: Analyzer) -> None:
    # two players' deals: the later "the two-year deal" is Parker's, not Ellis's
    ellis = "Ellis signed a four-year deal with the club on Monday."
    parker = "Parker agreed a two-year deal last month after leaving Hull."
    later = "The two-year deal includes an option for a third season."
    assert told_flags(analyzer, CHECK, ellis, parker, later) == []
    # a sentence cut on appeal: the later length is the new one
    jailed = "Amir Shah was jailed for 30 months in May for the fraud."
    appeal = "On Tuesday the Court of Appeal cut his sentence to 18 months."
    now = "Shah's 18-month sentence means he could be freed by the spring."
    assert told_flags(analyzer, CHECK, jailed, appeal, now) == []
    # two names' sentences
    kerr = "Lee Kerr, 29, was jailed for 30 months for his part in the raid."
    other = "Jon Webb's three-year sentence was the longest handed down."
    assert told_flags(analyzer, CHECK, kerr, BETWEEN, other) == []
    # two shows' runs, each held by "its"
    satc = "Sex and the City drew to the end of its six-year run on Sunday."
    friends = "Friends ended its 10-year run on the NBC network in May."
    assert told_flags(analyzer, CHECK, satc, BETWEEN, friends) == []
    # lengths picked out of several, and a period a figure is counted over
    first = "Sales rose 8% in the three-month period to June."
    second = "Over the first two months, the chain opened 14 shops."
    last = "In the six-month period to December, sales fell."
    assert told_flags(analyzer, CHECK, first, second, last) == []
