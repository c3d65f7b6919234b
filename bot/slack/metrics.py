"""Prometheus metrics of the Slack service, served at ``GET /metrics``.

One registry for the process (not prometheus_client's global one, so only what is named
here is exposed). Every label takes values from a fixed set, so the number of series is
bounded whatever users send: entry points and outcomes are checked, and check ids come
from the bot's own checks.

With ``QUEUE=rq`` the checks run in worker processes (a forked work horse each), whose
counts are not in the web process's ``/metrics``; the web process still counts the
requests it refused and the dismissals it received.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Mapping

from prometheus_client import CollectorRegistry, Counter, Histogram, ProcessCollector
from prometheus_client.exposition import choose_encoder

from bot.analysis.report import ReportJSON

__all__ = [
    "ENTRY_POINTS",
    "OUTCOMES",
    "REGISTRY",
    "count_dismissal",
    "count_refusal",
    "exposition",
    "flag_counts",
    "observe_check",
]

ENTRY_POINTS = ("command", "mention", "message", "thread_draft", "unfurl", "shortcut", "recheck")
#: "refused": the user's input could not be checked (a BotError); "failed": our side broke
OUTCOMES = ("report", "refused", "failed")
#: seconds: a cached report takes milliseconds, a fresh one up to the 8 s budget plus a
#: 15 s fetch
LATENCY_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0)

REGISTRY = CollectorRegistry()
ProcessCollector(registry=REGISTRY)  # memory, CPU and open files of this process

CHECKS = Counter(
    "copydesk_checks",
    "Checks answered, by entry point and outcome",
    ["entry_point", "outcome"],
    registry=REGISTRY,
)
FLAGS = Counter(
    "copydesk_flags", "Flags in the reports posted, by check", ["check"], registry=REGISTRY
)
DISMISSALS = Counter(
    "copydesk_dismissals", "Flags dismissed by a reader, by check", ["check"], registry=REGISTRY
)
LATENCY = Histogram(
    "copydesk_check_seconds",
    "Seconds from a request to its answer, cached reports apart",
    ["cached"],
    buckets=LATENCY_BUCKETS,
    registry=REGISTRY,
)
CACHE_HITS = Counter(
    "copydesk_cache_hits",
    "Reports answered from the cache, by entry point",
    ["entry_point"],
    registry=REGISTRY,
)
REFUSALS = Counter(
    "copydesk_http_refusals",
    "HTTP requests refused before Bolt saw them, by status (401: bad signature or stale)",
    ["status"],
    registry=REGISTRY,
)

# Every series exists from the start at 0, so a rate over a fresh process is not missing.
for _entry in ENTRY_POINTS:
    CACHE_HITS.labels(_entry)
    for _outcome in OUTCOMES:
        CHECKS.labels(_entry, _outcome)
for _cached in ("true", "false"):
    LATENCY.labels(_cached)


def _check_label(check: str) -> str:
    """A check id as a label value; ids are short words, anything else is one bucket."""
    return check if len(check) <= 40 and check.replace("-", "").isalnum() else "other"


def observe_check(
    entry_point: str,
    outcome: str,
    seconds: float,
    cached: bool,
    flags_by_check: Mapping[str, int],
) -> None:
    """Count one answered check: its outcome, how long it took, whether the cache
    answered, and the flags of its report (by check id).

    Raises ValueError for an entry point or outcome not in ENTRY_POINTS or OUTCOMES (a
    caller's bug, which would otherwise add series no dashboard knows).
    """
    if entry_point not in ENTRY_POINTS:
        raise ValueError(f"unknown entry point {entry_point!r}; one of {ENTRY_POINTS}")
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}; one of {OUTCOMES}")
    CHECKS.labels(entry_point, outcome).inc()
    LATENCY.labels("true" if cached else "false").observe(max(0.0, seconds))
    if cached:
        CACHE_HITS.labels(entry_point).inc()
    for check, count in flags_by_check.items():
        if count > 0:
            FLAGS.labels(_check_label(check)).inc(count)


def flag_counts(report: ReportJSON) -> dict[str, int]:
    """Flags found, by check: those the report shows and those it only counts
    (``flags_omitted``), so the figure does not depend on the report's caps."""
    counts = Tally(flag["check"] for flag in report.get("flags", []))
    counts.update(report.get("flags_omitted", {}))
    return dict(counts)


def count_dismissal(check: str) -> None:
    """A reader dismissed one flag of ``check``."""
    DISMISSALS.labels(_check_label(check)).inc()


def count_refusal(status: int) -> None:
    """The endpoint refused a request with ``status`` before Bolt saw it."""
    REFUSALS.labels(str(status)).inc()


def exposition(accept: str = "") -> tuple[bytes, str]:
    """Every metric, and its content type: in the format the scraper's ``Accept`` header
    asks for (OpenMetrics, or a newer text format), else Prometheus's text format 0.0.4,
    which every Prometheus reads."""
    encode, content_type = choose_encoder(accept)
    return encode(REGISTRY), content_type
