"""How two values of one quantity compare, qualifiers read (for number-conflict): "over
100" and "120" agree; "more than 50" and "more than 60" for one count do not; "about 70"
stretches to 65, "around 72" does not."""

from __future__ import annotations

import math
import re

from bot.analysis.model import Figure

_NUMBERS = re.compile(r"\d[\d,.]*")
_FLOORS = {"over", "at least"}
_BOUNDS = _FLOORS | {"under", "up to"}
# How far "about" stretches a rounded figure ("about 70") and one given to the unit ("around 72").
_ABOUT_ROUNDED, _ABOUT_EXACT = 0.1, 0.075
# How far above a floor ("more than 3,000") a recap of the same count still goes unasked.
_FLOOR_REACH = 1.25


def _interval(f: Figure) -> tuple[float, float]:
    low = f.low if f.low is not None else 0.0
    high = f.high if f.high is not None else math.inf
    # "More than 3,000 people were killed" / "3,000 people lost their lives": a recap
    # rounds a floor to its figure, so the floor itself agrees with it.
    if f.qualifier in _FLOORS:
        return low, math.inf
    if f.qualifier in {"under", "up to"}:
        return 0.0, high
    if f.kind == "vague":
        return low, math.inf
    if f.qualifier == "about":
        reach = _about_reach(f.value)
        return low * (1 - reach), high * (1 + reach)
    return low, high


def _about_reach(value: str) -> float:
    """How far "about" lets a figure stray: "about 70" is rounded, so 65 is about 70;
    "around 72" was not rounded, and does not stretch to 65."""
    digits = _NUMBERS.search(value)
    significant = re.sub(r"\D", "", digits.group(0)).rstrip("0") if digits else ""
    return _ABOUT_ROUNDED if len(significant) <= 1 or significant[-1] == "5" else _ABOUT_EXACT


def agree(a: Figure, b: Figure) -> bool:
    lo1, hi1 = _interval(a)
    lo2, hi2 = _interval(b)
    return lo1 <= hi2 and lo2 <= hi1


def past_floor(a: Figure, b: Figure) -> bool:
    """A floor and a value far above it ("more than 3,000 people were killed" / "4,000
    people lost their lives"): both can be true, but copy that knew the larger figure
    would not give the floor, so worth a question, not a flag."""
    for floor, other in ((a, b), (b, a)):
        above = bool(floor.low and other.low and other.low > floor.low * _FLOOR_REACH)
        if floor.qualifier in _FLOORS and other.qualifier not in _BOUNDS and above:
            return True
    return False


def disagree(a: Figure, b: Figure) -> bool:
    """Values that cannot both be true; two different floors (or ceilings) for one count
    ("more than 50 teachers" / "more than 60 teachers") are two accounts of it as well."""
    bound = a.qualifier in _BOUNDS and a.qualifier == b.qualifier and a.low != b.low
    return bound or not agree(a, b)
