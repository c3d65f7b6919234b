"""Replies in a thread: a placeholder at once, then the report or one line saying why not.

Used by the web process (checking in-process) and by the queue workers (``QUEUE=rq``),
which replace the placeholder the web process posted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from http.client import HTTPException
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

from bot.analysis.report import ReportJSON
from bot.checker import Checker
from bot.errors import BotError
from bot.request import CheckRequest, Subject
from bot.slack.blocks import (
    error_blocks,
    error_text,
    placeholder_text,
    report_blocks,
    report_text,
    url_link,
)
from bot.slack.thread_memory import CheckedInThread, ThreadMemory

log = logging.getLogger(__name__)

UNEXPECTED = "Something went wrong on my side while checking this; it has been logged."
#: what a call to Slack's Web API raises when Slack refuses it or cannot be reached
SLACK_FAILURES = (SlackClientError, OSError, HTTPException)


@dataclass(frozen=True)
class ReplyTo:
    """The Slack thread a check is answered in."""

    channel: str
    thread_ts: str

    def to_json(self) -> dict[str, str]:
        return {"channel": self.channel, "thread_ts": self.thread_ts}


def describe(subject: Subject) -> str:
    """How a placeholder names what it checks."""
    if subject.is_link:
        return url_link(subject.value)
    return f"the pasted text ({len(subject.value.split()):,} words)"


Enqueue = Callable[[ReplyTo, CheckRequest, str], object]


class Replies:
    """Answers one check request in one thread."""

    def __init__(
        self, checker: Checker, memory: ThreadMemory, enqueue: Enqueue | None = None
    ) -> None:
        self.checker = checker
        self.memory = memory
        self.enqueue = enqueue  # QUEUE=rq: hand (thread, request, placeholder ts) to workers

    def answer(self, client: WebClient, to: ReplyTo, request: CheckRequest) -> None:
        """Placeholder in the thread at once, replaced by the report or by the error; with a
        queue, a worker process does the replacing."""
        posted = client.chat_postMessage(
            channel=to.channel,
            thread_ts=to.thread_ts,
            text=placeholder_text(describe(request.subject)),
        )
        if self.enqueue is None:
            self.finish(client, to, request, posted["ts"])
            return
        try:
            self.enqueue(to, request, posted["ts"])
        except Exception:
            log.exception("could not queue a check in %s; checking here instead", to.channel)
            self.finish(client, to, request, posted["ts"])

    def finish(self, client: WebClient, to: ReplyTo, request: CheckRequest, ts: str) -> None:
        """Check, and replace the placeholder ``ts`` with the report or the error; whatever
        fails, the placeholder is replaced by one line."""
        try:
            report = self.checker.check(request)
        except BotError as e:
            log.info("check in %s refused: %s", to.channel, e)
            self.fail(client, to.channel, ts, str(e))
            return
        except Exception:
            log.exception("check in %s failed", to.channel)
            self.fail(client, to.channel, ts, UNEXPECTED)
            return
        try:
            text, blocks = report_text(report), report_blocks(report)
        except Exception:  # a report of an unexpected shape: a bug, but the thread is told
            log.exception("could not render the report for %s", to.channel)
            self.fail(client, to.channel, ts, UNEXPECTED)
            return
        try:
            client.chat_update(channel=to.channel, ts=ts, text=text, blocks=blocks)
        except SLACK_FAILURES as e:
            log.warning("Slack refused the report in %s: %s", to.channel, e)
            self.fail(client, to.channel, ts, UNEXPECTED)
            return
        self._remember(to, request, report)

    def fail(self, client: WebClient, channel: str, ts: str, message: str) -> None:
        """Replace the placeholder ``ts`` with one line."""
        try:
            client.chat_update(
                channel=channel, ts=ts, text=error_text(message), blocks=error_blocks(message)
            )
        except SLACK_FAILURES as e:
            log.warning("could not replace the placeholder in %s: %s", channel, e)

    def _remember(self, to: ReplyTo, request: CheckRequest, report: ReportJSON) -> None:
        if request.against is not None:
            return  # a draft checked against its source: the thread's copy stays the same
        record = CheckedInThread.of(request.subject, report.get("cache_key", ""))
        self.memory.remember(to.channel, to.thread_ts, record)


def reply_to(data: Any) -> tuple[ReplyTo, str]:
    """A queued job's ``reply`` read back: the thread and the placeholder's ts."""
    if not isinstance(data, dict) or not all(
        isinstance(data.get(k), str) for k in ("channel", "thread_ts", "ts")
    ):
        raise ValueError("a queued reply is malformed")
    return ReplyTo(data["channel"], data["thread_ts"]), data["ts"]
