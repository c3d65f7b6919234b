"""Reports as people read them: plain text for the terminal."""

from __future__ import annotations

import textwrap

from bot.fetch.extract import Article
from bot.report import Report

_WIDTH = 88
_SEVERITY_MARK = {"high": "!!", "medium": "! ", "low": "· "}


def _wrap(text: str, indent: str, hanging: str | None = None) -> str:
    return textwrap.fill(
        " ".join(text.split()),
        width=_WIDTH,
        initial_indent=indent,
        subsequent_indent=hanging if hanging is not None else indent,
    )


def render_text(report: Report) -> str:
    """A readable report: summary, key figures, flagged issues."""
    lines = [f"Report: {report.input}"]
    if report.source:
        title, site = report.source.get("title"), report.source.get("site")
        lines.append(" — ".join(part for part in (title, site) if part) or "")
    if report.published:
        lines.append(f"Published: {report.published:%A %-d %B %Y}")
    lines += ["", "Summary"]
    lines += [_wrap(s, "  ") for s in report.summary]
    lines += ["", "Key figures"]
    if report.figures:
        for f in report.figures:
            lines.append(_wrap(f"{f.value} — {f.context}", "  • ")[: _WIDTH * 3])
    else:
        lines.append("  (none)")
    count = len(report.flags)
    lines += ["", f"Flagged issues ({count})" if count else "Flagged issues: none found"]
    for flag in report.flags:
        mark = f"  {_SEVERITY_MARK[flag.severity]} "
        text = f"{flag.severity.upper()} {flag.check}: {flag.message}"
        lines.append(_wrap(text, mark, " " * len(mark)))
        for passage in flag.evidence:
            lines.append(_wrap(f"“{passage.quote}” [{passage.start}-{passage.end}]", "       "))
    total = report.timings_ms.get("total")
    if total is not None:
        lines += ["", f"Checked in {total:.0f} ms."]
    return "\n".join(lines)


def render_article(article: Article) -> str:
    """What the bot would check for a link: its metadata, then the text."""
    head = [
        f"URL: {article.url}",
        f"Final URL: {article.final_url}" if article.final_url != article.url else "",
        f"Title: {article.title}" if article.title else "",
        f"Author: {article.author}" if article.author else "",
        f"Site: {article.site}" if article.site else "",
        f"Published: {article.published:%-d %B %Y}" if article.published else "",
    ]
    return "\n".join([line for line in head if line] + ["", article.text])
