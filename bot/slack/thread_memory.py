"""Thread memory: what the bot checked in each Slack thread it answered.

A later reply in the thread can then be checked as a draft against the same copy, and
``recheck`` knows what to redo.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from typing import Any

from bot.request import Subject
from bot.store import Store

log = logging.getLogger(__name__)

DEFAULT_TTL = 7 * 24 * 3600


@dataclass(frozen=True)
class CheckedInThread:
    """What a thread's report was made from (a link, or pasted copy), and its cache key."""

    report_key: str
    link: str | None = None
    text: str | None = None

    @classmethod
    def of(cls, subject: Subject, report_key: str) -> CheckedInThread:
        if subject.is_link:
            return cls(report_key, link=subject.value)
        return cls(report_key, text=subject.value)

    @property
    def subject(self) -> Subject | None:
        """What a draft in this thread is checked against."""
        if self.link is not None:
            return Subject.link(self.link)
        return Subject.text(self.text) if self.text is not None else None


class ThreadMemory:
    def __init__(self, store: Store, *, prefix: str, ttl: int = DEFAULT_TTL) -> None:
        self.store = store
        self.ttl = ttl
        self._base = f"{prefix}:thread"

    def _key(self, channel: str, thread_ts: str) -> str:
        return f"{self._base}:{channel}:{thread_ts}"

    def remember(self, channel: str, thread_ts: str, record: CheckedInThread) -> None:
        self.store.set(self._key(channel, thread_ts), json.dumps(asdict(record)), self.ttl)

    def recall(self, channel: str, thread_ts: str) -> CheckedInThread | None:
        raw = self.store.get(self._key(channel, thread_ts))
        if raw is None:
            return None
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        record = _record(data)
        if record is None:
            # Its copy would be fetched or compared: a damaged one is forgotten instead.
            log.warning("damaged thread record for %s/%s; ignored", channel, thread_ts)
        return record


def _record(data: Any) -> CheckedInThread | None:
    """The record in stored JSON, or None unless it has exactly the record's shape."""
    names = {f.name for f in fields(CheckedInThread)}
    if not isinstance(data, dict) or not isinstance(data.get("report_key"), str):
        return None
    if set(data) - names:
        return None
    if any(v is not None and not isinstance(v, str) for v in data.values()):
        return None
    return CheckedInThread(**data)
