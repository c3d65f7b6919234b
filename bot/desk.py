"""What the bot does in Slack once a listener has acked: placeholder, check, report.

Listeners stay thin (ack, one call here); everything that talks to the checker, the
thread memory and Slack's Web API for a reply lives here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from http.client import HTTPException
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.blocks import (
    error_blocks,
    error_text,
    escape,
    placeholder_text,
    report_blocks,
    report_text,
    unfurl,
    url_link,
)
from bot.cache import text_hash
from bot.checker import Checker, JSONReport
from bot.dedup import EventClaims
from bot.errors import BotError
from bot.fetch.urls import find_links, looks_like_link, unwrap
from bot.threads import ThreadMemory, ThreadRecord

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
#: a reply this long in a thread the bot answered is taken for a draft of the source
DRAFT_WORDS = 40
NOT_IN_CHANNEL = (
    "I can't post in this channel yet: invite me with `/invite @factcheck`, then try again."
)
MAX_UNFURLS = 3
UNEXPECTED = "Something went wrong on my side while checking this; it has been logged."
#: what a call to Slack's Web API raises when Slack refuses it or cannot be reached
SLACK_FAILURES = (SlackClientError, OSError, HTTPException)


@dataclass(frozen=True)
class Request:
    """One check to answer in one thread."""

    channel: str
    thread_ts: str
    subject: str  # a link or the pasted text
    use_cache: bool = True
    published: date | None = None
    source: str | None = None  # a link or text the subject (a draft) is checked against


def strip_mentions(text: str) -> str:
    return _MENTION.sub("", text or "").strip()


def subject_of(text: str) -> str:
    """What a message asks to check: its first link if it has one, else its text."""
    links = find_links(text)
    return links[0] if links else text


def _label(subject: str) -> str:
    if looks_like_link(subject):
        return url_link(unwrap(subject))
    words = subject.split()
    return f"the pasted text ({len(words):,} words)"


class Desk:
    """Answers check requests in Slack threads."""

    def __init__(
        self,
        checker: Checker,
        claims: EventClaims,
        threads: ThreadMemory,
        quiet_channels: frozenset[str] = frozenset(),
        enqueue: Callable[[Request, str], object] | None = None,
    ) -> None:
        self.checker = checker
        self.claims = claims
        self.threads = threads
        self.quiet_channels = quiet_channels  # shared links there are not checked unasked
        self.enqueue = enqueue  # QUEUE=rq: hand (request, placeholder ts) to the workers

    def check(self, request: Request) -> JSONReport:
        """The report (raises BotError subclasses with the user's message)."""
        if request.source is not None:
            return self.checker.check_against(
                request.subject, request.source, published=request.published
            )
        if looks_like_link(request.subject):
            return self.checker.check_link(
                request.subject, published=request.published, use_cache=request.use_cache
            )
        return self.checker.check_text(
            request.subject, published=request.published, use_cache=request.use_cache
        )

    def answer(self, client: WebClient, request: Request) -> None:
        """Placeholder in the thread at once, replaced by the report or by the error; with a
        queue, a worker process does the replacing."""
        posted = client.chat_postMessage(
            channel=request.channel,
            thread_ts=request.thread_ts,
            text=placeholder_text(_label(request.subject)),
        )
        if self.enqueue is None:
            self.finish(client, request, posted["ts"])
            return
        try:
            self.enqueue(request, posted["ts"])
        except Exception:
            log.exception("could not queue a check in %s; checking here instead", request.channel)
            self.finish(client, request, posted["ts"])

    def finish(self, client: WebClient, request: Request, ts: str) -> None:
        """Check, and replace the placeholder ``ts`` with the report or the error; whatever
        fails, the placeholder is replaced by one line."""
        try:
            report = self.check(request)
        except BotError as e:
            log.info("check in %s refused: %s", request.channel, e)
            self._reply_error(client, request, ts, str(e))
            return
        except Exception:
            log.exception("check in %s failed", request.channel)
            self._reply_error(client, request, ts, UNEXPECTED)
            return
        try:
            text, blocks = report_text(report), report_blocks(report)
        except Exception:  # a report of an unexpected shape: a bug, but the thread is told
            log.exception("could not render the report for %s", request.channel)
            self._reply_error(client, request, ts, UNEXPECTED)
            return
        try:
            client.chat_update(channel=request.channel, ts=ts, text=text, blocks=blocks)
        except SLACK_FAILURES as e:
            log.warning("Slack refused the report in %s: %s", request.channel, e)
            self._reply_error(client, request, ts, UNEXPECTED)
            return
        self._remember(request, report)

    def _reply_error(self, client: WebClient, request: Request, ts: str, message: str) -> None:
        try:
            client.chat_update(
                channel=request.channel,
                ts=ts,
                text=error_text(message),
                blocks=error_blocks(message),
            )
        except SLACK_FAILURES as e:
            log.warning("could not replace the placeholder in %s: %s", request.channel, e)

    def _remember(self, request: Request, report: JSONReport) -> None:
        if request.source is not None:
            return  # a draft checked against a source: the thread's source stays the same
        link = unwrap(request.subject) if looks_like_link(request.subject) else None
        self.threads.remember(
            request.channel,
            request.thread_ts,
            ThreadRecord(
                report_key=str(report.get("cache_key", "")),
                source_url=link,
                text_hash=None if link else text_hash(request.subject),
                source_text=None if link else request.subject,
            ),
        )

    def answer_command(self, client: WebClient, command: dict[str, Any], respond: Any) -> None:
        """``/factcheck <link or text>``: a parent message naming who asked, then the report
        in its thread; an ephemeral hint when the bot is not in the channel."""
        subject, _, source = command.get("text", "").strip().partition(" --source ")
        subject, source = subject.strip(), source.strip() or None
        channel = command["channel_id"]
        try:
            parent = client.chat_postMessage(
                channel=channel,
                text=f"<@{escape(command['user_id'])}> asked for a check of {_label(subject)}",
            )
        except SlackApiError as e:
            if e.response.get("error") in {"not_in_channel", "channel_not_found"}:
                respond(text=NOT_IN_CHANNEL, response_type="ephemeral")
                return
            raise
        self.answer(client, Request(channel, parent["ts"], subject, source=source))

    def unfurls(self, links: list[str]) -> dict[str, Any]:
        """Compact unfurls for the links that could be checked; the others are left alone."""
        found: dict[str, Any] = {}
        for link in links[:MAX_UNFURLS]:
            try:
                found[link] = unfurl(self.checker.check_link(link))
            except BotError as e:
                log.info("no unfurl for %s: %s", link, e)
        return found

    def thread_source(self, channel: str, thread_ts: str) -> str | None:
        """The link or text this thread's report was made from, if the bot answered it."""
        record = self.threads.recall(channel, thread_ts)
        return record.source if record is not None else None

    def thread_parent(self, client: WebClient, channel: str, thread_ts: str) -> str:
        """The text of a thread's first message."""
        replies = client.conversations_replies(channel=channel, ts=thread_ts, limit=1)
        messages = replies.get("messages") or []
        return strip_mentions(messages[0].get("text", "")) if messages else ""

    def first_time(self, *identity: str) -> bool:
        """Whether this delivery (event id, or channel and ts) is seen for the first time."""
        return self.claims.first(*identity)
