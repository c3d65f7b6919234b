"""Independent error injector for the consistency-check benchmark.

Written from the issue's descriptions of the error kinds only, never from the bot's rules, so
that recall measured on these plantings is not the rules grading their own homework. Each call
plants exactly one error of one kind into a clean article, in one of several surface forms
chosen by the caller's rng, and says where it is; `clean_control` plants the non-error twin
of the same template (a former holder, the same age, the right weekday) to measure false
alarms on text that looks like an error but is not.

The work is split by kind: bench/planted_roles.py (role-conflict, title-conflict, over
planted_offices.py), planted_people.py (name-variant, age-conflict), planted_quotes.py
(quote-attribution), planted_numbers.py (number-conflict, over planted_figures.py),
planted_arith.py (arithmetic) and planted_dates.py (weekday-date); planted_text.py (sentences,
edits, spans) and planted_names.py (people, bodies, invented names) hold what they share.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.planted_arith import plant_arithmetic
from bench.planted_dates import plant_weekday
from bench.planted_numbers import plant_number
from bench.planted_people import plant_age, plant_name_variant
from bench.planted_quotes import plant_quote
from bench.planted_roles import plant_role, plant_title
from bench.planted_text import KINDS, Planted

__all__ = ["KINDS", "Planted", "clean_control", "plant"]

_PLANTERS: dict[str, Callable[[str, random.Random, bool], Planted | None]] = {
    "role-conflict": plant_role,
    "title-conflict": plant_title,
    "name-variant": plant_name_variant,
    "age-conflict": plant_age,
    "number-conflict": plant_number,
    "weekday-date": plant_weekday,
    "quote-attribution": plant_quote,
    "arithmetic": plant_arithmetic,
}


def _run(text: str, kind: str, rng: random.Random, control: bool) -> Planted | None:
    if kind not in _PLANTERS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    planted = _PLANTERS[kind](text, rng, control)
    if planted is None or planted.text == text or not planted.changed:
        return None  # nothing natural to plant here (or nothing changed after all)
    return planted


def plant(text: str, kind: str, rng: random.Random) -> Planted | None:
    """The article with one error of `kind` planted, or None when it offers no natural place.

    Deterministic for a given rng state; `changed` spans every sentence changed or added."""
    return _run(text, kind, rng, control=False)


def clean_control(text: str, kind: str, rng: random.Random) -> Planted | None:
    """The same template planted as a non-error (a former holder, the same age restated,
    the right weekday, parts that add up), or None when there is no place for it."""
    return _run(text, kind, rng, control=True)
