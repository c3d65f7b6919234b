"""The real app in HTTP mode as a real server, talking to the fake Web API."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import httpx
import pytest

from bot.checker import Checker
from bot.config import Settings, SlackSettings
from bot.slack.app import build_app
from bot.slack.serve import make_http_server
from tests.slack.fakeslack import FakeSlack
from tests.slack.harness import SECRET, Bot


@pytest.fixture
def bot(analyzer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Bot]:
    slack = FakeSlack()
    settings = Settings(
        fetch_allow_networks="127.0.0.0/8", redis_prefix=f"s-{uuid.uuid4().hex[:6]}"
    )
    slack_settings = SlackSettings(
        bot_token="xoxb-test", signing_secret=SECRET, app_token=None, api_url=slack.url,
        command="/factcheck", quiet_channels=frozenset({"CQUIET"}),
    )  # fmt: skip
    checker = Checker(settings, analyzer=analyzer)
    app = build_app(slack_settings, settings, checker)
    server = make_http_server(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/slack/events"
    with httpx.Client(timeout=10) as http:
        yield Bot(url, slack, http, app, checker)
    server.shutdown()
    server.server_close()
    slack.close()
