"""Whatever fails after the placeholder is posted, the placeholder is replaced by one line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from slack_sdk import WebClient

from bot.feedback import Feedback
from bot.request import CheckRequest, Subject
from bot.slack.replies import UNEXPECTED, Replies, ReplyTo
from bot.slack.thread_memory import RecentChecks, ThreadMemory
from bot.store import MemoryStore
from tests.helpers import report_json
from tests.slack.fakeslack import FakeSlack


class _Checker:
    """Stands in for the checker: returns whatever report the test gives it."""

    def __init__(self, report: dict[str, Any]) -> None:
        self.report = report
        self.store = MemoryStore()

    def check(self, request: CheckRequest) -> dict[str, Any]:
        return self.report


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    fake = FakeSlack()
    yield fake
    fake.close()


def _replies(report: dict[str, Any]) -> Replies:
    checker: Any = _Checker(report)
    store = checker.store
    return Replies(
        checker,
        ThreadMemory(store, prefix="t"),
        Feedback(store, prefix="t"),
        RecentChecks(store, prefix="t"),
    )


THREAD = ReplyTo("C1", "1700000000.000001")
PASTED = CheckRequest(Subject.text("Some pasted text."))


@pytest.mark.parametrize("report", [{}, {"flags": 5}, {"flags": [], "summary": None}])
def test_a_report_that_cannot_be_rendered_still_replaces_the_placeholder(
    slack: FakeSlack, report: dict[str, Any]
):
    client = WebClient(token="xoxb-test", base_url=slack.url)
    _replies(report).answer(client, THREAD, PASTED)
    updates = slack.of("chat.update")
    assert len(updates) == 1
    assert updates[0]["text"] == UNEXPECTED and updates[0]["ts"].startswith("1700000000.")


def test_slack_refusing_the_report_blocks_still_replaces_the_placeholder(slack: FakeSlack):
    slack.refuse_updates = 1
    report = report_json(summary=["One."])
    client = WebClient(token="xoxb-test", base_url=slack.url)
    _replies(report).answer(client, THREAD, PASTED)
    updates = slack.of("chat.update")
    assert len(updates) == 2  # the refused report, then the error line
    assert updates[1]["text"] == UNEXPECTED
