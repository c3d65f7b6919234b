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
