"""Every Redis client gives up on a Redis that never answers, instead of hanging."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis

from bot import queue as check_queue
from bot import worker
from bot.config import Settings
from tests.redisserver import shared_redis_url


class SilentRedis:
    """Accepts connections and never replies; ``stalled=True``: connections never even
    complete (a full accept queue, like a host that drops packets)."""

    def __init__(self, *, stalled: bool = False) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0), backlog=0)
        self.url = f"redis://127.0.0.1:{self._sock.getsockname()[1]}/0"
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        if stalled:  # one connection fills the backlog; later ones wait for the handshake
            self._held.append(socket.create_connection(self._sock.getsockname()))
        else:
            threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self._sock.settimeout(0.05)
        while not self._stop.is_set():
            try:
                self._held.append(self._sock.accept()[0])
            except TimeoutError:
                continue
            except OSError:
                return

    def close(self) -> None:
        self._stop.set()
        for conn in self._held:  # a client still waiting gets a reset and ends
            conn.close()
        self._sock.close()


@pytest.fixture
def silent() -> Iterator[SilentRedis]:
    server = SilentRedis()
    yield server
    server.close()


@pytest.fixture
def stalled() -> Iterator[SilentRedis]:
    server = SilentRedis(stalled=True)
    yield server
    server.close()


def _within(seconds: float, call: Callable[[], Any]) -> tuple[bool, Any]:
    """(finished in time, its result or the exception it raised)."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(call())
        except Exception as e:
            outcome.append(e)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    return (not thread.is_alive(), outcome[0] if outcome else None)


def _settings(url: str) -> Settings:
    return Settings(redis_url=url, redis_prefix="silent", queue="rq")


def test_the_queue_connection_times_out(silent: SilentRedis):
    queue = check_queue.open_queue(_settings(silent.url))
    finished, outcome = _within(5, lambda: queue.count)
    assert finished, "open_queue's connection waited on a silent Redis for more than 5 s"
    assert isinstance(outcome, redis.RedisError)


class _Checker:
    def __init__(self, url: str) -> None:
        self.settings = _settings(url)

    def warm_up(self) -> None:
        pass


@pytest.mark.parametrize("burst", [True, False])
def test_a_worker_on_a_silent_redis_stops_with_an_error(
    silent: SilentRedis, monkeypatch: pytest.MonkeyPatch, burst: bool
):
    monkeypatch.setattr(worker, "checker", lambda: _Checker(silent.url))
    finished, outcome = _within(6, lambda: worker.run_worker(_settings(silent.url), burst=burst))
    assert finished, "the worker hung on a silent Redis"
    assert outcome != 0


def test_the_worker_connection_outlasts_rqs_blocking_dequeue():
    settings = _settings(shared_redis_url())
    rq_worker = worker.build_worker(settings)
    kwargs = rq_worker.connection.connection_pool.connection_kwargs
    # RQ blocks up to dequeue_timeout in BLMOVE; a shorter socket timeout would cut it off
    # (and RQ would raise it to its own connection_timeout anyway).
    assert rq_worker.dequeue_timeout < kwargs["socket_timeout"] <= 60
    assert kwargs["socket_timeout"] >= rq_worker.connection_timeout
    assert kwargs["socket_connect_timeout"] <= 5


def test_the_completion_counter_gives_up_on_a_host_that_never_connects(
    stalled: SilentRedis, monkeypatch: pytest.MonkeyPatch
):
    check_queue._counter_client.cache_clear()
    monkeypatch.setattr(check_queue, "checker", lambda: _Checker(stalled.url))
    finished, outcome = _within(5, lambda: check_queue.count_completion("r1"))
    check_queue._counter_client.cache_clear()
    assert finished, "counting a completion waited more than 5 s to connect"
    assert outcome is None  # logged and skipped, never raised into the job


def test_the_queue_connection_gives_up_on_a_host_that_never_connects(stalled: SilentRedis):
    queue = check_queue.open_queue(_settings(stalled.url))
    finished, outcome = _within(5, lambda: queue.count)
    assert finished and isinstance(outcome, redis.RedisError)
