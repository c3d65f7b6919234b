"""The one place the Slack client and the desk are built, for the web process and the
queue workers alike, so the two cannot drift apart."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

from bot.checker import Checker
from bot.config import SlackSettings
from bot.feedback import Feedback
from bot.slack.desk import Desk
from bot.slack.event_claims import EventClaims
from bot.slack.replies import Enqueue, Replies
from bot.slack.thread_memory import RecentChecks, ThreadMemory


def slack_client(slack: SlackSettings) -> WebClient:
    """The Web API client: retried on connection errors and rate limits."""
    return WebClient(
        token=slack.bot_token,
        base_url=slack.api_url,
        retry_handlers=[
            ConnectionErrorRetryHandler(),
            RateLimitErrorRetryHandler(max_retry_count=2),
        ],
    )


def make_replies(checker: Checker, enqueue: Enqueue | None = None) -> Replies:
    """Replies, with the thread memory, feedback and recent checks in the checker's store."""
    store, prefix = checker.store, checker.settings.redis_prefix
    return Replies(
        checker,
        ThreadMemory(store, prefix=prefix),
        Feedback(store, prefix=prefix),
        RecentChecks(store, prefix=prefix),
        enqueue,
    )


def make_desk(
    checker: Checker,
    quiet_channels: frozenset[str] = frozenset(),
    enqueue: Enqueue | None = None,
) -> Desk:
    """The desk, with its claims and thread memory in the checker's store."""
    replies = make_replies(checker, enqueue)
    claims = EventClaims(checker.store, prefix=checker.settings.redis_prefix)
    return Desk(replies, claims, quiet_channels)
