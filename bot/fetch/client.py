"""Fetching a page a user linked to: every hop checked, one deadline, a capped body.

Redirects are followed here, one hop at a time, so each hop's link is checked the same
way as the first. Connections go only to addresses the policy permits, checked when
they are opened (:mod:`bot.fetch.transport`); the whole fetch, redirects included, ends
by ``settings.fetch_timeout``; the body is decompressed under ``settings.fetch_max_bytes``
(:mod:`bot.fetch.body`). Every failure is a :class:`~bot.errors.FetchError`.

Each fetch has its own connection pool, closed when the fetch ends, so a connection is
never reused across fetches: nothing one site sends (stray bytes after a body, say) can
reach a later fetch, and no idle sockets are held between links. Within a fetch the pool
is keyed by scheme, host name and port; as redirect bodies are not read, each hop in
practice opens its own connection. One fetch is a few requests, so the lost reuse costs
a handshake per hop at most.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from bot import __version__
from bot.config import Settings, parse_networks
from bot.errors import (
    AccessDenied,
    BadURL,
    FetchFailed,
    FetchTimeout,
    NotAnArticle,
    PageNotFound,
    TooManyRedirects,
)
from bot.fetch.addresses import AddressPolicy, Resolver, system_resolver
from bot.fetch.body import ACCEPT_ENCODING, read_body
from bot.fetch.decode import decode_body
from bot.fetch.extract import Article, extract_article
from bot.fetch.transport import PinnedTransport, deadline
from bot.fetch.urls import check_url, redirect_target, request_url

log = logging.getLogger(__name__)

USER_AGENT = f"CopydeskBot/{__version__} (newsroom copy checker; +https://github.com/)"
_REDIRECTS = {301, 302, 303, 307, 308}
_TEXT_TYPES = {"text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml"}
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
                 b"RIFF", b"ID3", b"\x00\x00\x00")  # fmt: skip
#: response headers accepted (h11 already caps their total size at 100 KB)
MAX_HEADERS = 256


@dataclass(frozen=True)
class Page:
    """A fetched response body, before extraction."""

    url: str
    final_url: str
    content_type: str
    charset: str | None
    body: bytes


def _media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def _refuse_binary(media_type: str, url: str) -> None:
    if media_type and media_type not in _TEXT_TYPES and not media_type.startswith("text/"):
        kind = "a PDF" if media_type == "application/pdf" else f"not a web page ({media_type})"
        raise NotAnArticle(f"That link is {kind}, not an article: {url}")


def _raise_for_status(status: int, url: str) -> None:
    if status in {404, 410}:
        raise PageNotFound(f"The page was not found ({status}): {url}")
    if status in {401, 402, 403, 451}:
        raise AccessDenied(f"The site refused access ({status}): paywalled or login-only? {url}")
    if status == 429:
        raise FetchFailed(f"The site is limiting requests (429); try again later: {url}")
    if status >= 400:
        raise FetchFailed(f"The site answered with an error ({status}): {url}")


class Fetcher:
    """Fetches links; one can serve a whole process, from any number of threads.

    ``ssl_context`` replaces the default certificate check (certifi's CAs) for tests.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        resolver: Resolver | None = None,
        *,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self.policy = AddressPolicy(
            allowed=parse_networks(self.settings.fetch_allow_networks),
            resolver=resolver or system_resolver,
        )
        self._ssl_context = ssl_context or httpx.create_ssl_context(trust_env=False)
        self._headers = {
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
            "Accept-Encoding": ACCEPT_ENCODING,
        }

    def close(self) -> None:
        """Nothing to release: each fetch closes its own connections."""

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch_article(self, link: str) -> Article:
        """Fetch a link and extract its article.

        Raises:
            bot.errors.FetchError: one of its subclasses, with the message to show.
        """
        page = self.fetch(link)
        media_type = _media_type(page.content_type)
        markup = decode_body(page.body, page.charset)
        return extract_article(
            markup, url=page.url, final_url=page.final_url, plain_text=media_type == "text/plain"
        )

    def fetch(self, link: str) -> Page:
        """The body behind a link, after checked redirects, within ``fetch_timeout``.

        Raises:
            bot.errors.FetchError: one of its subclasses, with the message to show.
        """
        url = first = check_url(link)
        end = time.monotonic() + self.settings.fetch_timeout
        transport = PinnedTransport(self.policy, self._ssl_context)
        with deadline(end), transport:
            for _hop in range(self.settings.fetch_max_redirects + 1):
                status, headers, body = self._get(transport, url, end)
                location = headers.get("location")
                if status in _REDIRECTS and location:
                    url = redirect_target(url, location)
                    continue
                _raise_for_status(status, url)
                content_type = headers.get("content-type", "")
                return Page(first, url, content_type, _charset(content_type), body)
        raise TooManyRedirects(
            f"The site redirected more than {self.settings.fetch_max_redirects} times: {first}"
        )

    def _get(
        self, transport: httpx.BaseTransport, url: str, end: float
    ) -> tuple[int, httpx.Headers, bytes]:
        request = self._request(url, end)
        with _as_fetch_errors(url):
            response = transport.handle_request(request)
            try:
                return self._receive(response, url, end)
            finally:
                response.close()  # unread bytes: the connection is dropped, not reused

    def _request(self, url: str, end: float) -> httpx.Request:
        remaining = end - time.monotonic()
        if remaining <= 0:
            raise FetchTimeout(f"The site took too long to answer: {url}")
        connect = min(self.settings.fetch_connect_timeout, remaining)
        timeout = httpx.Timeout(remaining, connect=connect, pool=connect)
        try:
            return httpx.Request(
                "GET",
                request_url(url),
                headers=self._headers,
                extensions={"timeout": timeout.as_dict()},
            )
        except httpx.InvalidURL as e:
            raise BadURL(f"That link is not valid: {url[:100]}") from e

    def _receive(
        self, response: httpx.Response, url: str, end: float
    ) -> tuple[int, httpx.Headers, bytes]:
        if len(response.headers.raw) > MAX_HEADERS:
            raise FetchFailed(
                f"The site sent too many headers ({len(response.headers.raw)}): {url}"
            )
        if response.status_code in _REDIRECTS or response.status_code >= 400:
            return response.status_code, response.headers, b""
        _refuse_binary(_media_type(response.headers.get("content-type", "")), url)
        body = read_body(response, url, self.settings.fetch_max_bytes, end)
        if body.lstrip()[:8].startswith(_BINARY_MAGIC):
            raise NotAnArticle(f"That link is a file, not an article: {url}")
        return response.status_code, response.headers, body


@contextmanager
def _as_fetch_errors(url: str) -> Iterator[None]:
    """httpx's errors as the bot's own (the bot's pass through untouched)."""
    try:
        yield
    except httpx.TimeoutException as e:
        raise FetchTimeout(f"The site took too long to answer: {url}") from e
    except httpx.HTTPError as e:
        log.info("fetch from %s failed: %s", _site(url), type(e).__name__)
        if _certificate_failure(e):
            raise FetchFailed(
                f"The site's security certificate could not be verified: {url}"
            ) from e
        raise FetchFailed(f"Could not reach the site: {url}") from e
    except (httpx.InvalidURL, httpx.StreamError) as e:  # not HTTPError subclasses
        log.info("fetch from %s failed: %s", _site(url), type(e).__name__)
        raise FetchFailed(f"Could not fetch the page: {url}") from e


def _site(url: str) -> str:
    """The host a link points to: what a log may say of it. A link's path and query may
    carry a reader's token, and an error's words echo whatever the server sent."""
    return urlsplit(url).hostname or "an unreadable link"


def _certificate_failure(error: BaseException) -> bool:
    seen: BaseException | None = error
    for _ in range(10):  # httpx -> httpcore -> ssl; bounded, chains can loop
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(error)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None
