"""The WSGI application: Slack's requests vetted before Bolt sees them, and the probes
(``/healthz``, ``/readyz``) and ``/metrics``.

Bolt parses a body before it checks the signature, and answers 500 (with a logged
traceback) when the timestamp is not a number or the body is not JSON or UTF-8. So here,
in this order: the body is capped (413) and read; the timestamp and signature are checked
(401); the body must be UTF-8 in one of Slack's forms (400); only then does Bolt dispatch.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from http import HTTPStatus
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse

from bot.slack import metrics
from bot.slack.payload_shape import shape_problem

log = logging.getLogger(__name__)

#: Slack's payloads are a few kilobytes; a 40,000-character message, JSON-escaped, is
#: well under this
MAX_BODY = 1024 * 1024
#: Slack's rule: a request signed more than five minutes ago is refused (replays)
MAX_AGE = 5 * 60

Health = Callable[[], tuple[bool, str]]
StartResponse = Callable[..., Any]


class Refusal(Exception):
    """A request answered with a 4xx; ``reason`` is short and safe to show and log."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(status, reason)
        self.status = status
        self.reason = reason


def _read_body(environ: dict[str, Any]) -> bytes:
    """The body, never more than MAX_BODY: judged from Content-Length before reading (the
    server enforces the cap on chunked bodies while reading them)."""
    declared = environ.get("CONTENT_LENGTH") or "0"
    if not declared.isdigit():
        raise Refusal(400, "bad Content-Length")
    length = int(declared)
    if length > MAX_BODY:
        raise Refusal(413, "body too large")
    body: bytes = environ["wsgi.input"].read(length) if length else b""
    return body


def _verify(secret: str, environ: dict[str, Any], body: bytes, now: float) -> None:
    """Slack's v0 signature over the timestamp and the body, within MAX_AGE."""
    timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "")
    signature = environ.get("HTTP_X_SLACK_SIGNATURE", "")
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
        raise Refusal(401, "missing or malformed timestamp")
    if abs(now - int(timestamp)) > MAX_AGE:
        raise Refusal(401, "stale timestamp")
    digest = hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256)
    expected = f"v0={digest.hexdigest()}".encode()
    # WSGI hands headers over as latin-1 strings; compare bytes, whatever was sent.
    if not hmac.compare_digest(expected, signature.encode("latin-1", "replace")):
        raise Refusal(401, "bad signature")


def _headers(environ: dict[str, Any]) -> dict[str, str | Sequence[str]]:
    headers: dict[str, str | Sequence[str]] = {
        key[5:].lower().replace("_", "-"): value
        for key, value in environ.items()
        if key.startswith("HTTP_")
    }
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            headers[key.lower().replace("_", "-")] = environ[key]
    return headers


def _bolt_request(environ: dict[str, Any], body: bytes) -> BoltRequest:
    """Bolt's request, or a 400 for a body Bolt could not read as Slack's."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Refusal(400, "body is not UTF-8") from e
    try:
        request = BoltRequest(
            body=text, query=environ.get("QUERY_STRING", ""), headers=_headers(environ)
        )
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError) as e:
        # Bolt parses JSON (or a JSON ``payload`` field) and digs ids out of it; JSON nested
        # 200,000 deep exhausts the parser's recursion.
        raise Refusal(400, "body is not a Slack payload") from e
    if not isinstance(request.body, dict) or not isinstance(request.body.get("event", {}), dict):
        raise Refusal(400, "body is not a Slack payload")
    # Bolt reads the view, the first action and the user before any middleware of ours runs
    problem = shape_problem(request.body)
    if problem is not None:
        raise Refusal(400, f"body is not a Slack payload ({problem})")
    return request


def _respond(
    start_response: StartResponse,
    status: int,
    body: bytes,
    headers: Iterable[tuple[str, str]] = (),
) -> list[bytes]:
    try:
        line = f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        line = f"{status} Unknown"
    start_response(line, [*headers, ("Content-Length", str(len(body)))])
    return [body]


def _text(start_response: StartResponse, status: int, text: str) -> list[bytes]:
    return _respond(
        start_response, status, text.encode(), [("Content-Type", "text/plain; charset=utf-8")]
    )


def _bolt_response(start_response: StartResponse, response: BoltResponse) -> list[bytes]:
    headers = [
        (name, value)
        for name, values in response.headers.items()
        if name.lower() != "content-length"
        for value in values
    ]
    body = response.body.encode("utf-8") if isinstance(response.body, str) else b""
    return _respond(start_response, response.status, body, headers)


def _always() -> tuple[bool, str]:
    return True, "ok"


class _Probe:
    """``/healthz`` or ``/readyz``: 200 ``ok``, or 503 with the reason; a change of answer
    is logged once (a load balancer asks every few seconds)."""

    def __init__(self, check: Health, failing: str) -> None:
        self.check = check
        self.failing = failing  # "unhealthy" or "not ready"
        self._last = "ok"

    def __call__(self) -> tuple[int, str]:
        try:
            ok, reason = self.check()
        except Exception as e:  # a check that cannot run is a failing one
            log.warning("%s check failed: %s", self.failing, e)
            ok, reason = False, "check failed"
        answer = "ok" if ok else f"{self.failing}: {reason}"[:200]
        if answer != self._last:
            log.warning("%s (was %s)", answer, self._last)
            self._last = answer
        return (200 if ok else 503), answer


def wsgi_app(
    app: App,
    *,
    health: Health | None = None,
    ready: Health | None = None,
    signing_secret: str | None = None,
) -> Any:
    """Bolt at ``/slack/events`` (POST); ``GET /healthz`` (liveness), ``GET /readyz``
    (readiness), ``GET /metrics`` (Prometheus); 404 elsewhere.

    ``health`` says whether the process should be left running (by default: it answers);
    ``ready`` whether it can check right now (503 with the reason when not);
    ``signing_secret`` defaults to the one the app was built with
    (:class:`~bot.slack.app.SlackApp`).
    """
    secret = signing_secret if signing_secret is not None else getattr(app, "signing_secret", "")
    if not secret:
        raise ValueError("the endpoint needs the signing secret to verify Slack's requests")
    probes = {
        "/healthz": _Probe(health or _always, "unhealthy"),
        "/readyz": _Probe(ready or _always, "not ready"),
    }

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path in probes or path == "/metrics":
            if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
                return _text(start_response, 405, "GET only")
            if path == "/metrics":
                body, content_type = metrics.exposition(environ.get("HTTP_ACCEPT", ""))
                return _respond(start_response, 200, body, [("Content-Type", content_type)])
            return _text(start_response, *probes[path]())
        if path != "/slack/events":
            return _text(start_response, 404, "not found")
        if environ.get("REQUEST_METHOD") != "POST":
            return _text(start_response, 405, "POST only")
        try:
            body = _read_body(environ)
            _verify(secret, environ, body, time.time())
            request = _bolt_request(environ, body)
        except Refusal as refusal:
            log.info("refused a request: %s %s", refusal.status, refusal.reason)
            metrics.count_refusal(refusal.status)
            return _text(start_response, refusal.status, refusal.reason)
        return _bolt_response(start_response, app.dispatch(request))

    return application
