"""The HTTP endpoint against hostile requests: 4xx never 500, bodies capped before they are
read, idle connections closed; Slack's own requests still answered."""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlencode, urlsplit

import httpx
import pytest

from bot.slack import serve
from bot.slack.serve import make_http_server
from tests.slack.fakeslack import BOT_USER
from tests.slack.harness import Bot, sign

JSON = {"Content-Type": "application/json"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture
def quiet_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every record at WARNING and above; the test asserts none carries a traceback."""
    with caplog.at_level(logging.WARNING):
        yield caplog


def _no_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    bad = [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert not bad, [r.getMessage() for r in bad]


def _raw(bot: Bot, request: bytes, *, timeout: float = 3.0) -> bytes:
    """Send raw bytes to the bot's port and read until the server closes or answers."""
    parts = urlsplit(bot.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as conn:
        # The server may answer and close before taking it all: that is the point.
        with contextlib.suppress(OSError):
            conn.sendall(request)
        received = b""
        deadline = time.monotonic() + timeout
        while b"\r\n\r\n" not in received and time.monotonic() < deadline:
            try:
                chunk = conn.recv(4096)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            received += chunk
        return received


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (b'{"type":"event_callback"}', {"X-Slack-Request-Timestamp": "abc",
                                        "X-Slack-Signature": "v0=00"}),
        (b'{"type": "event_callback", "event": ', {}),
        (b"\x89PNG\r\n\x1a\n\xff\xfe" + bytes(300), {}),
        (b"payload=%7Bnot-json", {"X-Slack-Request-Timestamp": "1e9",
                                  "X-Slack-Signature": "v0=zz"}),
    ],
    ids=["timestamp-abc", "malformed-json", "binary", "junk-headers"],
)  # fmt: skip
def test_unsigned_garbage_gets_401_without_a_traceback(bot: Bot, quiet_logs, body, headers):
    response = bot.http.post(bot.url, content=body, headers={**JSON, **headers})
    assert response.status_code == 401
    _no_tracebacks(quiet_logs)


def test_a_ten_minute_old_timestamp_is_refused(bot: Bot, quiet_logs):
    body = json.dumps({"type": "url_verification", "challenge": "c"}).encode()
    old = sign(body, timestamp=int(time.time()) - 600)
    assert bot.http.post(bot.url, content=body, headers={**JSON, **old}).status_code == 401
    _no_tracebacks(quiet_logs)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"type": "event_callback", "event": ', "application/json"),
        (b"\xff\xfe\x00binary", "application/json"),
        (b"[1, 2, 3]", "application/json"),
        (b'{"type": "event_callback", "event": "not an object"}', "application/json"),
        (b"payload=%7Bnot-json", "application/x-www-form-urlencoded"),
        (b"payload=%5B1%5D", "application/x-www-form-urlencoded"),
        (b"[" * 200_000 + b"]" * 200_000, "application/json"),
    ],
    ids=[
        "truncated-json",
        "binary",
        "json-list",
        "event-not-object",
        "bad-payload",
        "list-pay",
        "nested-200k",
    ],
)
def test_signed_but_malformed_bodies_get_400(bot: Bot, quiet_logs, body: bytes, content_type: str):
    response = bot.http.post(bot.url, content=body, headers={"Content-Type": content_type,
                                                             **sign(body)})  # fmt: skip
    assert response.status_code == 400
    _no_tracebacks(quiet_logs)


def test_a_300_mb_body_is_refused_before_it_is_read(bot: Bot):
    head = (
        "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {300 * 1024 * 1024}\r\n\r\n"
    ).encode()
    start = time.monotonic()
    answer = _raw(bot, head + b"{" + b" " * 4096)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:100]
    assert time.monotonic() - start < 2.0


def test_a_chunked_body_past_the_cap_is_cut_off_while_reading(bot: Bot):
    head = (
        b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"%x\r\n%s\r\n" % (64 * 1024, b"a" * 64 * 1024)
    answer = _raw(bot, head + chunk * 24 + b"0\r\n\r\n")  # 1.5 MB, no length given
    assert answer.startswith(b"HTTP/1.1 413"), answer[:100]


def test_a_small_chunked_body_is_read_and_verified(bot: Bot):
    body = json.dumps({"type": "url_verification", "challenge": "chunky"}).encode()
    signed = "".join(f"{k}: {v}\r\n" for k, v in sign(body).items()).encode()
    head = (
        b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\nConnection: close\r\n" + signed + b"\r\n"
    )
    half = len(body) // 2
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (body[:half], body[half:]))
    answer = _raw(bot, head + chunks + b"0\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]


def test_a_body_just_under_the_cap_is_still_read(bot: Bot):
    padding = " " * (serve.MAX_BODY - 200)
    body = json.dumps({"type": "url_verification", "challenge": "big", "pad": padding}).encode()
    assert len(body) <= serve.MAX_BODY
    response = bot.http.post(bot.url, content=body, headers={**JSON, **sign(body)})
    assert response.status_code == 200 and "big" in response.text


def test_an_idle_half_sent_request_is_dropped(bot: Bot, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(serve, "IDLE_TIMEOUT", 1, raising=False)
    assert bot.app is not None
    server = make_http_server(bot.app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=5) as c:
            c.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n")
            start = time.monotonic()
            try:
                closed = c.recv(100) == b""
            except ConnectionResetError:
                closed = True
            except TimeoutError:
                closed = False
            assert closed, "the half-sent connection was still held after 5 s"
            assert time.monotonic() - start < 4.0
    finally:
        server.shutdown()
        server.server_close()


def test_url_verification_is_still_answered(bot: Bot):
    body = json.dumps({"token": "x", "type": "url_verification", "challenge": "3eZbrw1a"}).encode()
    response = bot.http.post(bot.url, content=body, headers={**JSON, **sign(body)})
    assert response.status_code == 200 and "3eZbrw1a" in response.text


def test_two_hundred_identical_deliveries_are_answered_once(bot: Bot):
    text = f"<@{BOT_USER}> Councillors met on Monday and voted to close the pool."
    event = {"type": "app_mention", "user": "U1", "channel": "C1", "ts": "1700000500.000100",
             "text": text}  # fmt: skip
    barrier = threading.Barrier(20)

    def deliver(i: int) -> int:
        if i < 20:
            barrier.wait(timeout=5)
        retry = {"X-Slack-Retry-Num": str(i % 3 + 1), "X-Slack-Retry-Reason": "http_timeout"}
        return bot.event(event, event_id="EvSameDelivery", **(retry if i else {})).status_code

    threads_out: list[int] = []
    workers = [threading.Thread(target=lambda i=i: threads_out.append(deliver(i)))
               for i in range(200)]  # fmt: skip
    for chunk in range(0, 200, 20):
        for w in workers[chunk : chunk + 20]:
            w.start()
        for w in workers[chunk : chunk + 20]:
            w.join(10)
    assert threads_out.count(200) == 200
    bot.settle()
    assert len(bot.slack.of("chat.postMessage")) == 1
    assert len(bot.slack.of("chat.update")) == 1


def test_a_huge_command_text_gets_one_clear_line(bot: Bot):
    response = bot.command("The council met on Monday. " * 30_000)  # 810,000 characters
    assert response.status_code == 200
    update = bot.slack.wait_for("chat.update")[0]
    assert "limit" in update["text"] and "Traceback" not in update["text"]
    bot.settle()
    assert len(bot.slack.of("chat.update")) == 1


def test_a_get_on_the_events_path_is_not_a_500(bot: Bot):
    assert bot.http.get(bot.url).status_code in {404, 405}


def test_healthz_reports_a_failing_health_check(bot: Bot):
    assert bot.app is not None
    server = make_http_server(
        bot.app, "127.0.0.1", 0, health=lambda: (False, "analysis process not answering")
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        health = httpx.get(f"http://127.0.0.1:{server.server_address[1]}/healthz", timeout=5)
        assert health.status_code == 503
        assert "analysis process not answering" in health.text
    finally:
        server.shutdown()
        server.server_close()


def test_healthz_with_a_health_check_that_raises_says_unhealthy(bot: Bot, quiet_logs):
    def broken() -> tuple[bool, str]:
        raise RuntimeError("boom")

    assert bot.app is not None
    server = make_http_server(bot.app, "127.0.0.1", 0, health=broken)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        health = httpx.get(f"http://127.0.0.1:{server.server_address[1]}/healthz", timeout=5)
        assert health.status_code == 503
    finally:
        server.shutdown()
        server.server_close()


_PAYLOAD_TYPES = (
    "view_submission", "view_closed", "block_actions", "message_action", "shortcut",
    "block_suggestion", "dialog_submission", "interactive_message", "workflow_step_edit",
)  # fmt: skip
_ODD_FIELDS = (
    {"view": None}, {"view": "x"}, {"view": {}}, {"user": None}, {"user": "U1"},
    {"team": "T1"}, {"callback_id": 5}, {"actions": [{}]}, {"actions": [None]},
    {"channel": "C1"}, {"message": "x"}, {"container": "x"}, {"enterprise": "E"},
    {"authorizations": [None]}, {"workflow_step": None}, {"actions": None},
)  # fmt: skip


def test_signed_payloads_of_the_wrong_shape_are_never_a_500(bot: Bot, quiet_logs):
    """A click, shortcut or view whose fields have the wrong types ("view": null, an
    action with no id, a numeric callback id): Bolt reads them before any listener, and
    once answered 500 with a traceback."""
    answers = set()
    for kind in _PAYLOAD_TYPES:
        for n, odd in enumerate(_ODD_FIELDS):
            payload = {"type": kind, "token": "x", "trigger_id": f"t{kind}{n}", **odd}
            body = urlencode({"payload": json.dumps(payload)}).encode()
            response = bot.http.post(bot.url, content=body, headers={**FORM, **sign(body)})
            answers.add(response.status_code)
            assert response.status_code in {200, 400, 404}, (kind, odd, response.status_code)
    assert 400 in answers
    _no_tracebacks(quiet_logs)


@pytest.mark.parametrize(
    "event",
    [
        {"type": "message", "channel": "C1", "user": "U1", "ts": "1.5", "text": ["x"]},
        {"type": "message", "channel": "C1", "user": "U1", "ts": "1.6", "text": None},
        {"type": "message", "channel": "C1", "user": "U1", "ts": 1.7, "text": "https://a.example/x"},
        {"type": "message", "user": "U1", "ts": "1.8", "text": "some words to check"},
        {"type": "message", "channel": ["C1"], "user": "U1", "ts": "1.8", "text": "words"},
        {"type": "app_mention", "channel": "C1", "user": "U1", "ts": "1.9", "text": ["<@U0>"]},
        {"type": "app_mention", "user": "U1", "ts": "2.0", "text": f"<@{BOT_USER}> hi"},
        {"type": "link_shared", "channel": "C1", "user": "U1", "message_ts": "2.1", "links": {}},
        {"type": "app_mention", "subtype": "message_changed", "text": f"<@{BOT_USER}> hi"},
        {"type": "message", "channel": "D1", "user": "U1", "ts": "2.2",
         "text": "half a pair \ud800 " * 5},
    ],
    ids=["text-list", "text-null", "ts-float", "no-channel", "channel-list", "mention-text-list",
         "mention-no-channel", "links-dict", "mention-with-a-subtype", "lone-surrogate"],
)  # fmt: skip
def test_signed_events_of_the_wrong_shape_are_dropped_without_a_traceback(
    bot: Bot, quiet_logs, event
):
    body = json.dumps(
        {"type": "event_callback", "team_id": "T1", "api_app_id": "A1", "event": event,
         "event_id": f"Ev{time.time_ns()}", "event_time": int(time.time())}
    ).encode()  # fmt: skip
    response = bot.http.post(bot.url, content=body, headers={**JSON, **sign(body)})
    assert response.status_code in {200, 400}
    bot.settle()
    _no_tracebacks(quiet_logs)


def test_a_command_with_no_channel_is_answered_without_a_traceback(bot: Bot, quiet_logs):
    body = urlencode(
        {"command": "/factcheck", "text": "hello there", "trigger_id": "x3", "user_id": "U1"}
    ).encode()
    response = bot.http.post(bot.url, content=body, headers={**FORM, **sign(body)})
    assert response.status_code in {200, 400}
    bot.settle()
    _no_tracebacks(quiet_logs)
