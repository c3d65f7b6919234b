"""Links as people paste them, checked and normalised.

Slack writes links as ``<https://example.com/a|label>`` or ``<https://example.com/a>``;
people paste bare ones. Cache keys use a normalised form: lower-case scheme and host,
no fragment, no tracking parameters. Requests use the wire form (:func:`request_url`):
the host in ASCII (IDNA for internationalised names, dotted-quad for IPv4 however it
was written, brackets for IPv6), so every later layer sees one spelling of it.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import idna  # httpx's own IDNA dependency

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
#: longest link fetched; browsers and CDNs commonly stop around 2 KB to 8 KB
MAX_URL_LENGTH = 2048
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")  # C0, C1, line breaks
# Letters, digits, hyphens, and the underscores some real hosts have.
_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")
_NUMBER = re.compile(r"[0-9]+|0[xX][0-9a-fA-F]*")


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
    if len(url) > MAX_URL_LENGTH:
        raise BadURL(f"That link is too long to fetch (over {MAX_URL_LENGTH} characters).")
    if _CONTROL.search(url):
        raise BadURL("That link has control characters in it; it is not fetched.")
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
    ascii_host(parts.hostname)
    return url


def redirect_target(url: str, location: str) -> str:
    """Where a redirect from ``url`` points, checked like a link a user gave.

    Raises:
        BadURL: it points somewhere that is not fetched, or nowhere valid.
    """
    # Checked before joining: urljoin silently drops tabs and newlines.
    if _CONTROL.search(location.strip()):
        raise BadURL(f"The site redirected to a link with control characters in it: {url}")
    try:
        target = urljoin(url, location.strip())
    except ValueError as e:
        raise BadURL(f"The site redirected to a link that is not valid: {url}") from e
    try:
        return check_url(target)
    except BadURL as e:
        raise BadURL(f"The site redirected to a link that is not fetched ({e}): {url}") from e


def request_url(url: str) -> str:
    """A checked link as it is requested: ASCII host, path at least "/", no fragment."""
    parts = urlsplit(url)
    host = ascii_host(parts.hostname or "")
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def ascii_host(host: str) -> str:
    """A link's host (``urlsplit(...).hostname``) as it goes on the wire.

    Raises:
        BadURL: it is no valid host name or address.
    """
    invalid = BadURL(f"That link's host name is not valid: {host[:100]}")
    if ":" in host:
        try:
            address = ipaddress.IPv6Address(host)  # a zone ("%eth0") is refused just below
        except ValueError as e:
            raise invalid from e
        if address.scope_id is not None:
            raise invalid
        return f"[{address.compressed}]"
    try:
        # UTS 46 maps what people type (capitals, full-width dots and digits) first.
        name = host if host.isascii() else idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError) as e:
        raise invalid from e
    labels = name.split(".")
    if len(labels) > 1 and labels[-1] == "":
        labels.pop()  # "example.com." is fully qualified, not empty
    if _NUMBER.fullmatch(labels[-1]):
        dotted = _ipv4(labels)
        if dotted is None:
            raise invalid
        return dotted
    if len(name) > 253 or not all(_LABEL.fullmatch(label) for label in labels):
        raise invalid
    for label in labels:
        if label.startswith("xn--"):
            try:
                idna.decode(label)
            except (idna.IDNAError, UnicodeError) as e:
                raise invalid from e
    return name


def _ipv4(labels: list[str]) -> str | None:
    """A host that ends in a number is an IPv4 address, as browsers read it (WHATWG URL):
    "127.1", "2130706433", "0x7f.1" and "0177.0.0.1" are all 127.0.0.1."""
    if len(labels) > 4:
        return None
    numbers = []
    for label in labels:
        if not _NUMBER.fullmatch(label):
            return None
        if label[:2].lower() == "0x":
            numbers.append(int(label[2:] or "0", 16))
        elif len(label) > 1 and label.startswith("0"):
            if not set(label) <= set("01234567"):
                return None
            numbers.append(int(label, 8))
        else:
            numbers.append(int(label))
    *high, last = numbers
    if any(n > 255 for n in high) or last >= 256 ** (5 - len(numbers)):
        return None
    value = last + sum(n << (8 * (3 - i)) for i, n in enumerate(high))
    return str(ipaddress.IPv4Address(value))


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
