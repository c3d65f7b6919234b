"""Compressed bodies are capped while they are decompressed, never after.

The bombs here expand to 64 MiB-1 GiB; the cap is 1 MiB. Memory is measured with
tracemalloc around each fetch (it sees the bytes objects the decompressors return), so
the test shows the fetcher never holds much more than the cap.
"""

from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib
from collections.abc import Callable

import brotli
import pytest

from bot.config import Settings
from bot.errors import FetchFailed, ResponseTooLarge
from bot.fetch.client import Fetcher
from tests.fetch.pages import article_page
from tests.localserver import LocalServer, send

CAP = 1024 * 1024
SMALL = Settings(
    fetch_allow_networks="127.0.0.0/8",
    fetch_timeout=3.0,
    fetch_connect_timeout=1.0,
    fetch_max_bytes=CAP,
)
_MIB = bytes(1024 * 1024)


def _stream(compressor: Callable[[bytes], bytes], finish: Callable[[], bytes], mib: int) -> bytes:
    """``mib`` MiB of zeros compressed a MiB at a time (never holding the expanded data)."""
    parts = [compressor(_MIB) for _ in range(mib)]
    return b"".join([*parts, finish()])


def _gzip(mib: int) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return _stream(c.compress, c.flush, mib)


def _zlib(mib: int) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS)
    return _stream(c.compress, c.flush, mib)


def _raw_deflate(mib: int) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return _stream(c.compress, c.flush, mib)


def _brotli(mib: int) -> bytes:
    c = brotli.Compressor(quality=3, lgwin=24)
    return _stream(c.process, c.finish, mib)


@pytest.fixture(scope="module")
def bombs() -> dict[str, tuple[bytes, str]]:
    gz = _gzip(64)
    return {
        "/br": (_brotli(1024), "br"),  # ~800 bytes -> 1 GiB
        "/gzip": (gz, "gzip"),  # ~64 KB -> 64 MiB
        "/x-gzip": (gz, "x-gzip"),
        "/deflate": (_zlib(64), "deflate"),
        "/raw-deflate": (_raw_deflate(64), "deflate"),
        "/gzip-members": (gzip.compress(b"<p>hi</p>") + gz, "gzip"),  # a second member
    }


def _serve(bombs: dict[str, tuple[bytes, str]]) -> dict[str, Callable[..., None]]:
    def route(body: bytes, coding: str) -> Callable[..., None]:
        return lambda h: send(h, 200, body, headers={"Content-Encoding": coding})

    return {path: route(body, coding) for path, (body, coding) in bombs.items()}


def _peak_during(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        action()
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


@pytest.mark.parametrize("path", ["/br", "/gzip", "/x-gzip", "/deflate", "/raw-deflate",
                                  "/gzip-members"])  # fmt: skip
def test_compression_bombs_stop_at_the_cap_with_flat_memory(
    bombs: dict[str, tuple[bytes, str]], path: str
):
    with LocalServer(_serve(bombs)) as server, Fetcher(SMALL) as fetcher:

        def fetch() -> None:
            with pytest.raises(ResponseTooLarge):
                fetcher.fetch(server.url(path))

        start = time.monotonic()
        peak = _peak_during(fetch)
        elapsed = time.monotonic() - start
    print(f"{path}: {len(bombs[path][0])} bytes sent, peak {peak / 2**20:.2f} MiB, {elapsed:.2f}s")
    assert peak < 2 * CAP, f"{path}: {peak / 2**20:.1f} MiB held for a {CAP >> 20} MiB cap"
    assert elapsed < 2.0


def test_stacked_and_unknown_encodings_are_refused(bombs: dict[str, tuple[bytes, str]]):
    gz_gz = gzip.compress(bombs["/gzip"][0])  # 64 MiB in ~400 bytes, gzip inside gzip
    page = article_page().encode()
    routes = {
        "/gzip-gzip": lambda h: send(h, 200, gz_gz, headers={"Content-Encoding": "gzip, gzip"}),
        "/two-headers": lambda h: _two_codings(h, gz_gz),
        "/compress": lambda h: send(h, 200, page, headers={"Content-Encoding": "compress"}),
        "/zstd": lambda h: send(h, 200, page, headers={"Content-Encoding": "zstd"}),
    }
    with LocalServer(routes) as server, Fetcher(SMALL) as fetcher:
        for path in routes:

            def fetch(path: str = path) -> None:
                with pytest.raises(FetchFailed) as info:
                    fetcher.fetch(server.url(path))
                assert "encoding" in str(info.value), path

            assert _peak_during(fetch) < 2 * CAP, path


def _two_codings(handler, body: bytes) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(len(body)))
    handler.send_header("Content-Encoding", "gzip")
    handler.send_header("Content-Encoding", "gzip")
    handler.end_headers()
    handler.wfile.write(body)


def test_ordinary_compressed_pages_still_read():
    page = article_page().encode()
    routes = {
        "/gzip": lambda h: send(h, 200, gzip.compress(page), headers={"Content-Encoding": "gzip"}),
        "/GZIP": lambda h: send(h, 200, gzip.compress(page), headers={"Content-Encoding": "GZIP"}),
        "/deflate": lambda h: send(
            h, 200, zlib.compress(page), headers={"Content-Encoding": "deflate"}
        ),
        "/raw": lambda h: send(
            h, 200, _raw(page), headers={"Content-Encoding": "deflate"}
        ),
        "/br": lambda h: send(h, 200, brotli.compress(page), headers={"Content-Encoding": "br"}),
        "/identity": lambda h: send(h, 200, page, headers={"Content-Encoding": "identity"}),
        "/members": lambda h: send(
            h, 200, gzip.compress(page[:500]) + gzip.compress(page[500:]),
            headers={"Content-Encoding": "gzip"},
        ),
    }  # fmt: skip
    with LocalServer(routes) as server, Fetcher(SMALL) as fetcher:
        for path in routes:
            assert fetcher.fetch(server.url(path)).body == page, path


def _raw(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return c.compress(data) + c.flush()


def test_damaged_compressed_bodies_are_a_fetch_error():
    page = gzip.compress(article_page().encode())
    damaged = page[:20] + bytes(200) + page[220:]
    routes = {
        "/gzip": lambda h: send(h, 200, damaged, headers={"Content-Encoding": "gzip"}),
        "/br": lambda h: send(h, 200, b"\xff" * 300, headers={"Content-Encoding": "br"}),
    }
    with LocalServer(routes) as server, Fetcher(SMALL) as fetcher:
        for path in routes:
            with pytest.raises(FetchFailed) as info:
                fetcher.fetch(server.url(path))
            assert "compressed" in str(info.value), path
