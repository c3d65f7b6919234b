"""The report's buttons: "Not an error" on a flag, "Recheck" and "Show all".

Each finds the request its message answered (thread memory), gets the report again (from
the cache, so in milliseconds), and edits the message or posts in its thread. A click on
a report too old to remember, or on a flag no longer in it, gets one ephemeral line.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from slack_sdk import WebClient

from bot.analysis.report import ReportJSON
from bot.errors import BotError
from bot.feedback import fingerprint
from bot.request import CheckRequest
from bot.slack import metrics
from bot.slack.blocks import placeholder_text, report_text, rest_of_flags
from bot.slack.replies import SLACK_FAILURES, Replies, ReplyTo, article_of

log = logging.getLogger(__name__)

GONE = "I no longer have this report; check the article again to get a fresh one."
NOT_THERE = "That flag is no longer in the report."


@dataclass(frozen=True)
class Click:
    """Who clicked which button on which report message."""

    user: str
    channel: str
    ts: str  # the report message
    thread_ts: str
    value: str

    @classmethod
    def of(cls, body: dict[str, Any]) -> Click | None:
        """The click in a ``block_actions`` payload, or None if it is not one."""
        try:
            container, action = body["container"], body["actions"][0]
            channel = body.get("channel", {}).get("id") or container["channel_id"]
            ts = container["message_ts"]
            thread_ts = (body.get("message") or {}).get("thread_ts") or ts
            click = cls(body["user"]["id"], channel, ts, thread_ts, action.get("value") or "")
        except (KeyError, IndexError, TypeError, AttributeError):
            return None
        fields = (click.user, click.channel, click.ts, click.thread_ts, click.value)
        return click if all(isinstance(v, str) for v in fields) else None


class ReportActions:
    def __init__(self, replies: Replies) -> None:
        self.replies = replies

    def _report(self, client: WebClient, click: Click) -> tuple[CheckRequest, ReportJSON] | None:
        request = self.replies.memory.report_request(click.channel, click.ts)
        if request is None:
            self._tell(client, click, GONE)
            return None
        try:
            return request, self.replies.checker.check(replace(request, use_cache=True))
        except BotError as e:
            self._tell(client, click, str(e))
            return None

    def dismiss(self, client: WebClient, body: dict[str, Any]) -> None:
        """ "Not an error": kept with who and when, and the flag struck through."""
        click = Click.of(body)
        found = self._report(client, click) if click else None
        if click is None or found is None:
            return
        request, report = found
        flag = next((f for f in report["flags"] if fingerprint(f) == click.value), None)
        if flag is None:
            self._tell(client, click, NOT_THERE)
            return
        self.replies.feedback.dismiss(article_of(request), flag, click.user, datetime.now(UTC))
        metrics.count_dismissal(flag["check"])
        log.info("flag %s dismissed in %s", flag["check"], click.channel)
        self.replies.show(client, click.channel, click.ts, request, report)

    def recheck(self, client: WebClient, body: dict[str, Any]) -> None:
        """ "Recheck": the article checked afresh, the report replaced in place."""
        click = Click.of(body)
        request = self.replies.memory.report_request(click.channel, click.ts) if click else None
        if click is None:
            return
        if request is None:
            self._tell(client, click, GONE)
            return
        try:
            client.chat_update(channel=click.channel, ts=click.ts, text=placeholder_text("again"))
        except SLACK_FAILURES as e:
            log.warning("could not mark the report in %s as rechecking: %s", click.channel, e)
        to = ReplyTo(click.channel, click.thread_ts, "recheck")
        self.replies.finish(client, to, request.fresh(), click.ts)

    def show_all(self, client: WebClient, body: dict[str, Any]) -> None:
        """ "Show all": the flags past the first ten, in the report's thread."""
        click = Click.of(body)
        found = self._report(client, click) if click else None
        if click is None or found is None:
            return
        request, report = found
        dismissed = self.replies.feedback.dismissed(article_of(request), report["flags"])
        text = f"More flags: {report_text(report)}"
        for blocks in rest_of_flags(report, dismissed):
            client.chat_postMessage(
                channel=click.channel, thread_ts=click.thread_ts, text=text, blocks=blocks
            )

    def _tell(self, client: WebClient, click: Click, message: str) -> None:
        try:
            client.chat_postEphemeral(
                channel=click.channel, user=click.user, thread_ts=click.thread_ts, text=message
            )
        except SLACK_FAILURES as e:
            log.warning("could not answer a click in %s: %s", click.channel, e)
