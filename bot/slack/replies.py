"""Replies in a thread: a placeholder at once, then the report or one line saying why not.

Used by the web process (checking in-process) and by the queue workers (``QUEUE=rq``),
which replace the placeholder the web process posted.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from http.client import HTTPException
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

from bot import logs
from bot.analysis.report import ReportJSON
from bot.cache import article_key
from bot.checker import Checker
from bot.errors import BotError
from bot.feedback import Feedback
from bot.request import CheckRequest, Subject
from bot.slack import metrics
from bot.slack.blocks import (
    error_blocks,
    error_text,
    headline,
    placeholder_text,
    report_blocks,
    report_text,
    url_link,
)
from bot.slack.thread_memory import CheckedInThread, RecentChecks, ThreadMemory

log = logging.getLogger(__name__)

UNEXPECTED = "Something went wrong on my side while checking this; it has been logged."
#: what a call to Slack's Web API raises when Slack refuses it or cannot be reached
SLACK_FAILURES = (SlackClientError, OSError, HTTPException)


@dataclass(frozen=True)
class ReplyTo:
    """The Slack thread a check is answered in, and how it was asked for (for metrics)."""

    channel: str
    thread_ts: str
    entry_point: str = "mention"  # command, mention, message, thread_draft, shortcut...

    def to_json(self) -> dict[str, str]:
        return {"channel": self.channel, "thread_ts": self.thread_ts, "entry": self.entry_point}


def describe(subject: Subject) -> str:
    """How a placeholder names what it checks."""
    if subject.is_link:
        return url_link(subject.value)
    return f"the pasted text ({len(subject.value.split()):,} words)"


Enqueue = Callable[[ReplyTo, CheckRequest, str], object]


class Replies:
    """Answers one check request in one thread."""

    def __init__(
        self,
        checker: Checker,
        memory: ThreadMemory,
        feedback: Feedback,
        recent: RecentChecks,
        enqueue: Enqueue | None = None,
    ) -> None:
        self.checker = checker
        self.memory = memory
        self.feedback = feedback
        self.recent = recent
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
        fails, the placeholder is replaced by one line. Counted, and logged in one line."""
        start = time.perf_counter()
        outcome, report, error = self._check_and_show(client, to, request, ts)
        account(to, outcome, report, error, time.perf_counter() - start)
        if report is None or outcome != "report":
            return
        self.feedback.raised(report["flags"], datetime.now(UTC).date())
        title = headline(report, _pasted(request))
        when = datetime.now(UTC).isoformat(timespec="minutes")
        self.recent.add(to.channel, ts, title, len(report["flags"]), when)

    def _check_and_show(
        self, client: WebClient, to: ReplyTo, request: CheckRequest, ts: str
    ) -> tuple[str, ReportJSON | None, str | None]:
        """The outcome ("report", "refused", "failed"), the report and the error's class."""
        try:
            report = self.checker.check(request)
        except BotError as e:
            log.info("check in %s refused: %s", to.channel, type(e).__name__)
            self.fail(client, to.channel, ts, str(e))
            return "refused", None, type(e).__name__
        except Exception as e:
            log.exception("check in %s failed", to.channel)
            self.fail(client, to.channel, ts, UNEXPECTED)
            return "failed", None, type(e).__name__
        # Remembered before it is shown: a draft replied the moment the report appears, or
        # a click on its buttons, finds what the thread checked
        self._remember(to, request, report)
        self.memory.remember_report(to.channel, ts, request)
        if not self.show(client, to.channel, ts, request, report):
            return "failed", None, "NotShown"  # its flags were never shown: not counted
        return "report", report, None

    def show(
        self, client: WebClient, channel: str, ts: str, request: CheckRequest, report: ReportJSON
    ) -> bool:
        """Put the report in message ``ts``, its dismissed flags struck through; on failure
        the message becomes one error line. True if the report is shown."""
        try:
            dismissed = self.feedback.dismissed(article_of(request), report["flags"])
            pasted = _pasted(request)
            text = report_text(report, pasted)
            blocks = report_blocks(report, pasted=pasted, dismissed=dismissed)
        except Exception:  # a report of an unexpected shape: a bug, but the thread is told
            log.exception("could not render the report for %s", channel)
            self.fail(client, channel, ts, UNEXPECTED)
            return False
        try:
            client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
        except SLACK_FAILURES as e:
            log.warning("Slack refused the report in %s: %s", channel, e)
            self.fail(client, channel, ts, UNEXPECTED)
            return False
        return True

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


def account(
    to: ReplyTo, outcome: str, report: ReportJSON | None, error: str | None, seconds: float
) -> None:
    """One request's metrics and its one log line (never the text: counts and ids)."""
    cached = bool(report.get("cached")) if report else False
    counts = metrics.flag_counts(report) if report else {}
    metrics.observe_check(to.entry_point, outcome, seconds, cached, counts)
    logs.request_line(
        log, entry_point=to.entry_point, channel=to.channel, outcome=outcome, cached=cached,
        flags=sum(counts.values()), seconds=seconds, error=error,
    )  # fmt: skip


def article_of(request: CheckRequest) -> str:
    """Where a report's dismissals are kept: the article (a draft: the draft's own copy)."""
    return article_key(request.subject, request.published)


def _pasted(request: CheckRequest) -> str | None:
    return None if request.subject.is_link else request.subject.value


def reply_to(data: Any) -> tuple[ReplyTo, str]:
    """A queued job's ``reply`` read back: the thread and the placeholder's ts."""
    if not isinstance(data, dict) or not all(
        isinstance(data.get(k), str) for k in ("channel", "thread_ts", "ts")
    ):
        raise ValueError("a queued reply is malformed")
    entry = data.get("entry")
    entry = entry if entry in metrics.ENTRY_POINTS else "mention"  # from older or odd jobs
    return ReplyTo(data["channel"], data["thread_ts"], str(entry)), data["ts"]
