"""``python -m bot worker``: run queued checks (``QUEUE=rq``), model loaded once."""

from __future__ import annotations

import logging

from rq import Worker

from bot.config import Settings
from bot.jobs import checker, open_queue

log = logging.getLogger(__name__)


def run_worker(settings: Settings, *, burst: bool = False, maintenance_interval: int = 60) -> int:
    """Work the check queue until stopped (or, with ``burst``, until it is empty)."""
    if not settings.redis_url:
        log.error("the worker needs REDIS_URL")
        return 2
    checker().warm_up()  # load the model before forking work horses
    queue = open_queue(settings)
    worker = Worker([queue], connection=queue.connection, maintenance_interval=maintenance_interval)
    worker.work(burst=burst, with_scheduler=False, logging_level="WARNING")
    return 0
