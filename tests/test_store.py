"""Stores against a real Redis, including Redis going away and coming back."""

from __future__ import annotations

import logging
import threading
import time
import tracemalloc
import uuid

import pytest
import redis

from bot import store as store_module
from bot.store import MemoryStore, RedisStore
from tests.redisserver import PrivateRedis, shared_redis_url


@pytest.fixture
def prefix() -> str:
    return f"test-{uuid.uuid4().hex[:8]}"


@pytest.fixture(params=["memory", "redis"])
def store(request: pytest.FixtureRequest):
    if request.param == "memory":
        return MemoryStore()
    return RedisStore(shared_redis_url())


def test_get_set_and_expiry(store, prefix: str):
    assert store.get(f"{prefix}:a") is None
    store.set(f"{prefix}:a", "value", ttl=1)
    assert store.get(f"{prefix}:a") == "value"
    time.sleep(1.2)
    assert store.get(f"{prefix}:a") is None


def test_every_key_written_to_redis_has_an_expiry(prefix: str):
    store = RedisStore(shared_redis_url())
    store.set(f"{prefix}:x", "1", ttl=60)
    store.claim(f"{prefix}:y", ttl=60)
    raw = redis.Redis.from_url(shared_redis_url())
    for key in (f"{prefix}:x", f"{prefix}:y"):
        assert 0 < raw.ttl(key) <= 60


def test_concurrent_claims_have_exactly_one_winner(store, prefix: str):
    key = f"{prefix}:event:Ev123"
    results: list[bool] = []
    barrier = threading.Barrier(16)

    def claim() -> None:
        barrier.wait()
        results.append(store.claim(key, ttl=30))

    threads = [threading.Thread(target=claim) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(True) == 1 and len(results) == 16


def test_memory_store_forgets_the_least_recently_used():
    store = MemoryStore(max_items=2)
    store.set("a", "1", 60)
    store.set("b", "2", 60)
    store.get("a")
    store.set("c", "3", 60)
    assert store.get("b") is None and store.get("a") == "1" and store.get("c") == "3"


def test_redis_stopped_mid_run_then_restarted(caplog: pytest.LogCaptureFixture):
    with PrivateRedis() as server:
        store = RedisStore(server.url, timeout=0.2, retry_after=0.5)
        store.set("k", "before", 60)
        assert store.get("k") == "before"

        server.stop()
        with caplog.at_level(logging.WARNING, logger="bot.store"):
            start = time.monotonic()
            for i in range(20):
                store.set(f"down{i}", "v", 60)  # answered from the in-process store
                assert store.get(f"down{i}") == "v"
            elapsed = time.monotonic() - start
        assert elapsed < 2.0  # no hang: one short timeout, then a pause before retrying
        warnings = [r for r in caplog.records if "unreachable" in r.getMessage()]
        assert len(warnings) == 1  # one warning per outage, not per request

        server.start()
        time.sleep(0.6)
        store.set("k2", "after", 60)
        assert redis.Redis.from_url(server.url).get("k2") == b"after"  # Redis used again


def test_a_claim_won_in_redis_still_holds_during_an_outage():
    with PrivateRedis() as server:
        store = RedisStore(server.url, timeout=0.2, retry_after=30)
        assert store.claim("event:Ev1", ttl=60) is True
        server.stop()
        # Slack's retry arrives while Redis is down: it must not be answered again.
        assert store.claim("event:Ev1", ttl=60) is False
        assert store.claim("event:Ev2", ttl=60) is True
        assert store.claim("event:Ev2", ttl=60) is False


def test_a_claim_won_during_an_outage_still_holds_when_redis_is_back():
    with PrivateRedis() as server:
        store = RedisStore(server.url, timeout=0.2, retry_after=0.3)
        server.stop()
        assert store.claim("event:Ev3", ttl=60) is True  # in-process while Redis is down
        server.start()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:  # until the store uses Redis again
            store.set("probe", "1", 60)
            if redis.Redis.from_url(server.url).get("probe") == b"1":
                break
            time.sleep(0.1)
        else:
            raise AssertionError("the store did not go back to Redis")
        assert store.claim("event:Ev3", ttl=60) is False


def test_memory_claims_are_not_pushed_out_by_cached_reports():
    store = MemoryStore(max_items=8)
    assert store.claim("event:Ev1", ttl=60) is True
    for i in range(50):
        store.set(f"report:{i}", "{}", 60)
    assert store.claim("event:Ev1", ttl=60) is False
    assert store.get("report:49") == "{}"


def test_memory_claims_are_bounded():
    store = MemoryStore()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(100_000):
            store.claim(f"copydesk:event:Ev{i:012d}", ttl=3600)
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # Unbounded, 100,000 claims take about 25 MB; the newest 20,000 about 4.
    assert grown < 10_000_000, f"100,000 claims hold {grown / 1e6:.0f} MB"
    assert store.claim("copydesk:event:Ev000000099999", ttl=3600) is False  # recent: kept


def test_claims_expire_and_the_oldest_go_first_when_full():
    now = [1000.0]
    claims = store_module.Claims(max_items=3, clock=lambda: now[0])
    assert claims.claim("a", ttl=10) and claims.claim("b", ttl=100)
    assert not claims.claim("a", ttl=10)
    now[0] += 11
    assert claims.claim("a", ttl=10)  # expired, so free again
    assert claims.claim("c", ttl=100) and claims.claim("d", ttl=100)
    assert len(claims) == 3
    assert claims.claim("b", ttl=100)  # the oldest was forgotten to make room


@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_counters_lists_and_many_keys(kind: str):
    prefix = f"t-{uuid.uuid4().hex[:6]}"
    store = MemoryStore() if kind == "memory" else RedisStore(shared_redis_url())
    for _ in range(3):
        store.incr(f"{prefix}:n", ttl=60)
    store.set(f"{prefix}:a", "x", ttl=60)
    assert store.get_many([f"{prefix}:n", f"{prefix}:a", f"{prefix}:none"]) == ["3", "x", None]
    for i in range(5):
        store.push(f"{prefix}:list", f"v{i}", max_len=3, ttl=60)
    assert store.items(f"{prefix}:list") == ["v4", "v3", "v2"]  # newest first, capped
    assert store.items(f"{prefix}:empty") == []


def test_lists_and_counters_survive_an_outage_in_process():
    store = RedisStore("redis://127.0.0.1:1/0", timeout=0.05)  # nothing listens there
    store.push("k", "a", max_len=2, ttl=60)
    store.incr("n", ttl=60)
    assert store.items("k") == ["a"] and store.get_many(["n"]) == ["1"]


def test_a_value_that_is_not_utf8_is_a_logged_miss_and_redis_stays_in_use(
    prefix: str, caplog: pytest.LogCaptureFixture
):
    """Someone (or a bug elsewhere) wrote bytes that are not UTF-8 under our keys: each is
    a miss, said once in the log, and Redis is still used for the next key."""
    raw = redis.Redis.from_url(shared_redis_url())
    raw.set(f"{prefix}:bad", b"\xff\xfe\x00garbage", ex=60)
    raw.rpush(f"{prefix}:list", b"ok", b"\xff\xfe")
    raw.expire(f"{prefix}:list", 60)
    store = RedisStore(shared_redis_url())
    store.set(f"{prefix}:good", "fine", ttl=60)
    with caplog.at_level(logging.WARNING):
        for _ in range(5):  # the same connection, again and again
            assert store.get(f"{prefix}:bad") is None
            assert store.get(f"{prefix}:good") == "fine"
        assert store.get_many([f"{prefix}:bad", f"{prefix}:good"]) == [None, "fine"]
        assert store.items(f"{prefix}:list") == ["ok"]
    raw.set(f"{prefix}:good", "changed in redis", ex=60)
    assert store.get(f"{prefix}:good") == "changed in redis"  # not answered from memory
    assert not any("unreachable" in r.getMessage() for r in caplog.records)
    assert not any(r.exc_info for r in caplog.records)


def test_a_counter_holding_text_is_not_an_outage(prefix: str, caplog: pytest.LogCaptureFixture):
    raw = redis.Redis.from_url(shared_redis_url())
    raw.set(f"{prefix}:count", "not a number", ex=60)
    store = RedisStore(shared_redis_url())
    with caplog.at_level(logging.WARNING):
        store.incr(f"{prefix}:count", ttl=60)
        store.set(f"{prefix}:after", "x", ttl=60)
    assert raw.get(f"{prefix}:after") == b"x"  # still written to Redis
    assert not any("unreachable" in r.getMessage() for r in caplog.records)


def test_text_that_is_not_unicode_is_not_stored_and_raises_nothing(
    prefix: str, caplog: pytest.LogCaptureFixture
):
    """Half a surrogate pair ("\\ud800", which JSON can escape) has no UTF-8 form."""
    store = RedisStore(shared_redis_url())
    with caplog.at_level(logging.WARNING):
        store.set(f"{prefix}:half", "a\ud800b", ttl=60)
        store.push(f"{prefix}:list", "a\ud800b", max_len=5, ttl=60)
    assert store.get(f"{prefix}:half") is None
    store.set(f"{prefix}:after", "fine", ttl=60)
    assert redis.Redis.from_url(shared_redis_url()).get(f"{prefix}:after") == b"fine"
    assert not any("unreachable" in r.getMessage() for r in caplog.records)
