"""Every host name gets its own certificate check, even when two names share one address.

One TLS server on 127.0.0.1 holds a certificate for ``a.example`` only, signed by a test
CA the fetcher trusts. ``b.example`` resolves to the same address and port: a connection
opened for ``a.example`` must never carry a request for ``b.example``.
"""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.errors import FetchFailed
from bot.fetch.client import Fetcher
from tests.fetch.certs import LocalCA, make_ca
from tests.fetch.pages import article_page
from tests.localserver import LocalServer, send

LOCAL = Settings(fetch_allow_networks="127.0.0.0/8", fetch_timeout=3.0, fetch_connect_timeout=1.0)
NAMES = {"a.example": ["127.0.0.1"], "b.example": ["127.0.0.1"]}


def resolver(host: str, port: int) -> list[str]:
    return NAMES[host]


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> LocalCA:
    return make_ca(tmp_path_factory.mktemp("ca"), ["a.example"])


@pytest.fixture
def server(ca: LocalCA):
    page = article_page().encode()
    routes = {
        "/": lambda h: send(h, 200, page),
        "/to-b": lambda h: send(h, 302, b"", headers={"Location": f"https://b.example:{port}/"}),
    }
    with LocalServer(routes, ssl_context=ca.server_context()) as tls:
        port = tls.port
        yield tls


def test_a_second_name_on_the_same_address_is_verified_again(server: LocalServer, ca: LocalCA):
    with Fetcher(LOCAL, resolver=resolver, ssl_context=ca.client_context()) as fetcher:
        assert b"Portwell" in fetcher.fetch(f"https://a.example:{server.port}/").body
        with pytest.raises(FetchFailed) as info:
            fetcher.fetch(f"https://b.example:{server.port}/")
        assert "certificate" in str(info.value)
        # and the name that is valid still works afterwards
        assert b"Portwell" in fetcher.fetch(f"https://a.example:{server.port}/").body
    assert server.requests == ["/", "/"]


def test_a_redirect_to_another_name_on_the_same_address_is_verified(
    server: LocalServer, ca: LocalCA
):
    with Fetcher(LOCAL, resolver=resolver, ssl_context=ca.client_context()) as fetcher:
        with pytest.raises(FetchFailed) as info:
            fetcher.fetch(f"https://a.example:{server.port}/to-b")
        assert "certificate" in str(info.value)
    assert server.requests == ["/to-b"]


def test_the_name_alone_fails_verification_on_a_fresh_fetcher(server: LocalServer, ca: LocalCA):
    fetcher = Fetcher(LOCAL, resolver=resolver, ssl_context=ca.client_context())
    with fetcher, pytest.raises(FetchFailed):
        fetcher.fetch(f"https://b.example:{server.port}/")
    assert server.requests == []
