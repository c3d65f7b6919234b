"""The Slack desk: what each kind of Slack request asks for, and who answers it.

Every routing decision lives here (help or check, link or text, a draft in a report's
thread or a new check, a recheck, a quiet channel), so the listeners are one call each and
the rules can be read, and tested, in one place. Replying is :mod:`bot.slack.replies`.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.checks import CHECKS
from bot.checks.source_mismatch import CHECK_ID as SOURCE_MISMATCH
from bot.errors import BotError
from bot.fetch.urls import find_links
from bot.request import CheckRequest, Subject
from bot.slack.blocks import escape, home_view, unfurl
from bot.slack.event_claims import EventClaims
from bot.slack.replies import SLACK_FAILURES, Replies, ReplyTo, account, describe
from bot.slack.report_actions import ReportActions

__all__ = ["DRAFT_WORDS", "HELP", "Desk"]

log = logging.getLogger(__name__)

_MENTION = re.compile(r"<@[A-Z0-9]+>")
HELP = (
    "Paste a link or the article text: `/factcheck https://...` or `/factcheck <text>`.\n"
    "I reply in a thread with a summary, the key figures and every place the copy "
    "contradicts itself. Mention me with a link or text, or in a thread to check its "
    "first message; `@me recheck` in a thread checks again without the cache. Paste a draft "
    "in the thread of a report (mentioning me) to check it against that source, or use "
    "`/factcheck <draft> --source <link>`."
)
CHECKING = "Checking... the report will appear in a thread in this channel."
#: a reply this long in a thread the bot answered is taken for a draft of the source
DRAFT_WORDS = 40
NOTHING_HERE = "That message has no text or link I can check."
NOT_IN_CHANNEL = (
    "I can't post in this channel yet: invite me with `/invite @factcheck`, then try again."
)
MAX_UNFURLS = 3


def strip_mentions(text: str) -> str:
    return _MENTION.sub("", text or "").strip()


def subject_of(text: str) -> Subject:
    """What a message asks to check: its first link if it has one, else its text."""
    links = find_links(text)
    return Subject.link(links[0]) if links else Subject.text(text)


class Desk:
    """Turns Slack commands and events into check requests answered in threads."""

    def __init__(
        self,
        replies: Replies,
        claims: EventClaims,
        quiet_channels: frozenset[str] = frozenset(),
    ) -> None:
        self.replies = replies
        self.claims = claims
        self.memory = replies.memory
        self.actions = ReportActions(replies)
        self.quiet_channels = quiet_channels  # shared links there are not checked unasked

    def on_command(
        self, ack: Ack, client: WebClient, command: dict[str, Any], respond: Respond
    ) -> None:
        """``/factcheck <link or text> [--source <link or text>]``: a parent message naming
        who asked, then the report in its thread; help for an empty command; an ephemeral
        hint when the bot is not in the channel."""
        text = str(command.get("text") or "").strip()
        if not text or text.lower() == "help":
            ack(text=HELP if text else f"Nothing to check yet. {HELP}")
            return
        ack(text=CHECKING)
        subject, _, against = text.partition(" --source ")
        request = CheckRequest.parse(subject.strip(), against=against.strip() or None)
        channel = command["channel_id"]
        try:
            parent = client.chat_postMessage(
                channel=channel,
                text=f"<@{escape(command['user_id'])}> asked for a check of "
                f"{describe(request.subject)}",
            )
        except SlackApiError as e:
            if e.response.get("error") in {"not_in_channel", "channel_not_found"}:
                respond(text=NOT_IN_CHANNEL, response_type="ephemeral")
                return
            raise
        self.replies.answer(client, ReplyTo(channel, parent["ts"], "command"), request)

    def on_mention(self, client: WebClient, event: dict[str, Any]) -> None:
        """A mention: check its link or text; alone in a thread, or with ``recheck``, the
        thread's first message; a draft in a report's thread, against that report's copy."""
        channel, ts = event["channel"], event["ts"]
        if not self.claims.claim("reply", channel, ts):
            return
        in_thread = event.get("thread_ts")
        text = strip_mentions(event.get("text", ""))
        recheck = text.lower() == "recheck"
        to = ReplyTo(channel, in_thread or ts, "recheck" if recheck else "mention")
        if (not text or recheck) and in_thread:
            text = self._thread_parent(client, to)
        if not text:
            client.chat_postMessage(channel=channel, thread_ts=to.thread_ts, text=HELP)
            return
        checked = self._checked_in(to) if in_thread else None
        if checked is not None and not recheck and Subject.parse(text) != checked:
            # A draft pasted in the thread of a report: checked against that report's copy.
            draft = CheckRequest(Subject.parse(text), against=checked)
            self.replies.answer(client, replace(to, entry_point="thread_draft"), draft)
            return
        self.replies.answer(client, to, CheckRequest(subject_of(text), use_cache=not recheck))

    def on_message(self, client: WebClient, event: dict[str, Any], bot_user_id: str | None) -> None:
        """A message that does not mention the bot: a direct message, a link shared in a
        channel (not a quiet one), or a long reply (a draft) in a report's thread."""
        # Edits, deletions and joins are not requests (bots never get here: bot.slack.guards).
        if event.get("subtype"):
            return
        text = event.get("text", "")
        if bot_user_id and f"<@{bot_user_id}>" in text:
            return  # answered as a mention
        direct = event.get("channel_type") == "im"
        channel, ts = event["channel"], event["ts"]
        if event.get("thread_ts") and not direct:
            to = ReplyTo(channel, event["thread_ts"], "thread_draft")
            checked = self._checked_in(to)
            if (
                checked is not None
                and len(text.split()) >= DRAFT_WORDS
                and self.claims.claim("reply", channel, ts)
            ):
                self.replies.answer(client, to, CheckRequest(Subject.parse(text), against=checked))
            return
        if not direct and (not find_links(text) or channel in self.quiet_channels):
            return
        if not text.strip() or not self.claims.claim("reply", channel, ts):
            return
        to = ReplyTo(channel, event.get("thread_ts") or ts, "message")
        self.replies.answer(client, to, CheckRequest(subject_of(text)))

    def on_links_shared(self, client: WebClient, event: dict[str, Any]) -> None:
        """Compact unfurls for the links that could be checked; the others are left alone."""
        found: dict[str, Any] = {}
        shared = event.get("links")
        shared = shared if isinstance(shared, list) else []
        links = [x["url"] for x in shared if isinstance(x, dict) and isinstance(x.get("url"), str)]
        to = ReplyTo(str(event.get("channel")), str(event.get("message_ts")), "unfurl")
        for link in links[:MAX_UNFURLS]:
            start = time.perf_counter()
            try:
                report = self.replies.checker.check(CheckRequest(Subject.link(link)))
            except BotError as e:
                log.info("no unfurl for a link: %s", type(e).__name__)
                account(to, "refused", None, type(e).__name__, time.perf_counter() - start)
                continue
            found[link] = unfurl(report)
            account(to, "report", report, None, time.perf_counter() - start)
        if found:
            client.chat_unfurl(channel=event["channel"], ts=event["message_ts"], unfurls=found)

    def on_dismiss(self, ack: Ack, client: WebClient, body: dict[str, Any]) -> None:
        ack()
        self.actions.dismiss(client, body)

    def on_recheck(self, ack: Ack, client: WebClient, body: dict[str, Any]) -> None:
        ack()
        self.actions.recheck(client, body)

    def on_show_all(self, ack: Ack, client: WebClient, body: dict[str, Any]) -> None:
        ack()
        self.actions.show_all(client, body)

    def on_shortcut(self, ack: Ack, client: WebClient, body: dict[str, Any]) -> None:
        """ "Check this message": its link or text, the report in its thread."""
        ack()
        message, channel = body.get("message") or {}, (body.get("channel") or {}).get("id")
        ts, text = message.get("ts"), strip_mentions(str(message.get("text") or ""))
        if not (isinstance(channel, str) and isinstance(ts, str)):
            log.info("a message shortcut without its message; ignored")
            return
        to = ReplyTo(channel, message.get("thread_ts") or ts, "shortcut")
        if not text:
            client.chat_postMessage(channel=channel, thread_ts=to.thread_ts, text=NOTHING_HERE)
            return
        self.replies.answer(client, to, CheckRequest(subject_of(text)))

    def on_home_opened(self, client: WebClient, event: dict[str, Any]) -> None:
        """App Home: the workspace's last checks, each linked to its thread, and per check
        the flags raised and dismissed in the last 30 days."""
        if event.get("tab", "home") != "home" or not isinstance(event.get("user"), str):
            return
        recent = self.replies.recent.last()
        for check in recent:
            check["link"] = self._permalink(client, check["channel"], str(check.get("ts")))
        ids = [*CHECKS, SOURCE_MISMATCH]
        counts = self.replies.feedback.counts(datetime.now(UTC).date(), ids)
        client.views_publish(user_id=event["user"], view=home_view(recent, counts))

    def _permalink(self, client: WebClient, channel: str, ts: str) -> str | None:
        try:
            link = client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
        except SLACK_FAILURES as e:
            log.info("no permalink for a check in %s: %s", channel, e)
            return None
        return link if isinstance(link, str) else None

    def _checked_in(self, to: ReplyTo) -> Subject | None:
        """The link or text this thread's report was made from, if the bot answered it."""
        record = self.memory.recall(to.channel, to.thread_ts)
        return record.subject if record is not None else None

    def _thread_parent(self, client: WebClient, to: ReplyTo) -> str:
        """The text of a thread's first message."""
        replies = client.conversations_replies(channel=to.channel, ts=to.thread_ts, limit=1)
        messages = replies.get("messages") or []
        return strip_mentions(messages[0].get("text", "")) if messages else ""
