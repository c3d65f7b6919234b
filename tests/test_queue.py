"""Scale-out: real RQ worker processes against a real Redis, over the 501 corpus articles."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from rq.job import Job, JobStatus
from rq.registry import FailedJobRegistry, StartedJobRegistry

from bench.corpus import load_articles
from bot.config import Settings
from bot.queue import enqueue_check, open_queue
from bot.request import CheckRequest, Subject
from tests.redisserver import shared_redis_url

ROOT = Path(__file__).resolve().parent.parent
DEADLINE = 600


@pytest.fixture
def settings() -> Settings:
    return Settings(
        redis_url=shared_redis_url(), redis_prefix=f"q-{uuid.uuid4().hex[:8]}", queue="rq"
    )


def _start_workers(settings: Settings, count: int) -> list[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "REDIS_URL": settings.redis_url or "",
        "REDIS_PREFIX": settings.redis_prefix,
        "QUEUE": "rq",
    }
    return [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "worker"],
            cwd=ROOT,
            env=env,
            start_new_session=True,  # its own process group: killing it kills its work horse
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(count)
    ]


def _stop(workers: list[subprocess.Popen[bytes]]) -> None:
    for w in workers:
        if w.poll() is None:
            os.killpg(w.pid, signal.SIGTERM)
    for w in workers:
        try:
            w.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(w.pid, signal.SIGKILL)


@pytest.fixture
def articles(corpus_dir: Path) -> list[tuple[str, str]]:
    return [(a.id, a.text) for a in load_articles()]


def _enqueue(settings: Settings, articles: list[tuple[str, str]]) -> list[Job]:
    queue = open_queue(settings)
    return [enqueue_check(queue, i, CheckRequest(Subject.text(t))) for i, t in articles]


def _settled(jobs: list[Job]) -> Iterator[Job]:
    for job in jobs:
        status = job.get_status(refresh=True)
        if status in {JobStatus.FINISHED, JobStatus.FAILED}:
            yield job


def _wait(jobs: list[Job], until: float, enough: int | None = None) -> None:
    target = len(jobs) if enough is None else enough
    while time.monotonic() < until:
        if sum(1 for _ in _settled(jobs)) >= target:
            return
        time.sleep(0.5)
    raise AssertionError("jobs did not finish in time")


def test_two_workers_produce_every_report_exactly_once(settings, articles):
    workers = _start_workers(settings, 2)
    try:
        jobs = _enqueue(settings, articles)
        _wait(jobs, time.monotonic() + DEADLINE)
    finally:
        _stop(workers)
    results = [job.return_value() for job in jobs]
    assert len(results) == 501
    assert all(r is not None for r in results)
    reports = [r for r in results if "error" not in r]
    refused = [r for r in results if "error" in r]
    assert len(reports) >= 495 and all("English" in r["error"] for r in refused)
    assert sorted(r["id"] for r in results) == sorted(i for i, _ in articles)
    counts = redis.Redis.from_url(settings.redis_url or "")
    for report in reports:
        assert counts.get(f"{settings.redis_prefix}:completed:{report['id']}") == b"1"


def test_a_worker_killed_mid_run_loses_no_request(settings, articles):
    workers = _start_workers(settings, 2)
    try:
        jobs = _enqueue(settings, articles)
        _wait(jobs, time.monotonic() + DEADLINE, enough=100)
        os.killpg(workers[0].pid, signal.SIGKILL)  # the worker and its work horse, mid-job
        workers[0].wait(timeout=10)
        queue = open_queue(settings)
        until = time.monotonic() + DEADLINE
        settled, quiet_since = -1, time.monotonic()
        while time.monotonic() < until:
            now_settled = sum(1 for _ in _settled(jobs))
            if now_settled == len(jobs):
                break
            if now_settled != settled:
                settled, quiet_since = now_settled, time.monotonic()
            elif not queue.count and time.monotonic() - quiet_since > 3:
                # The live worker is idle; what is still "started" was the dead worker's.
                # RQ's maintenance does this on its own schedule: retried once, else failed.
                StartedJobRegistry(queue=queue).cleanup(timestamp=time.time() + 3600)
            time.sleep(0.5)
    finally:
        _stop(workers)
    failed = set(FailedJobRegistry(queue=queue).get_job_ids())
    for job in jobs:
        status = job.get_status(refresh=True)
        assert status == JobStatus.FINISHED or job.id in failed, (job.id, status)
