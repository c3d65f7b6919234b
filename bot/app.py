"""The Bolt app, built from settings and services; listeners come from ``handlers/``."""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from slack_bolt import App
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
from bot.guards import answer_once, ignore_bots
from bot.threads import ThreadMemory

log = logging.getLogger(__name__)

SLACK_API_URL = "https://slack.com/api/"
LISTENER_THREADS = 64
SHUTDOWN_GRACE = 2.0  # seconds in-flight replies get to finish when the service stops


class SlackApp(App):
    """Bolt's app, keeping its signing secret where the HTTP endpoint can verify requests
    before Bolt parses them (Bolt keeps it private)."""

    def __init__(self, *, signing_secret: str, **kwargs: Any) -> None:
        super().__init__(signing_secret=signing_secret, **kwargs)
        self.signing_secret = signing_secret


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


class Listeners(ThreadPoolExecutor):
    """Bolt's listener threads, with a bounded wait for them at shutdown."""

    def drain(self, timeout: float) -> bool:
        """Take no more work and wait up to ``timeout`` seconds for what is running; True
        if it all finished."""
        waiter = threading.Thread(
            target=self.shutdown, kwargs={"wait": True, "cancel_futures": True}, daemon=True
        )
        waiter.start()
        waiter.join(timeout)
        return not waiter.is_alive()


@dataclass
class Service:
    """What ``serve`` runs: the app, the checker behind it and the listeners' threads."""

    app: App
    checker: Checker
    listeners: Listeners

    def close(self, grace: float = SHUTDOWN_GRACE) -> bool:
        """Stop: in-flight listeners get ``grace`` seconds, then the checker is closed (an
        analysis still running is abandoned and its thread replies with the error). True
        if nothing is left running."""
        finished = self.listeners.drain(grace)
        self.checker.close()
        return finished or self.listeners.drain(0.5)


def make_checker(settings: Settings) -> Checker:
    """The serving process's checker: with a queue the workers analyse; else a child
    process does, off the web threads, with the model loaded before the first request."""
    queued = settings.queue == "rq"
    checker = Checker(settings, analysis_process=not queued)
    if not queued:
        checker.warm_up()
    return checker


def build_service(slack: SlackSettings, settings: Settings) -> Service:
    checker = make_checker(settings)
    listeners = Listeners(max_workers=LISTENER_THREADS, thread_name_prefix="listener")
    return Service(build_app(slack, settings, checker, listeners), checker, listeners)


def build_app(
    slack: SlackSettings,
    settings: Settings,
    checker: Checker | None = None,
    listeners: ThreadPoolExecutor | None = None,
) -> App:
    """The app with every listener registered."""
    if checker is None:
        checker = make_checker(settings)
    enqueue = None
    if settings.queue == "rq":
        from bot.jobs import open_queue, slack_enqueuer

        enqueue = slack_enqueuer(open_queue(settings))
    claims = EventClaims(checker.store, prefix=settings.redis_prefix)
    desk = Desk(
        checker,
        claims,
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
    app = SlackApp(
        client=client,
        signing_secret=slack.signing_secret,
        listener_executor=listeners or Listeners(max_workers=LISTENER_THREADS),
    )
    app.middleware(ignore_bots())
    app.middleware(answer_once(claims))
    handlers.register(app, desk, slack.command)
    return app
