"""Checks as queue jobs (``QUEUE=rq``): the Slack process enqueues, workers run them.

A worker process builds one :class:`~bot.checker.Checker` (and so loads the spaCy model)
before it takes any job; RQ forks a work horse per job from that warm process, so no job
loads the model again.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import date
from typing import Any

import redis
from rq import Callback, Queue, Retry
from rq.job import Job
from slack_sdk import WebClient

from bot.blocks import error_blocks
from bot.checker import Checker, JSONReport
from bot.config import Settings, SlackSettings
from bot.desk import UNEXPECTED, Desk, Request
from bot.errors import BotError
from bot.fetch.urls import looks_like_link

log = logging.getLogger(__name__)

JOB_TIMEOUT = 120  # seconds; a fetch is capped at 15 and an analysis takes well under 1
RESULT_TTL = 24 * 3600
#: seconds to open a connection to Redis, for every client here
CONNECT_TIMEOUT = 2.0
#: seconds the Slack process waits on Redis to hand a check over before checking itself
ENQUEUE_TIMEOUT = 2.0


@functools.cache
def checker() -> Checker:
    """The process's checker, built once."""
    return Checker(Settings.from_env())


def queue_name(settings: Settings) -> str:
    return f"{settings.redis_prefix}:checks"


def redis_client(url: str, timeout: float) -> redis.Redis:
    """A client that gives up on a Redis that does not answer within ``timeout`` seconds
    (or does not accept the connection within CONNECT_TIMEOUT), instead of hanging."""
    return redis.Redis.from_url(
        url, socket_timeout=timeout, socket_connect_timeout=min(timeout, CONNECT_TIMEOUT)
    )


def open_queue(settings: Settings, *, timeout: float = ENQUEUE_TIMEOUT) -> Queue:
    """The check queue; ``timeout``: seconds any one Redis call may take (a worker's must
    outlast RQ's blocking dequeue: see bot.worker)."""
    return Queue(queue_name(settings), connection=redis_client(settings.redis_url or "", timeout))


def enqueue_check(queue: Queue, request: dict[str, Any]) -> Job:
    """Queue one check. ``request``: {"id", "kind": "text" | "link", "input",
    "published": "YYYY-MM-DD" | None, "use_cache", "reply": {"channel", "thread_ts", "ts"}}.
    A job whose worker dies is run once more; a job that fails for good has its error
    posted in the thread (``reply``)."""
    return queue.enqueue(
        run_check,
        request,
        job_id=str(request["id"]),
        job_timeout=JOB_TIMEOUT,
        result_ttl=RESULT_TTL,
        failure_ttl=RESULT_TTL,
        retry=Retry(max=1),
        on_failure=Callback(report_failure),
    )


def slack_enqueuer(queue: Queue) -> Callable[[Request, str], Job]:
    """What the Slack process calls instead of checking: queue the request for a worker."""

    def enqueue(request: Request, placeholder_ts: str) -> Job:
        return enqueue_check(
            queue,
            {
                "id": f"{request.channel}-{placeholder_ts.replace('.', '_')}",
                "kind": "link" if looks_like_link(request.subject) else "text",
                "input": request.subject,
                "published": request.published.isoformat() if request.published else None,
                "use_cache": request.use_cache,
                "source": request.source,
                "reply": {"channel": request.channel, "thread_ts": request.thread_ts,
                          "ts": placeholder_ts},
            },
        )  # fmt: skip

    return enqueue


@functools.cache
def _slack() -> WebClient:
    """The worker's Slack client, built as the web process builds its own."""
    from bot.app import slack_client  # Bolt is imported only where replies are posted

    return slack_client(SlackSettings.from_env(worker=True))


@functools.cache
def _desk() -> Desk:
    from bot.app import make_desk

    return make_desk(checker())


def run_check(request: dict[str, Any]) -> JSONReport:
    """The job: the JSON report, or ``{"id", "error"}`` with the user's message. With a
    ``reply``, the placeholder in Slack is replaced by the report or the error."""
    reply = request.get("reply")
    if reply:
        desk_request = Request(
            reply["channel"], reply["thread_ts"], request["input"],
            use_cache=bool(request.get("use_cache", True)), source=request.get("source"),
        )  # fmt: skip
        _desk().finish(_slack(), desk_request, reply["ts"])
        _count_completion(request)
        return {"id": request["id"], "replied": True}
    published = date.fromisoformat(request["published"]) if request.get("published") else None
    use_cache = bool(request.get("use_cache", True))
    try:
        if request["kind"] == "link":
            report = checker().check_link(
                request["input"], published=published, use_cache=use_cache
            )
        else:
            report = checker().check_text(
                request["input"], published=published, name=str(request["id"]), use_cache=use_cache
            )
    except BotError as e:
        log.info("check %s refused: %s", request["id"], e)
        return {"id": request["id"], "error": str(e)}
    _count_completion(request)
    return {"id": request["id"], **report}


def report_failure(job: Job, connection: Any, *exc_info: Any) -> None:
    """RQ's failure callback (also for a job whose worker died): say so in the thread."""
    request = job.args[0] if job.args else {}
    reply = request.get("reply") if isinstance(request, dict) else None
    log.error("check job %s failed: %s", job.id, exc_info[1] if len(exc_info) > 1 else "")
    if reply:
        _slack().chat_update(
            channel=reply["channel"],
            ts=reply["ts"],
            text=UNEXPECTED,
            blocks=error_blocks(UNEXPECTED),
        )


@functools.cache
def _counter_client(url: str) -> redis.Redis:
    return redis_client(url, 0.5)


def _count_completion(request: dict[str, Any]) -> None:
    """Count finished runs per request, so a request answered twice can be seen."""
    settings = checker().settings
    if not settings.redis_url:
        return
    key = f"{settings.redis_prefix}:completed:{request['id']}"
    client = _counter_client(settings.redis_url)
    try:
        with client.pipeline() as pipe:
            pipe.incr(key)
            pipe.expire(key, RESULT_TTL)
            pipe.execute()
    except redis.RedisError as e:
        log.warning("could not count completion of %s: %s", request["id"], e)
