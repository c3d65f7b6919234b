"""The digits of two figures, for number-conflict: the same digits in another order
("£112,000" / "£121,000"), one digit changed ("£13.8m" / "£43.8m"), two swapped: the slips a
restated figure most often carries, whatever words the restatement uses.
"""

from __future__ import annotations

import re

from bot.analysis.figure_frames import ReadFigure
from bot.analysis.model import Figure
from bot.checks.figure_apart import pronoun_held


def _digits(f: Figure) -> str:
    return re.sub(r"\D", "", f.value)


def significant_digits(f: Figure) -> int:
    """How many digits of substance a figure is written with, trailing zeros aside
    ("£412m": 3, "210,000": 2)."""
    return len(_digits(f).rstrip("0"))


def digit_key(f: Figure) -> tuple[str, ...]:
    """Figures written alike with the same digits in any order ("£112,000" / "£121,000")
    share this key."""
    return ("digits", "".join(sorted(_digits(f))), _shape(f))


def _shape(f: Figure) -> str:
    """How the figure is written, its digits aside ("£#.#m")."""
    return re.sub(r"\d", "#", f.value)


def reordered_digits(a: Figure, b: Figure) -> bool:
    """The same digits in another order, however each is written ("4,200 staff" / "the
    2,400-strong workforce", "1.2m customers" / "2.1 million clients"); swapped_digits
    below asks more: two digits swapped, written alike."""
    if digit_key(a) == digit_key(b):
        return True
    da, db = _value_digits(a), _value_digits(b)
    return len(da) == len(db) and sorted(da) == sorted(db) and da != db


def _value_digits(f: Figure) -> str:
    written = format(f.low or 0.0, "f")
    return written.rstrip("0").rstrip(".").replace(".", "") if "." in written else written


def one_digit_changed(a: Figure, b: Figure) -> bool:
    """Written alike but for one digit ("£13.8m" / "£43.8m"): a slip, however far apart
    the values lie."""
    da, db = _digits(a), _digits(b)
    alike = _shape(a) == _shape(b)
    return alike and sum(x != y for x, y in zip(da, db, strict=True)) == 1


def swapped_digits(a: ReadFigure, b: ReadFigure) -> bool:
    """One figure is the other with two digits swapped, written alike ("£112,000" /
    "£121,000", "11,867" / "11,687", "4.2 million" / "2.4 million"): the slip a restated
    figure most often carries, whatever words the restatement uses."""
    if digit_key(a) != digit_key(b):  # the same digits, so as many of them
        return False
    da, db = _digits(a), _digits(b)
    differ = [i for i, (x, y) in enumerate(zip(da, db, strict=True)) if x != y]
    if len(differ) != 2:
        return False
    # Two digits of substance ("41" / "14", "410m" / "140m") swap by chance in copy full
    # of figures: those count only for one thing told in the same words, nobody else's.
    significant = max(significant_digits(a), significant_digits(b))
    later = max(a, b, key=lambda f: f.start)
    # "a pay offer of 4.5%" / "the 5.4% offer": the later one names it back, bare
    narrowed_alike = a.narrowing == b.narrowing or (later.definite and not later.narrowing)
    same_thing = bool(a.thing) and a.thing == b.thing and narrowed_alike
    return significant >= 3 or (same_thing and not pronoun_held(a, b))
