"""Links as people paste them, checked and normalised.

Slack writes links as ``<https://example.com/a|label>`` or ``<https://example.com/a>``;
people paste bare ones. Cache keys use a normalised form: lower-case scheme and host,
no fragment, no tracking parameters.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.errors import BadURL

_SLACK_LINK = re.compile(r"<(https?://[^>|\s]+)(?:\|[^>]*)?>", re.I)
_BARE_LINK = re.compile(r"(?<![<\w])https?://[^\s<>\"'|]+", re.I)
_TRAILING = ".,;:!?)]}’”'\""
_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|"
    r"_ga|_gl|ocid|cmpid|ito|smid|sr_share)$",
    re.I,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def find_links(text: str) -> list[str]:
    """Every http(s) link in a message, in order, each once (Slack's form or bare)."""
    found: list[str] = []
    for m in _SLACK_LINK.finditer(text):
        found.append(m.group(1))
    for m in _BARE_LINK.finditer(_SLACK_LINK.sub(" ", text)):
        found.append(m.group(0).rstrip(_TRAILING))
    return list(dict.fromkeys(found))


def unwrap(link: str) -> str:
    """``<https://x/a|label>`` -> ``https://x/a``; other text is returned trimmed."""
    m = _SLACK_LINK.fullmatch(link.strip())
    return m.group(1) if m else link.strip()


def looks_like_link(text: str) -> bool:
    """Whether the whole input is one link (so it is fetched, not analysed as text)."""
    candidate = unwrap(text)
    return bool(re.fullmatch(r"https?://\S+", candidate, re.I))


def check_url(link: str) -> str:
    """The link, validated: http or https, a host, no credentials.

    Raises:
        BadURL: with the message to show.
    """
    url = unwrap(link)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as e:
        raise BadURL(f"That link is not valid: {url[:100]}") from e
    if parts.scheme.lower() not in _DEFAULT_PORTS:
        raise BadURL("Only http and https links can be checked.")
    if parts.username is not None or parts.password is not None:
        raise BadURL("Links with a user name or password in them are not fetched.")
    if not parts.hostname:
        raise BadURL(f"That link has no host name: {url[:100]}")
    if port is not None and not 0 < port < 65536:
        raise BadURL(f"That link's port is not valid: {url[:100]}")
    return url


def normalise_url(url: str) -> str:
    """A stable form of a link for cache keys.

    Lower-case scheme and host, default port dropped, fragment and tracking parameters
    dropped; the path and the other query parameters are kept in their order.
    """
    parts = urlsplit(check_url(url))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    netloc = host if parts.port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{parts.port}"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        ]
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))
