"""The one entry point the CLI, the queue workers and the Slack desk call:
``Checker.check(request)``, through the report cache."""

from __future__ import annotations

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
from bot.fetch.client import Fetcher
from bot.fetch.extract import Article
from bot.request import CheckRequest, Subject
from bot.store import Store, open_store

__all__ = ["Checker"]


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

    def health(self) -> tuple[bool, str]:
        """Whether checks can be answered now, and why not."""
        if self._pool is not None:
            return self._pool.health()
        return True, "ok"

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
