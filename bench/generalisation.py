"""Checks measured on copy they were not tuned on, with errors planted by other hands.

    python -m bench.generalisation [--split test|tuning] [--limit N] [--every N] [--kinds k1,k2]

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
import random
import sys
import time
from collections import Counter, defaultdict
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=("test", "tuning"), default="test")
    parser.add_argument("--limit", type=int, default=None, help="articles per run (default all)")
    parser.add_argument(
        "--every", type=int, default=1, help="every Nth article: a sample spread over sections"
    )
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    analyzer = Analyzer()
    articles = load_articles(args.split)[:: args.every][: args.limit]
    started = time.perf_counter()

    checked: Counter[str] = Counter()
    alarms: list[dict[str, str]] = []
    alarm_count: Counter[str] = Counter()
    planted_n: dict[str, Counter[str]] = defaultdict(Counter)
    planted_hits: dict[str, Counter[str]] = defaultdict(Counter)
    control_n: Counter[str] = Counter()
    control_alarms: Counter[str] = Counter()
    own_n: Counter[str] = Counter()
    own_hits: Counter[str] = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    for n, article in enumerate(articles):
        section = article["section"]
        try:
            clean = analyzer.analyze(article["text"], name=article["id"])
        except InputError:
            continue
        checked[section] += 1
        for flag in clean.flags:
            if flag.severity != "low":
                alarm_count[section] += 1
                evidence = " | ".join(e.quote[:160] for e in flag.evidence)
                alarms.append({"id": article["id"], "section": section, "check": flag.check,
                               "message": flag.message, "evidence": evidence})  # fmt: skip
        for kind in kinds:
            planted = plant(clean.text, kind, _rng(article["id"], kind, args.seed))
            if planted is not None:
                report = analyzer.analyze(planted.text, name=article["id"])
                planted_n[kind][section] += 1
                if _found(report.flags, kind, planted, serious_only=False):
                    planted_hits[kind][section] += 1
                elif len(misses[kind]) < 40:
                    misses[kind].append(f"{article['id'][:10]} {planted.description}")
            control = clean_control(clean.text, kind, _rng(article["id"], kind, args.seed + 1))
            if control is not None:
                report = analyzer.analyze(control.text, name=article["id"])
                control_n[kind] += 1
                control_alarms[kind] += _found(report.flags, kind, control, serious_only=True)
        rng = _rng(article["id"], "own", args.seed)
        for name, (check, inject) in INJECTORS.items():
            injection = inject(clean.text, clean, rng)
            if injection is None:
                continue
            own_n[name] += 1
            report = analyzer.analyze(injection.text, name=article["id"])
            own_hits[name] += any(
                f.check == check
                and any(e.start < injection.end and injection.start < e.end for e in f.evidence)
                for f in report.flags
            )
        if (n + 1) % 100 == 0:
            print(f"  {n + 1} articles, {time.perf_counter() - started:.0f} s", file=sys.stderr)

    sections = sorted(checked)
    results: dict[str, Any] = {
        "split": args.split,
        "articles": dict(checked),
        "false_alarms_per_article": {s: _rate(alarm_count[s], checked[s]) for s in sections},
        "false_alarms": alarms,
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
        "misses": dict(misses),
        "seconds": round(time.perf_counter() - started),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"generalisation-{args.split}.json").write_text(
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
