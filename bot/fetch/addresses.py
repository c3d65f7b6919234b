"""Which addresses a user's link may reach.

The bot fetches whatever a workspace member pastes, so it must never become a way into
the newsroom's own network. Every host is resolved here and every address it resolves to
is checked; the fetch then connects to the checked address itself, so a second DNS
answer cannot swap in another (no rebinding window).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.errors import BlockedAddress, FetchFailed

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
#: (host, port) -> addresses; socket.getaddrinfo in production, a table in tests
Resolver = Callable[[str, int], list[str]]


def system_resolver(host: str, port: int) -> list[str]:
    """Addresses for a host name, as the C library reads it (so "0x7f.1" and "2130706433"
    resolve as the loopback address they are)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def parse_networks(spec: str) -> tuple[IPNetwork, ...]:
    """``"127.0.0.0/8, 10.1.0.0/16"`` -> networks; raises ValueError on a bad entry."""
    return tuple(ipaddress.ip_network(part.strip()) for part in spec.split(",") if part.strip())


def _unwrap(address: IPAddress) -> IPAddress:
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:  # ::ffff:127.0.0.1
            return address.ipv4_mapped
        if address.sixtofour is not None:  # 2002::/16 carries an IPv4 address
            return address.sixtofour
    return address


def is_public(address: IPAddress) -> bool:
    """Only globally routable unicast addresses are public."""
    inner = _unwrap(address)
    return inner.is_global and not inner.is_multicast and not address.is_multicast


@dataclass(frozen=True)
class AddressPolicy:
    """Public addresses, plus the networks an operator allows (``FETCH_ALLOW_NETWORKS``)."""

    allowed: Sequence[IPNetwork] = ()
    resolver: Resolver = system_resolver

    def permits(self, address: IPAddress) -> bool:
        inner = _unwrap(address)
        if any(inner in net or address in net for net in self.allowed):
            return True
        return is_public(address)

    def resolve(self, host: str, port: int) -> IPAddress:
        """The first address of ``host``, if every address it has is permitted.

        Raises:
            BlockedAddress: the host is, or resolves to, a refused address.
            FetchFailed: the name does not resolve.
        """
        try:
            literal: IPAddress | None = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            literal = None
        if literal is not None:
            addresses = [literal]
        else:
            try:
                addresses = [
                    ipaddress.ip_address(a.split("%")[0]) for a in self.resolver(host, port)
                ]
            except (OSError, UnicodeError) as e:
                raise FetchFailed(f"Could not find the site {host}.") from e
        if not addresses:
            raise FetchFailed(f"Could not find the site {host}.")
        refused = [a for a in addresses if not self.permits(a)]
        if refused:
            raise BlockedAddress(
                f"That link points to a private or local address ({host}); it is not fetched."
            )
        return addresses[0]
