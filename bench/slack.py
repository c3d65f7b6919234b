"""Slack path latency: signed request in, report out at a fake Web API, one process.

    python -m bench.slack

(a) a pasted ~600-word article through /factcheck until its chat.update arrives, with a
cold cache and cached; (b) the HTTP response to Slack with 20 events in flight.
"""

from __future__ import annotations

import json
import statistics
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.corpus import ARTICLES, load_articles
from bot.config import Settings, SlackSettings
from bot.slack.app import build_app
from bot.slack.serve import make_http_server
from tests.slack.fakeslack import BOT_USER, FakeSlack
from tests.slack.harness import SECRET, Bot

RESULTS = Path(__file__).resolve().parent / "results"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _until_reports(bot: Bot, count: int) -> None:
    bot.slack.wait_for("chat.update", count=count, timeout=60)


def main() -> int:
    if not ARTICLES.exists():
        print(f"corpus not found at {ARTICLES}", file=sys.stderr)
        return 1
    article = next(a for a in load_articles() if 570 <= len(a.text.split()) <= 630)
    slack = FakeSlack()
    settings = Settings(redis_prefix=f"bench-{uuid.uuid4().hex[:6]}")
    # As `python -m bot serve` builds it: analyses in their own process.
    app = build_app(SlackSettings("xoxb-bench", SECRET, None, slack.url, "/factcheck"), settings)
    server = make_http_server(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    import httpx

    http = httpx.Client(timeout=30, limits=httpx.Limits(max_connections=40))
    bot = Bot(f"http://127.0.0.1:{server.server_address[1]}/slack/events", slack, http)
    bot.command(article.text + " Warm-up.")  # loads the model
    _until_reports(bot, 1)

    def one(text: str) -> float:
        before = len(slack.of("chat.update"))
        start = time.perf_counter()
        bot.command(text)
        _until_reports(bot, before + 1)
        return (time.perf_counter() - start) * 1000

    cold = [one(f"{article.text} Reporting run {i}.") for i in range(20)]
    cached = [one(f"{article.text} Reporting run 0.") for _ in range(20)]

    def event(i: int) -> float:
        text = f"<@{BOT_USER}> {article.text} {i}"
        body_event = {"type": "app_mention", "user": "U1", "channel": "C1",
                      "ts": f"1700001000.{i:06d}", "text": text}  # fmt: skip
        start = time.perf_counter()
        response = bot.event(body_event)
        assert response.status_code == 200
        return (time.perf_counter() - start) * 1000

    responses: list[float] = []
    for round_ in range(5):
        with ThreadPoolExecutor(max_workers=20) as pool:
            responses += list(pool.map(event, range(round_ * 20, round_ * 20 + 20)))
        _until_reports(bot, 1 + 40 + (round_ + 1) * 20)
    results = {
        "article_words": len(article.text.split()),
        "cold_median_ms": round(statistics.median(cold), 1),
        "cold_p95_ms": round(_percentile(cold, 0.95), 1),
        "cached_median_ms": round(statistics.median(cached), 1),
        "http_response_p50_ms_20_in_flight": round(_percentile(responses, 0.5), 1),
        "http_response_p99_ms_20_in_flight": round(_percentile(responses, 0.99), 1),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "slack.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))
    server.shutdown()
    slack.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
