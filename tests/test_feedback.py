"""Dismissals kept in real Redis, and exported by the command line as JSON Lines."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime

from bot.analysis.report import FlagJSON
from bot.feedback import Feedback, fingerprint
from bot.store import RedisStore
from tests.redisserver import shared_redis_url
from tests.test_cli import run

FLAG: FlagJSON = {
    "check": "number-conflict", "severity": "medium", "message": "14 homes, then 17.",
    "evidence": [{"quote": "The fire destroyed 14 homes.", "start": 0, "end": 28},
                 {"quote": "All 17 homes were lost.", "start": 30, "end": 53}],
}  # fmt: skip


def test_a_fingerprint_ignores_spacing_and_order_but_not_the_words():
    swapped: FlagJSON = {
        **FLAG,
        "evidence": [
            {"quote": "All 17  homes were lost.", "start": 99, "end": 120},
            FLAG["evidence"][0],
        ],
    }
    changed: FlagJSON = {**FLAG, "evidence": [FLAG["evidence"][0],
                         {"quote": "All 18 homes were lost.", "start": 30, "end": 53}]}  # fmt: skip
    assert fingerprint(swapped) == fingerprint(FLAG) != fingerprint(changed)


def test_dismissals_are_kept_per_article_counted_and_exported():
    prefix = f"fb-{uuid.uuid4().hex[:6]}"
    feedback = Feedback(RedisStore(shared_redis_url()), prefix=prefix)
    today = date(2026, 11, 25)
    feedback.raised([FLAG, FLAG, {**FLAG, "check": "weekday-date"}], today)
    feedback.dismiss("text:abc", FLAG, "U0EDIT", datetime(2026, 11, 25, 9, 30, tzinfo=UTC))
    assert set(feedback.dismissed("text:abc", [FLAG])) == {fingerprint(FLAG)}
    assert feedback.dismissed("text:other", [FLAG]) == {}
    counts = feedback.counts(today, ["number-conflict", "weekday-date", "arithmetic"])
    assert counts == {"number-conflict": (2, 1), "weekday-date": (1, 0), "arithmetic": (0, 0)}
    assert feedback.counts(date(2027, 1, 1), ["number-conflict"]) == {"number-conflict": (0, 0)}
    env = {"REDIS_URL": shared_redis_url(), "REDIS_PREFIX": prefix}
    result = run("feedback", "export", env=env)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(rows) == 1
    assert rows[0]["who"] == "U0EDIT" and rows[0]["when"] == "2026-11-25T09:30:00+00:00"
    assert rows[0]["passages"] == [e["quote"] for e in FLAG["evidence"]]
    assert rows[0]["check"] == "number-conflict" and rows[0]["article"] == "text:abc"


def test_export_without_redis_says_what_is_missing():
    result = run("feedback", "export", env={"REDIS_URL": ""})
    assert result.returncode == 2 and b"REDIS_URL" in result.stderr
