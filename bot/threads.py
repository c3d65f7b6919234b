"""Thread memory: what the bot checked in each Slack thread it answered.

A later reply in the thread can then be checked against the same source, and
``recheck`` knows what to redo.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from typing import Any

from bot.store import Store

log = logging.getLogger(__name__)

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
            data = json.loads(raw)
        except ValueError:
            data = None
        record = _record(data)
        if record is None:
            # Its source would be fetched or compared: a damaged one is forgotten instead.
            log.warning("damaged thread record for %s/%s; ignored", channel, thread_ts)
        return record


def _record(data: Any) -> ThreadRecord | None:
    """The record in stored JSON, or None unless it has exactly the record's shape."""
    names = {f.name for f in fields(ThreadRecord)}
    if not isinstance(data, dict) or not isinstance(data.get("report_key"), str):
        return None
    if set(data) - names:
        return None
    if any(v is not None and not isinstance(v, str) for v in data.values()):
        return None
    return ThreadRecord(**data)
