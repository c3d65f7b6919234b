"""Thread memory: what the bot checked in each Slack thread it answered, the request
behind each report message, and the workspace's last checks.

A later reply in the thread can then be checked as a draft against the same copy; the
report's buttons ("Not an error", "Recheck", "Show all") know what they act on; App Home
lists the last checks.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from typing import Any

from bot.errors import BadRequest
from bot.request import CheckRequest, Subject
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

    def remember_report(self, channel: str, ts: str, request: CheckRequest) -> None:
        """The request a report message answers, for its buttons."""
        raw = json.dumps(request.to_json(), ensure_ascii=False)
        self.store.set(f"{self._base}:report:{channel}:{ts}", raw, self.ttl)

    def report_request(self, channel: str, ts: str) -> CheckRequest | None:
        raw = self.store.get(f"{self._base}:report:{channel}:{ts}")
        if raw is None:
            return None
        try:
            return CheckRequest.from_json(json.loads(raw))
        except (ValueError, BadRequest) as e:
            log.warning("damaged report record for %s/%s; ignored: %s", channel, ts, e)
            return None

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


#: checks App Home lists
RECENT = 20


class RecentChecks:
    """The workspace's last checks, newest first (a capped list in the store)."""

    def __init__(self, store: Store, *, prefix: str, ttl: int = DEFAULT_TTL) -> None:
        self.store = store
        self.ttl = ttl
        self._key = f"{prefix}:recent"

    def add(self, channel: str, ts: str, title: str, flags: int, when: str) -> None:
        record = {"channel": channel, "ts": ts, "title": title[:150], "flags": flags, "when": when}
        self.store.push(self._key, json.dumps(record, ensure_ascii=False), RECENT, self.ttl)

    def last(self) -> list[dict[str, Any]]:
        found = []
        for raw in self.store.items(self._key)[:RECENT]:
            try:
                record = json.loads(raw)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("channel"), str):
                found.append(record)
        return found
