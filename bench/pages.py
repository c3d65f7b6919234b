"""The 181 pages of the article-extraction benchmark, served from a real local HTTP server."""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench.corpus import CORPUS_DIR

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

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            body = _page(Path(self.path).name)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
