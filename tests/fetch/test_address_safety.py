"""Links into the newsroom's own network are refused before any request is made."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.errors import BlockedAddress
from bot.fetch.client import Fetcher
from tests.fetch.pages import article_page
from tests.localserver import LocalServer, send

NO_ALLOWANCE = Settings(fetch_timeout=2.0, fetch_connect_timeout=1.0)


@pytest.fixture
def target():
    """A real server on loopback that would answer, if anything reached it."""
    page = article_page().encode()
    with LocalServer({"/": lambda h: send(h, 200, page)}) as server:
        yield server


def _links(port: int) -> list[str]:
    return [
        f"http://127.0.0.1:{port}/",
        f"http://localhost:{port}/",
        f"http://127.1:{port}/",
        f"http://2130706433:{port}/",
        f"http://0x7f.1:{port}/",
        f"http://0177.0.0.1:{port}/",
        f"http://[::1]:{port}/",
        f"http://[::ffff:127.0.0.1]:{port}/",
        f"http://0.0.0.0:{port}/",
        "http://10.0.0.1/",
        "http://172.16.0.1/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://224.0.0.1/",
        "http://100.64.0.1/",
    ]


def test_private_loopback_and_link_local_links_are_refused(target: LocalServer):
    with Fetcher(NO_ALLOWANCE) as fetcher:
        for link in _links(target.port):
            with pytest.raises(BlockedAddress) as info:
                fetcher.fetch(link)
            assert "private or local address" in str(info.value), link
    assert target.requests == []


def test_a_public_looking_name_that_resolves_to_loopback_is_refused(target: LocalServer):
    def resolver(host: str, port: int) -> list[str]:
        return {
            "news.example.com": ["127.0.0.1"],
            "mixed.example.com": ["93.184.215.14", "10.1.2.3"],
        }[host]

    with Fetcher(NO_ALLOWANCE, resolver=resolver) as fetcher:
        for host in ("news.example.com", "mixed.example.com"):
            with pytest.raises(BlockedAddress):
                fetcher.fetch(f"http://{host}:{target.port}/")
    assert target.requests == []


def test_a_redirect_to_loopback_is_refused_at_that_hop(target: LocalServer):
    """The first hop is a server on 127.0.0.2, allowed as if it were a public site; it
    redirects to 127.0.0.1, which is not allowed and must receive nothing."""
    allowed_site = Settings(fetch_allow_networks="127.0.0.2/32", fetch_timeout=2.0)

    def resolver(host: str, port: int) -> list[str]:
        return {"news.example.com": ["127.0.0.2"]}[host]

    redirect = lambda h: send(h, 302, b"", headers={"Location": target.url("/")})  # noqa: E731
    with LocalServer({"/story": redirect}, host="127.0.0.2") as public:
        with Fetcher(allowed_site, resolver=resolver) as fetcher, pytest.raises(BlockedAddress):
            fetcher.fetch(f"http://news.example.com:{public.port}/story")
        assert public.requests == ["/story"]
    assert target.requests == []


def test_allowed_networks_are_fetched(target: LocalServer):
    with Fetcher(Settings(fetch_allow_networks="127.0.0.0/8")) as fetcher:
        article = fetcher.fetch_article(target.url("/"))
    assert "Portwell" in article.text
    assert target.requests == ["/"]


def test_the_connection_goes_to_the_checked_address(target: LocalServer):
    """The name is resolved once, by the policy; the request carries the name as Host."""
    calls: list[str] = []
    seen_hosts: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return ["127.0.0.1"]

    def record(handler) -> None:
        seen_hosts.append(handler.headers["Host"])
        send(handler, 200, article_page().encode())

    target.routes["/named"] = record
    with Fetcher(Settings(fetch_allow_networks="127.0.0.0/8"), resolver=resolver) as fetcher:
        fetcher.fetch_article(f"http://news.example.com:{target.port}/named")
    assert calls == ["news.example.com"]
    assert seen_hosts == [f"news.example.com:{target.port}"]
