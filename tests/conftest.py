"""Shared fixtures: one real spaCy pipeline per test session, and the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.analysis.analyzer import Analyzer
from bot.config import Settings

CORPUS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


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
