"""``python -m bot serve`` stops promptly on SIGTERM, children included, in both modes."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.localserver import LocalServer
from tests.slack.fakeslack import BOT_USER, FakeSlack
from tests.slack.harness import sign

ROOT = Path(__file__).resolve().parents[2]
STOP_WITHIN = 10.0


def _parent_of(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


def _descendants(root: int) -> set[int]:
    """Every process below ``root`` (read from /proc, no psutil)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            parent = _parent_of(int(entry.name))
            if parent is not None:
                parents[int(entry.name)] = parent
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's reaping is left


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Serve:
    """``python -m bot serve`` as a child of the test, its stderr kept in a file."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed by kill())
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", *args], cwd=ROOT, env={**os.environ, **env},
            stdout=subprocess.DEVNULL, stderr=self.log,
        )  # fmt: skip
        self.children: set[int] = set()

    def stop_and_check(self, sig: signal.Signals = signal.SIGTERM) -> str:
        self.children = _descendants(self.process.pid)
        assert self.children, "expected the analysis process under the server"
        start = time.monotonic()
        self.process.send_signal(sig)
        try:
            code = self.process.wait(timeout=STOP_WITHIN)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"still running {STOP_WITHIN} s after {sig.name}") from None
        deadline = start + STOP_WITHIN
        while any(_alive(pid) for pid in self.children) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = sorted(pid for pid in self.children if _alive(pid))
        assert not left, f"children still running after {sig.name}: {left}"
        self.log.seek(0)
        stderr = self.log.read().decode(errors="replace")
        assert code == 0, (code, stderr[-2000:])
        assert "Traceback" not in stderr, stderr[-2000:]
        return stderr

    def kill(self) -> None:
        """Whatever the test left running (only this server and its own children)."""
        for pid in [self.process.pid, *self.children]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        self.log.close()


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    fake = FakeSlack()
    yield fake
    fake.close()


def _wait_healthy(port: int) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "server did not come up"
        time.sleep(0.1)


def test_sigterm_stops_http_mode_with_a_check_in_flight(slack: FakeSlack):
    entered, release = threading.Event(), threading.Event()

    def hang(handler) -> None:  # a site that never answers: the fetch stays in flight
        entered.set()
        release.wait(30)

    port = _free_port()
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s",
           "SLACK_API_URL": slack.url, "FETCH_ALLOW_NETWORKS": "127.0.0.0/8"}  # fmt: skip
    server = _Serve(["--host", "127.0.0.1", "--port", str(port)], env)
    try:
        with LocalServer({"/slow": hang}) as site:
            _wait_healthy(port)
            mention = {
                "type": "app_mention",
                "user": "U1",
                "channel": "C1",
                "ts": "1700000700.000100",
                "text": f"<@{BOT_USER}> <{site.url('/slow')}>",
            }
            body = json.dumps({
                "type": "event_callback", "event_id": "EvShutdown", "team_id": "T1",
                "authorizations": [{"team_id": "T1", "user_id": BOT_USER, "is_bot": True}],
                "event": mention,
            }).encode()  # fmt: skip
            response = httpx.post(f"http://127.0.0.1:{port}/slack/events", content=body,
                                  headers={"Content-Type": "application/json",
                                           **sign(body, secret="s")})  # fmt: skip
            assert response.status_code == 200
            assert entered.wait(10), "the check never reached the site"
            stderr = server.stop_and_check(signal.SIGTERM)
            release.set()
        assert "shutting down" in stderr
    finally:
        release.set()
        server.kill()


class _FakeSocketMode:
    """Enough of Slack's Socket Mode endpoint for a client to connect and stay connected."""

    def __init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"ws://127.0.0.1:{self._sock.getsockname()[1]}/link"
        self.connected = threading.Event()
        self._conns: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self._conns.append(conn)
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                request += chunk
            key = next(line.split(b":", 1)[1].strip() for line in request.split(b"\r\n")
                       if line.lower().startswith(b"sec-websocket-key:"))  # fmt: skip
            accept = base64.b64encode(
                hashlib.sha1(key + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest()
            )
            conn.sendall(
                b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                b"Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + b"\r\n\r\n"
            )
            self.connected.set()

    def close(self) -> None:
        self._sock.close()
        for conn in self._conns:
            conn.close()


def test_sigterm_stops_socket_mode(slack: FakeSlack):
    endpoint = _FakeSocketMode()
    slack.socket_url = endpoint.url
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s",
           "SLACK_APP_TOKEN": "xapp-test", "SLACK_API_URL": slack.url}  # fmt: skip
    server = _Serve(["--socket"], env)
    try:
        assert endpoint.connected.wait(60), "the Socket Mode client never connected"
        stderr = server.stop_and_check(signal.SIGTERM)
        assert "shutting down" in stderr
    finally:
        server.kill()
        endpoint.close()
