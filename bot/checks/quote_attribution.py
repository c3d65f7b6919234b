"""quote-attribution: the same (or nearly the same) quote given to two speakers.

Quotes are compared as lower-case words: one counts as the other when it holds
at least four of its words in a row, or when they share most of their words.
"""

from __future__ import annotations

import re

from bot.analysis.model import Flag, Quote
from bot.checks.facts import Facts

CHECK_ID = "quote-attribution"
_MIN_RUN = 4
_MIN_OVERLAP = 0.8
_WORD = re.compile(r"[\w']+")


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


def check(facts: Facts) -> list[Flag]:
    """Flag quotes given to two different named speakers."""
    flags = []
    named = [q for q in facts.quotes if q.speaker]
    reported: set[int] = set()
    for i, a in enumerate(named):
        for b in named[i + 1 :]:
            if a.speaker == b.speaker or id(b) in reported or not same_quote(a, b):
                continue
            reported.add(id(b))
            flags.append(
                Flag(
                    check=CHECK_ID,
                    severity="high",
                    message=f"The same quote is given to {a.speaker} and to {b.speaker}.",
                    evidence=facts.passages(a.sentence, b.sentence),
                )
            )
    return flags
