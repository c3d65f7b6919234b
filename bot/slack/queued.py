"""Slack checks as queue jobs (``QUEUE=rq``): the web process acks, posts the placeholder
and enqueues; a worker runs :func:`answer_job`, which replaces the placeholder.

RQ imports this module in the worker by the job's function name, so the core worker
(:mod:`bot.worker`) never imports Slack code itself.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from rq import Queue
from rq.job import Job
from slack_sdk import WebClient

from bot.config import SlackSettings
from bot.queue import checker, count_completion, enqueue_job
from bot.request import CheckRequest
from bot.slack.blocks import error_blocks
from bot.slack.factory import make_replies, slack_client
from bot.slack.replies import UNEXPECTED, Enqueue, Replies, ReplyTo, reply_to

log = logging.getLogger(__name__)


def slack_enqueuer(queue: Queue) -> Enqueue:
    """What the web process calls instead of checking: queue the request for a worker."""

    def enqueue(to: ReplyTo, request: CheckRequest, placeholder_ts: str) -> Job:
        payload = {
            "id": f"{to.channel}-{placeholder_ts.replace('.', '_')}",
            "request": request.to_json(),
            "reply": {**to.to_json(), "ts": placeholder_ts},
        }
        return enqueue_job(queue, answer_job, payload, on_failure=report_failure)

    return enqueue


@functools.cache
def _slack() -> WebClient:
    """The worker's Slack client, built as the web process builds its own."""
    return slack_client(SlackSettings.from_env(worker=True))


@functools.cache
def _replies() -> Replies:
    return make_replies(checker())


def answer_job(payload: dict[str, Any]) -> dict[str, Any]:
    """The job: check, and replace the placeholder with the report or the error."""
    to, ts = reply_to(payload.get("reply"))
    _replies().finish(_slack(), to, CheckRequest.from_json(payload.get("request")), ts)
    count_completion(str(payload["id"]))
    return {"id": payload["id"], "replied": True}


def report_failure(job: Job, connection: Any, *exc_info: Any) -> None:
    """RQ's failure callback (also for a job whose worker died): say so in the thread."""
    payload = job.args[0] if job.args else {}
    log.error("check job %s failed: %s", job.id, exc_info[1] if len(exc_info) > 1 else "")
    try:
        _to, ts = reply_to(payload.get("reply") if isinstance(payload, dict) else None)
    except ValueError:
        return
    _slack().chat_update(
        channel=_to.channel, ts=ts, text=UNEXPECTED, blocks=error_blocks(UNEXPECTED)
    )
