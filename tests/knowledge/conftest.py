"""Fixtures for the knowledge store: the reference datasets (read in place from
../shared/knowledge, never copied), a store built by importing them, and a way to make
the analysis read a chosen store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.knowledge.imports import import_ifg, import_us_executive
from bot.knowledge.index import Knowledge, load_knowledge, use_knowledge
from bot.knowledge.reign import import_reign
from bot.knowledge.store import KnowledgeStore

KNOWLEDGE_DIR = Path(__file__).resolve().parents[3] / "shared" / "knowledge"


@pytest.fixture(scope="session")
def knowledge_dir() -> Path:
    """../shared/knowledge; skipped where absent, except in CI where it must be there."""
    if not (KNOWLEDGE_DIR / "ifg-ministers" / "appointment.csv").exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the reference datasets are missing at {KNOWLEDGE_DIR}")
        pytest.skip(f"reference datasets not found at {KNOWLEDGE_DIR}")
    return KNOWLEDGE_DIR


@pytest.fixture(scope="session")
def imported_store(knowledge_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store in a temporary directory holding the three reference datasets."""
    store = KnowledgeStore(tmp_path_factory.mktemp("knowledge") / "knowledge.sqlite3")
    store.write(import_ifg(knowledge_dir / "ifg-ministers"), "ifg")
    store.write(import_us_executive(knowledge_dir / "us-executive" / "executive.yaml"), "us")
    store.write(import_reign(knowledge_dir / "reign" / "leaderlist_3_21.csv"), "reign")
    return store.path


@pytest.fixture()
def shipped_only() -> Iterator[Knowledge]:
    """The analysis reads the shipped table alone, whatever KNOWLEDGE_DB says."""
    knowledge = load_knowledge(None)
    use_knowledge(knowledge)
    yield knowledge
    use_knowledge(None)


@pytest.fixture()
def with_imports(imported_store: Path) -> Iterator[Knowledge]:
    """The analysis reads the store built from the reference datasets."""
    knowledge = load_knowledge(imported_store)
    use_knowledge(knowledge)
    yield knowledge
    use_knowledge(None)
