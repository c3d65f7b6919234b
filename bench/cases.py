"""Written cases for the arithmetic and weekday-date checks, from patterns found in real copy.

Each template is filled with random figures, once right and once wrong, so recall and
false alarms are measured on the same shapes.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    check: str
    text: str
    wrong: bool
    published: dt.date | None = None


def _pct_change(rng: random.Random, wrong: bool) -> str:
    a = rng.randrange(20, 5000)
    b = a + rng.choice([-1, 1]) * rng.randrange(max(2, a // 10), a // 2 + 3)
    pct = round(abs(b - a) / a * 100)
    if wrong:
        pct = pct + rng.choice([-1, 1]) * rng.randrange(5, 15) if pct > 16 else pct + 10
    up = b > a
    noun, verb = rng.choice(
        [("the number of arrests", "rose" if up else "fell"), ("ticket sales", "climbed" if up else
         "dropped"), ("the waiting list", "grew" if up else "declined")]
    )  # fmt: skip
    word = rng.choice(["increase", "rise"]) if up else rng.choice(["fall", "drop", "decline"])
    return rng.choice(
        [
            f"Figures showed {noun} {verb} from {a:,} to {b:,} last year, a {pct}% {word}.",
            f"Over the year {noun} {verb} from {a:,} in 2014 to {b:,} in 2015, a {pct} per cent "
            f"{word} that surprised officials.",
            f"The report said {noun} {verb} by {pct}% from {a:,} to {b:,}.",
        ]
    )


def _abs_change(rng: random.Random, wrong: bool) -> str:
    a = rng.randrange(100, 90000)
    b = a + rng.randrange(10, a)
    d = b - a + (rng.randrange(5, 500) if wrong else 0)
    return f"Attendance went from {a:,} to {b:,}, an increase of {d:,}, the club said."


def _share(rng: random.Random, wrong: bool) -> str:
    whole = rng.randrange(20, 900)
    part = rng.randrange(1, whole)
    pct = round(part / whole * 100) + (rng.choice([-1, 1]) * rng.randrange(6, 20) if wrong else 0)
    pct = max(pct, 1)
    return f"In all, {part} of the {whole} schools ({pct}%) failed the inspection."


_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _total(rng: random.Random, wrong: bool) -> str:
    a, b = rng.randrange(1, 5), rng.randrange(1, 5)
    total = a + b + (rng.choice([-1, 1]) if wrong else 0)
    if total < 2:
        total = a + b + 1
    kinds = rng.choice([("men", "women"), ("adults", "children"), ("passengers", "crew")])
    words = {n + 2: w for n, w in enumerate(_WORDS)} | {1: "one"}
    return (
        f"Police said {words.get(total, str(total))} people were injured: "
        f"{words[a]} {kinds[0]} and {words[b]} {kinds[1]}."
    )


def _weekday(rng: random.Random, wrong: bool) -> tuple[str, dt.date | None]:
    day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(0, 5000))
    shown = day + dt.timedelta(days=rng.randrange(1, 7)) if wrong else day
    weekday = f"{shown:%A}"
    forms = [
        (f"The trial opened on {weekday}, {day:%B} {day.day}, {day.year}, in Leeds.", None),
        (f"The hearing is set for {weekday} {day.day} {day:%B} {day.year}.", None),
        (f"Polls close on {weekday}, {day.day} {day:%B}, officials said.", day - dt.timedelta(7)),
        (f"He was last seen on {weekday} ({day:%B} {day.day}) near the harbour.", day),
    ]
    return rng.choice(forms)


def _relative(rng: random.Random, wrong: bool) -> tuple[str, dt.date | None]:
    published = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(0, 3000))
    yesterday = published - dt.timedelta(days=1)
    shown = yesterday + dt.timedelta(days=rng.randrange(1, 7)) if wrong else yesterday
    return f"The minister resigned yesterday ({shown:%A}) after a week of pressure.", published


def written_cases(per_shape: int = 30, seed: int = 7) -> list[Case]:
    rng = random.Random(seed)
    cases = []
    for wrong in (True, False):
        for shape in (_pct_change, _abs_change, _share, _total):
            cases += [Case("arithmetic", shape(rng, wrong), wrong) for _ in range(per_shape)]
        for shape2 in (_weekday, _relative):
            for _ in range(per_shape):
                text, published = shape2(rng, wrong)
                cases.append(Case("weekday-date", text, wrong, published))
    return cases
