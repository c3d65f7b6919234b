"""The one call the CLI, the queue workers and the Slack listeners make: check a link or
a text, through the report cache."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from bot.analysis.analyzer import Analyzer
from bot.cache import ReportCache
from bot.config import Settings
from bot.fetch.client import Fetcher
from bot.fetch.extract import Article
from bot.store import Store, open_store

JSONReport = dict[str, Any]


class Checker:
    """Owns the loaded pipeline, the HTTP client and the cache; build one per process."""

    def __init__(
        self,
        settings: Settings | None = None,
        store: Store | None = None,
        analyzer: Analyzer | None = None,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self.store = store or open_store(self.settings.redis_url)
        self.cache = ReportCache(
            self.store, prefix=self.settings.redis_prefix, ttl=self.settings.cache_ttl
        )
        self._analyzer = analyzer
        self._fetcher: Fetcher | None = None

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
        _ = self.analyzer

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

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
            lambda: self.analyzer.analyze(text, published=published, name=name).to_dict(),
        )

    def check_link(
        self, link: str, *, published: date | None = None, use_cache: bool = True
    ) -> JSONReport:
        """Fetch a link and check its article; the page's own date is used when none is given."""

        def fresh() -> JSONReport:
            article = self.fetch(link)
            report = self.analyzer.analyze(
                article.text, published=published or article.published, name=link
            )
            report.source = article.source()
            return report.to_dict()

        return self._cached(self.cache.key_for_link(link, published), use_cache, link, fresh)

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
