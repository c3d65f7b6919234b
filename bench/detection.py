"""Detection: recall of each check on injected errors, false flags on clean articles.

    python -m bench.detection [--limit N]

A hit needs a flag with the right check whose evidence covers the changed text.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from bench.cases import written_cases
from bench.corpus import ARTICLES, load_articles
from bench.injection import INJECTORS, Injection
from bot.analysis.report import Report
from bot.analyzer import Analyzer
from bot.errors import InputError

RESULTS = Path(__file__).resolve().parent / "results"


def _hit(report: Report, check: str, injection: Injection) -> bool:
    return any(
        flag.check == check
        and any(e.start < injection.end and injection.start < e.end for e in flag.evidence)
        for flag in report.flags
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None, help="articles to use (default all)")
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args(argv)
    if not ARTICLES.exists():
        print(f"corpus not found at {ARTICLES}", file=sys.stderr)
        return 1
    analyzer = Analyzer()
    rng = random.Random(args.seed)
    clean_flags: Counter[str] = Counter()
    false_alarms: list[dict[str, str]] = []
    eligible: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    checked = refused = 0
    for n, article in enumerate(load_articles()):
        if args.limit is not None and n >= args.limit:
            break
        try:
            clean = analyzer.analyze(article.text, name=article.id)
        except InputError:
            refused += 1
            continue
        checked += 1
        for flag in clean.flags:
            clean_flags[flag.severity] += 1
            if flag.severity != "low":
                false_alarms.append(
                    {"id": article.id, "check": flag.check, "message": flag.message}
                )
        for name, (check, inject) in INJECTORS.items():
            injection = inject(clean.text, clean, rng)
            if injection is None:
                continue
            eligible[name] += 1
            report = analyzer.analyze(injection.text, name=article.id)
            if _hit(report, check, injection):
                hits[name] += 1
            else:
                misses[name].append(injection.text[injection.start - 60 : injection.end + 40])

    written: dict[str, Counter[str]] = defaultdict(Counter)
    for case in written_cases():
        report = analyzer.analyze(case.text, published=case.published)
        flagged = any(f.check == case.check for f in report.flags)
        key = "wrong" if case.wrong else "right"
        written[case.check][key] += 1
        written[case.check][f"{key}_flagged"] += flagged

    results = {
        "articles_checked": checked,
        "articles_refused": refused,
        "clean_flags_by_severity": dict(clean_flags),
        "high_or_medium_per_article": (clean_flags["high"] + clean_flags["medium"]) / checked,
        "false_alarms": false_alarms,
        "injected": {
            c: {"eligible": eligible[c], "hits": hits[c], "recall": hits[c] / eligible[c]}
            for c in INJECTORS
            if eligible[c]
        },
        "written": {
            c: {
                "recall": v["wrong_flagged"] / v["wrong"],
                "false_flags": v["right_flagged"],
                "cases": v["wrong"] + v["right"],
            }
            for c, v in written.items()
        },
        "misses": {c: m[:5] for c, m in misses.items()},
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "detection.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"clean articles: {checked} (refused {refused}); flags by severity {dict(clean_flags)}")
    print(f"high+medium per clean article: {results['high_or_medium_per_article']:.3f}")
    for alarm in false_alarms:
        print(f"  {alarm['id'][:12]} {alarm['check']}: {alarm['message']}")
    print(f"{'injected set':<28}{'eligible':>9}{'hits':>6}{'recall':>8}")
    for name, row in results["injected"].items():
        print(f"{name:<28}{row['eligible']:>9}{row['hits']:>6}{row['recall']:>8.3f}")
    for check, row in results["written"].items():
        print(
            f"{check:<20} written cases {row['cases']}: recall {row['recall']:.3f}, "
            f"false flags on correct cases {row['false_flags']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
