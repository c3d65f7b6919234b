"""Speed and memory: full analysis against a bare ``nlp.pipe`` over the same texts, one run.

    python -m bench.speed

"Bare" is the spaCy model's own components on the same loaded pipeline, with our
components switched off; "full" is everything the CLI does for an article: our pipeline
components, checks, summary, key figures and the JSON report.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from bench.corpus import ARTICLES, load_articles
from bot.analysis.pipeline import CUSTOM_COMPONENTS
from bot.analysis.text import prepare_text
from bot.analyzer import Analyzer
from bot.errors import InputError

BATCH = 32
RESULTS = Path(__file__).resolve().parent / "results"


def main() -> int:
    if not ARTICLES.exists():
        print(f"corpus not found at {ARTICLES}", file=sys.stderr)
        return 1
    analyzer = Analyzer()
    texts = [a.text for a in load_articles()]
    words = sum(len(t.split()) for t in texts)
    ours = [*CUSTOM_COMPONENTS, "newsroom_paragraphs"]
    # Warm up both paths once so neither pays first-call costs in the timing.
    list(analyzer.nlp.pipe(texts[:5]))

    start = time.perf_counter()
    readable = []
    for text in texts:
        try:
            readable.append(("-", prepare_text(text, analyzer.settings.max_text_chars)))
        except InputError:
            continue  # refused with a message; the bare pass still reads it
    for report in analyzer.analyze_many(readable):
        json.dumps(report.to_json())
    refused = len(texts) - len(readable)
    full = time.perf_counter() - start
    # Peak memory of the bot's own work, read before the bare pass below adds its batches.
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    start = time.perf_counter()
    with analyzer.nlp.select_pipes(disable=ours):
        for _doc in analyzer.nlp.pipe(texts, batch_size=BATCH):
            pass
    bare = time.perf_counter() - start

    results = {
        "articles": len(texts),
        "words": words,
        "refused": refused,
        "bare_nlp_pipe_s": round(bare, 2),
        "full_analysis_s": round(full, 2),
        "ratio": round(full / bare, 3),
        "ms_per_article_full": round(full / len(texts) * 1000, 1),
        "peak_rss_mb": round(peak_mb, 1),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "speed.json").write_text(json.dumps(results, indent=2))
    for key, value in results.items():
        print(f"{key:<22}{value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
