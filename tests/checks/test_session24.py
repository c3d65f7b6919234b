"""Lengths and scores told back in other words (issue 9's restated counts, session 24, from
session 23's leftovers), in both directions, in sentences of our own."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags

CHECK = "number-conflict"
BETWEEN = "Organisers said the town's hotels were already full for the weekend."


def test_a_fortnight_told_back_in_days(analyzer: Analyzer) -> None:
    runs = "The Harwick arts festival runs for a fortnight from Friday, organisers said."
    days = "Over the festival's ten days, more than 200 artists will perform."
    flags = told_flags(analyzer, CHECK, runs, BETWEEN, days)
    assert len(flags) == 1 and runs in flags[0][1] and days in flags[0][1], flags
    # fourteen days is a fortnight
    assert told_flags(analyzer, CHECK, runs, BETWEEN, days.replace("ten", "14")) == []


def test_what_a_strike_will_last_told_back(analyzer: Analyzer) -> None:
    lasts = "The strike at Northline will last 48 hours, the union said on Monday."
    later = "Union leaders said the three-day strike was the only option left."
    flags = told_flags(analyzer, CHECK, lasts, BETWEEN, later)
    assert len(flags) == 1 and lasts in flags[0][1] and later in flags[0][1], flags
    assert told_flags(analyzer, CHECK, lasts, BETWEEN, later.replace("three", "two")) == []
    # two strikes told before: whose length is the later one?
    two = "The first strike lasted 24 hours. The second strike will last 48 hours."
    assert told_flags(analyzer, CHECK, two, BETWEEN, later) == []


def test_a_deal_told_back_as_a_contract(analyzer: Analyzer) -> None:
    deal = "Goalkeeper Tom Reddy has signed a four-year deal with Ashby Town."
    contract = "Manager Paul Kent said Reddy's three-year contract showed the club's ambition."
    flags = told_flags(analyzer, CHECK, deal, BETWEEN, contract)
    assert len(flags) == 1 and deal in flags[0][1] and contract in flags[0][1], flags
    assert told_flags(analyzer, CHECK, deal, BETWEEN, contract.replace("three", "four")) == []


def test_a_change_word_in_the_sentence_before_is_not_the_lengths(analyzer: Analyzer) -> None:
    lasts = "The strike at Northline will last 48 hours, the union said on Monday."
    cut = "Managers said weekend services would be cut."
    later = "Union leaders said the three-day strike was the only option left."
    assert len(told_flags(analyzer, CHECK, lasts, cut, later)) == 1


def test_a_match_told_back_by_its_margin(analyzer: Analyzer) -> None:
    won = "Ashby beat Crewe 3-1 on Saturday to go top of the league."
    between = "Smith scored twice before half-time for the home side."
    later = "Manager Paul Kent said the one-goal win showed the side's spirit."
    flags = told_flags(analyzer, CHECK, won, between, later)
    assert len(flags) == 1 and won in flags[0][1] and later in flags[0][1], flags
    assert told_flags(analyzer, CHECK, won, between, later.replace("one-goal", "two-goal")) == []
    # the margin of another match told before
    lost = "Ashby beat Crewe 3-1 on Saturday. Last season they lost 2-1 at home."
    defeat = "Kent said the one-goal defeat still hurt the players."
    assert told_flags(analyzer, CHECK, lost, between, defeat) == []


def test_a_closure_told_back_in_a_sentence_about_its_visitors(analyzer: Analyzer) -> None:
    # the clause's subject ("people") holds no closure: it is no second owner
    closes = "The Albion Gallery will close for 18 months from January for repairs."
    later = 'The director said: "People will miss the gallery during the two-year closure."'
    flags = told_flags(analyzer, CHECK, closes, BETWEEN, later)
    assert len(flags) == 1 and closes in flags[0][1] and later in flags[0][1], flags
    # a name holding the later length is another owner, as before
    other = "Councillors compared it with the Kelby Museum's two-year closure."
    assert told_flags(analyzer, CHECK, closes, BETWEEN, other) == []


def test_a_named_festival_runs_for_its_length(analyzer: Analyzer) -> None:
    runs = "The Kelby Folk Festival will run for a fortnight this summer, organisers said."
    days = "Traders said the festival's ten days brought in more visitors than Christmas."
    flags = told_flags(analyzer, CHECK, runs, BETWEEN, days)
    assert len(flags) == 1 and runs in flags[0][1] and days in flags[0][1], flags
    agreed = "Tom Reddy has signed a seven-year agreement with Ashby Town."
    deal = "Analysts said the six-year deal was the longest the club had given."
    assert len(told_flags(analyzer, CHECK, agreed, BETWEEN, deal)) == 1


RESULTS = "Pre-tax profit at Hartwell Foods rose 13% to £412m last year, the firm said."
REVENUE = "Revenue increased 6% to £2.1bn, helped by higher prices."


def test_a_rise_told_back_with_what_rose(analyzer: Analyzer) -> None:
    # the rise of profit, not of revenue, though both rose and "last year" is its period
    later = "Analysts said the 31% increase in profit was well ahead of forecasts."
    flags = told_flags(analyzer, CHECK, RESULTS, REVENUE, later)
    assert [s for s, _ in flags] == ["medium"], flags
    assert RESULTS in flags[0][1] and later in flags[0][1]
    for other in (
        "Analysts said the 6% increase in revenue was ahead of forecasts.",
        "Analysts said the 16% increase in sales was ahead of forecasts.",
        "It follows last year's 31% increase in profit, the firm said.",
    ):
        assert told_flags(analyzer, CHECK, RESULTS, REVENUE, other) == [], other


def test_a_fine_told_back_as_a_penalty_compared_with_no_value(analyzer: Analyzer) -> None:
    fined = "The regulator has fined Harwell Insurance £2.3m for treating customers unfairly."
    between = "The firm received a 30% discount for settling early."
    later = "Consumer groups said the £3.2m penalty was small compared with the firm's size."
    flags = told_flags(analyzer, CHECK, fined, between, later)
    assert len(flags) == 1 and fined in flags[0][1] and later in flags[0][1], flags
    # compared with another value: two sums, as before
    two = "Consumer groups said the £3.2m penalty compared with £2.3m last time."
    assert told_flags(analyzer, CHECK, fined, between, two) == []


def test_a_rise_told_back_without_what_rose(analyzer: Analyzer) -> None:
    # a change named by a noun, with no "in": what rose is not read, so any rise told
    # before is its candidate; "council tax" is the tax
    rise = "Council tax in Kelby will rise by 4.99% from April, councillors agreed."
    between = "Councillors met for three hours on Tuesday."
    for later in (
        '"The 3.99% increase will hit every family in this borough," he said.',
        "The 3.99% increase in council tax is the largest allowed without a vote.",
    ):
        flags = told_flags(analyzer, CHECK, rise, between, later)
        assert len(flags) == 1 and rise in flags[0][1] and later in flags[0][1], (later, flags)


def test_a_length_told_in_a_relative_clause(analyzer: Analyzer) -> None:
    runs = "The Kelby festival, which runs for 11 days from July, will feature 140 acts."
    later = "Organisers expect about 40,000 visitors across the 10-day festival."
    flags = told_flags(analyzer, CHECK, runs, BETWEEN, later)
    assert len(flags) == 1 and runs in flags[0][1] and later in flags[0][1], flags
    # a fair's length is not the festival's
    fair = runs.replace("festival", "fair")
    assert told_flags(analyzer, CHECK, fair, BETWEEN, later) == []


def test_a_winning_margin_told_back_in_its_unit(analyzer: Analyzer) -> None:
    between = "The crowd of 3,000 was the largest at the ground for a decade."
    won = "Ashby won the county final by 37 runs at Kelby on Sunday."
    later = "Their captain said the 27-run victory was built on the opening overs."
    flags = told_flags(analyzer, CHECK, won, between, later)
    assert len(flags) == 1 and won in flags[0][1] and later in flags[0][1], flags
    race = "Erik Lind won the Kelby Grand Prix by 4.2 seconds on Sunday."
    told = "His team said Lind's 2.4-second victory was his best drive."
    assert len(told_flags(analyzer, CHECK, race, between, told)) == 1
    assert told_flags(analyzer, CHECK, race, between, told.replace("2.4", "4.2")) == []
    # two races, each with its margin; last year's margin told with "last year"
    double = "Lind won the sprint by 0.8 seconds and the main race by 5.3 seconds."
    assert told_flags(analyzer, CHECK, double, between, told.replace("2.4", "5.3")) == []
    lost = "Ashby won the final by 45 runs, a year after losing it by 12 runs."
    again = "Their captain said the 12-run defeat last year still hurt."
    assert told_flags(analyzer, CHECK, lost, between, again) == []


def test_last_years_length_and_a_margin_told_in_shots(analyzer: Analyzer) -> None:
    # "Last year's ten-day festival" is another year's (rt50's clean trap, after its run)
    runs = "The Kelby Book Festival will run for 12 days this year, organisers said."
    last = "Last year's ten-day festival sold 64,000 tickets, a record."
    assert told_flags(analyzer, CHECK, runs, BETWEEN, last) == []
    # a golf margin in strokes told back in shots
    won = "Anna Lind won the Kelby Classic by three strokes on Sunday."
    later = "Lind's two-shot victory earns her a place at the Open."
    flags = told_flags(analyzer, CHECK, won, BETWEEN, later)
    assert len(flags) == 1 and won in flags[0][1] and later in flags[0][1], flags
