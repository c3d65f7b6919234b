"""Fetching a page a user linked to: one long-lived httpx client, every hop checked.

Each request goes to the address :class:`~bot.fetch.addresses.AddressPolicy` checked,
with the original host in the ``Host`` header and as the TLS server name, so the
certificate is still verified against the name. Redirects are followed here, one hop
at a time, so each hop is checked the same way. The body is streamed and reading stops
at the size cap or the deadline.
"""

from __future__ import annotations

import ipaddress
import logging
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from bot import __version__
from bot.config import Settings
from bot.errors import (
    AccessDenied,
    FetchFailed,
    FetchTimeout,
    NotAnArticle,
    PageNotFound,
    ResponseTooLarge,
    TooManyRedirects,
)
from bot.fetch.addresses import AddressPolicy, Resolver, parse_networks, system_resolver
from bot.fetch.decode import decode_body
from bot.fetch.extract import Article, extract_article
from bot.fetch.urls import check_url

log = logging.getLogger(__name__)

USER_AGENT = f"CopydeskBot/{__version__} (newsroom copy checker; +https://github.com/)"
_REDIRECTS = {301, 302, 303, 307, 308}
_TEXT_TYPES = {"text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml"}
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
                 b"RIFF", b"ID3", b"\x00\x00\x00")  # fmt: skip


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
    """Fetches links; reuse one per process (it holds the connection pool)."""

    def __init__(self, settings: Settings | None = None, resolver: Resolver | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.policy = AddressPolicy(
            allowed=parse_networks(self.settings.fetch_allow_networks),
            resolver=resolver or system_resolver,
        )
        self._client = httpx.Client(
            timeout=self._timeout(self.settings.fetch_timeout),
            follow_redirects=False,
            trust_env=False,  # no proxies from the environment: they would skip the checks
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate, br",
            },
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _timeout(self, remaining: float) -> httpx.Timeout:
        connect = min(self.settings.fetch_connect_timeout, remaining)
        return httpx.Timeout(remaining, connect=connect, pool=connect)

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
        """The body behind a link, after checked redirects."""
        url = check_url(link)
        first = url
        deadline = time.monotonic() + self.settings.fetch_timeout
        for _hop in range(self.settings.fetch_max_redirects + 1):
            status, headers, body = self._get(url, deadline)
            location = headers.get("location")
            if status in _REDIRECTS and location:
                url = check_url(urljoin(url, location))
                continue
            _raise_for_status(status, url)
            content_type = headers.get("content-type", "")
            return Page(first, url, content_type, _charset(content_type), body)
        raise TooManyRedirects(
            f"The site redirected more than {self.settings.fetch_max_redirects} times: {first}"
        )

    def _get(self, url: str, deadline: float) -> tuple[int, httpx.Headers, bytes]:
        parts = urlsplit(url)
        host = parts.hostname or ""
        scheme = parts.scheme.lower()
        port = parts.port or (443 if scheme == "https" else 80)
        address = self.policy.resolve(host, port)
        literal = f"[{address}]" if isinstance(address, ipaddress.IPv6Address) else str(address)
        target = urlunsplit((scheme, f"{literal}:{port}", parts.path or "/", parts.query, ""))
        host_header = host if parts.port is None else f"{host}:{parts.port}"
        extensions = {"sni_hostname": host} if scheme == "https" else {}
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchTimeout(f"The site took too long to answer: {url}")
        try:
            with self._client.stream(
                "GET",
                target,
                headers={"Host": host_header},
                extensions=extensions,
                timeout=self._timeout(remaining),
            ) as response:
                if response.status_code in _REDIRECTS or response.status_code >= 400:
                    return response.status_code, response.headers, b""
                _refuse_binary(_media_type(response.headers.get("content-type", "")), url)
                body = self._read(response, url, deadline)
                return response.status_code, response.headers, body
        except httpx.TimeoutException as e:
            raise FetchTimeout(f"The site took too long to answer: {url}") from e
        except httpx.HTTPError as e:
            log.info("fetch of %s failed: %s", url, e)
            raise FetchFailed(f"Could not reach the site: {url}") from e

    def _read(self, response: httpx.Response, url: str, deadline: float) -> bytes:
        cap = self.settings.fetch_max_bytes
        declared = response.headers.get("content-length", "")
        if (
            declared.isdigit()
            and int(declared) > cap
            and "content-encoding" not in response.headers
        ):
            raise ResponseTooLarge(_too_large(url, cap))
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():  # decompressed: the cap also stops zip bombs
            size += len(chunk)
            if size > cap:
                raise ResponseTooLarge(_too_large(url, cap))
            if time.monotonic() > deadline:
                raise FetchTimeout(f"The site took too long to send the page: {url}")
            chunks.append(chunk)
        body = b"".join(chunks)
        if body.lstrip()[:8].startswith(_BINARY_MAGIC):
            raise NotAnArticle(f"That link is a file, not an article: {url}")
        return body


def _too_large(url: str, cap: int) -> str:
    return f"The page is larger than {cap // (1024 * 1024)} MB; not fetched: {url}"


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None
