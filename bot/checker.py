"""The one call the CLI, the queue workers and the Slack listeners make: check a link or
a text, through the report cache."""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from typing import Any

from bot.analysis.analyzer import Analyzer
from bot.analysis.text import prepare_text
from bot.cache import ReportCache
from bot.compare import compare
from bot.config import Settings
from bot.fetch.client import Fetcher
from bot.fetch.extract import Article
from bot.fetch.urls import looks_like_link
from bot.store import Store, open_store

JSONReport = dict[str, Any]


_process_analyzer: Analyzer | None = None


def _load_in_process(settings: Settings) -> None:
    global _process_analyzer
    _process_analyzer = Analyzer(settings)


def _analyze_in_process(text: str, published: date | None, name: str) -> JSONReport:
    assert _process_analyzer is not None, "the analysis process was not initialised"
    return _process_analyzer.analyze(text, published=published, name=name).to_dict()


def _compare_in_process(source: str, draft: str, published: date | None) -> JSONReport:
    assert _process_analyzer is not None, "the analysis process was not initialised"
    return compare_with(_process_analyzer, source, draft, published)


def compare_with(analyzer: Analyzer, source: str, draft: str, published: date | None) -> JSONReport:
    """The draft's report, its flags led by every mismatch with the source."""
    source_report = analyzer.analyze(source, published=published, name="source")
    draft_report = analyzer.analyze(draft, published=published, name="draft")
    report = draft_report.to_dict()
    report["flags"] = [*compare(source_report, draft_report), *report["flags"]]
    return report


class Checker:
    """Owns the loaded pipeline, the HTTP client and the cache; build one per process.

    With ``analysis_process=True`` the model lives in a child process and analyses run
    there, one at a time: the Slack web process then only parses, fetches and answers,
    and its threads never wait for the interpreter lock behind an analysis.
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
        self._pool: ProcessPoolExecutor | None = None
        if analysis_process:
            self._pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_load_in_process,
                initargs=(self.settings,),
            )

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
            self._pool.submit(_analyze_in_process, "Warm up.", None, "-").result()
        else:
            _ = self.analyzer

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

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
            future = self._pool.submit(_compare_in_process, source_text, draft_text, published)
            report = future.result()
        else:
            with self._analysis_slot:
                report = compare_with(self.analyzer, source_text, draft_text, published)
        report["source"] = source_meta
        report["cached"] = False
        return report

    def _analyze(self, text: str, published: date | None, name: str) -> JSONReport:
        if self._pool is not None:
            return self._pool.submit(_analyze_in_process, text, published, name).result()
        # In-process, one analysis at a time: it holds the interpreter lock anyway, and
        # fetches and cache reads still run in parallel.
        with self._analysis_slot:
            return self.analyzer.analyze(text, published=published, name=name).to_dict()

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
