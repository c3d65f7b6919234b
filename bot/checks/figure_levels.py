"""The level a named thing is set at, moved from or moved to: "raise the stamp duty
threshold to £150,000" / "increase the threshold to £130,000". Two such figures of one
named thing, with the same "from" or "to", are one level told twice, whatever verb moves
it; the thing must be named alike in both ("the price of the basic model" is not "the
price of the pro model"), and the words of change are what the figure is, not a sign of
another quantity.
"""

from __future__ import annotations

import re

from bot.analysis.figure_frames import ReadFigure
from bot.checks.facts import Facts

# "the stamp duty threshold to ", "its cap from ": a determiner, up to three words and the
# noun, then the preposition right before the figure
_LEVEL = re.compile(
    r"\b(?:the|its|their|his|her)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(from|to)\s+$",
    re.I,
)
_READ_BEFORE = 60  # characters before a figure read for the thing it is the level of
# Nouns that say nothing of what the level is of ("the year to £5m", "the end to 40")
_VAGUE = {"year", "end", "way", "one", "total", "sum", "figure", "amount", "number", "level"}


def level_of(facts: Facts, f: ReadFigure) -> tuple[str, str] | None:
    """(the thing as written, "from" or "to") when the figure is that thing's level."""
    start = max(facts.sentences[f.sentence][0], f.start - _READ_BEFORE)
    m = _LEVEL.search(facts.text, start, f.start)
    if m is None:
        return None
    thing = " ".join(m.group(1).lower().split())
    if thing.split()[-1] in _VAGUE:
        return None
    return thing, m.group(2).lower()


def same_level(facts: Facts, a: ReadFigure, b: ReadFigure) -> bool:
    """Both are the level of one thing named alike, moved from or to it."""
    if a.kind not in {"money", "count"}:
        return False  # a rate is moved again and again ("raised the base rate to 5%")
    level = level_of(facts, a)
    return level is not None and level == level_of(facts, b)
