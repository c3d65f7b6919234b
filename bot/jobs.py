"""Checks as queue jobs (``QUEUE=rq``): the Slack process enqueues, workers run them.

A worker process builds one :class:`~bot.checker.Checker` (and so loads the spaCy model)
before it takes any job; RQ forks a work horse per job from that warm process, so no job
loads the model again.
"""

from __future__ import annotations

import functools
import logging
from datetime import date
from typing import Any

import redis
from rq import Queue, Retry
from rq.job import Job

from bot.checker import Checker, JSONReport
from bot.config import Settings
from bot.errors import BotError

log = logging.getLogger(__name__)

JOB_TIMEOUT = 120  # seconds; a fetch is capped at 15 and an analysis takes well under 1
RESULT_TTL = 24 * 3600


@functools.cache
def checker() -> Checker:
    """The process's checker, built once."""
    return Checker(Settings.from_env())


def queue_name(settings: Settings) -> str:
    return f"{settings.redis_prefix}:checks"


def open_queue(settings: Settings) -> Queue:
    connection = redis.Redis.from_url(settings.redis_url or "", socket_connect_timeout=2)
    return Queue(queue_name(settings), connection=connection)


def enqueue_check(queue: Queue, request: dict[str, Any]) -> Job:
    """Queue one check. ``request``: {"id", "kind": "text" | "link", "input",
    "published": "YYYY-MM-DD" | None}. A job whose worker dies is run once more."""
    return queue.enqueue(
        run_check,
        request,
        job_id=str(request["id"]),
        job_timeout=JOB_TIMEOUT,
        result_ttl=RESULT_TTL,
        failure_ttl=RESULT_TTL,
        retry=Retry(max=1),
    )


def run_check(request: dict[str, Any]) -> JSONReport:
    """The job: the JSON report, or ``{"id", "error"}`` with the user's message."""
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


@functools.cache
def _counter_client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_timeout=0.5)


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
