"""A publication date no story carries (from a page's metadata, say) is read as unknown."""

from datetime import date

import pytest

from bot.analyzer import Analyzer

TEXT = (
    "Yesterday the council met. Last year it met on Tuesday 4 March.\n\n"
    "Last month the mayor resigned, and tomorrow the vote is held."
)


@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31)])
def test_dates_at_the_calendars_ends_are_unknown(analyzer: Analyzer, published: date):
    report = analyzer.analyze(TEXT, published=published)
    assert report.published is None


def test_a_plausible_date_is_kept(analyzer: Analyzer):
    assert analyzer.analyze(TEXT, published=date(2025, 3, 6)).published == date(2025, 3, 6)
