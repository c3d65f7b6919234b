"""A real HTTP server on loopback for tests: routes are small functions, requests are counted."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Route = Callable[[BaseHTTPRequestHandler], None]
#: (connection, stop) -> None; ``stop`` is set when the server's ``with`` block ends
ConnectionHandler = Callable[[socket.socket, threading.Event], None]


class LocalServer:
    """Serves ``routes`` (path -> handler) on ``host``; ``requests`` lists paths asked for."""

    def __init__(
        self,
        routes: dict[str, Route] | None = None,
        host: str = "127.0.0.1",
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.requests.append(self.path)
                route = server.routes.get(self.path.split("?")[0])
                if route is None:
                    send(self, 404, b"not here", "text/plain")
                    return
                # The client may stop reading, as it should past a cap.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    route(self)

            def log_message(self, *args: object) -> None:
                pass

        if ssl_context is None and ":" not in host:
            self._httpd = ThreadingHTTPServer((host, 0), Handler)
        else:  # IPv6 or TLS (``ssl_context``: serve https)
            self._httpd = (
                _QuietServer6((host, 0), Handler)
                if ":" in host
                else _QuietServer((host, 0), Handler)
            )
            if ssl_context is not None:
                self._httpd.socket = ssl_context.wrap_socket(
                    self._httpd.socket, server_side=True, do_handshake_on_connect=False
                )
        self._httpd.daemon_threads = True
        self.scheme = "http" if ssl_context is None else "https"
        self.host = host
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def url(self, path: str = "/") -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}{path}"

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


class _QuietServer(ThreadingHTTPServer):
    """For TLS and IPv6 tests, where clients that refuse the certificate are expected."""

    def finish_request(self, request: Any, client_address: Any) -> None:
        if isinstance(request, ssl.SSLSocket):
            request.settimeout(5)  # a client that stalls the handshake only holds this thread
            request.do_handshake()  # in this connection's thread, not the accepting one
        super().finish_request(request, client_address)

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class _QuietServer6(_QuietServer):
    address_family = socket.AF_INET6


class RawServer:
    """A TCP server on loopback that gives each connection to ``handler(conn, stop)``.

    For servers that misbehave below HTTP: they write whatever bytes they like, stall, or
    hang up. ``stop`` is set when the ``with`` block ends, so a handler that stalls waits on
    it (and every handler's socket is shut down then) instead of sleeping; ``accepted`` is
    set at the first connection and ``connections`` counts them.
    """

    def __init__(self, handler: ConnectionHandler, host: str = "127.0.0.1") -> None:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._listener = socket.socket(family, socket.SOCK_STREAM)
        self._listener.bind((host, 0))
        self._listener.listen(16)
        self.host = host
        self.port: int = self._listener.getsockname()[1]
        self.stop = threading.Event()
        self.accepted = threading.Event()
        self.connections = 0
        self._handler = handler
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)

    def url(self, path: str = "/", scheme: str = "http") -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}{path}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:  # the listener was shut down: the test is over
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            with self._lock:
                self.connections += 1
                self._open.append(conn)
                self._threads.append(thread)
            self.accepted.set()
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5)  # bounds every read a handler makes, whatever the client does
        with contextlib.suppress(OSError):  # the client may go away: it should, at its limits
            self._handler(conn, self.stop)
        with contextlib.suppress(OSError):
            conn.close()

    def __enter__(self) -> RawServer:
        self._acceptor.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() on Linux
        self._listener.close()
        with self._lock:
            conns, threads = list(self._open), list(self._threads)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._acceptor.join(timeout=2)
        for thread in threads:
            thread.join(timeout=2)


def read_head(conn: socket.socket, limit: int = 65_536) -> bytes:
    """The request line and headers a client sent (up to the blank line), or what came."""
    data = b""
    while b"\r\n\r\n" not in data and len(data) < limit:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data
