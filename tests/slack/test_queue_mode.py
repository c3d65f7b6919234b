"""QUEUE=rq: the Slack process acks, posts the placeholder and enqueues; a real worker
process checks and replaces the placeholder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
import redis

from bot.config import Settings, SlackSettings
from bot.slack.app import build_app
from bot.slack.serve import make_http_server
from tests.fetch.pages import SAMPLE
from tests.redisserver import shared_redis_url
from tests.slack.fakeslack import FakeSlack
from tests.slack.harness import SECRET, Bot

ROOT = Path(__file__).resolve().parents[2]


def test_a_worker_posts_the_report_in_the_thread():
    slack = FakeSlack()
    settings = Settings(redis_url=shared_redis_url(), redis_prefix=f"sq-{uuid.uuid4().hex[:6]}",
                        queue="rq")  # fmt: skip
    env = {**os.environ, "REDIS_URL": settings.redis_url or "", "QUEUE": "rq",
           "REDIS_PREFIX": settings.redis_prefix, "SLACK_BOT_TOKEN": "xoxb-test",
           "SLACK_API_URL": slack.url}  # fmt: skip
    worker = subprocess.Popen([sys.executable, "-m", "bot", "worker"], cwd=ROOT, env=env,
                              start_new_session=True, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)  # fmt: skip
    app = build_app(SlackSettings("xoxb-test", SECRET, None, slack.url, "/factcheck"), settings)
    server = make_http_server(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with httpx.Client(timeout=10) as http:
            bot = Bot(f"http://127.0.0.1:{server.server_address[1]}/slack/events", slack, http)
            assert bot.command(SAMPLE.read_text(encoding="utf-8")).status_code == 200
            update = slack.wait_for("chat.update", timeout=90)[0]
        placeholder = slack.of("chat.postMessage")[1]
        assert "Checking" in placeholder["text"]
        assert update["channel"] == "C1"
        assert "Two people in one office" in str(update["blocks"])
        # The job is named after the placeholder (the fake's second ts); the worker ran it.
        # The worker counts the job once the report is posted and remembered: wait for it.
        job_key = f"{settings.redis_prefix}:completed:C1-1700000000_000002"
        client, deadline = redis.Redis.from_url(settings.redis_url or ""), time.monotonic() + 20
        while client.get(job_key) is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert client.get(job_key) == b"1"
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=30)
        server.shutdown()
        slack.close()
