"""Hostile text at the paste limit: time and peak memory of one analysis, each in a fresh
process so every peak is its own.

    python -m bench.hostile

Each case fills the paste limit (``MAX_TEXT_CHARS``) with one pattern made to hurt a pass
of the analysis: flags that pair everyone with everyone, quotes, names, figures, dates,
runs of punctuation, one endless sentence, one sentence of thousands of figures. The bound
(README, "Limits and safety"): every case answers, with a report or the "too complex"
line, within 10 s and 500 MB.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
import resource
import string
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
DATED = {"office holders on record": dt.date(2023, 1, 1)}  # the copy's date, where it matters
SECONDS, MEGABYTES = 10.0, 500


def _names(n: int) -> list[str]:
    rng = random.Random(1)
    first = ["John", "Mary", "Ali", "Chen", "Olga", "Pedro", "Anna", "Liam", "Zoe", "Ivan"]
    surname = lambda: "".join(rng.choice(string.ascii_lowercase) for _ in range(6)).title()  # noqa: E731
    return [f"{rng.choice(first)} {surname()}" for _ in range(n)]


NAMES = _names(5000)


@functools.lru_cache(maxsize=1)
def _holders() -> list[str]:
    """Every person the shipped office table knows, so each title is looked up."""
    from bot.knowledge.index import default_knowledge

    knowledge = default_knowledge()
    return sorted(knowledge.name(person) for person in knowledge.people)


CASES: dict[str, Callable[[int], str]] = {
    "one office, 5,000 holders": lambda i: f"Prime Minister {NAMES[i % 5000]} said it was over.",
    "quotes, all different": lambda i: (
        f'"We will win this one {i % 50} time," {NAMES[i % 5000]} said.'
    ),
    "one quote, 5,000 speakers": lambda i: f'"We will win this and go on," {NAMES[i % 5000]} said.',
    "two offices each": lambda i: (
        f"Chancellor {NAMES[i % 300]} and Foreign Secretary {NAMES[i % 300]} met."
    ),
    # Every title a lookup, most of them out of date on the copy's date (DATED below), and
    # all the stale ones tried for a stretch they served together.
    "office holders on record": lambda i: (
        f"Prime Minister {_holders()[i % len(_holders())]} met President "
        f"{_holders()[(i * 7) % len(_holders())]}, and they said that the talks had gone well."
    ),
    "counts": lambda i: f"The toll rose to {i} people, of whom {i % 9} were children.",
    # A toll, its parts and totals, and prison terms told twice: every figure a candidate
    # for every other, and each pair looked over for parts that sum to it.
    "tolls, parts and totals": lambda i: (
        f"{i % 40 + 2} people died in a crash. In all, {i % 80 + 4} people were killed."
    ),
    "prison terms": lambda i: (
        f"A man was jailed for {i % 30 + 1} years. The sentence was {i % 29 + 2} years."
    ),
    # Lengths of time and scores told back: each read against every one told before it.
    "lengths told back": lambda i: (
        f"{NAMES[i % 5000]} was jailed for {i % 30 + 1} months. "
        f"{NAMES[i % 5000]}'s {i % 9 + 2}-year prison sentence was upheld. "
        f"The strike will last {i % 72 + 1} hours. The {i % 4 + 1}-day strike ends."
    ),
    "scores told back": lambda i: (
        f"Hull beat Bury {i % 9}-{i % 7}. Their {i % 5}-{i % 3} win lifts them. "
        f"The {i % 4 + 1}-goal win was deserved. Kent beat Ayr by {i % 90 + 1} runs. "
        f"The {i % 80 + 1}-run win lifts them."
    ),
    "sums": lambda i: f"Of the {i} seats, {i // 2} went to Labour and {i // 2 + 2} to others.",
    # A price list of conversions, every one at another rate: each read against the rest.
    "conversions": lambda i: f"It sold for ${i + 10}m (£{(i * 7) % 90 + 1}m) in one deal.",
    "ages": lambda i: f"{NAMES[i % 50]}, {20 + i % 60}, said no.",
    "dates": lambda i: f"On Monday, {1 + i % 28} March 2021, it rained.",
    "fragments": lambda i: f"A{i % 7}.",
    "quote marks": lambda i: '"' * 1000,
    "mixed punctuation": lambda i: "!?.,;:()" * 125,
    "nested brackets": lambda i: "(" * 500 + ")" * 500,
    "one endless sentence": lambda i: "the cat and the dog and",
    # One sentence of thousands of figures: every figure's reading once walked the whole
    # sentence (32 s and 1.3 GB at 30,000 characters, found by a red team).
    "one sentence of shares": lambda i: f"{i % 97}% of {100 + i % 900} and",
    "one sentence of changes": lambda i: f"rose from {i % 97}% to {(i * 7) % 97}% and",
    "one sentence of subsets": lambda i: f"{i % 90 + 10} people of whom {i % 9 + 1} people and",
    # Pasted markup, turned into text before any time budget starts (20 s for 48,000 "<<",
    # found by a red-team helper), and one sentence of bare shares (650 MB).
    "pasted markup": lambda i: "<div><p>a b</p></div>",
    "open angle brackets": lambda i: "<p>" + "<<" * 20,
    # UTF-8 read as Windows-1252 in every word: the repair runs over the whole paste
    "mojibake": lambda i: f"The council spent Â£{i}m on itâ€™s caf\u00c3\u00a9 and roads.",
    "one sentence of bare shares": lambda i: f"{i % 97}%,",
}
# Cases that hurt most below the paste limit: the sentence splitter cuts longer runs.
SIZES = {
    "one sentence of shares": 30_000,
    "one sentence of changes": 25_000,
    "one sentence of subsets": 30_000,
    "one sentence of bare shares": 30_000,
}


def _fill(unit: Callable[[int], str], size: int) -> str:
    parts, n, i = [], 0, 0
    while n < size - 1100:
        part = unit(i)
        parts.append(part)
        n, i = n + len(part) + 1, i + 1
    return " ".join(parts)


def _one(case: str) -> dict[str, object]:
    """Run in a child: analyse the case once, report time, outcome and peak RSS."""
    from bot.analyzer import Analyzer
    from bot.config import Settings
    from bot.errors import BotError

    settings = Settings.from_env()
    analyzer = Analyzer(settings)
    analyzer.analyze("Warm the model up first.")
    text = "The figures were " + _fill(CASES[case], SIZES.get(case, settings.max_text_chars))
    start = time.perf_counter()
    try:
        report = analyzer.analyze(
            text, time_budget=settings.analysis_timeout, published=DATED.get(case)
        )
        outcome = f"{len(report.flags)} flags, {sum(report.flags_omitted.values())} more counted"
    except BotError as e:
        outcome = f"refused: {e}"
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"case": case, "chars": len(text), "seconds": round(seconds, 2),
            "peak_rss_mb": round(peak), "outcome": outcome}  # fmt: skip


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(_one(sys.argv[2])))
        return 0
    rows = []
    for case in CASES:
        done = subprocess.run(
            [sys.executable, "-m", "bench.hostile", "--one", case],
            capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        row = json.loads(done.stdout.strip().splitlines()[-1])
        row["within_bounds"] = row["seconds"] <= SECONDS and row["peak_rss_mb"] <= MEGABYTES
        rows.append(row)
        print(f"{case:28} {row['chars']:>7,} chars {row['seconds']:>5.1f} s "
              f"{row['peak_rss_mb']:>4} MB  {row['outcome'][:70]}", flush=True)  # fmt: skip
    worst_s = max(float(str(r["seconds"])) for r in rows)
    worst_mb = max(float(str(r["peak_rss_mb"])) for r in rows)
    print(f"worst: {worst_s:.1f} s, {worst_mb:.0f} MB peak RSS "
          f"(bounds {SECONDS:g} s, {MEGABYTES} MB)")  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "hostile.json").write_text(json.dumps(rows, indent=2))
    return 0 if all(r["within_bounds"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
