import pytest

from bot.analyzer import Analyzer
from tests.helpers import flags_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose from 200 to 300 last year, a 20% increase on the year before.",
        "Membership fell from 1,250 to 1,000, a 10 per cent drop.",
        "Profits increased by 15% from £4m to £5m.",
        "Visitor numbers went from 8,000 to 9,500, an increase of 2,500.",
        "Of the 40 councillors, 12 of the 40 members (45%) voted against.",
        "There were five victims: two men and two women.",
        "Police arrested seven people - three men, two women and one teenager.",
        "The depot handled 18.2 million parcels last year, up from 15.6 million, an increase "
        "of 3.1 million.",
        "Spending on the ring road will rise from £12.4m this year to £15.1m next year, an "
        "increase of £3.7m.",
        "The fleet is 52.4 million, up from 47.9 million, an increase of 5.5 million.",
        # written to £0.1m each, so the change can be off by £0.15m at most, not 5%
        "The budget went from £120.4m to £180.6m, an increase of £62.2m.",
        "Aid rose from US$54.2bn this year to US$61.7bn in 2027, an increase of US$9.5bn.",
        "The index rose from 6,000 to 6,100 on Friday, a rise of 120 points.",
    ],
)
def test_sums_that_do_not_add_up(analyzer: Analyzer, sentence: str):
    flags = flags_of(analyzer.analyze(sentence), "arithmetic")
    assert len(flags) == 1, sentence
    assert flags[0].evidence[0].quote == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose from 200 to 300 last year, a 50% increase on the year before.",
        "Membership fell from 1,250 to 1,000, a 20 per cent drop.",
        "Profits increased by 25% from £4m to £5m.",
        "Visitor numbers went from 8,000 to 9,500, an increase of 1,500.",
        "Of the 40 councillors, 12 of the 40 members (30%) voted against.",
        "There were five victims: three men and two women.",
        "Turnout rose from 61.2% to 64.0%, a rise of 2.8 points.",
        "The depot handled 18.2 million parcels last year, up from 15.6 million, an increase "
        "of 2.6 million.",
        "Spending on the ring road will rise from £12.4m this year to £15.1m next year, an "
        "increase of £2.7m.",
        "Fares went up from £4 to £5 a day in May, a rise of 25p a week on average.",
        "The fleet is 52.4 million, up from 47.9 million, an increase of 4.5 million.",
        "The budget went from £120.4m to £180.6m, an increase of £60.2m.",
        "Aid rose from US$54.2bn this year to US$61.7bn in 2027, an increase of US$7.5bn.",
        # "£2m" and "£3m" are rounded to the million: the change may be anything from £0.5m
        "The grant went from £2m to £3m, an increase of £1.4m.",
        # the list breaks down the goals, not the matches the dash follows
        "Rovers have scored 41 goals in 29 games - 26 at home and 15 away.",
    ],
)
def test_sums_that_add_up(analyzer: Analyzer, sentence: str):
    assert flags_of(analyzer.analyze(sentence), "arithmetic") == [], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # what a red-team helper found read as sums: spans of years, other measures of the
        # change, and figures too long to be a story's
        "Membership grew from 2010 to 2020, an increase of 3,000 members.",
        "House prices went up from 2012 to 2022, a rise of £80,000.",
        "Fares will rise from £4.2bn this year to £6.1bn in 2031, an increase of £0.3bn a year.",
        "Spending rose from £54.2bn to £61.7bn, a real-terms increase of £5bn.",
        "Spending rose from £54.2bn to £61.7bn, an increase of £110 per person.",
        "Prices rose from 40 to 52, an increase of 1.3 times.",
        "The debt rose from 1" + "0" * 40 + " to 2" + "0" * 40 + ", an increase of 5.",
    ],
)
def test_changes_measured_otherwise_are_not_sums(analyzer: Analyzer, sentence: str):
    assert flags_of(analyzer.analyze(sentence), "arithmetic") == [], sentence


def test_a_percentage_change_written_as_an_increase_of(analyzer: Analyzer):
    wrong = "Spending rose from £54.2bn to £61.7bn, an increase of 18%."
    (flag,) = flags_of(analyzer.analyze(wrong), "arithmetic")
    assert flag.message == "From £54.2bn to £61.7bn is up 13.8%, not an 18% increase."
    right = "Spending rose from £54.2bn to £61.7bn, an increase of 14%."
    assert flags_of(analyzer.analyze(right), "arithmetic") == []


def test_a_sum_across_scales_is_written_in_plain_figures(analyzer: Analyzer):
    (flag,) = flags_of(
        analyzer.analyze("Prices rose from £40m to £52bn, an increase of £12m."), "arithmetic"
    )
    assert flag.message == "From £40m to £52bn is a change of £51,960,000,000, not £12m."
