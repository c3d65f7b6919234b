"""The 181 pages of the article-extraction benchmark, served from a real local HTTP server."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler

from bench.corpus import CORPUS_DIR
from tests.localserver import LocalServer, send

BENCHMARK = CORPUS_DIR / "article-extraction-benchmark"


def ground_truth() -> dict[str, str]:
    """Page id -> the true article body."""
    rows = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    return {key: row.get("articleBody", "") for key, row in rows.items()}


def _page(page_id: str) -> bytes | None:
    path = BENCHMARK / "html" / f"{page_id}.html.gz"
    return gzip.decompress(path.read_bytes()) if path.exists() else None


@contextmanager
def serve_pages() -> Iterator[str]:
    """Serve ``/<id>`` as the page's HTML, as a news site would (no charset declared);
    yields the base URL."""
    routes = {f"/{page_id}": _route(page_id) for page_id in ground_truth()}
    with LocalServer(routes) as server:
        yield server.url("").rstrip("/")


def _route(page_id: str) -> Callable[[BaseHTTPRequestHandler], None]:
    def route(handler: BaseHTTPRequestHandler) -> None:
        body = _page(page_id)
        if body is None:
            send(handler, 404, b"missing", "text/plain")
        else:
            send(handler, 200, body, "text/html")

    return route
