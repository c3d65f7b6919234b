"""Key figures: the few numbers an editor most needs to check, most newsworthy first."""

from __future__ import annotations

import math

from bot.analysis.model import Figure

KEY_FIGURES = 6
_HUMAN = {
    "people", "person", "death", "victim", "casualty", "child", "adult", "patient", "worker",
    "job", "refugee", "migrant", "soldier", "troop", "civilian", "resident", "home", "house",
    "family", "student", "voter", "member", "fan", "passenger", "life", "case", "body",
}  # fmt: skip
_KIND_WEIGHT = {"money": 2.0, "percent": 1.5, "count": 1.0, "range": 1.2, "vague": 0.6}


def _score(figure: Figure) -> float:
    score = _KIND_WEIGHT.get(figure.kind, 0.5)
    if figure.counted in _HUMAN or figure.counted.rstrip("s") in _HUMAN:
        score += 1.5
    if figure.counted:
        score += 0.5
    if not figure.predicate and (figure.low or 0) < 10:
        score -= 1.5  # one item of a list ("two residents")
    magnitude = figure.high or figure.low or 0.0
    score += 0.25 * math.log10(magnitude + 1)
    score += 1.0 / (1.0 + 0.15 * figure.sentence)
    return score


def key_figures(figures: list[Figure], limit: int = KEY_FIGURES) -> list[Figure]:
    """Up to ``limit`` figures with a context, each value once, best first."""
    candidates = [f for f in figures if f.context and not (f.kind == "count" and (f.low or 0) < 2)]
    chosen: list[Figure] = []
    seen: set[tuple[str, str]] = set()
    for figure in sorted(candidates, key=_score, reverse=True):
        key = (figure.value.lower(), figure.counted)
        if key in seen:
            continue
        seen.add(key)
        chosen.append(figure)
        if len(chosen) == limit:
            break
    return chosen
