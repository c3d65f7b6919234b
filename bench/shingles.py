"""Scoring extracted article bodies the way the article-extraction benchmark does.

Texts become word tokens (``\\w+``), tokens become overlapping 4-word shingles, and each
page gets true/false positives and negatives over shingle counts, normalised so long
pages weigh no more than short ones. Precision and recall are averaged over pages and
F1 is taken from the two averages.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    count = max(1, len(tokens) - SHINGLE + 1)
    return Counter(t for i in range(count) if (t := tuple(tokens[i : i + SHINGLE])))


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp > 0 else None

    @property
    def recall(self) -> float | None:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn > 0 else None


def score_page(truth: str, predicted: str) -> PageScore:
    want, got = _shingles(truth), _shingles(predicted)
    tp = fp = fn = 0.0
    for key in want.keys() | got.keys():
        tp += min(want[key], got[key])
        fp += max(0, got[key] - want[key])
        fn += max(0, want[key] - got[key])
    total = tp + fp + fn
    return PageScore(tp / total, fp / total, fn / total) if total else PageScore(0, 0, 0)


def summarise(scores: list[PageScore]) -> dict[str, float]:
    """Mean precision, mean recall, and F1 from the two means (the benchmark's F1)."""
    precision = statistics.mean(p for s in scores if (p := s.precision) is not None)
    recall = statistics.mean(r for s in scores if (r := s.recall) is not None)
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall),
    }
