"""Pages written for the fetch tests: our own sample story, as a news site would serve it."""

from __future__ import annotations

import html
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "bot" / "samples" / "harbour-fire.txt"


def sample_paragraphs() -> list[str]:
    return [p.strip() for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def article_page(charset_meta: str = "utf-8") -> str:
    title, *body = sample_paragraphs()
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset_meta}">
<title>{html.escape(title)} | Portwell Gazette</title>
<meta property="og:site_name" content="Portwell Gazette">
<meta name="author" content="Jo Marsh">
<meta property="article:published_time" content="2026-03-12T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>{html.escape(title)}</h1>
<p class="byline">By Jo Marsh</p>
{paragraphs}
</article>
<footer>© Portwell Gazette. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>"""
