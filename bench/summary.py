"""Summary quality: ROUGE-1/2/L of our three sentences against lead-3, on the cnndm articles.

python -m bench.summary
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rouge_score import rouge_scorer

from bench.corpus import ARTICLES, load_articles
from bot.analyzer import Analyzer

RESULTS = Path(__file__).resolve().parent / "results"
METRICS = ("rouge1", "rouge2", "rougeL")


def main() -> int:
    if not ARTICLES.exists():
        print(f"corpus not found at {ARTICLES}", file=sys.stderr)
        return 1
    analyzer = Analyzer()
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals = {name: dict.fromkeys(METRICS, 0.0) for name in ("ours", "lead3")}
    n = 0
    for article in load_articles("cnndm"):
        report = analyzer.analyze(article.text, name=article.id)
        lead3 = " ".join(report.text[s:e] for s, e in report.sentences[:3])
        candidates = {"ours": " ".join(report.summary), "lead3": lead3}
        for name, candidate in candidates.items():
            scores = scorer.score(article.reference_summary, candidate)
            for metric in METRICS:
                totals[name][metric] += scores[metric].fmeasure
        n += 1
    means = {name: {m: v / n for m, v in row.items()} for name, row in totals.items()}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "summary.json").write_text(json.dumps({"articles": n, "f1": means}, indent=2))
    print(f"ROUGE F1 over {n} cnndm articles (same sentence splitter for both)")
    print(f"{'':<8}" + "".join(f"{m:>9}" for m in METRICS))
    for name, row in means.items():
        print(f"{name:<8}" + "".join(f"{row[m]:>9.4f}" for m in METRICS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
