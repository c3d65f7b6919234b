"""The analysis child processes: killed, slow or shut down, no request is lost."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.analysis_pool import AnalysisPool
from bot.config import Settings
from bot.errors import AnalysisTimeout, AnalysisUnavailable

ARTICLE = (
    "Prime Minister Jane Holt visited the harbour on Tuesday. Holt, 52, said the repairs "
    "would cost £4m. Harbour master Tom Reyes said 14 boats were lost in the storm."
)
# Plain prose long enough that the model alone needs well over a second for it.
LONG_PROSE = " ".join(
    f"The council met on day {i} and agreed that the harbour wall would be repaired soon."
    for i in range(320)
)


def _children_of(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        found.update(int(c) for c in children)
    return found


def _wait_until(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def pool() -> Iterator[AnalysisPool]:
    analysis_pool = AnalysisPool(Settings(), 1)
    analysis_pool.warm_up()
    yield analysis_pool
    analysis_pool.close()


def _only_child(pool: AnalysisPool) -> int:
    (child,) = pool._children
    assert child.process.pid is not None
    return child.process.pid


def test_a_killed_analysis_answers_its_request_and_the_next_one_is_checked(
    pool: AnalysisPool,
) -> None:
    pid = _only_child(pool)
    errors: list[Exception] = []

    def slow_request() -> None:
        try:
            pool.analyze(LONG_PROSE * 2, None, "slow")
        except AnalysisUnavailable as e:
            errors.append(e)

    worker = threading.Thread(target=slow_request)
    worker.start()
    # Once the request has taken the only child, a kill lands on it, sent or running.
    assert _wait_until(lambda: pool._idle.qsize() == 0, 5)
    os.kill(pid, signal.SIGKILL)
    worker.join(30)
    assert not worker.is_alive()
    assert len(errors) == 1 and "restarted" in str(errors[0])
    report = pool.analyze(ARTICLE, None, "next")
    assert any(f["check"] for f in report["flags"]) or report["summary"]
    assert _only_child(pool) != pid


def test_a_child_killed_while_idle_is_replaced_before_it_is_given_work(
    pool: AnalysisPool,
) -> None:
    pid = _only_child(pool)
    os.kill(pid, signal.SIGKILL)
    assert _wait_until(lambda: not pool.health()[0], 5)
    report = pool.analyze(ARTICLE, None, "after")
    assert report["summary"]
    assert pool.health()[0]


def test_an_analysis_past_its_budget_is_cut_off_and_others_are_not_stuck() -> None:
    pool = AnalysisPool(Settings(analysis_timeout=0.2), 2, grace=0.0)
    try:
        pool.warm_up()
        outcome: list[object] = []

        def slow() -> None:
            try:
                pool.analyze(LONG_PROSE, None, "slow")
            except AnalysisTimeout as e:
                outcome.append(e)

        worker = threading.Thread(target=slow)
        worker.start()
        # The other child answers a short request while the first is busy.
        start = time.monotonic()
        pool_fast = pool.analyze("Short and plain text here.", None, "fast")
        assert pool_fast["input"] == "fast"
        assert time.monotonic() - start < 5
        worker.join(30)
        assert len(outcome) == 1 and "too complex to check in time" in str(outcome[0])
    finally:
        pool.close()


def test_close_ends_every_child_quickly() -> None:
    pool = AnalysisPool(Settings(), 2)
    pool.warm_up()
    pids = {c.process.pid for c in pool._children}
    assert pids <= _children_of(os.getpid())
    start = time.monotonic()
    pool.close()
    assert time.monotonic() - start < 3
    assert not (pids & _children_of(os.getpid()))
    assert pool.health() == (False, "shutting down")
    with pytest.raises(AnalysisUnavailable):
        pool.analyze(ARTICLE, None, "late")


def test_a_model_that_cannot_load_gets_a_clear_line_not_a_spawning_loop() -> None:
    pool = AnalysisPool(Settings(spacy_model="no_such_model_installed"), 1)
    try:
        start = time.monotonic()
        with pytest.raises(AnalysisUnavailable, match="could not start"):
            pool.analyze(ARTICLE, None, "first")
        assert time.monotonic() - start < 30
        assert len(pool._children) == 1  # one replacement, not one per retry
    finally:
        pool.close()
