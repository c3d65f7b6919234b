"""``python -m bot serve``: HTTP mode (``/slack/events``, ``/healthz``) or Socket Mode."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

log = logging.getLogger(__name__)


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    # The default backlog of 5 drops bursts of connections, which clients retry a second
    # later: Slack delivers events in bursts.
    request_queue_size = 128


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        log.debug(format, *args)


def wsgi_app(app: App) -> Any:
    """Bolt at ``/slack/events``, a health check at ``/healthz``, 404 elsewhere."""
    bolt = SlackRequestHandler(app)

    def application(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == "/healthz":
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]
        if path == "/slack/events":
            return bolt(environ, start_response)
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]

    return application


def make_http_server(app: App, host: str, port: int) -> WSGIServer:
    """A threaded HTTP server for the app (port 0 picks a free one)."""
    return make_server(host, port, wsgi_app(app), _ThreadingServer, _QuietHandler)


def serve_http(app: App, host: str, port: int) -> None:
    server = make_http_server(app, host, port)
    log.warning("serving Slack events on http://%s:%s/slack/events", host, port)
    server.serve_forever()


def serve_socket(app: App, app_token: str) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    SocketModeHandler(app, app_token).start()  # type: ignore[no-untyped-call]
