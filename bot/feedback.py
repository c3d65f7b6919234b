"""Editors' verdicts on flags: "Not an error", kept so a later check of the same article
shows the flag as dismissed, counted per check, and exported (``python -m bot feedback
export``) so false alarms can be turned into tests.

A flag is known by its fingerprint (its check, kind and the passages it quotes), an
article by :func:`bot.cache.article_key`; a dismissal records who, when, the check, the
message and the passages.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from bot.analysis.report import FlagJSON
from bot.store import Store

__all__ = ["Dismissal", "Feedback", "fingerprint"]

log = logging.getLogger(__name__)

#: dismissals are kept this long (seconds): long enough for a desk to review them
KEEP = 180 * 24 * 3600
#: dismissals exported at most (newest first)
MAX_EXPORTED = 10_000
#: days of counts App Home shows; counters live a day longer
STATS_DAYS = 30


def fingerprint(flag: FlagJSON) -> str:
    """The same flag in another check of the same article has the same fingerprint."""
    quotes = sorted(" ".join(e["quote"].split()) for e in flag["evidence"])
    material = "\x00".join([flag["check"], flag.get("kind", ""), *quotes])
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()[:20]


@dataclass(frozen=True)
class Dismissal:
    """One "Not an error": who said it, when, and about which flag of which article."""

    article: str
    fingerprint: str
    check: str
    message: str
    passages: list[str]
    who: str
    when: str  # ISO 8601, UTC

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str) -> Dismissal | None:
        """The dismissal, or None for a damaged record (logged)."""
        try:
            data: Any = json.loads(raw)
            dismissal = cls(**data)
        except (ValueError, TypeError) as e:
            log.warning("damaged dismissal record ignored: %s", e)
            return None
        fields_ok = all(isinstance(getattr(dismissal, f), str) for f in ("who", "when", "check"))
        return dismissal if fields_ok and isinstance(dismissal.passages, list) else None


class Feedback:
    """Dismissals and per-day counts of flags raised and dismissed, in a Store."""

    def __init__(self, store: Store, *, prefix: str) -> None:
        self.store = store
        self._base = f"{prefix}:feedback"

    def _dismissal_key(self, article: str, print_: str) -> str:
        return f"{self._base}:dismissed:{article}:{print_}"

    def _count_key(self, day: date, what: str, check: str) -> str:
        return f"{self._base}:count:{day.isoformat()}:{what}:{check}"

    def dismiss(self, article: str, flag: FlagJSON, who: str, when: datetime) -> Dismissal:
        dismissal = Dismissal(
            article=article,
            fingerprint=fingerprint(flag),
            check=flag["check"],
            message=flag["message"],
            passages=[e["quote"] for e in flag["evidence"]],
            who=who,
            when=when.isoformat(timespec="seconds"),
        )
        raw = dismissal.to_json()
        self.store.set(self._dismissal_key(article, dismissal.fingerprint), raw, KEEP)
        self.store.push(f"{self._base}:dismissals", raw, MAX_EXPORTED, KEEP)
        self._count(when.date(), "dismissed", [flag["check"]])
        return dismissal

    def dismissed(self, article: str, flags: Sequence[FlagJSON]) -> dict[str, Dismissal]:
        """The dismissals among ``flags``, by fingerprint."""
        prints = [fingerprint(f) for f in flags]
        found = self.store.get_many([self._dismissal_key(article, p) for p in prints])
        result = {}
        for print_, raw in zip(prints, found, strict=True):
            dismissal = Dismissal.from_json(raw) if raw is not None else None
            if dismissal is not None:
                result[print_] = dismissal
        return result

    def raised(self, flags: Iterable[FlagJSON], day: date) -> None:
        """Count flags shown to an editor."""
        self._count(day, "raised", [f["check"] for f in flags])

    def _count(self, day: date, what: str, checks: Iterable[str]) -> None:
        ttl = (STATS_DAYS + 1) * 24 * 3600
        for check, n in Counter(checks).items():
            self.store.incr(self._count_key(day, what, check), ttl, n)

    def counts(self, today: date, checks: Sequence[str]) -> dict[str, tuple[int, int]]:
        """Flags raised and dismissed per check over the last STATS_DAYS days."""
        days = [today - timedelta(days=n) for n in range(STATS_DAYS)]
        keys = [
            self._count_key(day, what, check)
            for check in checks
            for what in ("raised", "dismissed")
            for day in days
        ]
        values = iter(self.store.get_many(keys))
        totals = {}
        for check in checks:
            raised = sum(int(v) for v in _take(values, len(days)) if v and v.isdigit())
            dismissed = sum(int(v) for v in _take(values, len(days)) if v and v.isdigit())
            totals[check] = (raised, dismissed)
        return totals

    def export(self) -> Iterator[Dismissal]:
        """Every kept dismissal, newest first."""
        for raw in self.store.items(f"{self._base}:dismissals"):
            dismissal = Dismissal.from_json(raw)
            if dismissal is not None:
                yield dismissal


def _take(values: Iterator[str | None], n: int) -> list[str | None]:
    return [next(values) for _ in range(n)]
