"""Key-value storage for the cache, thread memory and event claims.

Two stores with one interface: :class:`RedisStore` when ``REDIS_URL`` is set, and
:class:`MemoryStore`, an in-process LRU, when it is not. Every key is written with an
expiry. Redis trouble never blocks or breaks a reply: calls have short socket
timeouts, a failure switches to the in-process store for a few seconds, one warning is
logged per outage (not per request), and Redis is used again once it answers.

Claims are kept apart from values, in a bounded expiring set of their own: cached
reports never push a claim out, and every claim this process saw won (in Redis or not)
is remembered there, so a retry arriving during an outage is still answered once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol

import redis
from cachetools import TLRUCache

log = logging.getLogger(__name__)


class Store(Protocol):
    """What the cache, thread memory and event claims need from storage."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str, ttl: int) -> None: ...

    def claim(self, key: str, ttl: int) -> bool:
        """Set ``key`` only if absent (Redis SET NX); True for the one caller that did."""
        ...


#: claims remembered in-process at most; Slack retries within minutes, so even at ten
#: events a second the newest half hour is kept (about 4 MB)
MAX_CLAIMS = 20_000


def _expires_after_ttl(key: str, item: tuple[float, str], now: float) -> float:
    """cachetools' time-to-use: each item carries its own ttl."""
    return now + item[0]


class Claims:
    """Keys claimed once each, until they expire; thread-safe and bounded (the least
    recently claimed is forgotten first when full)."""

    def __init__(
        self, max_items: int = MAX_CLAIMS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._held: TLRUCache[str, tuple[float, str]] = TLRUCache(
            max_items, _expires_after_ttl, timer=clock
        )
        self._lock = threading.Lock()  # cachetools' caches are not thread-safe

    def __len__(self) -> int:
        with self._lock:
            self._held.expire()
            return len(self._held)

    def held(self, key: str) -> bool:
        with self._lock:
            return key in self._held

    def claim(self, key: str, ttl: float) -> bool:
        """True for the one caller that claims ``key`` while no live claim holds it."""
        with self._lock:
            if key in self._held:
                return False
            self._held[key] = (ttl, "")
            return True

    def mark(self, key: str, ttl: float) -> None:
        """Remember ``key`` as claimed (it was claimed elsewhere, e.g. in Redis)."""
        with self._lock:
            if key not in self._held:
                self._held[key] = (ttl, "")


class MemoryStore:
    """An in-process LRU with expiry, and claims of its own; thread-safe."""

    def __init__(self, max_items: int = 1024, max_claims: int = MAX_CLAIMS) -> None:
        self._items: TLRUCache[str, tuple[float, str]] = TLRUCache(max_items, _expires_after_ttl)
        self._claims = Claims(max_claims)
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            item = self._items.get(key)
        return item[1] if item is not None else None

    def set(self, key: str, value: str, ttl: int) -> None:
        with self._lock:
            self._items[key] = (float(ttl), value)

    def claim(self, key: str, ttl: int) -> bool:
        return self._claims.claim(key, ttl)


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
        self._claims = Claims()  # every claim seen, mirrored: it outlives an outage
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
                if _wrong_type(e):
                    # Someone stored another type under this key (LPUSH...): that key is
                    # unusable, Redis itself is fine.
                    log.warning("Redis key %s holds another type; treated as a miss: %s", key, e)
                    return None
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
        if self._claims.held(key):
            return False  # claimed here before, maybe while Redis was down
        if self._usable():
            try:
                won = self.client.set(key, "1", ex=ttl, nx=True)
            except (redis.RedisError, OSError) as e:
                self._failed(e)
            else:
                self._worked()
                # Won here or elsewhere, the key is taken: remember it for the next outage.
                self._claims.mark(key, ttl)
                return bool(won)
        return self._claims.claim(key, ttl)


def _wrong_type(error: Exception) -> bool:
    return isinstance(error, redis.ResponseError) and str(error).startswith("WRONGTYPE")


def open_store(redis_url: str | None) -> Store:
    """Redis when a URL is configured, else the in-process store."""
    return RedisStore(redis_url) if redis_url else MemoryStore()
