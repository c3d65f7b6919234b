"""Connections that go only to checked addresses, and never wait past the fetch deadline.

Requests carry the real host name, so httpcore keys its pool, sends SNI, verifies the
certificate and writes the ``Host`` header all by that name: a connection opened for one
name is never reused for another on the same address. The address check happens below
httpcore, in :class:`PinnedBackend`: when a connection is opened, its name is resolved
through :class:`~bot.fetch.addresses.AddressPolicy`, every address is checked, and the
socket goes to a checked address itself (no second lookup, so no DNS rebinding).

httpx's timeouts bound each read, write or connect on its own, so a server that
trickles a byte at a time can hold a fetch forever. One deadline covers the whole fetch
instead: :func:`deadline` puts it in a context variable for the calling thread, and every
socket operation under httpcore waits at most until then (:class:`_DeadlineStream`).
That is simpler and safer than a watchdog thread closing the socket at the deadline,
which races with the thread using it and leaves httpcore to clean up a connection it
did not close. The name lookup, which sockets cannot time out, runs in a short-lived
thread the fetch waits for only until the deadline.
"""

from __future__ import annotations

import logging
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

from bot.fetch.addresses import AddressPolicy, IPAddress, literal

log = logging.getLogger(__name__)

_deadline: ContextVar[float | None] = ContextVar("fetch_deadline", default=None)


@contextmanager
def deadline(at: float) -> Iterator[None]:
    """Every socket operation in this block, in this thread, ends by ``at`` (monotonic)."""
    token = _deadline.set(at)
    try:
        yield
    finally:
        _deadline.reset(token)


def _clamp(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """``timeout``, shortened to the time left before the deadline (raising if none is)."""
    end = _deadline.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise expired("the fetch deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every wait stops at the fetch deadline.

    CPython bounds a whole TLS handshake, ``sendall`` or TLS record read by the socket
    timeout set for it, so clamping each call bounds the fetch.
    """

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        clamped = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, clamped))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class PinnedBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, connecting only to addresses the policy permits."""

    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy
        self._sockets = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self._resolve(host, port, _clamp(timeout, httpcore.ConnectTimeout))
        failure: httpcore.ConnectError | None = None
        for address in addresses:  # all checked; tried in the resolver's order
            try:
                stream = self._sockets.connect_tcp(
                    str(address),
                    port,
                    _clamp(timeout, httpcore.ConnectTimeout),
                    local_address,
                    socket_options,
                )
            except httpcore.ConnectError as e:
                log.info("could not connect to %s at %s: %s", host, address, e)
                failure = e
                continue
            return _DeadlineStream(stream)
        raise failure or httpcore.ConnectError(f"no address to connect to for {host}")

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("links never reach local sockets")

    def _resolve(self, host: str, port: int, timeout: float | None) -> list[IPAddress]:
        if timeout is None or literal(host) is not None:
            return self._policy.resolve_all(host, port)
        # getaddrinfo cannot be interrupted: wait for it only until the deadline. A lookup
        # that hangs keeps its daemon thread until the C library gives up on it.
        found: Future[list[IPAddress]] = Future()

        def lookup() -> None:
            try:
                found.set_result(self._policy.resolve_all(host, port))
            except Exception as e:  # handed to the fetch, which re-raises it
                found.set_exception(e)

        threading.Thread(target=lookup, name=f"resolve {host}", daemon=True).start()
        try:
            return found.result(timeout)
        except TimeoutError as e:
            raise httpcore.ConnectTimeout(f"looking up {host} took too long") from e


class PinnedTransport(httpx.HTTPTransport):
    """httpx's transport, over a connection pool that opens connections with
    :class:`PinnedBackend`.

    httpx 0.28 gives no way to pass a network backend to the pool it builds, so the pool
    is replaced by an equal one with the backend; the check below fails loudly should a
    later httpx keep its pool elsewhere (connections would then skip the address check).
    """

    def __init__(self, policy: AddressPolicy, ssl_context: ssl.SSLContext) -> None:
        super().__init__(verify=ssl_context, trust_env=False)
        if type(getattr(self, "_pool", None)) is not httpcore.ConnectionPool:
            raise RuntimeError("httpx.HTTPTransport no longer keeps its pool in _pool")
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=10,
            max_keepalive_connections=10,
            keepalive_expiry=5.0,
            network_backend=PinnedBackend(policy),
        )
