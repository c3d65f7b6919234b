"""``python -m bot worker``: run queued checks (``QUEUE=rq``), model loaded once."""

from __future__ import annotations

import logging

import redis
from rq import Worker

from bot.config import Settings
from bot.queue import CONNECT_TIMEOUT, checker, open_queue, redis_client

log = logging.getLogger(__name__)

#: RQ's worker TTL (seconds without a heartbeat before a worker counts as dead). RQ blocks
#: in BLMOVE for ``worker_ttl - 15`` seconds, and needs the connection's socket timeout
#: past that (its ``connection_timeout``, ten more, which it sets itself if ours is
#: lower). Its default, 420, leaves a worker on a Redis that stopped answering silent for
#: seven minutes; 35 makes that 30 seconds, for a heartbeat every 20.
WORKER_TTL = 35


def build_worker(settings: Settings, *, maintenance_interval: int = 60) -> Worker:
    """An RQ worker whose every Redis call times out, blocking dequeues included."""
    dequeue_timeout = max(1, WORKER_TTL - 15)  # as rq.Worker.dequeue_timeout
    queue = open_queue(settings, timeout=dequeue_timeout + 10)  # rq's connection_timeout
    return Worker(
        [queue],
        connection=queue.connection,
        worker_ttl=WORKER_TTL,
        maintenance_interval=maintenance_interval,
    )


def run_worker(settings: Settings, *, burst: bool = False, maintenance_interval: int = 60) -> int:
    """Work the check queue until stopped (or, with ``burst``, until it is empty)."""
    if not settings.redis_url:
        log.error("the worker needs REDIS_URL")
        return 2
    try:
        # Before the model loads: a Redis that does not answer is reported in seconds.
        redis_client(settings.redis_url, CONNECT_TIMEOUT).ping()
    except redis.RedisError as e:
        log.error("Redis at REDIS_URL does not answer: %s", e)
        return 1
    checker().warm_up()  # load the model before forking work horses
    worker = build_worker(settings, maintenance_interval=maintenance_interval)
    worker.work(burst=burst, with_scheduler=False, logging_level="WARNING")
    return 0
