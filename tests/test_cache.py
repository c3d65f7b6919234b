"""The report cache through the real checker, against a real Redis."""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import replace
from typing import Any

import pytest
import redis

from bot.cache import ReportCache
from bot.checker import Checker
from bot.config import Settings
from bot.render import render_text
from bot.request import CheckRequest, Subject
from bot.store import RedisStore
from tests.fetch.pages import SAMPLE
from tests.helpers import report_json
from tests.redisserver import PrivateRedis, shared_redis_url

TEXT = SAMPLE.read_text(encoding="utf-8")
#: the smallest report of the documented shape
MINIMAL = report_json()


def _pasted(text: str, **options: Any) -> CheckRequest:
    return CheckRequest(Subject.text(text), **options)


@pytest.fixture
def settings() -> Settings:
    return Settings(redis_url=shared_redis_url(), redis_prefix=f"test-{uuid.uuid4().hex[:8]}")


def test_miss_then_hit(settings: Settings, analyzer):
    checker = Checker(settings, analyzer=analyzer)
    first = checker.check(_pasted(TEXT, label="sample"))
    second = checker.check(_pasted("  " + TEXT.replace("\n\n", "\n\n  "), label="again"))
    assert first["cached"] is False and second["cached"] is True
    assert second["input"] == "again"
    assert second["flags"] == first["flags"] and second["summary"] == first["summary"]
    assert checker.check(_pasted(TEXT, use_cache=False))["cached"] is False


def test_keys_have_the_prefix_version_and_an_expiry(settings: Settings, analyzer):
    checker = Checker(replace(settings, cache_ttl=120), analyzer=analyzer)
    report = checker.check(_pasted(TEXT))
    key = report["cache_key"]
    assert key.startswith(f"{settings.redis_prefix}:report:")
    raw = redis.Redis.from_url(settings.redis_url or "")
    assert 0 < raw.ttl(key) <= 120


def test_expired_reports_are_checked_again(settings: Settings, analyzer):
    checker = Checker(replace(settings, cache_ttl=1), analyzer=analyzer)
    checker.check(_pasted(TEXT))
    time.sleep(1.2)
    assert checker.check(_pasted(TEXT))["cached"] is False


def test_a_version_bump_invalidates(settings: Settings):
    store = RedisStore(settings.redis_url or "")
    old = ReportCache(store, prefix=settings.redis_prefix, version="v1")
    new = ReportCache(store, prefix=settings.redis_prefix, version="v2")
    old.put(old.key_for_text(TEXT), MINIMAL)
    assert old.get(old.key_for_text(TEXT)) == MINIMAL
    assert new.get(new.key_for_text(TEXT)) is None


def test_links_share_a_key_whatever_their_tracking(settings: Settings):
    cache = ReportCache(RedisStore(settings.redis_url or ""), prefix=settings.redis_prefix)
    assert cache.key_for_link("https://News.example.com/a?utm_source=x#top") == cache.key_for_link(
        "<https://news.example.com/a|story>"
    )


def test_reports_survive_redis_going_down(analyzer):
    with PrivateRedis() as server:
        checker = Checker(Settings(redis_url=server.url, redis_prefix="t"), analyzer=analyzer)
        checker.check(_pasted(TEXT))
        server.stop()
        start = time.monotonic()
        report = checker.check(_pasted(TEXT.replace("Portwell", "Portwell Bay")))
        assert report["summary"] and report["cached"] is False
        assert time.monotonic() - start < 2.0


@pytest.mark.parametrize(
    "damage",
    ["{}", '{"flags": 5}', "[1]", '{"summary": ["x"]}', "not json"],
)
def test_a_damaged_entry_is_a_logged_miss_and_renders(
    settings: Settings, analyzer, damage: str, caplog: pytest.LogCaptureFixture
):
    checker = Checker(settings, analyzer=analyzer)
    key = checker.cache.key_for_text(TEXT)
    redis.Redis.from_url(settings.redis_url or "").set(key, damage, ex=60)
    with caplog.at_level(logging.WARNING, logger="bot.cache"):
        report = checker.check(_pasted(TEXT))
    assert report["cached"] is False and report["flags"]
    assert "Summary" in render_text(report)
    assert any("damaged" in r.getMessage() for r in caplog.records)
    assert checker.check(_pasted(TEXT))["cached"] is True  # the fresh report replaced it


def test_a_report_of_another_shape_or_version_is_a_miss(settings: Settings, analyzer):
    checker = Checker(settings, analyzer=analyzer)
    good = checker.check(_pasted(TEXT))
    key = good["cache_key"]
    raw = redis.Redis.from_url(settings.redis_url or "")
    stored = raw.get(key)
    assert stored is not None
    for broken in (
        {**good, "flags": [{"check": "x", "severity": "high", "message": "m"}]},  # no evidence
        {**good, "figures": [{"value": 5, "context": "c"}]},
        {**good, "timings_ms": {"total": "fast"}},
        {**good, "source": {"title": ["not", "a", "string"]}},
        {**good, "published": "yesterday"},
        {**good, "summary": "not a list"},
        {**good, "flags_omitted": {"role-conflict": "many"}},
    ):
        checker.cache.put(key, broken)
        assert checker.cache.get(key) is None, broken
    checker.cache.put(key, good)
    assert checker.cache.get(key) is not None
    # An entry written by another analysis version under this key is not served either.
    other = ReportCache(checker.store, prefix=settings.redis_prefix, version="other")
    other.put(key, good)
    assert checker.cache.get(key) is None


def test_a_key_of_the_wrong_type_is_a_miss_and_redis_stays_in_use(
    settings: Settings, analyzer, caplog: pytest.LogCaptureFixture
):
    checker = Checker(settings, analyzer=analyzer)
    key = checker.cache.key_for_text(TEXT)
    raw = redis.Redis.from_url(settings.redis_url or "")
    raw.lpush(key, "someone's list")
    raw.expire(key, 60)
    with caplog.at_level(logging.WARNING, logger="bot.store"):
        assert checker.cache.get(key) is None
        other = f"{settings.redis_prefix}:elsewhere"
        checker.store.set(other, "v", 60)
    assert raw.get(other) == b"v"  # Redis was not marked down for a per-key problem
    assert not any("unreachable" in r.getMessage() for r in caplog.records)
    assert any("WRONGTYPE" in r.getMessage() for r in caplog.records)
