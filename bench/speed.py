"""Speed and memory: full analysis against a bare ``nlp.pipe`` over the same texts, one run.

    python -m bench.speed

"Bare" is the spaCy model's own components on the same loaded pipeline, with our
components switched off; "full" is everything the CLI does for an article: our pipeline
components, checks, summary, key figures and the JSON report.

The two passes are interleaved, chunk by chunk and in alternating order, because this
kind of shared machine drifts in speed by a quarter within minutes: timed one after the
other, the same commit gave ratios from 1.06 to 1.36 in one hour. Each chunk's bare and
full passes see the same machine, so the drift cancels out of the ratio.
"""

from __future__ import annotations

import contextlib
import json
import re
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
    # Warm up both paths once so neither pays first-call costs in the timing.
    list(analyzer.nlp.pipe(texts[:5]))
    full = bare = peak_mb = 0.0
    refused = 0
    for number, first in enumerate(range(0, len(texts), BATCH)):
        chunk = texts[first : first + BATCH]
        if number % 2:
            bare += _bare(analyzer, chunk)
        _reset_peak()
        seconds, refusals = _full(analyzer, chunk)
        peak_mb = max(peak_mb, _peak_mb())
        if not number % 2:
            bare += _bare(analyzer, chunk)
        full += seconds
        refused += refusals

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


def _full(analyzer: Analyzer, texts: list[str]) -> tuple[float, int]:
    """Seconds to analyse ``texts`` as the CLI does, and how many were refused."""
    start = time.perf_counter()
    readable = []
    for text in texts:
        try:
            readable.append(("-", prepare_text(text, analyzer.settings.max_text_chars)))
        except InputError:
            continue  # refused with a message; the bare pass still reads it
    for report in analyzer.analyze_many(readable):
        json.dumps(report.to_json())
    return time.perf_counter() - start, len(texts) - len(readable)


def _reset_peak() -> None:
    """Start the process's peak RSS afresh (Linux), so the bare batches don't count in it."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _peak_mb() -> float:
    """Peak RSS since the last reset; the lifetime peak where /proc cannot say."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    found = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else 0.0


def _bare(analyzer: Analyzer, texts: list[str]) -> float:
    """Seconds for the model's own components alone over ``texts``."""
    ours = [*CUSTOM_COMPONENTS, "newsroom_paragraphs"]
    start = time.perf_counter()
    with analyzer.nlp.select_pipes(disable=ours):
        for _doc in analyzer.nlp.pipe(texts, batch_size=BATCH):
            pass
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
