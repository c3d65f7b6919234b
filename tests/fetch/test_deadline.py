"""One deadline for the whole fetch: name lookup, connection, headers, body and redirects.

httpx's timeouts are per read, so a server that trickles a byte at a time never trips
them. These servers trickle; the fetch must still end at ``fetch_timeout``.
"""

from __future__ import annotations

import socket
import threading
import time

import pytest

from bot.config import Settings
from bot.errors import FetchTimeout
from bot.fetch.client import Fetcher
from tests.fetch.pages import article_page
from tests.localserver import LocalServer, RawServer, read_head, send

TIMEOUT = 1.0
#: how late past the deadline a fetch may end: scheduling, not waiting
SLACK = 0.4
SETTINGS = Settings(
    fetch_allow_networks="127.0.0.0/8", fetch_timeout=TIMEOUT, fetch_connect_timeout=1.0
)


def _trickle(conn: socket.socket, stop: threading.Event, data: bytes, every: float) -> None:
    """Send ``data`` a byte at a time, ``every`` seconds apart (or until the test ends)."""
    for byte in data:
        conn.sendall(bytes([byte]))
        if stop.wait(every):
            return


def _trickled_headers(conn: socket.socket, stop: threading.Event) -> None:
    """A status line, then 60 header bytes at 20 a second: 3 s of headers, then a page."""
    read_head(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    _trickle(conn, stop, b"X-Slow: " + b"a" * 50 + b"\r\n", 0.05)
    body = b"<p>late</p>"
    conn.sendall(b"Content-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))


def _timed_fetch(fetcher: Fetcher, url: str) -> float:
    start = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetcher.fetch(url)
    return time.monotonic() - start


def test_headers_trickled_a_byte_at_a_time_are_cut_off_at_the_deadline():
    with RawServer(_trickled_headers) as server, Fetcher(SETTINGS) as fetcher:
        elapsed = _timed_fetch(fetcher, server.url("/"))
    print(f"trickled headers: FetchTimeout after {elapsed:.2f}s")
    assert elapsed < TIMEOUT + SLACK


def test_the_deadline_covers_every_redirect_hop():
    """Each hop trickles its headers for 0.9 s, under the read timeout every time."""

    def hop(conn: socket.socket, stop: threading.Event) -> None:
        read_head(conn)
        conn.sendall(b"HTTP/1.1 302 Found\r\n")
        _trickle(conn, stop, b"X-Slow: " + b"a" * 16 + b"\r\n", 0.9 / 26)
        conn.sendall(b"Location: /next\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    with RawServer(hop) as server, Fetcher(SETTINGS) as fetcher:
        elapsed = _timed_fetch(fetcher, server.url("/"))
    print(f"slow redirect chain: FetchTimeout after {elapsed:.2f}s")
    assert elapsed < TIMEOUT + SLACK


def test_a_body_trickled_under_the_read_timeout_is_cut_off():
    def body(conn: socket.socket, stop: threading.Event) -> None:
        read_head(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 500\r\n\r\n")
        _trickle(conn, stop, b"a" * 500, 0.05)

    with RawServer(body) as server, Fetcher(SETTINGS) as fetcher:
        elapsed = _timed_fetch(fetcher, server.url("/"))
    assert elapsed < TIMEOUT + SLACK


def test_a_name_lookup_that_hangs_is_cut_off():
    released = threading.Event()

    def resolver(host: str, port: int) -> list[str]:
        released.wait(3.0)  # a DNS server that does not answer (released when the test ends)
        return ["127.0.0.1"]

    with Fetcher(SETTINGS, resolver=resolver) as fetcher:
        try:
            elapsed = _timed_fetch(fetcher, "http://slow-dns.example/")
        finally:
            released.set()
    print(f"hung name lookup: FetchTimeout after {elapsed:.2f}s")
    assert elapsed < TIMEOUT + SLACK


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_server_that_never_answers_is_cut_off(scheme: str):
    """It accepts the connection and then sends nothing: no TLS handshake, no response."""
    settings = Settings(
        fetch_allow_networks="127.0.0.0/8", fetch_timeout=TIMEOUT, fetch_connect_timeout=5.0
    )

    def silent(conn: socket.socket, stop: threading.Event) -> None:
        stop.wait(5.0)

    with RawServer(silent) as server, Fetcher(settings) as fetcher:
        elapsed = _timed_fetch(fetcher, server.url("/", scheme=scheme))
        assert server.accepted.is_set()
    assert elapsed < TIMEOUT + SLACK


def test_each_thread_keeps_its_own_deadline():
    """One Fetcher serves many threads: a slow site times out in one while another fetch,
    started later with its own deadline, finishes normally."""
    page = article_page().encode()
    outcome: dict[str, object] = {}
    slow_started = threading.Event()

    def trickle(conn: socket.socket, stop: threading.Event) -> None:
        slow_started.set()
        _trickled_headers(conn, stop)

    def run(name: str, url: str) -> None:
        try:
            outcome[name] = fetcher.fetch(url).body
        except FetchTimeout as e:
            outcome[name] = e

    with (
        RawServer(trickle) as slow,
        LocalServer({"/": lambda h: send(h, 200, page)}) as fast,
        Fetcher(SETTINGS) as fetcher,
    ):
        start = time.monotonic()
        slow_thread = threading.Thread(target=run, args=("slow", slow.url("/")))
        slow_thread.start()
        assert slow_started.wait(2.0)
        fast_thread = threading.Thread(target=run, args=("fast", fast.url("/")))
        fast_thread.start()
        fast_thread.join(2.0)
        slow_thread.join(2.0)
        elapsed = time.monotonic() - start
    assert outcome["fast"] == page
    assert isinstance(outcome["slow"], FetchTimeout)
    assert elapsed < TIMEOUT + SLACK


def test_a_tls_handshake_trickled_a_byte_at_a_time_is_cut_off():
    """The server starts a 16 KB handshake record and sends it 20 bytes a second."""

    def trickle(conn: socket.socket, stop: threading.Event) -> None:
        conn.recv(4096)  # the ClientHello
        conn.sendall(b"\x16\x03\x03\x40\x00")
        _trickle(conn, stop, b"\x02" * 200, 0.05)

    settings = Settings(
        fetch_allow_networks="127.0.0.0/8", fetch_timeout=TIMEOUT, fetch_connect_timeout=5.0
    )
    with RawServer(trickle) as server, Fetcher(settings) as fetcher:
        elapsed = _timed_fetch(fetcher, server.url("/", scheme="https"))
    assert elapsed < TIMEOUT + SLACK
