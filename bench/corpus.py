"""Reading the shared corpus in place (it is never copied into the repository)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CORPUS_DIR = Path(
    os.environ.get(
        "CORPUS_DIR", Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    )
)
ARTICLES = CORPUS_DIR / "news-articles.jsonl"
SEED = CORPUS_DIR / "seed-article.txt"


@dataclass(frozen=True)
class Article:
    id: str
    source: str
    text: str
    reference_summary: str


def article_text(paragraphs: list[str]) -> str:
    """The article as a desk would paste it: paragraphs separated by blank lines."""
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())


def load_articles(source: str | None = None) -> Iterator[Article]:
    """The corpus articles, optionally only one source ("cnndm" or "xsum")."""
    with ARTICLES.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if source is None or row["source"] == source:
                yield Article(
                    row["id"],
                    row["source"],
                    article_text(row["paragraphs"]),
                    row["reference_summary"],
                )
