"""Servers that break HTTP on purpose: each gives a clean FetchError within the deadline."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

import pytest

from bot.config import Settings
from bot.errors import FetchError, FetchFailed, FetchTimeout, ResponseTooLarge, TooManyRedirects
from bot.fetch.client import Fetcher
from tests.fetch.certs import LocalCA, make_ca
from tests.fetch.pages import article_page
from tests.localserver import LocalServer, RawServer, read_head, send

TIMEOUT = 1.5
SETTINGS = Settings(
    fetch_allow_networks="127.0.0.0/8",
    fetch_timeout=TIMEOUT,
    fetch_connect_timeout=1.0,
    fetch_max_bytes=1024 * 1024,
)
PAGE = article_page().encode()
Handler = Callable[[socket.socket, threading.Event], None]


def _respond(head: bytes, then: Callable[[socket.socket, threading.Event], None]) -> Handler:
    def handler(conn: socket.socket, stop: threading.Event) -> None:
        read_head(conn)
        conn.sendall(head)
        then(conn, stop)

    return handler


def _hold(conn: socket.socket, stop: threading.Event) -> None:
    stop.wait(5.0)


def _hang_up(conn: socket.socket, stop: threading.Event) -> None:
    conn.shutdown(socket.SHUT_RDWR)


def _endless(data: bytes) -> Handler:
    def send_forever(conn: socket.socket, stop: threading.Event) -> None:
        for _ in range(100_000):  # bounded: ~6 GB at most, far past any cap
            if stop.is_set():
                return
            conn.sendall(data)

    return send_forever


OK = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
CHUNKED = OK + b"Transfer-Encoding: chunked\r\n\r\n"

CASES: dict[str, tuple[Handler, type[FetchError]]] = {
    "closes mid-body": (
        _respond(OK + b"Content-Length: 100000\r\n\r\n" + PAGE[:500], _hang_up),
        FetchFailed,
    ),
    "closes mid-chunk": (_respond(CHUNKED + b"1000\r\n" + PAGE[:100], _hang_up), FetchFailed),
    "closes before the status line": (_respond(b"HTTP/1.1 2", _hang_up), FetchFailed),
    "Content-Length larger than the body, then silence": (
        _respond(OK + b"Content-Length: 100000\r\n\r\n" + PAGE[:500], _hold),
        FetchTimeout,
    ),
    "two different Content-Lengths": (
        _respond(OK + b"Content-Length: 5\r\nContent-Length: 50\r\n\r\nhello", _hang_up),
        FetchFailed,
    ),
    "negative Content-Length": (
        _respond(OK + b"Content-Length: -1\r\n\r\nhello", _hang_up),
        FetchFailed,
    ),
    "a chunk-size line that never ends": (_respond(CHUNKED, _endless(b"1" * 65_536)), FetchFailed),
    "a chunk size of 2**80": (
        _respond(CHUNKED + b"100000000000000000000\r\n", _endless(b"a" * 65_536)),
        FetchFailed,
    ),
    "a chunk size of 2**60, then an endless chunk": (
        _respond(CHUNKED + b"1000000000000000\r\n", _endless(b"a" * 65_536)),
        ResponseTooLarge,
    ),
    "an endless body with no length": (
        _respond(OK + b"Connection: close\r\n\r\n", _endless(b"a" * 65_536)),
        ResponseTooLarge,
    ),
    "an endless status line": (_respond(b"HTTP/1.1 200 ", _endless(b"O" * 65_536)), FetchFailed),
    "an endless header": (_respond(OK + b"X-A: ", _endless(b"a" * 65_536)), FetchFailed),
    "garbage instead of HTTP": (_respond(b"\x00\xff" * 1000, _hang_up), FetchFailed),
    "HTTP/0.9 style body only": (_respond(b"<html><p>hello</p></html>", _hang_up), FetchFailed),
    "a Location with a newline in it": (
        _respond(b"HTTP/1.1 302 Found\r\nLocation: /a\rb\r\nContent-Length: 0\r\n\r\n", _hold),
        FetchFailed,
    ),
    "a Location with a NUL in it": (
        _respond(b"HTTP/1.1 302 Found\r\nLocation: /a\x00b\r\nContent-Length: 0\r\n\r\n", _hold),
        FetchFailed,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_servers_give_a_clean_fetch_error_in_time(case: str):
    handler, error = CASES[case]
    with RawServer(handler) as server, Fetcher(SETTINGS) as fetcher:
        start = time.monotonic()
        with pytest.raises(error) as info:
            fetcher.fetch(server.url("/"))
        elapsed = time.monotonic() - start
    assert "\n" not in str(info.value)
    assert elapsed < TIMEOUT + 0.4, f"{case}: {elapsed:.2f}s"


def test_a_short_content_length_does_not_poison_the_next_request():
    """The server says 10 bytes, sends 10 and then a fake second response on the same
    connection; the next fetch must see the server's real answer, not the leftovers."""
    fake = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 4\r\n\r\nFAKE"

    def handler(conn: socket.socket, stop: threading.Event) -> None:
        for _ in range(3):  # the same connection, kept alive, for a few requests
            if not read_head(conn):
                return
            body = article_page().encode()
            head = OK + b"Content-Length: %d\r\n\r\n" % len(body)
            conn.sendall(head + body + fake)

    with RawServer(handler) as server, Fetcher(SETTINGS) as fetcher:
        for _ in range(2):
            assert b"Portwell" in fetcher.fetch(server.url("/")).body


def test_locations_with_spaces_and_tabs_are_handled_cleanly():
    page = article_page().encode()
    routes = {
        "/padded": lambda h: send(h, 302, b"", headers={"Location": "  /story  "}),
        "/tab": lambda h: send(h, 302, b"", headers={"Location": "/st\tory"}),
        "/space": lambda h: send(h, 302, b"", headers={"Location": "/a story"}),
        "/story": lambda h: send(h, 200, page),
        "/a%20story": lambda h: send(h, 200, page),
    }
    with LocalServer(routes) as server, Fetcher(SETTINGS) as fetcher:
        assert fetcher.fetch(server.url("/padded")).body == page
        assert fetcher.fetch(server.url("/space")).body == page
        with pytest.raises(FetchError):
            fetcher.fetch(server.url("/tab"))


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> LocalCA:
    return make_ca(tmp_path_factory.mktemp("ca"), ["news.example"])


def test_a_redirect_loop_across_schemes_stops_at_the_limit(ca: LocalCA):
    """http://news.example/ -> https://news.example/ -> http://... on two local ports."""
    ports: dict[str, int] = {}

    def to(scheme: str):
        return lambda h: send(
            h, 301, b"", headers={"Location": f"{scheme}://news.example:{ports[scheme]}/"}
        )

    resolver = lambda host, port: ["127.0.0.1"]  # noqa: E731
    with (
        LocalServer({"/": to("https")}) as plain,
        LocalServer({"/": to("http")}, ssl_context=ca.server_context()) as tls,
        Fetcher(SETTINGS, resolver=resolver, ssl_context=ca.client_context()) as fetcher,
    ):
        ports.update(http=plain.port, https=tls.port)
        start = time.monotonic()
        with pytest.raises(TooManyRedirects):
            fetcher.fetch(f"http://news.example:{plain.port}/")
        assert time.monotonic() - start < TIMEOUT
    assert len(plain.requests) + len(tls.requests) == SETTINGS.fetch_max_redirects + 1


def test_a_failed_fetch_logs_the_site_not_the_link_or_the_servers_words(
    caplog: pytest.LogCaptureFixture,
):
    """A link's query may carry a reader's token, and a server's broken status line echoes
    whatever it likes: the log names the site and what went wrong, nothing of either."""
    handler = _respond(b"HTTP/1.1 404&t=SERVERSAYS\r\n\r\n", _hang_up)
    with (
        RawServer(handler) as server,
        Fetcher(SETTINGS) as fetcher,
        caplog.at_level("INFO"),
        pytest.raises(FetchFailed),
    ):
        fetcher.fetch(server.url("/story?reader=SECRETQUERY"))
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "127.0.0.1" in logged
    assert "SECRETQUERY" not in logged and "SERVERSAYS" not in logged
