"""``python -m bot serve`` stops promptly on SIGTERM, in both modes: every process of its
process group (the analysis processes, multiprocessing's helpers) is gone within 10 s, and
a request still arriving when the signal comes is answered."""

from __future__ import annotations

import base64
import contextlib
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
from tests.slack.harness import Bot, sign

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


def _group(pgid: int) -> set[int]:
    """Every live process of process group ``pgid`` (read from /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # exited while we looked
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.add(int(entry.name))
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServeProcess:
    """``python -m bot serve`` as a child of the test, in a process group of its own (so
    every process it starts can be found, and nothing else is), its stderr kept in a file."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed by kill())
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", *args], cwd=ROOT, env={**os.environ, **env},
            stdout=subprocess.DEVNULL, stderr=self.log, start_new_session=True,
        )  # fmt: skip
        self.children: set[int] = set()

    def stderr(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")

    def send(self, sig: signal.Signals = signal.SIGTERM) -> float:
        """Send ``sig``, noting the server's children first; the time it was sent."""
        self.children = _descendants(self.process.pid)
        assert self.children, "expected the analysis process under the server"
        start = time.monotonic()
        self.process.send_signal(sig)
        return start

    def check_stopped(self, start: float, sig: signal.Signals = signal.SIGTERM) -> str:
        """The server exited 0 within STOP_WITHIN of ``start``, and by then no process of
        its group is left; its stderr."""
        deadline = start + STOP_WITHIN
        try:
            code = self.process.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            raise AssertionError(f"still running {STOP_WITHIN} s after {sig.name}") from None
        pgid = self.process.pid  # start_new_session: the server leads its own group
        while (_group(pgid) or any(map(_alive, self.children))) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = sorted(_group(pgid) | {pid for pid in self.children if _alive(pid)})
        assert not left, f"processes still running {STOP_WITHIN} s after {sig.name}: {left}"
        stderr = self.stderr()
        assert code == 0, (code, stderr[-2000:])
        assert "Traceback" not in stderr, stderr[-2000:]
        return stderr

    def stop_and_check(self, sig: signal.Signals = signal.SIGTERM) -> str:
        return self.check_stopped(self.send(sig), sig)

    def kill(self) -> None:
        """Whatever the test left running: only this server's own process group."""
        if self.process.poll() is None or _group(self.process.pid):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        self.log.close()


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    fake = FakeSlack()
    yield fake
    fake.close()


def wait_ready(port: int) -> None:
    """Until the server says it can check (``/readyz``), a minute at most."""
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
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

    port = free_port()
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s",
           "SLACK_API_URL": slack.url, "FETCH_ALLOW_NETWORKS": "127.0.0.0/8"}  # fmt: skip
    server = ServeProcess(["--host", "127.0.0.1", "--port", str(port)], env)
    try:
        with LocalServer({"/slow": hang}) as site:
            wait_ready(port)
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


def _read_response(conn: socket.socket, timeout: float) -> bytes:
    """An HTTP response with a Content-Length, read whole (or what came before a close)."""
    conn.settimeout(timeout)
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = conn.recv(4096)
        if not chunk:
            return received
        received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length:"))  # fmt: skip
    while len(body) < length:
        chunk = conn.recv(4096)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def _wait_until_refused(port: int, within: float) -> None:
    """Until the port refuses connections: the server has closed its listening socket."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except ConnectionRefusedError:
            return
        time.sleep(0.01)
    raise AssertionError(f"port {port} still accepting {within} s after the signal")


def test_sigterm_answers_a_command_still_arriving_and_finishes_its_check(slack: FakeSlack):
    """Slack does not resend a slash command: one half-sent when SIGTERM comes is still
    read, acked and checked (the report replaces the placeholder), then the server and its
    group are gone within 10 s."""
    port = free_port()
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s",
           "SLACK_API_URL": slack.url}  # fmt: skip
    server = ServeProcess(["--host", "127.0.0.1", "--port", str(port)], env)
    try:
        wait_ready(port)
        text = ("The harbour fire destroyed 14 homes on Monday, the fire service said. "
                "Crews worked through the night to contain it.")  # fmt: skip
        body = Bot("", slack, httpx.Client()).command_body(text)
        headers = {"Host": "127.0.0.1", "Content-Type": "application/x-www-form-urlencoded",
                   "Content-Length": str(len(body)), **sign(body, secret="s")}  # fmt: skip
        head = "POST /slack/events HTTP/1.1\r\n" + "".join(
            f"{name}: {value}\r\n" for name, value in headers.items()
        )
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
            conn.sendall(head.encode() + b"\r\n" + body[: len(body) // 2])
            start = server.send(signal.SIGTERM)
            _wait_until_refused(port, within=STOP_WITHIN)  # the server is stopping now
            conn.sendall(body[len(body) // 2 :])
            response = _read_response(conn, timeout=STOP_WITHIN)
        assert response.startswith(b"HTTP/1.1 200"), response[:300]
        assert b"Checking" in response  # the ack
        stderr = server.check_stopped(start)
        # The placeholder in the thread was replaced by the report, not by an error line.
        updates = [u.get("text", "") for u in slack.of("chat.update")]
        assert any("flagged issue" in text for text in updates), (updates, stderr[-2000:])
    finally:
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
    server = ServeProcess(["--socket"], env)
    try:
        assert endpoint.connected.wait(60), "the Socket Mode client never connected"
        stderr = server.stop_and_check(signal.SIGTERM)
        assert "shutting down" in stderr
    finally:
        server.kill()
        endpoint.close()
