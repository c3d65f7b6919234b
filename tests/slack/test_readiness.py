"""``/readyz`` and ``/healthz`` over real HTTP, with a real analysis process and a private
redis-server: not ready (503, with the reason) while Redis is stopped or the analysis
process is dead, ready again once they are back; alive throughout."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from bot.checker import Checker
from bot.config import Settings, SlackSettings
from bot.request import CheckRequest, Subject
from bot.slack.app import build_app
from bot.slack.serve import HttpServer, make_http_server
from tests.redisserver import PrivateRedis
from tests.slack.fakeslack import FakeSlack
from tests.slack.harness import SECRET

pytestmark = pytest.mark.slow  # a redis-server and an analysis process of its own

#: seconds a restarted analysis process may take to load the model (the machine is shared)
RESTART_WITHIN = 90.0


@dataclass
class Service:
    base: str
    redis: PrivateRedis
    checker: Checker
    http: httpx.Client

    def get(self, path: str) -> httpx.Response:
        return self.http.get(self.base + path)

    def wait_for(self, path: str, status: int, within: float = 10.0) -> httpx.Response:
        """Poll ``path`` until it answers ``status``; the answer."""
        deadline = time.monotonic() + within
        while True:
            response = self.get(path)
            if response.status_code == status:
                return response
            assert time.monotonic() < deadline, (path, response.status_code, response.text)
            time.sleep(0.05)


@pytest.fixture(scope="module")
def service() -> Iterator[Service]:
    """The app as ``serve`` builds it: one analysis process, Redis configured."""
    slack = FakeSlack()
    with PrivateRedis() as private:
        settings = Settings(
            redis_url=private.url, redis_prefix=f"r-{uuid.uuid4().hex[:6]}", analysis_processes=1
        )
        checker = Checker(settings, analysis_process=True)
        checker.warm_up()
        slack_settings = SlackSettings(
            bot_token="xoxb-test", signing_secret=SECRET, app_token=None, api_url=slack.url,
            command="/factcheck",
        )  # fmt: skip
        app = build_app(slack_settings, settings, checker)
        server: HttpServer = make_http_server(app, "127.0.0.1", 0, ready=checker.ready)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with httpx.Client(timeout=5) as http:
                yield Service(
                    f"http://127.0.0.1:{server.server_address[1]}", private, checker, http
                )
        finally:
            server.shutdown()
            server.server_close()
            checker.close()
            slack.close()


def _analysis_processes() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.name == "copydesk-analysis"]


def test_ready_when_the_model_is_loaded_and_redis_answers(service: Service):
    ready = service.get("/readyz")
    assert (ready.status_code, ready.text) == (200, "ok")
    assert service.get("/healthz").status_code == 200


def test_not_ready_while_redis_is_stopped_then_ready_again(service: Service):
    service.redis.stop()
    try:
        not_ready = service.wait_for("/readyz", 503)
        assert "Redis does not answer" in not_ready.text
        assert service.get("/healthz").status_code == 200  # alive: no restart wanted
    finally:
        service.redis.start()  # same port, as after a Redis restart
    service.wait_for("/readyz", 200)


def test_not_ready_while_the_analysis_process_is_dead_then_ready_again(service: Service):
    (child,) = _analysis_processes()
    assert child.pid is not None
    os.kill(child.pid, signal.SIGKILL)
    child.join(5)
    not_ready = service.wait_for("/readyz", 503)
    assert "analysis process" in not_ready.text
    assert service.get("/healthz").status_code == 200
    # No request comes while the service says it is not ready: the probe restarts it.
    service.wait_for("/readyz", 200, within=RESTART_WITHIN)
    (replacement,) = _analysis_processes()
    assert replacement.pid != child.pid
    text = "The council approved the budget on Tuesday. The mayor said it was fair."
    report = service.checker.check(CheckRequest(Subject.text(text), use_cache=False))
    assert report["summary"]


def test_readyz_and_metrics_take_get_only(service: Service):
    for path in ("/readyz", "/healthz", "/metrics"):
        assert service.http.post(service.base + path).status_code == 405
