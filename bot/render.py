"""Reports as people read them: plain text for the terminal."""

from __future__ import annotations

import textwrap
from datetime import date

from bot.analysis.report import ReportJSON
from bot.fetch.extract import Article

_WIDTH = 88
_SEVERITY_MARK = {"high": "!!", "medium": "! ", "low": "· "}


def _wrap(text: str, indent: str, hanging: str | None = None) -> str:
    return textwrap.fill(
        " ".join(text.split()),
        width=_WIDTH,
        initial_indent=indent,
        subsequent_indent=hanging if hanging is not None else indent,
    )


def render_text(report: ReportJSON) -> str:
    """A readable report from its JSON form: summary, key figures, flagged issues."""
    lines = [f"Report: {report['input']}"]
    source = report["source"]
    heading = (
        " — ".join(part for part in (source["title"], source["site"]) if part) if source else ""
    )
    if heading:
        lines.append(heading)
    published = report["published"]
    if published:
        lines.append(f"Published: {date.fromisoformat(published):%A %-d %B %Y}")
    lines += ["", "Summary"]
    lines += [_wrap(s, "  ") for s in report["summary"]]
    lines += ["", "Key figures"]
    if report["figures"]:
        for f in report["figures"]:
            lines.append(_wrap(f"{f['value']} — {f['context']}", "  • ", "    "))
    else:
        lines.append("  (none)")
    flags = report["flags"]
    lines += ["", f"Flagged issues ({len(flags)})" if flags else "Flagged issues: none found"]
    for flag in flags:
        mark = f"  {_SEVERITY_MARK[flag['severity']]} "
        check = f"{flag['check']}/{flag['kind']}" if flag.get("kind") else flag["check"]
        text = f"{flag['severity'].upper()} {check}: {flag['message']}"
        lines.append(_wrap(text, mark, " " * len(mark)))
        if flag.get("change"):
            lines.append(_wrap(f"change: {flag['change']}", "       "))
        for passage in flag["evidence"]:
            side = f"{passage['side']}: " if passage.get("side") else ""
            quote = f"{side}“{passage['quote']}” [{passage['start']}-{passage['end']}]"
            lines.append(_wrap(quote, "       "))
    omitted = report["flags_omitted"]
    if omitted:
        counts = ", ".join(f"{n:,} {check}" for check, n in sorted(omitted.items()))
        lines.append(f"  ...and {sum(omitted.values()):,} more not shown ({counts}).")
    total = report["timings_ms"].get("total")
    if total is not None:
        how = "from the cache" if report.get("cached") else "checked"
        lines += ["", f"{how.capitalize()} in {total:.0f} ms."]
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
