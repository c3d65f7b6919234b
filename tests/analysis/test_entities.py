"""Copy exported from a CMS carries HTML entities without any tags ("Tom &amp; Jerry",
"&#8217;"): they are read as the characters they stand for (rt36's leftover). The text is
made up for the test."""

from __future__ import annotations

from bot.analysis.text import prepare_text
from bot.analyzer import Analyzer

COPY = (
    "Hartley &amp; Sons&#8217; mill said on Monday it had cut 40 jobs at its plant in "
    "Leeds. The union called the &quot;cuts&quot; a blow, and said AT&T-style &amp "
    "shorthand and R&D were no excuse."
)


def test_entities_without_tags_are_decoded() -> None:
    text = prepare_text(COPY, 10_000)
    assert "Hartley & Sons’ mill" in text
    assert 'the "cuts" a blow' in text
    # a bare ampersand, or one without its semicolon, is the writer's own
    assert "AT&T-style &amp shorthand and R&D" in text


def test_the_report_quotes_the_decoded_text(analyzer: Analyzer) -> None:
    report = analyzer.analyze(COPY)
    assert "&amp;" not in " ".join(report.summary)
    assert "Hartley & Sons’ mill" in report.summary[0]
