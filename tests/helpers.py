"""Small helpers the tests share (fixtures stay in conftest.py)."""

from __future__ import annotations

from bot.analysis.model import Flag
from bot.report import Report


def flags_of(report: Report, check: str) -> list[Flag]:
    """The report's flags of one check."""
    return [f for f in report.flags if f.check == check]
