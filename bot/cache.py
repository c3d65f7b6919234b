"""Reports cached as JSON: by normalised link, or by a hash of the pasted text.

Keys carry a prefix and the analysis version, so an upgrade never serves a report made
by older code; every key is written with an expiry (24 hours by default).
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from bot import ANALYSIS_VERSION
from bot.fetch.urls import normalise_url
from bot.store import Store

DEFAULT_TTL = 24 * 3600


def text_hash(text: str, published: date | None = None) -> str:
    """A stable hash of pasted copy: whitespace differences do not count; the publication
    date does, since it changes the date checks."""
    canonical = " ".join(text.split()) + "\x00" + (published.isoformat() if published else "")
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:40]


class ReportCache:
    """JSON reports in a :class:`~bot.store.Store`."""

    def __init__(
        self,
        store: Store,
        *,
        prefix: str = "copydesk",
        version: str = ANALYSIS_VERSION,
        ttl: int = DEFAULT_TTL,
    ) -> None:
        self.store = store
        self.ttl = ttl
        self._base = f"{prefix}:report:{version}"

    def key_for_link(self, url: str, published: date | None = None) -> str:
        digest = hashlib.sha256(normalise_url(url).encode("utf-8")).hexdigest()[:40]
        suffix = f":{published.isoformat()}" if published else ""
        return f"{self._base}:url:{digest}{suffix}"

    def key_for_text(self, text: str, published: date | None = None) -> str:
        return f"{self._base}:text:{text_hash(text, published)}"

    def get(self, key: str) -> dict[str, Any] | None:
        raw = self.store.get(key)
        if raw is None:
            return None
        try:
            report = json.loads(raw)
        except ValueError:
            return None  # a damaged entry is a miss, not an error
        return report if isinstance(report, dict) else None

    def put(self, key: str, report: dict[str, Any]) -> None:
        self.store.set(key, json.dumps(report, ensure_ascii=False), self.ttl)
