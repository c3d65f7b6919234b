"""Cache and queue: a cached report served in-process, and corpus throughput with one
worker against two, in one run.

    python -m bench.cache

Needs Redis on 127.0.0.1:6379 (``scripts/ensure-redis``).
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

from rq.job import JobStatus

from bench.corpus import ARTICLES, load_articles
from bot.checker import Checker
from bot.config import Settings
from bot.queue import enqueue_check, open_queue
from bot.request import CheckRequest, Subject

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


def cached_serving(texts: list[str]) -> dict[str, float]:
    """Median and p95 ms to answer an already-checked article from Redis."""
    checker = Checker(Settings(redis_url=REDIS_URL, redis_prefix=f"bench-{uuid.uuid4().hex[:6]}"))
    for text in texts:
        checker.check(CheckRequest(Subject.text(text)))
    times = []
    for _ in range(5):
        for text in texts:
            start = time.perf_counter()
            report = checker.check(CheckRequest(Subject.text(text)))
            times.append((time.perf_counter() - start) * 1000)
            assert report["cached"]
    times.sort()
    return {"median_ms": statistics.median(times), "p95_ms": times[int(0.95 * (len(times) - 1))]}


def throughput(articles: list[tuple[str, str]], workers: int) -> float:
    """Seconds for ``workers`` worker processes to check every article (cache bypassed)."""
    settings = Settings(redis_url=REDIS_URL, redis_prefix=f"bench-{uuid.uuid4().hex[:6]}")
    env = {**os.environ, "REDIS_URL": REDIS_URL, "REDIS_PREFIX": settings.redis_prefix}
    procs = [
        subprocess.Popen([sys.executable, "-m", "bot", "worker"], cwd=ROOT, env=env,
                         start_new_session=True, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
        for _ in range(workers)
    ]  # fmt: skip
    try:
        time.sleep(8)  # let every worker load its model before the clock starts
        queue = open_queue(settings)
        start = time.perf_counter()
        jobs = [
            enqueue_check(queue, i, CheckRequest(Subject.text(t), use_cache=False))
            for i, t in articles
        ]
        while any(j.get_status(refresh=True) not in {JobStatus.FINISHED, JobStatus.FAILED}
                  for j in jobs):  # fmt: skip
            time.sleep(0.2)
        return time.perf_counter() - start
    finally:
        for p in procs:
            os.killpg(p.pid, signal.SIGTERM)
            p.wait(timeout=30)


def main() -> int:
    if not ARTICLES.exists():
        print(f"corpus not found at {ARTICLES}", file=sys.stderr)
        return 1
    articles = [(a.id, a.text) for a in load_articles()]
    results: dict[str, object] = {"cached": cached_serving([t for _, t in articles[:100]])}
    one = throughput(articles, 1)
    two = throughput(articles, 2)
    results.update(
        one_worker_s=round(one, 1), two_workers_s=round(two, 1), speedup=round(one / two, 2)
    )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "cache.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
