"""``python -m bot serve`` as a user starts it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.slack.fakeslack import FakeSlack
from tests.slack.harness import Bot, sign
from tests.slack.test_shutdown import ServeProcess, free_port, wait_ready

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    fake = FakeSlack()
    yield fake
    fake.close()


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


def test_readyz_and_metrics_are_served(slack: FakeSlack):
    port = free_port()
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": slack.url}
    server = ServeProcess(["--host", "127.0.0.1", "--port", str(port)], env)
    try:
        wait_ready(port)  # /readyz 200: the model is loaded in the analysis process
        scrape = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5)
        assert scrape.status_code == 200
        assert "copydesk_checks_total" in scrape.text
        server.stop_and_check()
    finally:
        server.kill()


TOKEN = "xoxb-1111111111-2222222222-LEAKCANARYTOKEN"
SIGNING_SECRET = "signing-LEAKCANARY-secret"
PHRASE = "marmalade quokkas of Zanzibar"
ARTICLE = (
    f"The harbour council met on Tuesday to discuss the {PHRASE}. Councillor Jane Smith, 44, "
    "said 14 homes had been built. The 45-year-old Smith said the budget was fair."
)


def _json_log_of_one_command(slack: FakeSlack) -> list[dict[str, Any]]:
    """Serve at LOG_LEVEL=DEBUG, LOG_FORMAT=json; answer one command; stop. The log,
    every line of which must be a JSON object."""
    port = free_port()
    env = {"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "SLACK_API_URL": slack.url, "LOG_LEVEL": "DEBUG", "LOG_FORMAT": "json"}  # fmt: skip
    server = ServeProcess(["--host", "127.0.0.1", "--port", str(port)], env)
    try:
        wait_ready(port)
        body = Bot("", slack, httpx.Client()).command_body(ARTICLE)
        response = httpx.post(
            f"http://127.0.0.1:{port}/slack/events", content=body, timeout=10,
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     **sign(body, secret=SIGNING_SECRET)},
        )  # fmt: skip
        assert response.status_code == 200
        assert any(u.get("blocks") for u in slack.wait_for("chat.update"))
        stderr = server.stop_and_check()
    finally:
        server.kill()
    assert PHRASE in json.dumps(slack.calls)  # the report did quote the article...
    for secret in (PHRASE, "LEAKCANARY"):  # ...the log never does, nor the secrets
        assert secret not in stderr, stderr
    return [json.loads(line) for line in stderr.splitlines() if line.strip()]


def test_the_log_never_holds_the_article_or_the_tokens(slack: FakeSlack):
    records = _json_log_of_one_command(slack)
    assert records, "expected at least the 'serving' line"
    assert all({"time", "level", "logger", "message"} <= r.keys() for r in records)


def test_one_request_line_per_command(slack: FakeSlack):
    records = _json_log_of_one_command(slack)
    lines = [r for r in records if r["message"] == "request"]
    assert len(lines) == 1, records
    assert lines[0]["entry_point"] == "command" and lines[0]["channel"] == "C1"
    assert lines[0]["outcome"] == "report" and lines[0]["cached"] is False
    assert isinstance(lines[0]["flags"], int) and lines[0]["ms"] >= 0
