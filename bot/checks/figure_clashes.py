"""One slip, one flag: number-conflict's clashes merged where they are one error told
against several tellings.

A story gives a value two or three times ("14 homes" in the lead and again below); one
figure told with another value ("17 homes") clashes with each telling, and each pair would
be a flag of its own, the same error listed two or three times over. The pairs sharing one
figure whose partners give one value are one flag quoting every passage involved.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.analysis.figure_frames import ReadFigure
from bot.analysis.model import SEVERITY_ORDER, Severity


@dataclass(frozen=True)
class Clash:
    """One error: the pair first found (its values make the message) and every figure of
    the pairs merged into it (their sentences are the evidence)."""

    first: ReadFigure
    second: ReadFigure
    figures: tuple[ReadFigure, ...]
    severity: Severity


def merged(pairs: Iterable[tuple[ReadFigure, ReadFigure, Severity]]) -> list[Clash]:
    """The pairs, those sharing a figure whose other figures give one value merged."""
    clashes: list[Clash] = []
    # (a figure's start, the value its partner gives) -> the clash it is in
    index: dict[tuple[int, float | None, float | None], int] = {}
    for a, b, severity in pairs:
        keys = [(a.start, b.low, b.high), (b.start, a.low, a.high)]
        at = next((index[k] for k in keys if k in index), None)
        if at is None:
            at = len(clashes)
            clashes.append(Clash(a, b, (a, b), severity))
        else:
            was = clashes[at]
            known = {f.start for f in was.figures}
            figures = was.figures + tuple(f for f in (a, b) if f.start not in known)
            stronger = min(was.severity, severity, key=SEVERITY_ORDER.__getitem__)
            clashes[at] = Clash(was.first, was.second, figures, stronger)
        for key in keys:
            index.setdefault(key, at)
    return clashes
