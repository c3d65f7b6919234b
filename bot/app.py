"""The Bolt app, built from settings and services; listeners come from ``handlers/``."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

import handlers
from bot.checker import Checker
from bot.config import ConfigError, Settings
from bot.dedup import EventClaims
from bot.desk import Desk
from bot.threads import ThreadMemory

log = logging.getLogger(__name__)

SLACK_API_URL = "https://slack.com/api/"
LISTENER_THREADS = 64


@dataclass(frozen=True)
class SlackSettings:
    """Slack's side of the configuration; tokens are never logged."""

    bot_token: str
    signing_secret: str
    app_token: str | None
    api_url: str
    command: str
    quiet_channels: frozenset[str] = frozenset()

    @classmethod
    def from_env(cls, *, socket_mode: bool = False) -> SlackSettings:
        """Raises ConfigError naming every missing or malformed variable."""
        env = {k: os.environ.get(k, "").strip() for k in
               ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL",
                "SLACK_COMMAND", "SLACK_QUIET_CHANNELS")}  # fmt: skip
        problems = []
        if not env["SLACK_BOT_TOKEN"].startswith("xoxb-"):
            problems.append("SLACK_BOT_TOKEN (the bot token, xoxb-...) is missing or malformed")
        if not env["SLACK_SIGNING_SECRET"]:
            problems.append("SLACK_SIGNING_SECRET (Basic Information > App Credentials) is missing")
        if socket_mode and not env["SLACK_APP_TOKEN"].startswith("xapp-"):
            problems.append("SLACK_APP_TOKEN (an app-level token, xapp-...) is needed for --socket")
        command = env["SLACK_COMMAND"] or "/factcheck"
        if not command.startswith("/"):
            problems.append(f"SLACK_COMMAND must start with '/', got {command!r}")
        if problems:
            raise ConfigError("; ".join(problems))
        return cls(
            bot_token=env["SLACK_BOT_TOKEN"],
            signing_secret=env["SLACK_SIGNING_SECRET"],
            app_token=env["SLACK_APP_TOKEN"] or None,
            api_url=env["SLACK_API_URL"] or SLACK_API_URL,
            command=command,
            quiet_channels=frozenset(
                c.strip() for c in env["SLACK_QUIET_CHANNELS"].split(",") if c.strip()
            ),
        )


def _dedupe_retries(desk: Desk) -> Callable[..., Any]:
    """Slack redelivers an event it thinks was missed (X-Slack-Retry-Num): answer once."""

    def middleware(body: dict[str, Any], next: Callable[[], BoltResponse]) -> BoltResponse | None:
        event_id = body.get("event_id")
        if (
            body.get("type") == "event_callback"
            and event_id
            and not desk.first_time("event", event_id)
        ):
            log.info("event %s delivered again; already handled", event_id)
            return BoltResponse(status=200, body="")
        return next()

    return middleware


def build_app(slack: SlackSettings, settings: Settings, checker: Checker | None = None) -> App:
    """The app with every listener registered."""
    queued = settings.queue == "rq"
    if checker is None:
        # With a queue the workers analyse; else a child process does, off the web threads.
        checker = Checker(settings, analysis_process=not queued)
        if not queued:
            checker.warm_up()
    enqueue = None
    if queued:
        from bot.jobs import open_queue, slack_enqueuer

        enqueue = slack_enqueuer(open_queue(settings))
    desk = Desk(
        checker,
        EventClaims(checker.store, prefix=settings.redis_prefix),
        ThreadMemory(checker.store, prefix=settings.redis_prefix),
        slack.quiet_channels,
        enqueue,
    )
    client = WebClient(
        token=slack.bot_token,
        base_url=slack.api_url,
        retry_handlers=[
            ConnectionErrorRetryHandler(),
            RateLimitErrorRetryHandler(max_retry_count=2),
        ],
    )
    # Bolt acks an event from a listener thread: with every thread busy checking, acks would
    # wait past Slack's 3-second deadline. Many threads, one analysis at a time (Checker).
    app = App(
        client=client,
        signing_secret=slack.signing_secret,
        listener_executor=ThreadPoolExecutor(max_workers=LISTENER_THREADS),
    )
    app.middleware(_dedupe_retries(desk))
    handlers.register(app, desk, slack.command)
    return app
