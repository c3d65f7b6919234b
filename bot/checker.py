"""The one call the CLI, the queue workers and the Slack listeners make: check a link or
a text, through the report cache."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from bot.analysis import budget
from bot.analysis.analyzer import Analyzer
from bot.analysis.text import prepare_text
from bot.analysis_pool import AnalysisPool
from bot.cache import ReportCache
from bot.config import Settings
from bot.fetch.client import Fetcher
from bot.fetch.extract import Article
from bot.fetch.urls import looks_like_link
from bot.store import Store, open_store

JSONReport = dict[str, Any]


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

    def check_text(
        self,
        text: str,
        *,
        published: date | None = None,
        name: str = "-",
        use_cache: bool = True,
    ) -> JSONReport:
        """The JSON report on pasted copy (raises an InputError subclass with the message)."""
        key = self.cache.key_for_text(text, published)
        return self._cached(
            key,
            use_cache,
            name,
            lambda: self._analyze(text, published, name),
        )

    def check_link(
        self, link: str, *, published: date | None = None, use_cache: bool = True
    ) -> JSONReport:
        """Fetch a link and check its article; the page's own date is used when none is given."""

        def fresh() -> JSONReport:
            article = self.fetch(link)
            report = self._analyze(article.text, published or article.published, link)
            report["source"] = article.source()
            return report

        return self._cached(self.cache.key_for_link(link, published), use_cache, link, fresh)

    def check_against(
        self, draft: str, source: str, *, published: date | None = None
    ) -> JSONReport:
        """A draft (text or link) checked against its source (text or link)."""
        source_meta = None
        if looks_like_link(source):
            article = self.fetch(source)
            source_text, source_meta = article.text, article.source()
            published = published or article.published
        else:
            source_text = source
        draft_text = self.fetch(draft).text if looks_like_link(draft) else draft
        limit = self.settings.max_text_chars
        source_text, draft_text = prepare_text(source_text, limit), prepare_text(draft_text, limit)
        if self._pool is not None:
            report = self._pool.compare(source_text, draft_text, published)
        else:
            with self._analysis_slot, budget.time_budget(self.settings.analysis_timeout):
                compared = self.analyzer.compare(source_text, draft_text, published=published)
                report = compared.to_dict()
        report["source"] = source_meta
        report["cached"] = False
        return report

    def _analyze(self, text: str, published: date | None, name: str) -> JSONReport:
        if self._pool is not None:
            return self._pool.analyze(text, published, name)
        # In-process, one analysis at a time: it holds the interpreter lock anyway, and
        # fetches and cache reads still run in parallel.
        with self._analysis_slot:
            report = self.analyzer.analyze(
                text, published=published, name=name, time_budget=self.settings.analysis_timeout
            )
        return report.to_dict()

    def _cached(
        self, key: str, use_cache: bool, name: str, fresh: Callable[[], JSONReport]
    ) -> JSONReport:
        start = time.perf_counter()
        if use_cache:
            hit = self.cache.get(key)
            if hit is not None:
                hit.update(input=name, cached=True)
                hit["timings_ms"] = {"total": round((time.perf_counter() - start) * 1000, 2)}
                return hit
        report: JSONReport = fresh()
        report["cache_key"] = key
        self.cache.put(key, report)
        return {**report, "cached": False}
