"""``python -m bot serve`` as a user starts it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.slack.fakeslack import FakeSlack

ROOT = Path(__file__).resolve().parents[2]


def test_without_tokens_it_says_what_is_missing_and_exits_non_zero():
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    assert result.returncode == 2
    assert b"SLACK_BOT_TOKEN" in result.stderr and b"SLACK_SIGNING_SECRET" in result.stderr
    assert b"Traceback" not in result.stderr


def test_with_tokens_it_serves_health_and_slack_events():
    slack = FakeSlack()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s",
           "SLACK_API_URL": slack.url}  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "server did not come up"
                time.sleep(0.2)
        assert health.status_code == 200
        unsigned = httpx.post(f"http://127.0.0.1:{port}/slack/events", content=b"{}")
        assert unsigned.status_code == 401
    finally:
        server.terminate()
        server.wait(timeout=10)
        slack.close()
