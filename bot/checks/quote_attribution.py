"""quote-attribution: the same (or nearly the same) quote given to two speakers.

Quotes are compared as lower-case words: one counts as the other when it holds
at least four of its words in a row, or when they share most of their words.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from bot.analysis import budget
from bot.analysis.model import Flag, Quote
from bot.checks.facts import Facts

CHECK_ID = "quote-attribution"
_MIN_RUN = 4
_MIN_OVERLAP = 0.8
_WORD = re.compile(r"[\w']+")
# Quotes looked at per key word: an article repeats a line a few times; a paste of the
# same line four thousand times would otherwise pair every quote with every other.
MAX_POSTINGS = 64


def _words(quote: Quote) -> list[str]:
    return _WORD.findall(quote.text.lower().replace("’", "'"))


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n >= _MIN_RUN and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def same_quote(a: Quote, b: Quote) -> bool:
    """Whether two quotes are one quote, in full or cut."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    shorter, longer = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if _contains(longer, shorter):
        return True
    sa, sb = set(wa), set(wb)
    return min(len(sa), len(sb)) >= _MIN_RUN and len(sa & sb) / len(sa | sb) >= _MIN_OVERLAP


def _keys(words: list[str], rarity: Counter[str]) -> set[str]:
    """Words one of which any quote that is "the same" as this one must contain.

    When this is the shorter quote and the other holds it whole, the other holds all its
    words. When they share most words (intersection at least ``o = _MIN_OVERLAP`` of the
    union), the other misses at most ``(1 - o) / o * n`` of this quote's ``n`` distinct
    words, so it holds one of any ``floor((1 - o) / o * n) + 1`` of them. The rarest are
    taken, so candidates are few (prefix filtering); pairs are found from either side.
    """
    distinct = sorted(set(words), key=lambda w: (rarity[w], w))
    needed = math.floor((1 - _MIN_OVERLAP) / _MIN_OVERLAP * len(distinct) + 1e-9) + 1
    return set(distinct[:needed])


def _candidate_pairs(named: list[Quote]) -> dict[int, list[int]]:
    """For each quote, the later ones sharing one of its key words: never every pair."""
    words = [_words(q) for q in named]
    rarity: Counter[str] = Counter(w for ws in words for w in set(ws))
    by_word: defaultdict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in set(ws):
            by_word[w].append(i)
    later: defaultdict[int, set[int]] = defaultdict(set)
    for i, ws in enumerate(words):
        budget.check()
        for w in _keys(ws, rarity):
            for j in by_word[w][:MAX_POSTINGS]:
                if j != i:
                    later[min(i, j)].add(max(i, j))
    return {i: sorted(js) for i, js in later.items()}


def check(facts: Facts) -> Iterator[Flag]:
    """Flag quotes given to two different named speakers."""
    named = [q for q in facts.quotes if q.speaker]
    reported: set[int] = set()
    candidates = _candidate_pairs(named)
    for i, a in enumerate(named):
        budget.check()
        for j in candidates.get(i, ()):
            b = named[j]
            if a.speaker == b.speaker or j in reported or not same_quote(a, b):
                continue
            reported.add(j)
            yield (
                Flag(
                    check=CHECK_ID,
                    severity="high",
                    message=f"The same quote is given to {a.speaker} and to {b.speaker}.",
                    evidence=facts.passages(a.sentence, b.sentence),
                )
            )
