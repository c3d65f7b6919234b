"""The stretch of time a count is bounded by, for number-conflict: "48,900 patients had
been waiting more than 65 weeks" and "42,000 patients waited more than 12 hours" count
two groups, however alike their nouns and verbs; the same count told with the same
stretch, or with none, is still one."""

from __future__ import annotations

import re

from bot.analysis.figure_frames import ReadFigure
from bot.analysis.numbers import WORD_NUMBERS
from bot.checks.facts import Facts

_WAIT = re.compile(
    r"\b(?:(?:more|longer|less|fewer)\s+than|over|under|at\s+least|up\s+to|within|for)\s+"
    r"(?:a|an|\d[\d,.]*|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")"
    r"\s+(hours?|days?|weeks?|months?|years?)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:.!?]")
_READ = 90  # characters read after the figure for its stretch of time


def stretch(facts: Facts, f: ReadFigure) -> str:
    """The stretch of time bounding the figure's count in its clause after it ("more than
    65 weeks"), lower-cased with single spaces; "" when its clause gives none."""
    _start, end = facts.sentences[f.sentence]
    window = facts.text[f.end : min(end, f.end + _READ)]
    stop = _CLAUSE_END.search(window)
    found = _WAIT.search(window, 0, stop.start() if stop else len(window))
    return " ".join(found.group(0).lower().split()) if found else ""


def other_stretches(first: str, second: str) -> bool:
    """Two counts' stretches (:func:`stretch`): both bounded, and not by the same one."""
    return bool(first and second and first != second)
