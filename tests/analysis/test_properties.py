"""Property-based tests: parsers and analysis never crash, whatever the text."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.analysis.dates import extract_dates
from bot.analysis.names import edit_distance
from bot.analysis.numbers import FIGURE, parse_amount
from bot.analyzer import Analyzer
from bot.errors import InputError

_NEWS_WORDS = (
    "the said President Prime Minister Boris Johnson , . 39 40-year-old over 100,000 "
    "people £3.6bn 20% rose from to Tuesday March 3 2015 yesterday ( ) “ ” ' \" : - "
    "and two men women five victims former British US Smith Smyth \n\n"
)
news_words = st.sampled_from(_NEWS_WORDS.split(" "))
newsy_text = st.lists(news_words, max_size=120).map(" ".join)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.one_of(st.text(max_size=400), newsy_text))
def test_analysis_never_raises_on_arbitrary_text(analyzer: Analyzer, text: str):
    try:
        report = analyzer.analyze(text, published=date(2021, 9, 2))
    except InputError:
        return  # refused with a message: fine
    for flag in report.flags:
        for e in flag.evidence:
            assert report.text[e.start : e.end] == e.quote
    assert len(report.summary) <= 3


@given(st.text(max_size=200))
def test_figure_parsing_never_raises(text: str):
    for m in FIGURE.finditer(text):
        if m.group("low"):
            parse_amount(m.group("low"))


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_commas_round_trip(n: int):
    assert parse_amount(f"{n:,}") == n


@given(st.text(max_size=300), st.one_of(st.none(), st.dates()))
def test_date_extraction_never_raises(text: str, published: date | None):
    for mention in extract_dates(text, published):
        assert text[mention.start : mention.end] == mention.text


@given(st.text(max_size=12), st.text(max_size=12))
def test_edit_distance_is_symmetric_and_zero_only_for_equal(a: str, b: str):
    assert edit_distance(a, b) == edit_distance(b, a)
    assert (edit_distance(a, b) == 0) == (a == b)
