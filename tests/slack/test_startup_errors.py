"""``python -m bot serve`` with settings the services it names refuse: one line on stderr
and a non-zero exit, never a traceback; before the model loads, so within seconds."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings, SlackSettings
from tests.slack.fakeslack import FakeSlack

pytestmark = pytest.mark.slow  # starts a server process per test

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "xoxb-1234567890-SECRETLOOKINGTOKEN"
SECRET = "signing-secret-never-printed"


def _closed_port() -> int:
    """A port nothing listens on: bound, then released."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("SLACK_", "REDIS_", "QUEUE", "LOG_"))}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", "0"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**base, "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, **env},
    )  # fmt: skip


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The process wrote exactly one line, an ``error:``, and no secret."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), lines
    assert "Traceback" not in result.stderr
    assert TOKEN not in result.stderr and SECRET not in result.stderr
    return lines[0]


class RefusingSlack(FakeSlack):
    """Slack as it answers a revoked or mistyped bot token."""

    def answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"ok": False, "error": "invalid_auth"}
        return super().answer(method, args)


def test_slack_unreachable_is_one_line_and_exit_1():
    result = _serve({"SLACK_API_URL": f"http://127.0.0.1:{_closed_port()}/api/"})
    line = _one_line(result)
    assert result.returncode == 1
    assert "cannot reach Slack" in line and "Connection refused" in line


def test_a_refused_bot_token_is_one_line_and_exit_2():
    slack = RefusingSlack()
    try:
        result = _serve({"SLACK_API_URL": slack.url})
    finally:
        slack.close()
    line = _one_line(result)
    assert result.returncode == 2
    assert "SLACK_BOT_TOKEN" in line and "invalid_auth" in line
    assert [method for method, _ in slack.calls] == ["auth.test"]  # stopped there


@pytest.mark.parametrize(
    ("url", "status", "says"),
    [
        ("redis//127.0.0.1:6379", 2, "is not a Redis URL"),
        ("redis://127.0.0.1:notaport/0", 2, "is not a Redis URL"),
        ("redis://:hunter2@127.0.0.1:{closed}/0", 1, "does not answer"),
    ],
    ids=["no-scheme", "bad-port", "nothing-listening"],
)
def test_a_bad_redis_url_is_one_line_without_the_url(url: str, status: int, says: str):
    slack = FakeSlack()
    try:
        result = _serve(
            {"SLACK_API_URL": slack.url, "REDIS_URL": url.format(closed=_closed_port())}
        )
    finally:
        slack.close()
    line = _one_line(result)
    assert result.returncode == status
    assert says in line and "REDIS_URL" in line
    assert "hunter2" not in result.stderr  # a password in the URL is never printed


@pytest.mark.parametrize(
    ("name", "value"), [("LOG_LEVEL", "loud"), ("LOG_FORMAT", "xml")], ids=["level", "format"]
)
def test_a_bad_log_setting_is_one_line_and_exit_2(name: str, value: str):
    result = _serve({name: value})
    line = _one_line(result)
    assert result.returncode == 2
    assert name in line and value.upper() in line.upper()


def test_env_example_lists_every_variable_the_settings_read(monkeypatch: pytest.MonkeyPatch):
    """.env.example stays complete as settings are added, and its values are valid."""
    source = (ROOT / "bot" / "config.py").read_text()
    read = set(re.findall(r'"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|PORT|QUEUE)"', source))
    read -= {"LOG_LEVELS", "LOG_FORMATS"}  # constants, not variables
    example = {}
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("=")
            example[name] = value
    assert read <= example.keys(), sorted(read - example.keys())
    for name, value in example.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    settings = Settings.from_env()
    assert (settings.log_level, settings.queue, settings.redis_url) == ("INFO", "", None)
    assert SlackSettings.from_env().command == "/factcheck"
