"""The report cache through the real checker, against a real Redis."""

from __future__ import annotations

import time
import uuid
from dataclasses import replace

import pytest
import redis

from bot.cache import ReportCache
from bot.checker import Checker
from bot.config import Settings
from bot.store import RedisStore
from tests.fetch.pages import SAMPLE
from tests.redisserver import PrivateRedis, shared_redis_url

TEXT = SAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def settings() -> Settings:
    return Settings(redis_url=shared_redis_url(), redis_prefix=f"test-{uuid.uuid4().hex[:8]}")


def test_miss_then_hit(settings: Settings, analyzer):
    checker = Checker(settings, analyzer=analyzer)
    first = checker.check_text(TEXT, name="sample")
    second = checker.check_text("  " + TEXT.replace("\n\n", "\n\n  "), name="again")
    assert first["cached"] is False and second["cached"] is True
    assert second["input"] == "again"
    assert second["flags"] == first["flags"] and second["summary"] == first["summary"]
    assert checker.check_text(TEXT, use_cache=False)["cached"] is False


def test_keys_have_the_prefix_version_and_an_expiry(settings: Settings, analyzer):
    checker = Checker(replace(settings, cache_ttl=120), analyzer=analyzer)
    report = checker.check_text(TEXT)
    key = report["cache_key"]
    assert key.startswith(f"{settings.redis_prefix}:report:")
    raw = redis.Redis.from_url(settings.redis_url or "")
    assert 0 < raw.ttl(key) <= 120


def test_expired_reports_are_checked_again(settings: Settings, analyzer):
    checker = Checker(replace(settings, cache_ttl=1), analyzer=analyzer)
    checker.check_text(TEXT)
    time.sleep(1.2)
    assert checker.check_text(TEXT)["cached"] is False


def test_a_version_bump_invalidates(settings: Settings):
    store = RedisStore(settings.redis_url or "")
    old = ReportCache(store, prefix=settings.redis_prefix, version="v1")
    new = ReportCache(store, prefix=settings.redis_prefix, version="v2")
    old.put(old.key_for_text(TEXT), {"summary": ["x"]})
    assert old.get(old.key_for_text(TEXT)) == {"summary": ["x"]}
    assert new.get(new.key_for_text(TEXT)) is None


def test_links_share_a_key_whatever_their_tracking(settings: Settings):
    cache = ReportCache(RedisStore(settings.redis_url or ""), prefix=settings.redis_prefix)
    assert cache.key_for_link("https://News.example.com/a?utm_source=x#top") == cache.key_for_link(
        "<https://news.example.com/a|story>"
    )


def test_reports_survive_redis_going_down(analyzer):
    with PrivateRedis() as server:
        checker = Checker(Settings(redis_url=server.url, redis_prefix="t"), analyzer=analyzer)
        checker.check_text(TEXT)
        server.stop()
        start = time.monotonic()
        report = checker.check_text(TEXT.replace("Portwell", "Portwell Bay"))
        assert report["summary"] and report["cached"] is False
        assert time.monotonic() - start < 2.0
