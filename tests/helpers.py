"""Small helpers the tests share (fixtures stay in conftest.py)."""

from __future__ import annotations

from typing import Any, cast

from bot.analysis.model import Flag
from bot.analysis.report import Report, ReportJSON


def flags_of(report: Report, check: str) -> list[Flag]:
    """The report's flags of one check."""
    return [f for f in report.flags if f.check == check]


def report_json(**fields: Any) -> ReportJSON:
    """The smallest report of the documented shape, with ``fields`` in place of its own."""
    report: dict[str, Any] = {
        "input": "-", "source": None, "published": None, "summary": ["x"], "figures": [],
        "people": [], "flags": [], "flags_omitted": {}, "quotes": [], "dates": [],
        "organisations": [], "places": [], "timings_ms": {},
    }  # fmt: skip
    report.update(fields)
    return cast(ReportJSON, report)
