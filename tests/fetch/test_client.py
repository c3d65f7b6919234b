"""The fetcher against real local HTTP servers: limits, failures and extraction."""

from __future__ import annotations

import gzip
import resource
import time
from datetime import date
from http.server import BaseHTTPRequestHandler

import brotli
import pytest

from bot.config import Settings
from bot.errors import (
    AccessDenied,
    BadURL,
    FetchTimeout,
    NotAnArticle,
    NothingExtractable,
    PageNotFound,
    ResponseTooLarge,
    TooManyRedirects,
)
from bot.fetch.client import Fetcher
from tests.fetch.pages import article_page, sample_paragraphs
from tests.localserver import LocalServer, send

LOCAL = Settings(fetch_allow_networks="127.0.0.0/8", fetch_timeout=3.0, fetch_connect_timeout=1.0)


@pytest.fixture
def fetcher():
    with Fetcher(LOCAL) as f:
        yield f


def test_article_text_and_metadata(fetcher: Fetcher):
    page = article_page().encode()
    with LocalServer({"/story": lambda h: send(h, 200, page)}) as server:
        article = fetcher.fetch_article(server.url("/story"))
    paragraphs = sample_paragraphs()
    assert "Portwell" in (article.title or "")
    assert article.site == "Portwell Gazette"
    assert article.published == date(2026, 3, 12)
    for paragraph in paragraphs[1:]:
        assert paragraph in article.text
    assert "\n\n" in article.text
    assert "All rights reserved" not in article.text


def test_compressed_bodies_are_read(fetcher: Fetcher):
    page = article_page().encode()
    routes = {
        "/gz": lambda h: send(h, 200, gzip.compress(page), headers={"Content-Encoding": "gzip"}),
        "/br": lambda h: send(h, 200, brotli.compress(page), headers={"Content-Encoding": "br"}),
    }
    with LocalServer(routes) as server:
        for path in routes:
            assert "Abernathy" in fetcher.fetch_article(server.url(path)).text


def test_pages_lying_about_their_encoding(fetcher: Fetcher):
    utf8_said_latin1 = article_page("iso-8859-1").replace("harbour", "café harbour").encode()
    cp1252_said_utf8 = article_page().replace("harbour", "café harbour").encode("cp1252")
    routes = {
        "/a": lambda h: send(h, 200, utf8_said_latin1, "text/html; charset=iso-8859-1"),
        "/b": lambda h: send(h, 200, cp1252_said_utf8, "text/html; charset=utf-8"),
    }
    with LocalServer(routes) as server:
        for path in routes:
            text = fetcher.fetch_article(server.url(path)).text
            assert "café harbour" in text, path


def test_plain_text_is_taken_as_it_is(fetcher: Fetcher):
    body = "\n\n".join(sample_paragraphs()).encode()
    with LocalServer({"/t.txt": lambda h: send(h, 200, body, "text/plain")}) as server:
        article = fetcher.fetch_article(server.url("/t.txt"))
    assert article.text == body.decode()


@pytest.mark.parametrize(
    ("status", "error"), [(404, PageNotFound), (410, PageNotFound), (403, AccessDenied)]
)
def test_error_statuses(fetcher: Fetcher, status: int, error: type[Exception]):
    server = LocalServer({"/x": lambda h: send(h, status, b"no")})
    with server, pytest.raises(error) as info:
        fetcher.fetch_article(server.url("/x"))
    assert str(status) in str(info.value)


def test_binary_files_are_not_articles(fetcher: Fetcher):
    png = b"\x89PNG\r\n\x1a\n" + bytes(2000)
    routes = {
        "/img": lambda h: send(h, 200, png, "image/png"),
        "/pdf": lambda h: send(h, 200, b"%PDF-1.7\n" + bytes(2000), "application/pdf"),
        "/lying.pdf": lambda h: send(h, 200, b"%PDF-1.7\n" + bytes(2000), "text/html"),
    }
    with LocalServer(routes) as server:
        for path in routes:
            with pytest.raises(NotAnArticle):
                fetcher.fetch_article(server.url(path))


def test_page_without_article_text(fetcher: Fetcher):
    empty = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    server = LocalServer({"/e": lambda h: send(h, 200, empty)})
    with server, pytest.raises(NothingExtractable):
        fetcher.fetch_article(server.url("/e"))


@pytest.mark.parametrize(
    "link",
    [
        "ftp://example.com/a",
        "http://user:secret@example.com/",
        "http:///nohost",
        "javascript:alert(1)",
    ],
)
def test_bad_urls(fetcher: Fetcher, link: str):
    with pytest.raises(BadURL):
        fetcher.fetch(link)


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(5)
    send(handler, 200, b"late")


def _drip(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    for _ in range(100):
        handler.wfile.write(b"<p>x</p>")
        handler.wfile.flush()
        time.sleep(0.2)


@pytest.mark.parametrize("path", ["/slow", "/drip"])
def test_slow_servers_are_cut_off(path: str):
    settings = Settings(
        fetch_allow_networks="127.0.0.0/8", fetch_timeout=1.0, fetch_connect_timeout=1.0
    )
    with LocalServer({"/slow": _slow, "/drip": _drip}) as server, Fetcher(settings) as fetcher:
        start = time.monotonic()
        with pytest.raises(FetchTimeout):
            fetcher.fetch(server.url(path))
        assert time.monotonic() - start < 2.0


def _huge(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(50 * 1024 * 1024))
    handler.end_headers()
    chunk = b"<p>" + b"a" * 65_536 + b"</p>"
    for _ in range(50 * 1024 * 1024 // len(chunk)):
        handler.wfile.write(chunk)


def _huge_unannounced(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Connection", "close")
    handler.end_headers()
    chunk = b"<p>" + b"a" * 65_536 + b"</p>"
    for _ in range(50 * 1024 * 1024 // len(chunk)):
        handler.wfile.write(chunk)


def test_50_mb_body_is_cut_off_at_the_cap_with_flat_memory(fetcher: Fetcher):
    with LocalServer({"/huge": _huge, "/huge2": _huge_unannounced}) as server:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        for path in ("/huge", "/huge2"):
            with pytest.raises(ResponseTooLarge) as info:
                fetcher.fetch(server.url(path))
            assert "5 MB" in str(info.value)
        grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 25  # the cap is 5 MB; 50 MB were offered


def test_redirect_loop_stops_at_the_limit(fetcher: Fetcher):
    def loop(handler: BaseHTTPRequestHandler) -> None:
        send(handler, 302, b"", headers={"Location": "/loop"})

    with LocalServer({"/loop": loop}) as server, pytest.raises(TooManyRedirects):
        fetcher.fetch(server.url("/loop"))
    assert len(server.requests) == LOCAL.fetch_max_redirects + 1


def test_redirects_are_followed_to_the_article(fetcher: Fetcher):
    page = article_page().encode()
    routes = {
        "/short": lambda h: send(h, 301, b"", headers={"Location": "/news/story?utm_source=x"}),
        "/news/story": lambda h: send(h, 200, page),
    }
    with LocalServer(routes) as server:
        article = fetcher.fetch_article(server.url("/short"))
    assert article.url == server.url("/short")
    assert article.final_url == server.url("/news/story?utm_source=x")


def test_a_page_with_a_monstrous_tag_is_extracted_quickly(fetcher: Fetcher):
    # 400,000 attributes on one element once kept the HTML parser busy for minutes.
    attrs = " ".join(f"a{i}=x" for i in range(400_000))
    page = article_page().replace("<body>", f"<body><div {attrs}>", 1).encode()
    assert len(page) > 3_000_000
    with LocalServer({"/attrs": lambda h: send(h, 200, page)}) as server:
        start = time.monotonic()
        article = fetcher.fetch_article(server.url("/attrs"))
    assert time.monotonic() - start < 5
    assert "harbour" in article.text.lower() or len(article.text.split()) > 50
