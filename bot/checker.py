"""The one entry point the CLI, the queue workers and the Slack desk call:
``Checker.check(request)``, through the report cache."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import date

from bot.analysis import budget
from bot.analysis.report import ReportJSON, SourceJSON
from bot.analysis.text import prepare_text
from bot.analysis_pool import AnalysisPool
from bot.analyzer import Analyzer
from bot.cache import ReportCache
from bot.config import Settings
from bot.errors import AnalysisUnavailable, BotError
from bot.fetch.client import Fetcher
from bot.fetch.extract import Article
from bot.knowledge.index import default_knowledge
from bot.request import CheckRequest, Subject
from bot.store import RedisStore, Store, open_store

__all__ = ["Checker"]

log = logging.getLogger(__name__)

#: what the readiness probe has analysed to restart a pool that lost every process
_PROBE_TEXT = "The council met on Tuesday. It approved the budget."


class Checker:
    """Owns the loaded pipeline, the HTTP client and the cache; build one per process.

    With ``analysis_process=True`` the model lives in child processes
    (:class:`~bot.analysis_pool.AnalysisPool`) and analyses run there: the Slack web
    process then only parses, fetches and answers, its threads never wait for the
    interpreter lock behind an analysis, and a slow or crashed analysis is cut off and its
    process replaced. In-process, each analysis still stops at the time budget.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        store: Store | None = None,
        analyzer: Analyzer | None = None,
        *,
        analysis_process: bool = False,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self.store = store or open_store(self.settings.redis_url)
        self.cache = ReportCache(
            self.store, prefix=self.settings.redis_prefix, ttl=self.settings.cache_ttl
        )
        self._analyzer = analyzer
        self._analysis_slot = threading.Lock()
        self._fetcher: Fetcher | None = None
        self._pool: AnalysisPool | None = None
        self._reviving = threading.Event()  # a readiness probe is restarting the pool
        self._revive_lock = threading.Lock()
        if analysis_process:
            self._pool = AnalysisPool(self.settings, self.settings.analysis_processes)

    @property
    def analyzer(self) -> Analyzer:
        if self._analyzer is None:  # the model loads on first use: `extract` never needs it
            self._analyzer = Analyzer(self.settings)
        return self._analyzer

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.settings)
        return self._fetcher

    def warm_up(self) -> None:
        """Load the model now rather than on the first check."""
        if self._pool is not None:
            self._pool.warm_up()
        else:
            _ = self.analyzer
            default_knowledge()  # the office-holder store, read once per process

    def health(self) -> tuple[bool, str]:
        """Whether checks can be answered now, and why not."""
        if self._pool is not None:
            return self._pool.health()
        return True, "ok"

    def ready(self) -> tuple[bool, str]:
        """Whether this process can take checks now, and why not (for ``/readyz``): the
        model loaded in a live analysis process, when checks run here, and Redis
        answering, when one is configured.

        A pool whose every process died replaces one only when given work, and a process
        reported not ready is given none: so this starts one analysis in the background
        to restart it, and says not ready until that analysis has been answered.
        """
        if self._pool is not None:
            ok, reason = self._pool.health()
            if not ok:
                self._revive()
                return False, reason
            if self._reviving.is_set():
                return False, "an analysis process is loading the model"
        if isinstance(self.store, RedisStore) and not self.store.ping():
            return False, "Redis does not answer"
        return True, "ok"

    def _revive(self) -> None:
        """One background analysis at a time, which makes the pool replace dead processes
        (and load the model in the new one) before it answers."""
        pool = self._pool
        with self._revive_lock:
            if pool is None or self._reviving.is_set():
                return
            self._reviving.set()

        def analyse_once() -> None:
            try:
                pool.analyze(_PROBE_TEXT, None, "readiness probe")
            except AnalysisUnavailable as e:
                log.warning("the analysis processes could not be restarted: %s", e)
            except BotError:
                pass  # the text was refused: a process answered all the same
            finally:
                self._reviving.clear()

        threading.Thread(target=analyse_once, name="revive-analysis", daemon=True).start()

    def close(self) -> None:
        """Release the HTTP client and stop the analysis processes (within ~2 s)."""
        if self._fetcher is not None:
            self._fetcher.close()
        if self._pool is not None:
            self._pool.close()

    def fetch(self, link: str) -> Article:
        """The article behind a link (raises a FetchError subclass with the message)."""
        return self.fetcher.fetch_article(link)

    def check(self, request: CheckRequest) -> ReportJSON:
        """The JSON report for one request (raises BotError subclasses with the user's
        message): a link is fetched and its page date used unless one is given; a draft
        (``request.against``) is compared with its source and never cached."""
        if request.against is not None:
            return self._compare(request, request.against)
        key = self.cache.key_for(request.subject, request.published)
        if request.subject.is_link:
            return self._cached(key, request, lambda: self._check_link(request))
        text = request.subject.value
        return self._cached(
            key, request, lambda: self._analyze(text, request.published, request.name)
        )

    def _check_link(self, request: CheckRequest) -> ReportJSON:
        article = self.fetch(request.subject.value)
        published = request.published or article.published
        report = self._analyze(article.text, published, request.name)
        report["source"] = article.source()
        return report

    def _read(self, subject: Subject) -> tuple[str, Article | None]:
        if subject.is_link:
            article = self.fetch(subject.value)
            return article.text, article
        return subject.value, None

    def _compare(self, request: CheckRequest, against: Subject) -> ReportJSON:
        source_text, source_article = self._read(against)
        draft_text, _ = self._read(request.subject)
        published = request.published or (source_article.published if source_article else None)
        limit = self.settings.max_text_chars
        source_text, draft_text = prepare_text(source_text, limit), prepare_text(draft_text, limit)
        if self._pool is not None:
            report = self._pool.compare(source_text, draft_text, published)
        else:
            with self._analysis_slot, budget.time_budget(self.settings.analysis_timeout):
                report = self.analyzer.compare(
                    source_text, draft_text, published=published
                ).to_json()
        source: SourceJSON | None = source_article.source() if source_article else None
        report["input"] = request.name
        report["source"] = source
        report["cached"] = False
        return report

    def _analyze(self, text: str, published: date | None, name: str) -> ReportJSON:
        if self._pool is not None:
            return self._pool.analyze(text, published, name)
        # In-process, one analysis at a time: it holds the interpreter lock anyway, and
        # fetches and cache reads still run in parallel.
        with self._analysis_slot:
            report = self.analyzer.analyze(
                text, published=published, name=name, time_budget=self.settings.analysis_timeout
            )
        return report.to_json()

    def _cached(
        self, key: str, request: CheckRequest, fresh: Callable[[], ReportJSON]
    ) -> ReportJSON:
        start = time.perf_counter()
        if request.use_cache:
            hit = self.cache.get(key)
            if hit is not None:
                hit["input"] = request.name
                hit["cached"] = True
                hit["timings_ms"] = {"total": round((time.perf_counter() - start) * 1000, 2)}
                return hit
        report = fresh()
        report["cache_key"] = key
        self.cache.put(key, report)
        return {**report, "cached": False}
