"""Reports cached as JSON: by normalised link, or by a hash of the pasted text.

Keys carry a prefix and the analysis version, so an upgrade never serves a report made
by older code; every key is written with an expiry (24 hours by default). Entries are
``{"version", "report"}``: one written by another version, or whose report does not have
the documented shape (README, "The JSON report"), is a miss and is logged, never served.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import date
from typing import Any, cast, get_args

from bot import ANALYSIS_VERSION
from bot.analysis.model import Severity
from bot.analysis.report import ReportJSON
from bot.fetch.urls import normalise_url
from bot.request import Subject
from bot.store import Store

log = logging.getLogger(__name__)

DEFAULT_TTL = 24 * 3600
SEVERITIES = frozenset(get_args(Severity))


def text_hash(text: str, published: date | None = None) -> str:
    """A stable hash of pasted copy: whitespace differences do not count; the publication
    date does, since it changes the date checks."""
    canonical = " ".join(text.split()) + "\x00" + (published.isoformat() if published else "")
    # A lone surrogate (valid JSON from Slack, not valid UTF-8) must not stop the hashing.
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()[:40]


def article_key(subject: Subject, published: date | None = None) -> str:
    """What identifies an article across checks and versions: its normalised link (and the
    date it was asked for), or a hash of its text. Dismissed flags are kept under it."""
    if subject.is_link:
        digest = hashlib.sha256(normalise_url(subject.value).encode("utf-8")).hexdigest()[:40]
        return f"url:{digest}" + (f":{published.isoformat()}" if published else "")
    return f"text:{text_hash(subject.value, published)}"


class ReportCache:
    """JSON reports in a :class:`~bot.store.Store`."""

    def __init__(
        self,
        store: Store,
        *,
        prefix: str,
        version: str = ANALYSIS_VERSION,
        ttl: int = DEFAULT_TTL,
    ) -> None:
        self.store = store
        self.ttl = ttl
        self.version = version
        self._base = f"{prefix}:report:{version}"

    def key_for(self, subject: Subject, published: date | None = None) -> str:
        return f"{self._base}:{article_key(subject, published)}"

    def key_for_link(self, url: str, published: date | None = None) -> str:
        return self.key_for(Subject.link(url), published)

    def key_for_text(self, text: str, published: date | None = None) -> str:
        return self.key_for(Subject.text(text), published)

    def get(self, key: str) -> ReportJSON | None:
        """The cached report, or None for a miss (absent, damaged or of another version)."""
        raw = self.store.get(key)
        if raw is None:
            return None
        try:
            entry = json.loads(raw)
        except ValueError:
            entry = None
        problem = _entry_problem(entry, self.version)
        if problem is not None:
            # A miss, not an error: the report is made afresh and written over it.
            log.warning("damaged cache entry %s (%s); checking afresh", key, problem)
            return None
        # Checked against the documented shape just above: typed from here on.
        return cast(ReportJSON, entry["report"])

    def put(self, key: str, report: ReportJSON) -> None:
        entry = {"version": self.version, "report": report}
        self.store.set(key, json.dumps(entry, ensure_ascii=False), self.ttl)


def _entry_problem(entry: Any, version: str) -> str | None:
    if not isinstance(entry, dict) or "report" not in entry:
        return "not a cache entry"
    if entry.get("version") != version:
        return f"written by version {str(entry.get('version'))[:20]!r}"
    return report_problem(entry["report"])


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _optional_str(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _iso_date(value: Any) -> bool:
    if value is None:
        return True
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _flag_problem(flag: Any) -> str | None:
    if not isinstance(flag, dict):
        return "a flag is not an object"
    if not all(isinstance(flag.get(k), str) for k in ("check", "message")):
        return "a flag lacks its check or message"
    if flag.get("severity") not in SEVERITIES:
        return "a flag has an unknown severity"
    if not all(_optional_str(flag.get(k)) for k in ("kind", "change")):
        return "a flag's kind or change is not text"
    evidence = flag.get("evidence")
    if not isinstance(evidence, list) or not all(
        isinstance(e, dict)
        and isinstance(e.get("quote"), str)
        and type(e.get("start")) is int
        and type(e.get("end")) is int
        and _optional_str(e.get("side"))
        for e in evidence
    ):
        return "a flag's evidence is malformed"
    return None


def report_problem(report: Any) -> str | None:
    """What is wrong with a report's shape, as far as the renderers rely on it; None if
    nothing is."""
    if not isinstance(report, dict):
        return "not an object"
    missing = ReportJSON.__required_keys__ - set(report)
    if missing:
        return f"{len(missing)} keys missing ({', '.join(sorted(missing)[:3])})"
    if not _strings(report.get("summary")):
        return "summary is not a list of text"
    figures = report.get("figures")
    if not isinstance(figures, list) or not all(
        isinstance(f, dict)
        and isinstance(f.get("value"), str)
        and isinstance(f.get("context"), str)
        for f in figures
    ):
        return "figures are malformed"
    flags = report.get("flags")
    if not isinstance(flags, list):
        return "flags is not a list"
    for flag in flags:
        problem = _flag_problem(flag)
        if problem is not None:
            return problem
    omitted = report["flags_omitted"]
    if not isinstance(omitted, dict) or not all(
        isinstance(k, str) and type(v) is int for k, v in omitted.items()
    ):
        return "flags_omitted is malformed"
    source = report.get("source")
    if source is not None and not (
        isinstance(source, dict) and all(_optional_str(v) for v in source.values())
    ):
        return "source is malformed"
    if not _optional_str(report.get("input")) or not _iso_date(report.get("published")):
        return "input or published is malformed"
    timings = report.get("timings_ms")
    if not isinstance(timings, dict) or not all(type(v) in (int, float) for v in timings.values()):
        return "timings_ms is malformed"
    for name in ("people", "quotes", "dates"):
        if not isinstance(report.get(name), list):
            return f"{name} is not a list"
    if not (_strings(report.get("organisations")) and _strings(report.get("places"))):
        return "organisations or places is not a list of text"
    return None
