"""Shared fixtures: one real spaCy pipeline per test session, and the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.analyzer import Analyzer
from bot.config import Settings

CORPUS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
TESTS_DIR = Path(__file__).resolve().parent
# Whole modules left out of the quick selection (`make test-quick`): they start processes
# or servers per test, or walk the corpus, and take most of the full suite's time.
SLOW_MODULES = {
    "test_cli.py", "test_queue.py", "test_corpus_false_alarms.py", "test_analysis_pool.py",
    "test_extraction_benchmark.py", "test_hostile_text.py", "test_shutdown.py",
    "test_serve.py", "test_redis_timeouts.py", "test_deadline.py", "test_hostile_servers.py",
    "test_tls_names.py", "test_properties.py", "test_bad_input.py", "test_client.py",
}  # fmt: skip


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark what reads the corpus ``corpus`` and what is slow ``slow``, so that
    ``-m "not slow"`` is the quick selection."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "corpus_dir" in fixtures:
            item.add_marker(pytest.mark.corpus)
            item.add_marker(pytest.mark.slow)
        if item.path.name in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer(Settings())


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus; skipped where absent, except in CI where it must be there."""
    if not (CORPUS_DIR / "news-articles.jsonl").exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the shared corpus is missing at {CORPUS_DIR}")
        pytest.skip(f"shared corpus not found at {CORPUS_DIR}")
    return CORPUS_DIR
