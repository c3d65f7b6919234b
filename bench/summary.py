"""Summary quality: ROUGE-1/2/L of our three sentences against lead-3, on the cnndm articles.

    python -m bench.summary [--split tuning|test] [--limit N]

Without ``--split`` every cnndm article is scored (results/summary.json); with it, only
that half of the fixed split (bench/split.py; results/summary-<split>.json). Tune on the
tuning half; the test half is read once. Both candidates come from the same report, so
they share one sentence splitter, and one scorer (rouge_score, Porter stemmer).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rouge_score import rouge_scorer

from bench.corpus import ARTICLES, load_articles
from bench.split import SPLITS, is_tuning
from bot.analyzer import Analyzer

RESULTS = Path(__file__).resolve().parent / "results"
METRICS = ("rouge1", "rouge2", "rougeL")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=SPLITS, default=None)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args(argv)
    if not ARTICLES.exists():
        print(f"corpus not found at {ARTICLES}", file=sys.stderr)
        return 1
    articles = [
        a
        for a in load_articles("cnndm")
        if args.split is None or is_tuning(a.id) == (args.split == "tuning")
    ]
    if args.limit:
        articles = articles[: args.limit]
    analyzer = Analyzer()
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals = {name: dict.fromkeys(METRICS, 0.0) for name in ("ours", "lead3")}
    n = 0
    for article, report in zip(
        articles, analyzer.analyze_many((a.id, a.text) for a in articles), strict=True
    ):
        lead3 = " ".join(report.text[s:e] for s, e in report.sentences[:3])
        candidates = {"ours": " ".join(report.summary), "lead3": lead3}
        for name, candidate in candidates.items():
            scores = scorer.score(article.reference_summary, candidate)
            for metric in METRICS:
                totals[name][metric] += scores[metric].fmeasure
        n += 1
    means = {name: {m: v / max(1, n) for m, v in row.items()} for name, row in totals.items()}
    results = {"split": args.split or "all", "articles": n, "f1": means}
    if not args.limit:
        RESULTS.mkdir(exist_ok=True)
        name = f"summary-{args.split}.json" if args.split else "summary.json"
        (RESULTS / name).write_text(json.dumps(results, indent=2) + "\n")
    print(f"ROUGE F1 over {n} cnndm articles ({results['split']}; same sentence splitter)")
    print(f"{'':<8}" + "".join(f"{m:>9}" for m in METRICS))
    for name, row in means.items():
        print(f"{name:<8}" + "".join(f"{row[m]:>9.4f}" for m in METRICS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
