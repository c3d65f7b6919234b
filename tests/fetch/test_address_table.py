"""The address guard, form by form: every special-purpose range, and IPv4 hidden in IPv6.

The guard is an explicit table (IANA's special-purpose registries), not ``is_global``;
an IPv4 address carried inside an IPv6 one (mapped, compatible, SIIT, NAT64, 6to4,
Teredo) is checked as the IPv4 address it reaches.
"""

from __future__ import annotations

import ipaddress

import pytest

from bot.config import Settings, parse_networks
from bot.errors import BlockedAddress
from bot.fetch.addresses import AddressPolicy, is_public
from bot.fetch.client import Fetcher
from tests.localserver import LocalServer, send


def _teredo(server: str, client: str) -> str:
    """2001:0::/32, the server's IPv4, flags, port and the client's IPv4, both XOR-ed."""
    s = int(ipaddress.IPv4Address(server))
    c = int(ipaddress.IPv4Address(client)) ^ 0xFFFFFFFF
    return str(ipaddress.IPv6Address((0x20010000 << 96) | (s << 64) | (0x8000 << 48)
                                     | (0x1234 << 32) | c))  # fmt: skip


BLOCKED_V4 = [
    "0.0.0.0", "0.1.2.3",  # this network
    "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.0.1",  # private
    "100.64.0.1", "100.127.255.254",  # shared address space (CGNAT)
    "127.0.0.1", "127.255.255.254",  # loopback
    "169.254.169.254", "169.254.0.1",  # link-local, cloud metadata
    "192.0.0.1", "192.0.0.9", "192.0.0.170",  # IETF protocol assignments
    "192.0.2.1", "198.51.100.7", "203.0.113.9",  # documentation
    "192.88.99.1",  # 6to4 relay anycast (deprecated)
    "198.18.0.1", "198.19.255.254",  # benchmarking
    "224.0.0.1", "239.255.255.250", "233.252.0.1",  # multicast
    "240.0.0.1", "254.1.2.3",  # reserved
    "255.255.255.255",  # limited broadcast
]  # fmt: skip

BLOCKED_V6 = [
    "::", "::1",  # unspecified, loopback
    "::127.0.0.1", "::10.0.0.1", "::8.8.8.8",  # IPv4-compatible (deprecated)
    "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254", "::ffff:0.0.0.0",
    "::ffff:0:7f00:1", "::ffff:0:808:808",  # SIIT (IPv4-translated)
    "64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b::a9fe:a9fe",  # NAT64 to internal IPv4
    "64:ff9b:1::7f00:1", "64:ff9b:1:ffff::1",  # local-use NAT64: embedding unknown
    "2002:7f00:1::1", "2002:a00:1::", "2002:c0a8:101::1",  # 6to4 of internal IPv4
    _teredo("65.54.227.120", "127.0.0.1"), _teredo("65.54.227.120", "8.8.8.8"),  # Teredo
    "2001::1", "2001:2::1", "2001:10::1", "2001:20::1",  # IETF: benchmarking, ORCHID(v2)
    "2001:db8::1", "3fff::1",  # documentation
    "100::1", "100:0:0:1::1",  # discard-only, dummy prefix
    "5f00::1",  # SRv6 SIDs
    "fc00::1", "fd12:3456::1",  # unique local
    "fe80::1", "febf::1",  # link-local
    "fec0::1", "feff::1",  # site-local (deprecated)
    "ff02::1", "ff05::2", "ff0e::1",  # multicast
    "4000::1", "8000::1", "e000::1", "1000::1",  # outside 2000::/3: not allocated
]  # fmt: skip

PUBLIC = [
    "93.184.215.14", "8.8.8.8", "1.1.1.1", "151.101.1.69", "100.128.0.1", "172.32.0.1",
    "192.0.1.1", "198.20.0.1", "223.255.255.254",
    "2606:4700:4700::1111", "2a00:1450:4009:81f::200e", "2001:4860:4860::8888",
    "::ffff:93.184.215.14",  # mapped public IPv4: a dual-stack socket reaches it directly
    "64:ff9b::5db8:d70e",  # NAT64 of a public IPv4 (what DNS64 returns on IPv6-only hosts)
    "2002:5db8:d70e::1",  # 6to4 of a public IPv4
]  # fmt: skip


@pytest.mark.parametrize("address", BLOCKED_V4 + BLOCKED_V6)
def test_special_purpose_addresses_are_refused(address: str):
    ip = ipaddress.ip_address(address)
    assert not is_public(ip), address
    assert not AddressPolicy().permits(ip), address


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_are_permitted(address: str):
    assert is_public(ipaddress.ip_address(address)), address


def test_teredo_helper_matches_the_standard_library():
    server, client = ipaddress.IPv6Address(_teredo("65.54.227.120", "127.0.0.1")).teredo or ()
    assert (str(server), str(client)) == ("65.54.227.120", "127.0.0.1")


def test_only_operator_allowed_networks_bypass_the_table():
    policy = AddressPolicy(allowed=parse_networks("10.20.0.0/16, fd00:1::/64"))
    for address in ("10.20.1.2", "::ffff:10.20.1.2", "fd00:1::5"):
        assert policy.permits(ipaddress.ip_address(address)), address
    for address in ("10.21.0.1", "127.0.0.1", "fd00:2::5", "64:ff9b::a14:102", "2002:a14:102::"):
        assert not policy.permits(ipaddress.ip_address(address)), address


@pytest.mark.parametrize(
    "answer", [["::127.0.0.1"], ["::ffff:0:7f00:1"], ["64:ff9b::7f00:1"], ["2002:7f00:1::"],
               ["fec0::1"], ["93.184.215.14", "::ffff:10.0.0.1"]],
)  # fmt: skip
def test_a_name_resolving_to_a_hidden_internal_address_is_refused(answer: list[str]):
    with (
        LocalServer({"/": lambda h: send(h, 200, b"<p>internal</p>")}) as target,
        Fetcher(Settings(fetch_timeout=2.0), resolver=lambda h, p: answer) as fetcher,
    ):
        with pytest.raises(BlockedAddress):
            fetcher.fetch(f"http://news.example.com:{target.port}/")
        assert target.requests == []


@pytest.mark.parametrize("host", ["[::127.0.0.1]", "[::ffff:0:7f00:1]", "[64:ff9b::7f00:1]",
                                  "[2002:7f00:1::]", "[fec0::1]", "[::ffff:7f00:1]"])  # fmt: skip
def test_literal_addresses_hiding_loopback_are_refused(host: str):
    with Fetcher(Settings(fetch_timeout=2.0)) as fetcher, pytest.raises(BlockedAddress):
        fetcher.fetch(f"http://{host}/")
