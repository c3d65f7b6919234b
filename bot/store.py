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
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

import redis
from cachetools import TLRUCache

log = logging.getLogger(__name__)

T = TypeVar("T")


class Store(Protocol):
    """What the cache, thread memory and event claims need from storage."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str, ttl: int) -> None: ...

    def claim(self, key: str, ttl: int) -> bool:
        """Set ``key`` only if absent (Redis SET NX); True for the one caller that did."""
        ...

    def get_many(self, keys: Sequence[str]) -> list[str | None]:
        """The values of ``keys``, in order (Redis MGET)."""
        ...

    def incr(self, key: str, ttl: int, amount: int = 1) -> None:
        """Add to a counter, which expires ``ttl`` seconds after it was created."""
        ...

    def push(self, key: str, value: str, max_len: int, ttl: int) -> None:
        """Put ``value`` first in a list kept to its ``max_len`` newest items."""
        ...

    def items(self, key: str) -> list[str]:
        """A list's items, newest first."""
        ...


#: claims remembered in-process at most; Slack retries within minutes, so even at ten
#: events a second the newest half hour is kept (about 4 MB)
MAX_CLAIMS = 20_000


def _expires_after_ttl(key: str, item: tuple[float, Any], now: float) -> float:
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

    def __init__(
        self, max_items: int = 1024, max_claims: int = MAX_CLAIMS, max_lists: int = 64
    ) -> None:
        self._items: TLRUCache[str, tuple[float, str]] = TLRUCache(max_items, _expires_after_ttl)
        self._lists: TLRUCache[str, tuple[float, list[str]]] = TLRUCache(
            max_lists, _expires_after_ttl
        )
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

    def get_many(self, keys: Sequence[str]) -> list[str | None]:
        return [self.get(key) for key in keys]

    def incr(self, key: str, ttl: int, amount: int = 1) -> None:
        with self._lock:
            item = self._items.get(key)
            if item is None or not item[1].isdigit():
                self._items[key] = (float(ttl), str(amount))
            else:
                # Re-inserting restarts the item's ttl, where Redis keeps the first expiry:
                # an in-process counter may outlive its day a little.
                self._items[key] = (item[0], str(int(item[1]) + amount))

    def push(self, key: str, value: str, max_len: int, ttl: int) -> None:
        with self._lock:
            item = self._lists.get(key)
            values = [value, *(item[1] if item is not None else [])][:max_len]
            self._lists[key] = (float(ttl), values)

    def items(self, key: str) -> list[str]:
        with self._lock:
            item = self._lists.get(key)
        return list(item[1]) if item is not None else []


class RedisStore:
    """Redis, degrading to an in-process store while Redis is unreachable."""

    def __init__(self, url: str, *, timeout: float = 0.25, retry_after: float = 5.0) -> None:
        self.client = redis.Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry_on_timeout=False,
            # bytes, decoded here: a value that is not UTF-8 is one damaged key, where
            # redis-py's own decoding raised mid-read
            decode_responses=False,
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
                return _text(value, key)
        return self._fallback.get(key)

    def set(self, key: str, value: str, ttl: int) -> None:
        if not _encodable(value, key):
            return
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

    def _redis(self, call: Callable[[], T], fallback: Callable[[], T]) -> T:
        """``call`` against Redis; while it is unreachable (or when this call fails),
        ``fallback`` against the in-process store."""
        if self._usable():
            try:
                result = call()
            except (redis.RedisError, OSError) as e:
                if isinstance(e, redis.ResponseError):
                    # Redis answered: one key holds what this call cannot use ("not an
                    # integer", another type); Redis itself is fine
                    log.warning("Redis refused a call on a damaged key: %s", e)
                else:
                    self._failed(e)
            else:
                self._worked()
                return result
        return fallback()

    def get_many(self, keys: Sequence[str]) -> list[str | None]:
        if not keys:
            return []

        def mget() -> list[str | None]:
            values = self.client.mget(list(keys))
            return [_text(v, k) for k, v in zip(keys, values, strict=True)]

        return self._redis(mget, lambda: self._fallback.get_many(keys))

    def incr(self, key: str, ttl: int, amount: int = 1) -> None:
        def incr() -> None:
            with self.client.pipeline() as pipe:
                pipe.incr(key, amount)
                pipe.expire(key, ttl, nx=True)
                pipe.execute()

        self._redis(incr, lambda: self._fallback.incr(key, ttl, amount))

    def push(self, key: str, value: str, max_len: int, ttl: int) -> None:
        if not _encodable(value, key):
            return

        def push() -> None:
            with self.client.pipeline() as pipe:
                pipe.lpush(key, value)
                pipe.ltrim(key, 0, max_len - 1)
                pipe.expire(key, ttl)
                pipe.execute()

        self._redis(push, lambda: self._fallback.push(key, value, max_len, ttl))

    def items(self, key: str) -> list[str]:
        def lrange() -> list[str]:
            texts = (_text(v, key) for v in self.client.lrange(key, 0, -1))
            return [t for t in texts if t is not None]

        return self._redis(lrange, lambda: self._fallback.items(key))

    def ping(self) -> bool:
        """Whether Redis answers now (for readiness): asked directly, whatever the outage
        back-off says, within the same short timeout."""
        try:
            return bool(self.client.ping())
        except (redis.RedisError, OSError) as e:
            log.debug("Redis did not answer a ping: %s", e)
            return False


def _encodable(value: str, key: str) -> bool:
    """Whether ``value`` has a UTF-8 form (half a surrogate pair has none); logged when not."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        log.warning("not storing %s: its text is not Unicode", key)
        return False
    return True


def _text(value: object, key: str) -> str | None:
    """A value Redis returned, as text; None (logged) when it is not UTF-8."""
    if not isinstance(value, bytes):
        return None
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        log.warning("Redis key %s holds bytes that are not UTF-8; treated as a miss", key)
        return None


def _wrong_type(error: Exception) -> bool:
    return isinstance(error, redis.ResponseError) and str(error).startswith("WRONGTYPE")


def open_store(redis_url: str | None) -> Store:
    """Redis when a URL is configured, else the in-process store."""
    return RedisStore(redis_url) if redis_url else MemoryStore()
