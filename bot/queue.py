"""Checks as queue jobs (``QUEUE=rq``): a producer enqueues, workers run them.

A job's payload is ``{"id", "request"}`` (a :class:`~bot.request.CheckRequest` as JSON) and,
for the Slack wing's jobs, a ``"reply"`` its own job function reads. A worker process
builds one :class:`~bot.checker.Checker` (and so loads the spaCy model) before it takes any
job; RQ forks a work horse per job from that warm process, so no job loads it again.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

import redis
from rq import Callback, Queue, Retry
from rq.job import Job

from bot.checker import Checker
from bot.config import Settings
from bot.errors import BotError
from bot.request import CheckRequest

__all__ = [
    "CONNECT_TIMEOUT", "checker", "count_completion", "enqueue_check", "enqueue_job",
    "open_queue", "redis_client", "run_check",
]  # fmt: skip

log = logging.getLogger(__name__)

JOB_TIMEOUT = 120  # seconds; a fetch is capped at 15 and an analysis at 8
RESULT_TTL = 24 * 3600
#: seconds to open a connection to Redis, for every client here
CONNECT_TIMEOUT = 2.0
#: seconds a producer waits on Redis to hand a check over before giving up
ENQUEUE_TIMEOUT = 2.0

Payload = dict[str, Any]


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


def enqueue_job(
    queue: Queue,
    job: Callable[[Payload], object],
    payload: Payload,
    *,
    on_failure: Callable[..., None] | None = None,
) -> Job:
    """Queue one job under the payload's ``id``. A job whose worker dies is run once more;
    ``on_failure`` is called (in the worker) for one that fails for good."""
    return queue.enqueue(
        job,
        payload,
        job_id=str(payload["id"]),
        job_timeout=JOB_TIMEOUT,
        result_ttl=RESULT_TTL,
        failure_ttl=RESULT_TTL,
        retry=Retry(max=1),
        on_failure=Callback(on_failure) if on_failure is not None else None,
    )


def enqueue_check(queue: Queue, job_id: str, request: CheckRequest) -> Job:
    """Queue one check whose result is the report (see :func:`run_check`)."""
    return enqueue_job(queue, run_check, {"id": job_id, "request": request.to_json()})


def run_check(payload: Payload) -> dict[str, Any]:
    """The job: ``{"id", **report}``, or ``{"id", "error"}`` with the user's message."""
    try:
        report = checker().check(CheckRequest.from_json(payload.get("request")))
    except BotError as e:
        log.info("check %s refused: %s", payload.get("id"), e)
        return {"id": payload.get("id"), "error": str(e)}
    count_completion(str(payload["id"]))
    return {"id": payload["id"], **report}


@functools.cache
def _counter_client(url: str) -> redis.Redis:
    return redis_client(url, 0.5)


def count_completion(job_id: str) -> None:
    """Count finished runs per job, so a request answered twice can be seen."""
    settings = checker().settings
    if not settings.redis_url:
        return
    key = f"{settings.redis_prefix}:completed:{job_id}"
    client = _counter_client(settings.redis_url)
    try:
        with client.pipeline() as pipe:
            pipe.incr(key)
            pipe.expire(key, RESULT_TTL)
            pipe.execute()
    except redis.RedisError as e:
        log.warning("could not count completion of %s: %s", job_id, e)
