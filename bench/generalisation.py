"""Checks measured on copy they were not tuned on, with errors planted by other hands.

    python -m bench.generalisation [--split test|tuning] [--limit N] [--every N] [--kinds k1,k2]
        [--jobs N]

The corpus split (bench/split.py: sha1 of the id, 0-7 tuning, 8-f test) is fixed before
any rule changes; rules are tuned on the tuning half and this bench reports the test half.
Per section (cnndm, xsum and the BBC desks):

- false alarms: high and medium flags per clean article, each listed for a verdict;
- recall of the independent injector (bench/planted.py, written from the issue's words
  without reading the rules): one error of one kind planted per article where the article
  offers a natural place; a hit is a flag of that check with evidence overlapping a
  changed passage;
- its clean controls: the same template planted as a non-error, counted when a high or
  medium flag of that check quotes the planted passage;
- recall of the project's own injector (bench/injection.py) on the same split, for
  comparison with the figures it gave on the texts it was written beside.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.injection import INJECTORS
from bench.planted import KINDS, Planted, clean_control, plant
from bench.split import load_articles
from bot.analysis.model import Flag
from bot.analyzer import Analyzer
from bot.errors import InputError

RESULTS = Path(__file__).resolve().parent / "results"


def _rng(article_id: str, kind: str, seed: int) -> random.Random:
    """One rng per article and kind, so a planting never depends on the others run."""
    digest = hashlib.sha1(f"{seed}:{kind}:{article_id}".encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


def _on(flag: Flag, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(e.start < end and start < e.end for e in flag.evidence for start, end in spans)


def _found(flags: list[Flag], check: str, planted: Planted, serious_only: bool) -> bool:
    return any(
        f.check == check and _on(f, planted.changed) and (f.severity != "low" or not serious_only)
        for f in flags
    )


def _rate(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


@dataclass
class Tally:
    """What one run (or one process's share of it) counted; shares add up."""

    checked: Counter[str] = field(default_factory=Counter)
    alarms: list[dict[str, str]] = field(default_factory=list)
    alarm_count: Counter[str] = field(default_factory=Counter)
    planted_n: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    planted_hits: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    control_n: Counter[str] = field(default_factory=Counter)
    control_alarms: Counter[str] = field(default_factory=Counter)
    own_n: Counter[str] = field(default_factory=Counter)
    own_hits: Counter[str] = field(default_factory=Counter)
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, other: Tally) -> None:
        for mine, theirs in (
            (self.checked, other.checked),
            (self.alarm_count, other.alarm_count),
            (self.control_n, other.control_n),
            (self.control_alarms, other.control_alarms),
            (self.own_n, other.own_n),
            (self.own_hits, other.own_hits),
        ):
            mine.update(theirs)
        self.alarms.extend(other.alarms)
        for kind, counts in other.planted_n.items():
            self.planted_n[kind].update(counts)
        for kind, counts in other.planted_hits.items():
            self.planted_hits[kind].update(counts)
        for kind, lines in other.misses.items():
            self.misses[kind].extend(lines)


def _measure(article: dict[str, Any], analyzer: Analyzer, kinds: list[str], seed: int) -> Tally:
    """One article: its clean false alarms, each kind planted, each control, our injections."""
    tally = Tally()
    section = article["section"]
    try:
        clean = analyzer.analyze(article["text"], name=article["id"])
    except InputError:
        return tally
    tally.checked[section] += 1
    for flag in clean.flags:
        if flag.severity != "low":
            tally.alarm_count[section] += 1
            evidence = " | ".join(e.quote[:160] for e in flag.evidence)
            tally.alarms.append({"id": article["id"], "section": section, "check": flag.check,
                                 "message": flag.message, "evidence": evidence})  # fmt: skip
    for kind in kinds:
        planted = plant(clean.text, kind, _rng(article["id"], kind, seed))
        if planted is not None:
            report = analyzer.analyze(planted.text, name=article["id"])
            tally.planted_n[kind][section] += 1
            if _found(report.flags, kind, planted, serious_only=False):
                tally.planted_hits[kind][section] += 1
            else:
                tally.misses[kind].append(f"{article['id']} {planted.description}")
        control = clean_control(clean.text, kind, _rng(article["id"], kind, seed + 1))
        if control is not None:
            report = analyzer.analyze(control.text, name=article["id"])
            tally.control_n[kind] += 1
            tally.control_alarms[kind] += _found(report.flags, kind, control, serious_only=True)
    rng = _rng(article["id"], "own", seed)
    for name, (check, inject) in INJECTORS.items():
        injection = inject(clean.text, clean, rng)
        if injection is None:
            continue
        tally.own_n[name] += 1
        report = analyzer.analyze(injection.text, name=article["id"])
        tally.own_hits[name] += any(
            f.check == check
            and any(e.start < injection.end and injection.start < e.end for e in f.evidence)
            for f in report.flags
        )
    return tally


def _measure_share(job: tuple[list[dict[str, Any]], list[str], int, int]) -> Tally:
    """One process's share of the articles (every ``jobs``-th, so sections spread evenly)."""
    articles, kinds, seed, part = job
    analyzer = Analyzer()
    tally = Tally()
    started = time.perf_counter()
    for n, article in enumerate(articles):
        tally.add(_measure(article, analyzer, kinds, seed))
        if (n + 1) % 100 == 0:
            print(f"  part {part}: {n + 1} articles, {time.perf_counter() - started:.0f} s",
                  file=sys.stderr)  # fmt: skip
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=("test", "tuning"), default="test")
    parser.add_argument("--limit", type=int, default=None, help="articles per run (default all)")
    parser.add_argument(
        "--every", type=int, default=1, help="every Nth article: a sample spread over sections"
    )
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--jobs", type=int, default=1, help="processes (the figures are the same)")
    parser.add_argument("--tag", default="", help="added to the results file's name")
    args = parser.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:  # before minutes of work, not after
        parser.error(f"unknown kinds {', '.join(unknown)}; expected some of {', '.join(KINDS)}")
    articles = load_articles(args.split)[:: args.every][: args.limit]
    started = time.perf_counter()
    shares = [(articles[i :: args.jobs], kinds, args.seed, i) for i in range(args.jobs)]
    tally = Tally()
    if args.jobs == 1:
        tally.add(_measure_share(shares[0]))
    else:
        with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
            for share in pool.imap_unordered(_measure_share, shares):
                tally.add(share)
    tally.alarms.sort(key=lambda a: (a["section"], a["id"], a["check"], a["evidence"]))
    checked, alarm_count = tally.checked, tally.alarm_count
    planted_n, planted_hits = tally.planted_n, tally.planted_hits
    control_n, control_alarms = tally.control_n, tally.control_alarms
    own_n, own_hits = tally.own_n, tally.own_hits

    sections = sorted(checked)
    results: dict[str, Any] = {
        "split": args.split,
        "articles": dict(checked),
        "false_alarms_per_article": {s: _rate(alarm_count[s], checked[s]) for s in sections},
        "false_alarms": tally.alarms,
        "independent": {
            k: {
                "planted": sum(planted_n[k].values()),
                "recall": _rate(sum(planted_hits[k].values()), sum(planted_n[k].values())),
                "by_section": {s: _rate(planted_hits[k][s], planted_n[k][s]) for s in sections},
                "controls": control_n[k],
                "control_false_alarm_rate": _rate(control_alarms[k], control_n[k]),
            }
            for k in kinds
        },
        "own_injector": {
            k: {"injected": own_n[k], "recall": _rate(own_hits[k], own_n[k])} for k in INJECTORS
        },
        "misses": {k: sorted(v) for k, v in tally.misses.items()},
        "seconds": round(time.perf_counter() - started),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"generalisation-{args.split}{args.tag}.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False)
    )
    print(f"split {args.split}: {sum(checked.values())} articles")
    print(f"{'section':<16}{'articles':>9}{'hi+med/article':>16}")
    for s in sections:
        print(f"{s:<16}{checked[s]:>9}{results['false_alarms_per_article'][s]:>16.3f}")
    print(f"\n{'independent injector':<22}{'planted':>8}{'recall':>8}{'controls':>9}{'ctl FA':>8}")
    for k, row in results["independent"].items():
        recall = "-" if row["recall"] is None else f"{row['recall']:.3f}"
        fa = row["control_false_alarm_rate"]
        print(f"{k:<22}{row['planted']:>8}{recall:>8}{row['controls']:>9}"
              f"{'-' if fa is None else f'{fa:.3f}':>8}")  # fmt: skip
    print(f"\n{'own injector':<28}{'injected':>9}{'recall':>8}")
    for k, row in results["own_injector"].items():
        recall = "-" if row["recall"] is None else f"{row['recall']:.3f}"
        print(f"{k:<28}{row['injected']:>9}{recall:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
