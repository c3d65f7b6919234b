import uuid

from bot.request import Subject
from bot.slack.event_claims import EventClaims
from bot.slack.thread_memory import CheckedInThread, ThreadMemory
from bot.store import MemoryStore, RedisStore
from tests.redisserver import shared_redis_url


def test_thread_memory_round_trip():
    memory = ThreadMemory(RedisStore(shared_redis_url()), prefix=f"t-{uuid.uuid4().hex[:6]}")
    record = CheckedInThread.of(Subject.link("https://example.com/a"), "k1")
    memory.remember("C1", "1700000000.000100", record)
    recalled = memory.recall("C1", "1700000000.000100")
    assert recalled == record
    assert recalled is not None and recalled.subject == Subject.link("https://example.com/a")
    assert memory.recall("C1", "1700000000.000200") is None


def test_pasted_copy_is_remembered_as_text():
    memory = ThreadMemory(MemoryStore(), prefix="t")
    memory.remember("C1", "1.1", CheckedInThread.of(Subject.text("Some copy."), "k"))
    recalled = memory.recall("C1", "1.1")
    assert recalled is not None and recalled.subject == Subject.text("Some copy.")


def test_an_event_is_claimed_once():
    claims = EventClaims(RedisStore(shared_redis_url()), prefix=f"t-{uuid.uuid4().hex[:6]}")
    assert claims.claim("Ev01") is True
    assert claims.claim("Ev01") is False
    assert claims.claim("C1", "1700000000.000100") is True


def test_a_damaged_thread_record_is_forgotten():
    store = MemoryStore()
    memory = ThreadMemory(store, prefix="t")
    for raw in (
        '{"report_key": 5, "link": ["https://example.com/a"]}',
        '{"report_key": "k", "link": 7}',
        '{"report_key": "k", "text": {"a": 1}}',
        '{"report_key": "k", "source_url": "https://example.com/a"}',  # the old shape
        '"just text"',
        "[1, 2]",
        "{broken",
    ):
        store.set("t:thread:C1:1700000000.000100", raw, 60)
        assert memory.recall("C1", "1700000000.000100") is None, raw
