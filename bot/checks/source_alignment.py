"""Which source sentence tells what each draft sentence tells: the pairing that
:mod:`bot.checks.source_mismatch` compares within."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from bot.analysis import budget
from bot.analysis.model import Figure, Passage
from bot.analysis.report import Report

_WORD = re.compile(r"[a-z0-9']+")
_STOP = frozenset((
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
    "as", "is", "was", "were", "are", "be", "been", "has", "have", "had", "it", "its", "he",
    "she", "his", "her", "they", "their", "this", "that", "said", "says", "will", "would",
    "not", "but",
))  # fmt: skip
_ALIGNED = 0.5  # share of a draft sentence's words found in its source sentence
#: sentences or quotes of the source looked at per word (an index, not every pair)
MAX_POSTINGS = 200


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def content_of(text: str) -> set[str]:
    return {w for w in words_of(text) if w not in _STOP and len(w) > 2}


class Side:
    """One text's sentences and facts, indexed for lookups."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.text = report.text
        self.sentences = report.sentences
        self.content = [content_of(self.text[s:e]) for s, e in self.sentences]
        self._figures: defaultdict[int, list[Figure]] = defaultdict(list)
        for f in report.all_figures:
            self._figures[f.sentence].append(f)

    def passage(self, index: int) -> Passage:
        start, end = self.sentences[index]
        return Passage(self.text[start:end], start, end)

    def figures_in(self, index: int) -> list[Figure]:
        return self._figures.get(index, [])


def index(word_sets: list[set[str]]) -> defaultdict[str, list[int]]:
    """Word -> the items holding it (at most ``MAX_POSTINGS`` each)."""
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for j, words in enumerate(word_sets):
        for w in words:
            if len(postings[w]) < MAX_POSTINGS:
                postings[w].append(j)
    return postings


def align(draft: Side, source: Side) -> list[int | None]:
    """For each draft sentence, the source sentence telling the same thing, if any."""
    pairs: list[int | None] = []
    source_texts: dict[str, list[int]] = {}
    for j in range(len(source.sentences)):
        source_texts.setdefault(source.passage(j).quote, []).append(j)
    postings = index(source.content)
    for i, words in enumerate(draft.content):
        budget.check()
        same = source_texts.get(draft.passage(i).quote)
        if same:  # the very sentence: the nearest copy of it, never a look-alike
            pairs.append(min(same, key=lambda j: abs(j - i)))
            continue
        # Only source sentences sharing a word can score; ties go to the first, as a scan would.
        shared_counts = Counter(j for w in words for j in postings.get(w, ()))
        best, score = None, 0.0
        for j in sorted(shared_counts):
            shared = shared_counts[j] / len(words)
            if shared > score:
                best, score = j, shared
        pairs.append(best if score >= _ALIGNED else None)
    return pairs
