"""Analyses in child processes that can be timed out, killed and replaced.

When the bot serves Slack, the model lives in a few child processes (``ANALYSIS_PROCESSES``,
two by default) so that the web threads never wait for the interpreter lock, and so that
one slow text does not hold up every other request: while one child works on it, the
others take the next requests.

Each child enforces the time budget itself (:mod:`bot.analysis.budget`); if it still has
not answered a little after the budget, or if it dies (killed, out of memory), the
request gets a clear error, the child is killed and a new one is started in its place.
A child that died while idle is noticed before it is given work, so no request is lost to
it. :meth:`AnalysisPool.close` ends every child within a couple of seconds.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
from datetime import date
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from bot import logs
from bot.analysis import budget
from bot.analysis.report import ReportJSON
from bot.analyzer import Analyzer
from bot.config import Settings
from bot.errors import AnalysisTimeout, AnalysisUnavailable, BotError
from bot.knowledge.index import default_knowledge

log = logging.getLogger(__name__)

#: seconds past the budget before a child that has not answered is killed
GRACE = 2.0
#: seconds a new child may take to load the model
STARTUP = 120.0
#: seconds a request waits for a free child before it is told the checker is busy
QUEUE_WAIT = 90.0
STOPPED = "The checker stopped while working on this and has been restarted; please try again."
BUSY = "The checker is busy with other requests; please try again in a minute."


def _child_main(conn: Connection, settings: Settings) -> None:
    """A child: load the model, say so, then answer tasks until told to stop."""
    # Ctrl-C in a terminal reaches the whole process group; the parent decides when we stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Below the web process, which must answer Slack within 3 s whatever is being checked:
    # on two cores this took the 20-events-in-flight p99 from 128 ms to 93 ms.
    os.nice(10)
    # A spawned process starts with logging unset: the same level and format as the parent.
    logs.configure(settings.log_level, settings.log_format)
    try:
        analyzer = Analyzer(settings)
    except BotError as e:
        conn.send(("error", e))
        return
    default_knowledge()  # the office-holder store, read now rather than in the first check
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        kind, args = task
        try:
            with budget.time_budget(settings.analysis_timeout):
                if kind == "analyze":
                    text, published, name = args
                    result: Any = analyzer.analyze(text, published=published, name=name).to_json()
                else:
                    source, draft, published = args
                    result = analyzer.compare(source, draft, published=published).to_json()
        except BotError as e:
            conn.send(("error", e))
        except Exception:
            log.exception("analysis failed in the child process")
            conn.send(("crash", None))
        else:
            conn.send(("ok", result))


class _Child:
    """One child process and the parent's end of its pipe."""

    def __init__(self, settings: Settings) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child_end = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_child_main, args=(child_end, settings), name="copydesk-analysis", daemon=True
        )
        self.process.start()
        child_end.close()
        self.ready = False

    def alive(self) -> bool:
        return self.process.is_alive()

    def _receive(self, timeout: float) -> tuple[str, Any] | None:
        """The child's next message; None when it did not answer in time."""
        if not self.conn.poll(timeout):
            return None
        message: tuple[str, Any] = self.conn.recv()
        return message

    def wait_ready(self) -> None:
        if self.ready:
            return
        message = self._receive(STARTUP)
        if message is None or message[0] != "ready":
            raise AnalysisUnavailable("The checker could not start; it has been logged.")
        self.ready = True

    def call(self, task: tuple[str, tuple[Any, ...]], timeout: float) -> ReportJSON:
        self.conn.send(task)
        message = self._receive(timeout)
        if message is None:
            raise TimeoutError
        status, value = message
        if status == "ok":
            report: ReportJSON = value
            return report
        if status == "error":
            raise value
        raise AnalysisUnavailable("Something went wrong on my side while checking this.")

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(1.0)
        self.conn.close()


class AnalysisPool:
    """``size`` children, each doing one analysis at a time."""

    def __init__(self, settings: Settings, size: int, *, grace: float = GRACE) -> None:
        self.settings = settings
        self.grace = grace
        self._lock = threading.Lock()
        self._closed = False
        self._children: set[_Child] = set()
        self._idle: queue.Queue[_Child] = queue.Queue()
        for _ in range(size):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Child:
        child = _Child(self.settings)
        with self._lock:
            self._children.add(child)
        return child

    def _replace(self, child: _Child) -> None:
        with self._lock:
            self._children.discard(child)
            closed = self._closed
        child.kill()
        if not closed:
            self._idle.put(self._spawn())

    def warm_up(self) -> None:
        """Wait until every child has loaded the model."""
        children = [self._idle.get() for _ in range(self._idle.qsize())]
        try:
            for child in children:
                child.wait_ready()
        finally:
            for child in children:
                self._idle.put(child)

    def analyze(self, text: str, published: date | None, name: str) -> ReportJSON:
        return self._run(("analyze", (text, published, name)))

    def compare(self, source: str, draft: str, published: date | None) -> ReportJSON:
        return self._run(("compare", (source, draft, published)))

    def _take(self) -> _Child:
        """A live, loaded child; dead idle ones are replaced on the way."""
        deadline = time.monotonic() + QUEUE_WAIT
        while True:
            try:
                child = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AnalysisUnavailable(BUSY) from None
            if child.alive():
                try:
                    child.wait_ready()
                except (AnalysisUnavailable, EOFError, OSError) as e:
                    # Replaced for the next request, but not retried here: a model that
                    # cannot load would otherwise start process after process.
                    log.error("an analysis process failed to start; starting another")
                    self._replace(child)
                    raise AnalysisUnavailable(
                        "The checker could not start; it has been logged."
                    ) from e
                if child.alive():
                    return child
            log.warning("an analysis process had died while idle; starting another")
            self._replace(child)

    def _run(self, task: tuple[str, tuple[Any, ...]]) -> ReportJSON:
        if self._closed:
            raise AnalysisUnavailable("The checker is shutting down; please try again.")
        child = self._take()
        try:
            report = child.call(task, self.settings.analysis_timeout + self.grace)
        except TimeoutError:
            log.warning("an analysis ran past its budget; killing its process")
            self._replace(child)
            raise AnalysisTimeout(budget.too_slow_message(self.settings.analysis_timeout)) from None
        except (EOFError, OSError) as e:
            log.error("an analysis process died while checking: %s", e)
            self._replace(child)
            raise AnalysisUnavailable(STOPPED) from e
        except BotError:
            self._idle.put(child)
            raise
        self._idle.put(child)
        return report

    def health(self) -> tuple[bool, str]:
        """Whether at least one child is alive to check."""
        with self._lock:
            children = list(self._children)
        if self._closed:
            return False, "shutting down"
        alive = sum(1 for c in children if c.alive())
        if alive == 0:
            return False, "no analysis process is running"
        return True, f"{alive} of {len(children)} analysis processes running"

    def close(self, wait: float = 2.0) -> None:
        """Stop every child, killing those that do not stop within ``wait`` seconds."""
        with self._lock:
            self._closed = True
            children = list(self._children)
            self._children.clear()
        for child in children:
            with contextlib.suppress(OSError):  # already gone
                child.conn.send(None)
        deadline = time.monotonic() + wait
        for child in children:
            child.process.join(max(0.0, deadline - time.monotonic()))
            child.kill()
