"""A fixed tuning/test split of the shared corpus, for measuring the planted-error benchmark.

Rules are tuned on the tuning half only; the test half is measured once at the end, because a
figure measured on the texts a rule was tuned on says little about the next article. The split
hashes the article id, so it never changes when articles are added, removed or reordered.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus"
# Both files are read in place: the corpus is never copied into the repository.
SOURCES = ("news-articles.jsonl", "bbc-2004-05.jsonl")
SPLITS = ("tuning", "test")


def is_tuning(article_id: str) -> bool:
    """True for the half of the ids whose sha1 hex digest starts with 0-7 (an even coin)."""
    return hashlib.sha1(article_id.encode("utf-8")).hexdigest()[0] in "01234567"


def section_of(record: dict[str, Any]) -> str:
    """The reporting section: "cnndm"/"xsum" for news-articles, the BBC desk for bbc-2004-05.

    news-articles records mark their origin in `source` and have no `section`; bbc-2004-05
    records all share one `source` and carry the desk in `section`.
    """
    section = record.get("section")
    if isinstance(section, str) and section:
        return section
    return str(record.get("source", "unknown"))


def article_text(paragraphs: list[str]) -> str:
    """The article as a desk would paste it: paragraphs separated by blank lines."""
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())


def load_articles(split: str) -> list[dict[str, Any]]:
    """Every article of one split, in file order: dicts with id, section, source, title, text."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    want_tuning = split == "tuning"
    articles: list[dict[str, Any]] = []
    for name in SOURCES:
        with (CORPUS_DIR / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if is_tuning(record["id"]) != want_tuning:
                    continue
                articles.append(
                    {
                        "id": record["id"],
                        "section": section_of(record),
                        "source": record.get("source", ""),
                        "title": record.get("title", ""),
                        "text": article_text(record["paragraphs"]),
                    }
                )
    return articles
