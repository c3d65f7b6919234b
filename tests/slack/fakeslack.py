"""A local stand-in for Slack's Web API: records every call, answers like Slack does."""

from __future__ import annotations

import itertools
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT_USER = "UBOT"


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.answers: list[tuple[str, dict[str, Any]]] = []  # what each call was answered
        self.not_member: set[str] = set()
        self.refuse_updates = 0  # this many chat.update calls are refused (invalid_blocks)
        self.socket_url: str | None = None  # what apps.connections.open hands Socket Mode
        self.threads: dict[str, list[dict[str, Any]]] = {}
        # seconds chat.update is answered after it is seen, as a slow Slack: whatever the
        # app does after an update lands after a user may already have read and replied
        self.update_answer_delay = 0.0
        self._ts = itertools.count(1)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                if "json" in (self.headers.get("Content-Type") or ""):
                    args = json.loads(raw or "{}")
                else:
                    args = {k: v[0] for k, v in parse_qs(raw).items()}
                for key in ("blocks", "unfurls"):
                    if isinstance(args.get(key), str):
                        args[key] = json.loads(args[key])
                method = self.path.rsplit("/", 1)[-1]
                fake.calls.append((method, args))
                if method == "chat.update":
                    time.sleep(fake.update_answer_delay)
                answer = fake.answer(method, args)
                fake.answers.append((method, answer))
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/api/"
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    def answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "user_id": BOT_USER,
                "bot_id": "BBOT",
                "team_id": "T1",
                "user": "factcheck",
                "team": "Desk",
                "url": "https://desk.slack.com/",
            }
        if method == "chat.postMessage":
            if args.get("channel") in self.not_member:
                return {"ok": False, "error": "not_in_channel"}
            return {
                "ok": True,
                "channel": args.get("channel"),
                "ts": f"1700000000.{next(self._ts):06d}",
            }
        if method == "apps.connections.open" and self.socket_url:
            return {"ok": True, "url": self.socket_url}
        if method == "chat.update" and self.refuse_updates > 0:
            self.refuse_updates -= 1
            return {"ok": False, "error": "invalid_blocks"}
        if method == "chat.getPermalink":
            ts = str(args.get("message_ts", "")).replace(".", "")
            return {
                "ok": True,
                "permalink": f"https://desk.slack.com/archives/{args.get('channel')}/p{ts}",
            }
        if method == "conversations.replies":
            return {"ok": True, "messages": self.threads.get(args.get("ts", ""), [])}
        return {"ok": True}

    def answered(self, method: str) -> list[dict[str, Any]]:
        """What the calls of ``method`` were answered, in order."""
        return [answer for name, answer in self.answers if name == method]

    def of(self, method: str) -> list[dict[str, Any]]:
        return [args for name, args in self.calls if name == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 20.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.of(method)
            if len(found) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(f"{method} called {len(self.of(method))} times, expected {count}")

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
