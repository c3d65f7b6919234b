"""Key-value storage for the cache, thread memory and event claims.

Two stores with one interface: :class:`RedisStore` when ``REDIS_URL`` is set, and
:class:`MemoryStore`, an in-process LRU, when it is not. Every key is written with an
expiry. Redis trouble never blocks or breaks a reply: calls have short socket
timeouts, a failure switches to the in-process store for a few seconds, one warning is
logged per outage (not per request), and Redis is used again once it answers.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from typing import Protocol

import redis

log = logging.getLogger(__name__)


class Store(Protocol):
    """What the cache, thread memory and event claims need from storage."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str, ttl: int) -> None: ...

    def claim(self, key: str, ttl: int) -> bool:
        """Set ``key`` only if absent (Redis SET NX); True for the one caller that did."""
        ...


class MemoryStore:
    """An in-process LRU with expiry; thread-safe."""

    def __init__(self, max_items: int = 1024) -> None:
        self._items: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._max_items = max_items
        self._lock = threading.Lock()

    def _live(self, key: str, now: float) -> str | None:
        item = self._items.get(key)
        if item is None:
            return None
        expires, value = item
        if expires <= now:
            del self._items[key]
            return None
        self._items.move_to_end(key)
        return value

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._live(key, time.monotonic())

    def set(self, key: str, value: str, ttl: int) -> None:
        with self._lock:
            self._items[key] = (time.monotonic() + ttl, value)
            self._items.move_to_end(key)
            while len(self._items) > self._max_items:
                self._items.popitem(last=False)

    def claim(self, key: str, ttl: int) -> bool:
        with self._lock:
            if self._live(key, time.monotonic()) is not None:
                return False
            self._items[key] = (time.monotonic() + ttl, "1")
            return True


class RedisStore:
    """Redis, degrading to an in-process store while Redis is unreachable."""

    def __init__(self, url: str, *, timeout: float = 0.25, retry_after: float = 5.0) -> None:
        self.client = redis.Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry_on_timeout=False,
            decode_responses=True,
        )
        self._fallback = MemoryStore()
        self._retry_after = retry_after
        self._down_until = 0.0
        self._outage = False
        self._lock = threading.Lock()

    def _usable(self) -> bool:
        return time.monotonic() >= self._down_until

    def _failed(self, error: Exception) -> None:
        with self._lock:
            self._down_until = time.monotonic() + self._retry_after
            if not self._outage:
                self._outage = True
                log.warning("Redis unreachable, answering without it: %s", error)

    def _worked(self) -> None:
        if self._outage:
            with self._lock:
                if self._outage:
                    self._outage = False
                    log.warning("Redis is back; using it again")

    def get(self, key: str) -> str | None:
        if self._usable():
            try:
                value = self.client.get(key)
            except (redis.RedisError, OSError) as e:
                self._failed(e)
            else:
                self._worked()
                return value if isinstance(value, str) else None
        return self._fallback.get(key)

    def set(self, key: str, value: str, ttl: int) -> None:
        self._fallback.set(key, value, ttl)
        if self._usable():
            try:
                self.client.set(key, value, ex=ttl)
            except (redis.RedisError, OSError) as e:
                self._failed(e)
            else:
                self._worked()

    def claim(self, key: str, ttl: int) -> bool:
        if self._usable():
            try:
                won = self.client.set(key, "1", ex=ttl, nx=True)
            except (redis.RedisError, OSError) as e:
                self._failed(e)
            else:
                self._worked()
                return bool(won)
        return self._fallback.claim(key, ttl)


def open_store(redis_url: str | None) -> Store:
    """Redis when a URL is configured, else the in-process store."""
    return RedisStore(redis_url) if redis_url else MemoryStore()
