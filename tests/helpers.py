"""Small helpers the tests share (fixtures stay in conftest.py)."""

from __future__ import annotations

from typing import Any, cast

from bot.analysis.model import Flag
from bot.analysis.report import Report, ReportJSON
from bot.analyzer import Analyzer


def flags_of(report: Report, check: str) -> list[Flag]:
    """The report's flags of one check."""
    return [f for f in report.flags if f.check == check]


def told_flags(analyzer: Analyzer, check: str, *paragraphs: str) -> list[tuple[str, str]]:
    """(severity, the passages quoted, joined by " | ") of each flag of one check on the
    paragraphs as one article."""
    report = analyzer.analyze("\n\n".join(paragraphs))
    return [(f.severity, " | ".join(e.quote for e in f.evidence)) for f in flags_of(report, check)]


def report_json(**fields: Any) -> ReportJSON:
    """The smallest report of the documented shape, with ``fields`` in place of its own."""
    report: dict[str, Any] = {
        "input": "-", "source": None, "published": None, "summary": ["x"], "figures": [],
        "people": [], "flags": [], "flags_omitted": {}, "quotes": [], "dates": [],
        "organisations": [], "places": [], "timings_ms": {},
    }  # fmt: skip
    report.update(fields)
    return cast(ReportJSON, report)
