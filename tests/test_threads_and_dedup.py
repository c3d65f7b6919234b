import uuid

from bot.dedup import EventClaims
from bot.store import MemoryStore, RedisStore
from bot.threads import ThreadMemory, ThreadRecord
from tests.redisserver import shared_redis_url


def test_thread_memory_round_trip():
    memory = ThreadMemory(RedisStore(shared_redis_url()), prefix=f"t-{uuid.uuid4().hex[:6]}")
    record = ThreadRecord(report_key="k1", source_url="https://example.com/a")
    memory.remember("C1", "1700000000.000100", record)
    assert memory.recall("C1", "1700000000.000100") == record
    assert memory.recall("C1", "1700000000.000200") is None


def test_an_event_is_claimed_once():
    claims = EventClaims(RedisStore(shared_redis_url()), prefix=f"t-{uuid.uuid4().hex[:6]}")
    assert claims.first("Ev01") is True
    assert claims.first("Ev01") is False
    assert claims.first("C1", "1700000000.000100") is True


def test_a_damaged_thread_record_is_forgotten():
    store = MemoryStore()
    memory = ThreadMemory(store, prefix="t")
    for raw in (
        '{"report_key": 5, "source_url": ["https://example.com/a"]}',
        '{"report_key": "k", "source_url": 7}',
        '{"report_key": "k", "source_text": {"a": 1}}',
        '"just text"',
        "[1, 2]",
        "{broken",
    ):
        store.set("t:thread:C1:1700000000.000100", raw, 60)
        assert memory.recall("C1", "1700000000.000100") is None, raw
