"""Link fetching: extraction quality and time per page over the 181 benchmark pages.

    python -m bench.extraction

Every page is fetched through the real client from a local HTTP server
(``FETCH_ALLOW_NETWORKS=127.0.0.0/8``) and scored against the benchmark's ground truth.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from bench.pages import BENCHMARK, ground_truth, serve_pages
from bench.shingles import score_page, summarise
from bot.config import Settings
from bot.errors import FetchError
from bot.fetch.client import Fetcher

RESULTS = Path(__file__).resolve().parent / "results"


def run() -> dict[str, object]:
    truth = ground_truth()
    settings = Settings(fetch_allow_networks="127.0.0.0/8")
    scores, times_ms, failures = [], [], {}
    with serve_pages() as base, Fetcher(settings) as fetcher:
        for page_id, body in sorted(truth.items()):
            start = time.perf_counter()
            try:
                text = fetcher.fetch_article(f"{base}/{page_id}").text
            except FetchError as e:
                failures[page_id] = str(e)
                text = ""
            times_ms.append((time.perf_counter() - start) * 1000)
            scores.append(score_page(body, text))
    ordered = sorted(times_ms)
    return {
        "pages": len(scores),
        **summarise(scores),
        "mean_page_f1": statistics.mean(
            2 * s.tp / (2 * s.tp + s.fp + s.fn) if s.tp else 0.0 for s in scores
        ),
        "failures": failures,
        "median_ms": statistics.median(ordered),
        "p95_ms": ordered[int(0.95 * (len(ordered) - 1))],
    }


def main() -> int:
    if not BENCHMARK.exists():
        print(f"benchmark pages not found at {BENCHMARK}", file=sys.stderr)
        return 1
    results = run()
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "extraction.json").write_text(json.dumps(results, indent=2))
    for key, value in results.items():
        print(f"{key:<14}{value:.4f}" if isinstance(value, float) else f"{key:<14}{value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
