"""Odd links and odd redirects end in the bot's own errors, and the fetcher carries on.

Every failure a user can meet is a :class:`~bot.errors.FetchError` with a one-line
message; anything else escaping (``httpx.InvalidURL``, ``UnicodeEncodeError``) would be a
traceback, and the links after it in a message would never be fetched.
"""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.config import Settings
from bot.errors import BadURL, FetchError, FetchFailed
from bot.fetch.client import Fetcher
from bot.fetch.urls import check_url, redirect_target, request_url
from tests.fetch.pages import article_page
from tests.localserver import LocalServer, send

LOCAL = Settings(fetch_allow_networks="127.0.0.0/8, ::1/128", fetch_timeout=3.0)

BAD_LOCATIONS = [
    "mailto:editor@example.com",
    "data:text/html,<p>hi</p>",
    "javascript:alert(1)",
    "ftp://example.com/file",
    "http:foo",
    "https:",
    "http://[::1",
    "http://exa mple.com/",
    "http://a\x01b.example/",
    "/next\x7f",
    "http://user:pw@news.example/",
    "http://news.example:99999/",
    "http://xn--a.example/",  # not a valid IDNA label
    "http://bad..example/",
    "http://" + "a" * 64 + ".example/",  # a label over 63 characters
    "/" + "a" * 3000,  # past the URL length cap
]


def _redirect(location: str):
    return lambda h: send(h, 302, b"", headers={"Location": location})


@pytest.fixture
def server():
    page = article_page().encode()
    routes = {"/good": lambda h: send(h, 200, page)}
    routes.update({f"/bad{i}": _redirect(loc) for i, loc in enumerate(BAD_LOCATIONS)})
    with LocalServer(routes) as local:
        yield local


def test_redirects_to_unusable_links_are_fetch_errors_and_the_fetcher_carries_on(
    server: LocalServer,
):
    resolver = {"news.example": ["127.0.0.1"]}.__getitem__
    with Fetcher(LOCAL, resolver=lambda h, p: resolver(h)) as fetcher:
        for i, location in enumerate(BAD_LOCATIONS):
            with pytest.raises(FetchError) as info:
                fetcher.fetch(server.url(f"/bad{i}"))
            message = str(info.value)
            assert message and "\n" not in message and len(message) < 300, (location, message)
            assert b"Portwell" in fetcher.fetch(server.url("/good")).body, location


@pytest.mark.parametrize(
    "link",
    [
        "http://bad..example/",
        "http://xn--a.example/",
        "http://exa_mple%2F.example/",
        "http://a\tb.example/",
        "http://[fe80::1%25eth0]/",
        "https://example.com/" + "a" * 2100,
        "http://example.com:0/",
    ],
)
def test_links_that_cannot_be_fetched_are_bad_urls(link: str):
    with Fetcher(LOCAL) as fetcher, pytest.raises(BadURL):
        fetcher.fetch(link)


def test_an_internationalised_name_is_sent_in_its_ascii_form(server: LocalServer):
    asked: list[str] = []
    hosts: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        return ["127.0.0.1"]

    def record(handler) -> None:
        hosts.append(handler.headers["Host"])
        send(handler, 200, article_page().encode())

    server.routes["/idn"] = record
    with Fetcher(LOCAL, resolver=resolver) as fetcher:
        page = fetcher.fetch(f"http://Bücher.example:{server.port}/idn")
    assert b"Portwell" in page.body
    assert asked == ["xn--bcher-kva.example"]
    assert hosts == [f"xn--bcher-kva.example:{server.port}"]


def test_an_ipv6_host_is_sent_in_brackets():
    hosts: list[str] = []

    def record(handler) -> None:
        hosts.append(handler.headers["Host"])
        send(handler, 200, article_page().encode())

    with LocalServer({"/v6": record}, host="::1") as server, Fetcher(LOCAL) as fetcher:
        assert b"Portwell" in fetcher.fetch(server.url("/v6")).body
    assert hosts == [f"[::1]:{server.port}"]


def _many_headers(handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    for i in range(1000):
        handler.send_header(f"X-H{i}", "1")
    handler.send_header("Content-Length", "2")
    handler.end_headers()
    handler.wfile.write(b"ok")


def _huge_header(handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("X-Big", "a" * 300_000)
    handler.send_header("Content-Length", "2")
    handler.end_headers()
    handler.wfile.write(b"ok")


@pytest.mark.parametrize("path", ["/many", "/huge"])
def test_header_blocks_are_capped(path: str):
    page = article_page().encode()
    routes = {"/many": _many_headers, "/huge": _huge_header, "/good": lambda h: send(h, 200, page)}
    with LocalServer(routes) as server, Fetcher(LOCAL) as fetcher:
        with pytest.raises(FetchFailed):
            fetcher.fetch(server.url(path))
        assert b"Portwell" in fetcher.fetch(server.url("/good")).body


_PIECES = st.sampled_from(
    [*"ab:/?#[]@%.-_~!$&'()*+,;= \t\n\x00\x7f\x85é0123456789", "xn--", "http://", "https://",
     "[::1]", "::", "%25", "ü", "。", "１", "\u2028", "0x7f", "..", "//", "\\"]
)  # fmt: skip
_LINKS = st.lists(_PIECES, max_size=30).map("".join) | st.text(max_size=60)


@given(location=_LINKS)
def test_any_location_is_a_checked_link_or_a_bad_url(location: str):
    """Whatever a server puts in Location, the fetcher gets a link it can request or a
    one-line BadURL; nothing else escapes, and httpx accepts what was checked."""
    try:
        target = redirect_target("http://news.example/a/b", location)
    except BadURL as e:
        assert len(str(e).splitlines()) == 1
        return
    httpx.Request("GET", request_url(target))


@given(link=_LINKS.map(lambda s: "http://" + s) | _LINKS)
def test_any_link_is_checked_or_a_bad_url(link: str):
    try:
        url = check_url(link)
    except BadURL as e:
        assert len(str(e).splitlines()) == 1
        return
    httpx.Request("GET", request_url(url))
