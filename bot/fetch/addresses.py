"""Which addresses a user's link may reach.

The bot fetches whatever a workspace member pastes, so it must never become a way into
the newsroom's own network. The guard is an explicit table of special-purpose ranges
(IANA's IPv4 and IPv6 special-purpose address registries, multicast and reserved space)
rather than ``ipaddress``'s ``is_global``: that flag differs between Python versions and
says nothing of the IPv4 address an IPv6 one carries (IPv4-mapped, NAT64, 6to4, Teredo
...), which a translating host or tunnel would then reach. Each such embedded IPv4
address is checked against the IPv4 table too. Only networks the operator allows
(``FETCH_ALLOW_NETWORKS``) bypass the table.

Names are resolved and checked when a connection is opened (:mod:`bot.fetch.transport`)
and the connection goes to the checked address itself, so a second DNS answer cannot
swap in another (no rebinding window).
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.errors import BlockedAddress, FetchFailed

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
#: (host, port) -> addresses; socket.getaddrinfo in production, a table in tests
Resolver = Callable[[str, int], list[str]]

# Most specific first: the first match names the reason in the log.
_V4_SPECIAL = (
    ("0.0.0.0/8", "this network"),
    ("10.0.0.0/8", "private"),
    ("100.64.0.0/10", "shared address space (CGNAT)"),
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link-local"),
    ("172.16.0.0/12", "private"),
    ("192.0.0.0/24", "IETF protocol assignments"),
    ("192.0.2.0/24", "documentation (TEST-NET-1)"),
    ("192.31.196.0/24", "AS112"),
    ("192.52.193.0/24", "AMT"),
    ("192.88.99.0/24", "6to4 relay anycast (deprecated)"),
    ("192.168.0.0/16", "private"),
    ("192.175.48.0/24", "AS112 direct delegation"),
    ("198.18.0.0/15", "benchmarking"),
    ("198.51.100.0/24", "documentation (TEST-NET-2)"),
    ("203.0.113.0/24", "documentation (TEST-NET-3)"),
    ("224.0.0.0/4", "multicast"),
    ("255.255.255.255/32", "limited broadcast"),
    ("240.0.0.0/4", "reserved"),
)
_V6_SPECIAL = (
    ("::/128", "unspecified"),
    ("::1/128", "loopback"),
    ("::/96", "IPv4-compatible (deprecated)"),
    ("::ffff:0:0:0/96", "SIIT IPv4-translated"),
    # RFC 8215: the operator picks the prefix length, so where the IPv4 address sits in
    # it is unknown and it cannot be checked; allow it with FETCH_ALLOW_NETWORKS if used.
    ("64:ff9b:1::/48", "local-use IPv4/IPv6 translation"),
    ("100::/64", "discard-only"),
    ("100:0:0:1::/64", "dummy prefix"),
    ("2001::/32", "Teredo"),
    ("2001:2::/48", "benchmarking"),
    ("2001:10::/28", "ORCHID (deprecated)"),
    ("2001:20::/28", "ORCHIDv2"),
    ("2001::/23", "IETF protocol assignments"),
    ("2001:db8::/32", "documentation"),
    ("3fff::/20", "documentation"),
    ("5f00::/16", "SRv6 SIDs"),
    ("fc00::/7", "unique local"),
    ("fe80::/10", "link-local"),
    ("fec0::/10", "site-local (deprecated)"),
    ("ff00::/8", "multicast"),
)


def _table(entries: tuple[tuple[str, str], ...]) -> tuple[tuple[IPNetwork, str], ...]:
    return tuple((ipaddress.ip_network(net), f"{name} ({net})") for net, name in entries)


V4_BLOCKED = _table(_V4_SPECIAL)
V6_BLOCKED = _table(_V6_SPECIAL)
# Outside 2000::/3 IANA has allocated no global unicast space: all of it is refused but
# these two prefixes, which only ever carry an IPv4 address (checked on its own).
_GLOBAL_UNICAST = ipaddress.IPv6Network("2000::/3")
_MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_LOW_32 = (
    _MAPPED,
    _NAT64,
    ipaddress.IPv6Network("::/96"),
    ipaddress.IPv6Network("::ffff:0:0:0/96"),
)


def system_resolver(host: str, port: int) -> list[str]:
    """Addresses for a host name, as the C library reads it."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def literal(host: str) -> IPAddress | None:
    """The address a host is written as (``[::1]`` or ``::1``, ``127.0.0.1``), if it is one."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries: mapped, compatible, SIIT and NAT64 in
    its last 32 bits, 6to4 after the prefix, Teredo's server and (XOR-ed) client."""
    found = []
    if any(address in net for net in _LOW_32):
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFF_FFFF))
    if address.sixtofour is not None:
        found.append(address.sixtofour)
    if address.teredo is not None:
        found.extend(address.teredo)
    return found


def _match(address: IPAddress, table: tuple[tuple[IPNetwork, str], ...]) -> str | None:
    return next((name for net, name in table if address in net), None)


def blocked_because(address: IPAddress) -> str | None:
    """Why an address must not be fetched (its range), or None if it is public."""
    if isinstance(address, ipaddress.IPv4Address):
        return _match(address, V4_BLOCKED)
    reason = _match(address, V6_BLOCKED)
    if reason is not None:
        return reason
    if address not in _GLOBAL_UNICAST and address not in _MAPPED and address not in _NAT64:
        return "not global unicast (outside 2000::/3)"
    for inner in embedded_ipv4(address):
        reason = _match(inner, V4_BLOCKED)
        if reason is not None:
            return f"carries {inner}: {reason}"
    return None


def is_public(address: IPAddress) -> bool:
    """Whether an address is in no special-purpose range, nor carries an IPv4 one that is."""
    return blocked_because(address) is None


@dataclass(frozen=True)
class AddressPolicy:
    """Public addresses, plus the networks an operator allows (``FETCH_ALLOW_NETWORKS``)."""

    allowed: Sequence[IPNetwork] = ()
    resolver: Resolver = system_resolver

    def refusal(self, address: IPAddress) -> str | None:
        """Why the policy refuses an address, or None if it may be fetched."""
        # An IPv4-mapped address is that IPv4 address on a dual-stack socket; the other
        # forms reach a translator or tunnel, not the allowed network itself.
        mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
        for net in self.allowed:
            if address in net or (mapped is not None and mapped in net):
                return None
        return blocked_because(address)

    def permits(self, address: IPAddress) -> bool:
        return self.refusal(address) is None

    def resolve_all(self, host: str, port: int) -> list[IPAddress]:
        """Every address of ``host`` (in the resolver's order), if every one is permitted.

        Raises:
            BlockedAddress: the host is, or resolves to, a refused address.
            FetchFailed: the name does not resolve.
        """
        address = literal(host)
        addresses = [address] if address is not None else self._lookup(host, port)
        for address in addresses:
            reason = self.refusal(address)
            if reason is not None:
                log.info("refused %s: it resolves to %s, %s", host, address, reason)
                raise BlockedAddress(
                    f"That link points to a private or local address ({host}); it is not fetched."
                )
        return addresses

    def resolve(self, host: str, port: int) -> IPAddress:
        """The first address of ``host``, if every address it has is permitted."""
        return self.resolve_all(host, port)[0]

    def _lookup(self, host: str, port: int) -> list[IPAddress]:
        try:
            answers = self.resolver(host, port)
            # a scope ("fe80::1%eth0") is dropped: the table refuses link-local anyway
            addresses = [ipaddress.ip_address(a.split("%")[0]) for a in answers]
        except (OSError, UnicodeError, ValueError) as e:
            raise FetchFailed(f"Could not find the site {host}.") from e
        if not addresses:
            raise FetchFailed(f"Could not find the site {host}.")
        return list(dict.fromkeys(addresses))
