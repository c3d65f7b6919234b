"""The one call the CLI (and the Slack listeners) make: check a link or a text."""

from __future__ import annotations

from datetime import date

from bot.analysis.analyzer import Analyzer
from bot.config import Settings
from bot.fetch.client import Fetcher
from bot.fetch.extract import Article
from bot.report import Report


class Checker:
    """Owns the loaded pipeline and the HTTP client; build one per process."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self._analyzer: Analyzer | None = None
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

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    def fetch(self, link: str) -> Article:
        """The article behind a link (raises a FetchError subclass with the message)."""
        return self.fetcher.fetch_article(link)

    def check_text(self, text: str, *, published: date | None = None, name: str = "-") -> Report:
        """Check pasted copy (raises an InputError subclass with the message)."""
        return self.analyzer.analyze(text, published=published, name=name)

    def check_link(self, link: str, *, published: date | None = None) -> Report:
        """Fetch a link and check its article; the page's own date is used when none is given."""
        article = self.fetch(link)
        report = self.check_text(article.text, published=published or article.published, name=link)
        report.source = article.source()
        return report
