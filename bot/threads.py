"""Thread memory: what the bot checked in each Slack thread it answered.

A later reply in the thread can then be checked against the same source, and
``recheck`` knows what to redo.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from bot.store import Store

DEFAULT_TTL = 7 * 24 * 3600


@dataclass(frozen=True)
class ThreadRecord:
    """The source of a thread: a link, or the hash of pasted text; and the report's key."""

    report_key: str
    source_url: str | None = None
    text_hash: str | None = None
    source_text: str | None = None  # pasted copy, so a draft can be checked against it

    @property
    def source(self) -> str | None:
        """What a draft in this thread is checked against: the link, or the pasted copy."""
        return self.source_url or self.source_text


class ThreadMemory:
    def __init__(self, store: Store, *, prefix: str = "copydesk", ttl: int = DEFAULT_TTL) -> None:
        self.store = store
        self.ttl = ttl
        self._base = f"{prefix}:thread"

    def _key(self, channel: str, thread_ts: str) -> str:
        return f"{self._base}:{channel}:{thread_ts}"

    def remember(self, channel: str, thread_ts: str, record: ThreadRecord) -> None:
        self.store.set(self._key(channel, thread_ts), json.dumps(asdict(record)), self.ttl)

    def recall(self, channel: str, thread_ts: str) -> ThreadRecord | None:
        raw = self.store.get(self._key(channel, thread_ts))
        if raw is None:
            return None
        try:
            return ThreadRecord(**json.loads(raw))
        except (ValueError, TypeError):
            return None
