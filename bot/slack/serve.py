"""``python -m bot serve``: HTTP mode (``/slack/events``, the probes, ``/metrics``) or
Socket Mode.

HTTP is served by waitress rather than wsgiref: its single I/O thread buffers each request
whole before a worker thread sees it, so a client that sends slowly holds no thread; it
refuses bodies over the cap from Content-Length before reading them (and cuts chunked
ones off while reading), closes connections idle past a timeout and caps how many are
open. SIGTERM or SIGINT stops either mode: no new connections, requests already arriving
or being answered get a moment to be answered, then the caller closes the service.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

from slack_bolt import App
from waitress import wasyncore  # type: ignore[import-untyped]
from waitress.channel import HTTPChannel  # type: ignore[import-untyped]
from waitress.server import create_server  # type: ignore[import-untyped]

from bot.slack.endpoint import MAX_BODY, Health, wsgi_app

__all__ = ["MAX_BODY", "HttpServer", "make_http_server", "serve_http", "serve_socket", "wsgi_app"]

log = logging.getLogger(__name__)

#: seconds a connection may sit idle (or half-sent) before it is closed
IDLE_TIMEOUT = 15
#: request threads; Bolt holds one until the listener acks (events ack at once), and
#: Slack delivers in bursts: 32 take a burst of 20 without queueing
HTTP_THREADS = 32
#: open connections at most; past it, new ones wait in the listen backlog. Idle ones cost
#: little in waitress's I/O loop, and 250 half-sent connections once locked Slack out at 200
MAX_CONNECTIONS = 1000
#: seconds requests in flight (arriving, answered or being sent) get when stopping
DRAIN_SECONDS = 2.0
_POLL = 0.5  # seconds between checks for a stop request (a stop also wakes the loop)


class HttpServer:
    """waitress behind ``socketserver``'s roles: ``serve_forever`` in one thread,
    ``shutdown`` from another, then ``server_close``; ``server_address`` is (host, port)."""

    def __init__(self, application: Any, host: str, port: int, idle_timeout: int) -> None:
        self._map: dict[int, Any] = {}
        self._server = create_server(
            application,
            map=self._map,
            host=host,
            port=port,
            threads=HTTP_THREADS,
            connection_limit=MAX_CONNECTIONS,
            channel_timeout=idle_timeout,
            cleanup_interval=1,  # how often idle connections are looked for
            max_request_body_size=MAX_BODY + 1,  # waitress refuses a body this size or more
            max_request_header_size=64 * 1024,
            asyncore_use_poll=True,  # select() fails past 1,024 descriptors
            ident="copydesk",
        )
        self.server_address: tuple[str, int] = (host, int(self._server.effective_port))
        self._stop = threading.Event()
        self._serving = threading.Event()
        self._stopped = threading.Event()
        self._closed = False
        self._lock = threading.Lock()

    def request_stop(self) -> None:
        """Ask ``serve_forever`` to stop; safe in a signal handler: the serving thread never
        holds the flag's lock, and the trigger is a write to a pipe."""
        self._stop.set()
        self._server.pull_trigger()

    def serve_forever(self) -> None:
        self._serving.set()
        try:
            while not self._stop.is_set():
                wasyncore.loop(timeout=_POLL, map=self._map, use_poll=True, count=1)
            self._drain()
        finally:
            self._stopped.set()

    def _drain(self) -> None:
        """Stop accepting, then keep the loop turning until the requests in flight are
        answered, for DRAIN_SECONDS at most: those being answered or sent back, and those
        still arriving (Slack does not resend a slash command whose connection dropped)."""
        wasyncore.dispatcher.close(self._server)  # the listening socket only
        deadline = time.monotonic() + DRAIN_SECONDS
        while True:
            # A turn first: bytes that arrived with the stop request are read, so a request
            # they begin counts as in flight.
            wasyncore.loop(timeout=0.05, map=self._map, use_poll=True, count=1)
            if time.monotonic() >= deadline or not any(map(_in_flight, list(self._map.values()))):
                return

    def shutdown(self) -> None:
        """Stop ``serve_forever`` (running in another thread) and wait until it has."""
        self.request_stop()
        if self._serving.is_set():
            self._stopped.wait(DRAIN_SECONDS + 5)

    def server_close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._server.task_dispatcher.shutdown(cancel_pending=True, timeout=1)
        wasyncore.close_all(self._map)


def _in_flight(channel: object) -> bool:
    """A connection with a request being received, answered or sent back."""
    return isinstance(channel, HTTPChannel) and bool(
        channel.request is not None or channel.requests or channel.total_outbufs_len
    )


def make_http_server(
    app: App,
    host: str,
    port: int,
    *,
    health: Health | None = None,
    ready: Health | None = None,
    idle_timeout: int | None = None,
) -> HttpServer:
    """An HTTP server for the app (port 0 picks a free one); ``health`` and ``ready`` are
    the liveness and readiness checks (see :func:`~bot.slack.endpoint.wsgi_app`)."""
    application = wsgi_app(app, health=health, ready=ready)
    return HttpServer(application, host, port, idle_timeout or IDLE_TIMEOUT)


def exit_on_stop_signals() -> None:
    """While starting (loading the model), SIGTERM and SIGINT just exit: nothing is in
    flight yet, and a normal exit still ends the analysis processes (they are daemons)."""

    def handle(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(0)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, handle)


def _on_stop_signals(stop: Callable[[], None] | None = None) -> list[str]:
    """SIGTERM and SIGINT append their name to the list returned and call ``stop``, which
    must take no lock the main thread could hold (logging could re-enter a write)."""
    received: list[str] = []

    def handle(signum: int, frame: FrameType | None) -> None:
        received.append(signal.Signals(signum).name)
        if stop is not None:
            stop()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, handle)
    return received


def serve_http(
    app: App, host: str, port: int, *, health: Health | None = None, ready: Health | None = None
) -> None:
    """Serve until SIGTERM or SIGINT."""
    server = make_http_server(app, host, port, health=health, ready=ready)
    received = _on_stop_signals(server.request_stop)
    log.warning("serving Slack events on http://%s:%s/slack/events", host, port)
    try:
        server.serve_forever()
    finally:
        if received:
            log.warning("%s received: shutting down", received[0])
        server.server_close()


def serve_socket(app: App, app_token: str) -> None:
    """Socket Mode until SIGTERM or SIGINT."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    received = _on_stop_signals()  # polled: an Event set in a handler could deadlock
    handler = SocketModeHandler(app, app_token)
    try:
        handler.connect()  # type: ignore[no-untyped-call]
        log.warning("connected to Slack in Socket Mode")
        while not received:
            time.sleep(_POLL)
    finally:
        if received:
            log.warning("%s received: shutting down", received[0])
        handler.close()  # type: ignore[no-untyped-call]
