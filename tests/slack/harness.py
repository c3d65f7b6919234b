"""The Slack test harness: Slack's request signing, and a client for the app under test
(the ``bot`` fixture in conftest.py serves the real app with it)."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
from slack_bolt import App

from bot.checker import Checker
from tests.slack.fakeslack import BOT_USER, FakeSlack

SECRET = "test-signing-secret"


def sign(body: bytes, timestamp: int | None = None, secret: str = SECRET) -> dict[str, str]:
    """Headers as Slack signs a request (v0 HMAC-SHA256 of "v0:timestamp:body")."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


@dataclass
class Bot:
    url: str
    slack: FakeSlack
    http: httpx.Client
    app: App | None = None
    checker: Checker | None = None

    def command_body(self, text: str, channel: str = "C1", **fields: str) -> bytes:
        """A slash command's form body; each gets its own trigger_id, as from Slack."""
        return urlencode({
            "token": "x", "team_id": "T1", "channel_id": channel, "channel_name": "desk",
            "user_id": "U1", "user_name": "editor", "command": "/factcheck", "text": text,
            "response_url": self.slack.url.replace("/api/", "/respond/") + "r1",
            "trigger_id": f"t{uuid.uuid4().hex[:12]}", **fields,
        }).encode()  # fmt: skip

    def command(self, text: str, channel: str = "C1", **headers: str) -> httpx.Response:
        body = self.command_body(text, channel)
        return self.http.post(
            self.url,
            content=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", **sign(body), **headers},
        )

    def settle(self, timeout: float = 10.0) -> None:
        """Wait until every listener started so far has finished (the app takes no more)."""
        assert self.app is not None, "settle() needs the app"
        executor = self.app.listener_runner.listener_executor
        done = threading.Thread(target=executor.shutdown, kwargs={"wait": True}, daemon=True)
        done.start()
        done.join(timeout)
        assert not done.is_alive(), f"listeners still running after {timeout} s"

    def event(
        self, event: dict[str, Any], event_id: str | None = None, **headers: str
    ) -> httpx.Response:
        payload = {
            "token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
            "event_id": event_id or f"Ev{uuid.uuid4().hex[:10]}", "event_time": int(time.time()),
            "authorizations": [{"team_id": "T1", "user_id": BOT_USER, "is_bot": True}],
            "event": {"event_ts": event.get("ts", "1"), **event},
        }  # fmt: skip
        body = json.dumps(payload).encode()
        return self.http.post(
            self.url,
            content=body,
            headers={"Content-Type": "application/json", **sign(body), **headers},
        )

    def interaction(self, payload: dict[str, Any], **headers: str) -> httpx.Response:
        """A button click or shortcut as Slack posts it: ``payload=<json>``, signed."""
        payload = {"token": "x", "team": {"id": "T1"}, "api_app_id": "A1",
                   "trigger_id": f"t{uuid.uuid4().hex[:12]}", **payload}  # fmt: skip
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return self.http.post(
            self.url,
            content=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", **sign(body), **headers},
        )

    def click(self, action_id: str, message_ts: str, value: str = "-", user: str = "U0EDIT2",
              channel: str = "C1", thread_ts: str | None = None) -> httpx.Response:  # fmt: skip
        """A click on a button of the report message ``message_ts``."""
        return self.interaction({
            "type": "block_actions", "user": {"id": user}, "channel": {"id": channel},
            "container": {"type": "message", "message_ts": message_ts, "channel_id": channel},
            "message": {"ts": message_ts, "thread_ts": thread_ts or message_ts},
            "actions": [{"type": "button", "action_id": action_id, "value": value,
                         "block_id": "b", "action_ts": "1"}],
        })  # fmt: skip
