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

# "the stamp duty threshold to ", "its cap from ", "the minimum spend for free delivery to ":
# a determiner, up to six words, then the preposition right before the figure
_LEVEL = re.compile(
    r"\b(?:the|its|their|his|her)\s+((?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)\s+(from|to)\s+$",
    re.I,
)
_READ_BEFORE = 60  # characters before a figure read for the thing it is the level of
# Words of another move of the same thing ("raised the fare to £4 in May and again to £4.50
# last week", "It has since cut the cap to £30"): successive levels, not one told twice
_MOVED_AGAIN = re.compile(
    r"\b(?:again|further|since|previously|earlier|later|then|now|once more|another|second|"
    r"last|next|already|original(?:ly)?|new|latest)\b",
    re.I,
)
# "the new £30 minimum", "its revised £1,780 cap": a level named back by its noun
_NAMED_BACK = re.compile(
    r"\b(?:the|its|their)\s+(?:(?:new|revised|higher|lower|reduced|increased|proposed)\s+)?$",
    re.I,
)
_NOUN_AFTER = re.compile(r"\s([a-z][\w-]*)\b")
# Words that say nothing of what the level is of ("the year to £5m", "the end to 40", "the
# £3 for children" after "the charge for parking")
_NAMES_NOTHING = {
    "year", "end", "way", "one", "total", "sum", "figure", "amount", "number", "level",
    "for", "of", "to", "in", "on", "at", "with", "and", "or", "a", "an", "the", "per", "each",
    "every", "will", "would", "could", "is", "was", "be", "by", "from",
}  # fmt: skip


def _read_from(facts: Facts, f: ReadFigure) -> int:
    """Where the words before a figure are read from: its sentence, at most 60 characters."""
    return max(facts.sentences[f.sentence][0], f.start - _READ_BEFORE)


def level_of(facts: Facts, f: ReadFigure) -> tuple[str, str] | None:
    """(the thing as written, "from" or "to") when the figure is that thing's level."""
    m = _LEVEL.search(facts.text, _read_from(facts, f), f.start)
    if m is None:
        return None
    thing = " ".join(m.group(1).lower().split())
    if thing.split()[-1] in _NAMES_NOTHING:
        return None
    return thing, m.group(2).lower()


def _noun_named_back(facts: Facts, f: ReadFigure) -> str | None:
    """The noun after a figure opened by "the" or "its" ("the new £30 minimum": "minimum")."""
    noun = _NOUN_AFTER.match(facts.text, f.end)
    if noun is None or _NAMED_BACK.search(facts.text, _read_from(facts, f), f.start) is None:
        return None
    word = noun.group(1).lower()
    return None if word in _NAMES_NOTHING else word


def _named_back(facts: Facts, f: ReadFigure, level: tuple[str, str] | None) -> bool:
    """The figure names a level moved to before by one of its words ("raised the minimum
    spend for free delivery to £25" / "the new £30 minimum")."""
    if level is None or level[1] != "to":
        return False
    noun = _noun_named_back(facts, f)
    return noun is not None and noun in level[0].split()


def level_keys(facts: Facts, f: ReadFigure) -> list[tuple[str, ...]]:
    """Keys that meet the figures of one level: the thing as written, each of its words for
    a level moved to, and the noun of a level named back."""
    if f.kind not in {"money", "count"}:
        return []
    level = level_of(facts, f)
    if level is not None:
        words = level[0].split() if level[1] == "to" else []
        return [("level", *level), *(("level word", w) for w in words if w not in _NAMES_NOTHING)]
    noun = _noun_named_back(facts, f)
    return [("level word", noun)] if noun is not None else []


def same_level(facts: Facts, a: ReadFigure, b: ReadFigure) -> bool:
    """Both are the level of one thing named alike, moved from or to it, or the later one
    names the earlier's level back by its noun."""
    if a.kind not in {"money", "count"}:
        return False  # a rate is moved again and again ("raised the base rate to 5%")
    first, later = (a, b) if a.start < b.start else (b, a)
    level = level_of(facts, first)
    if level is not None and level == level_of(facts, later):
        return not any(_moved_again(facts, f) for f in (a, b))
    if _named_back(facts, later, level):
        # "new" is the level just set, not another move
        return not any(_moved_again(facts, f, allow={"new"}) for f in (a, b))
    return False


def _moved_again(
    facts: Facts, f: ReadFigure, allow: frozenset[str] | set[str] = frozenset()
) -> bool:
    """The figure's sentence tells of another move of the thing (words in ``allow`` aside)."""
    start, end = facts.sentences[f.sentence]
    return any(
        m.group(0).lower() not in allow for m in _MOVED_AGAIN.finditer(facts.text, start, end)
    )
