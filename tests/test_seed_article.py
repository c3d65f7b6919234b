"""The case the product was born from: one office, two holders."""

from datetime import date
from pathlib import Path

from bot.analyzer import Analyzer


def test_seed_article_flags_the_prime_minister_conflict(analyzer: Analyzer, corpus_dir: Path):
    text = (corpus_dir / "seed-article.txt").read_text(encoding="utf-8")
    report = analyzer.analyze(text, published=date(2021, 9, 2))

    high = [f for f in report.flags if f.severity == "high"]
    assert sorted(f.check for f in high) == ["office-holder", "role-conflict"]
    conflict = next(f for f in high if f.check == "role-conflict")
    quotes = [e.quote for e in conflict.evidence]
    assert any("Prime Minister Boris Johnson has come under fire" in q for q in quotes)
    assert any("British Prime Minister David Cameron said" in q for q in quotes)
    for passage in conflict.evidence:
        assert text[passage.start : passage.end] == passage.quote
    # And against the record: Cameron was not Prime Minister in September 2021.
    record = next(f for f in high if f.check == "office-holder")
    assert "David Cameron" in record.message and "Boris Johnson" in record.message
    assert any("British Prime Minister David Cameron said" in e.quote for e in record.evidence)


def test_seed_article_summary_and_figures(analyzer: Analyzer, corpus_dir: Path):
    text = (corpus_dir / "seed-article.txt").read_text(encoding="utf-8")
    report = analyzer.analyze(text)

    assert len(report.summary) == 3
    assert all(s in text for s in report.summary)
    positions = [text.index(s) for s in report.summary]
    assert positions == sorted(positions)
    values = [f.value for f in report.figures]
    assert "over 100,000" in values
    evacuated = next(f for f in report.figures if f.value == "over 100,000")
    assert "people" in evacuated.context and "Afghanistan" in evacuated.context
