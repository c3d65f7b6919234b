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
    ],
)
def test_sums_that_add_up(analyzer: Analyzer, sentence: str):
    assert flags_of(analyzer.analyze(sentence), "arithmetic") == [], sentence
