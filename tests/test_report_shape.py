"""The JSON report keeps the shape the README documents, for plain checks and drafts."""

from __future__ import annotations

from pathlib import Path

from bot.analyzer import Analyzer

SAMPLE = Path(__file__).resolve().parent.parent / "bot" / "samples" / "harbour-fire.txt"
REPORT_KEYS = {
    "input", "source", "published", "summary", "figures", "people", "flags", "flags_omitted",
    "quotes", "dates", "organisations", "places", "timings_ms",
}  # fmt: skip


def test_a_report_has_the_documented_keys(analyzer: Analyzer) -> None:
    report = analyzer.analyze(SAMPLE.read_text()).to_json()
    assert set(report) == REPORT_KEYS
    assert report["flags"], "the sample has planted errors"
    for flag in report["flags"]:
        assert list(flag) == ["check", "severity", "message", "evidence"]
        assert flag["severity"] in {"high", "medium", "low"}
        for passage in flag["evidence"]:
            assert list(passage) in (["quote", "start", "end"], ["quote", "start", "end", "marks"])
            for start, end in passage.get("marks", []):  # the words the flag is about
                assert passage["start"] <= start < end <= passage["end"]
    figure = report["figures"][0]
    assert set(figure) == {"value", "context", "sentence_index", "kind", "counted", "start", "end"}
    assert set(report["timings_ms"]) == {"nlp", "checks", "summary", "total"}


def test_a_draft_report_marks_kind_change_and_sides(analyzer: Analyzer) -> None:
    source = SAMPLE.read_text()
    first_quote = source.index("“") if "“" in source else source.index('"')
    end = source.index("”" if "“" in source else '"', first_quote + 1)
    quoted = source[first_quote + 1 : end]
    words = quoted.split()
    draft = source.replace(quoted, " ".join([*words[:-1], "tomorrow"]), 1)
    report = analyzer.compare(source, draft).to_json()
    assert set(report) == REPORT_KEYS
    mismatches = [f for f in report["flags"] if f["check"] == "source-mismatch"]
    assert mismatches
    for flag in mismatches:
        assert list(flag)[:2] == ["check", "kind"]
        assert [e["side"] for e in flag["evidence"]] in (["draft"], ["draft", "source"], [])
    altered = [f for f in mismatches if f["kind"] == "quote"]
    assert altered and altered[0]["change"]
