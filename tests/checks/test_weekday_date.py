from datetime import date

from bot.analyzer import Analyzer
from tests.helpers import flags_of


def test_explicit_weekday_does_not_match_date(analyzer: Analyzer):
    text = "The hearing opened on Wednesday, March 3, 2015, in Leeds."
    flags = flags_of(analyzer.analyze(text), "weekday-date")
    assert len(flags) == 1
    assert "was a Tuesday" in flags[0].message  # 3 March 2015 was a Tuesday


def test_weekday_without_year_uses_publication_date(analyzer: Analyzer):
    text = "The vote will be held on Friday 14 March, the council said."
    # 14 March was a Saturday in 2026 and a Friday in 2025.
    assert flags_of(analyzer.analyze(text, published=date(2026, 3, 10)), "weekday-date")
    assert not flags_of(analyzer.analyze(text, published=date(2025, 3, 10)), "weekday-date")
    # Without a publication date or a full date elsewhere, the year is unknown: no guess.
    assert not flags_of(analyzer.analyze(text), "weekday-date")


def test_relative_day_against_publication_date(analyzer: Analyzer):
    text = "The minister resigned yesterday (Monday) after a week of pressure."
    # Published on a Wednesday: yesterday was a Tuesday.
    assert flags_of(analyzer.analyze(text, published=date(2021, 9, 1)), "weekday-date")
    # Published on a Tuesday: yesterday was a Monday.
    assert not flags_of(analyzer.analyze(text, published=date(2021, 8, 31)), "weekday-date")


def test_correct_weekdays_are_not_flagged(analyzer: Analyzer):
    text = "Talks resumed on Monday, 31 August 2015, and ended on Tuesday, September 1, 2015."
    assert flags_of(analyzer.analyze(text), "weekday-date") == []


def test_a_heading_date_is_not_joined_to_the_next_paragraphs_year(analyzer: Analyzer):
    # "Tuesday, 1 March" heads a fixture list (a Tuesday in 2022); "2000" opens the next
    # paragraph, and 1 March 2000 was a Wednesday.
    text = "Fixtures\n\nTuesday, 1 March\n\n2000 was the last time the sides met in the cup."
    assert flags_of(analyzer.analyze(text, published=date(2022, 2, 25)), "weekday-date") == []
    # Written on one line, the year is the date's.
    wrong = "The sides last met on Tuesday, 1 March 2000 in the cup."
    assert flags_of(analyzer.analyze(wrong), "weekday-date")


def test_a_year_borrowed_from_a_historical_date_is_a_hint(analyzer: Analyzer):
    # No publication date: "Tuesday, 1 March" takes 1996 from the history line, and
    # 1 March 1996 was a Friday; published in 2022, it is a Tuesday.
    text = (
        "Kick-off: Tuesday, 1 March.\n\n"
        "The sides have not met in the cup since a replay on 16 January 1996."
    )
    flags = flags_of(analyzer.analyze(text), "weekday-date")
    assert [f.severity for f in flags] == ["low"]
    assert flags_of(analyzer.analyze(text, published=date(2022, 2, 25)), "weekday-date") == []
