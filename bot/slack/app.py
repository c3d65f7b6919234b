"""The Bolt app, built from settings and services; listeners come from
``bot.slack.listeners``."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse

from bot.checker import Checker
from bot.config import Settings, SlackSettings
from bot.slack import listeners
from bot.slack.desk import Desk
from bot.slack.factory import make_desk, slack_client
from bot.slack.guards import answer_once, ignore_bots

log = logging.getLogger(__name__)

LISTENER_THREADS = 64
SHUTDOWN_GRACE = 2.0  # seconds in-flight replies get to finish when the service stops


class SlackApp(App):
    """Bolt's app, keeping its signing secret where the HTTP endpoint can verify requests
    before Bolt parses them (Bolt keeps it private)."""

    def __init__(self, *, signing_secret: str, **kwargs: Any) -> None:
        super().__init__(signing_secret=signing_secret, **kwargs)
        self.signing_secret = signing_secret


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
    pool = Listeners(max_workers=LISTENER_THREADS, thread_name_prefix="listener")
    return Service(build_app(slack, settings, checker, pool), checker, pool)


def build_app(
    slack: SlackSettings,
    settings: Settings,
    checker: Checker | None = None,
    listeners_pool: ThreadPoolExecutor | None = None,
) -> App:
    """The app with every listener registered."""
    if checker is None:
        checker = make_checker(settings)
    enqueue = None
    if settings.queue == "rq":
        from bot.queue import open_queue
        from bot.slack.queued import slack_enqueuer

        enqueue = slack_enqueuer(open_queue(settings))
    desk = make_desk(checker, slack.quiet_channels, enqueue)
    # Bolt acks an event from a listener thread: with every thread busy checking, acks would
    # wait past Slack's 3-second deadline. Many threads, one analysis at a time (Checker).
    app = SlackApp(
        client=slack_client(slack),
        signing_secret=slack.signing_secret,
        listener_executor=listeners_pool or Listeners(max_workers=LISTENER_THREADS),
    )
    app.middleware(ignore_bots())
    app.middleware(answer_once(desk.claims))
    app.middleware(provide(desk))
    listeners.register(app, slack.command)
    return app


def provide(desk: Desk) -> Callable[..., BoltResponse]:
    """Middleware putting the desk where every listener finds it: ``context["desk"]``."""

    def middleware(context: BoltContext, next: Callable[[], BoltResponse]) -> BoltResponse:
        context["desk"] = desk
        return next()

    return middleware
