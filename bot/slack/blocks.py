"""Block Kit for reports, built by small functions; Slack's limits respected.

Limits: 50 blocks a message, 3,000 characters a section's text, 40,000 characters in all.
Long parts are shortened with "...and N more"; the plain ``text`` fallback is always set.

Every piece of page, user or report text that goes into mrkdwn (sections, context lines
and the ``text`` fallback, which Slack parses too) is escaped (&, <, >), so a title such
as ``<!channel>`` can neither ping nor link. ``plain_text`` (the header) is shown as it is.
"""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot.analysis.report import FlagJSON, ReportJSON

Block = dict[str, Any]

MAX_SECTION = 3000
MAX_MESSAGE = 40_000
MAX_FLAGS_SHOWN = 10
_ICON = {"high": ":red_circle:", "medium": ":large_orange_circle:", "low": ":white_circle:"}


def escape(text: str) -> str:
    """Text made inert for mrkdwn: Slack reads only &, < and > as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def url_link(url: str) -> str:
    """A link Slack shows as the URL itself: escaped, with no ``|label`` part of its own."""
    return f"<{escape(url).replace('|', '%7C')}>"


def _clip(text: str, limit: int = MAX_SECTION) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def section(text: str) -> Block:
    return SectionBlock(text=MarkdownTextObject(text=_clip(text))).to_dict()


def context(text: str) -> Block:
    return ContextBlock(elements=[MarkdownTextObject(text=_clip(text))]).to_dict()


def header(text: str) -> Block:
    return HeaderBlock(text=PlainTextObject(text=_clip(text, 150))).to_dict()


def divider() -> Block:
    return DividerBlock().to_dict()


def _title(report: ReportJSON) -> str:
    source = report["source"]
    return (source["title"] if source else None) or "Copy check"


def _summary(report: ReportJSON) -> Block:
    lines = "\n".join(f"• {escape(s)}" for s in report["summary"])
    return section(f"*Summary*\n{lines}")


def _figures(report: ReportJSON) -> Block:
    if not report["figures"]:
        return section("*Key figures*\n_None found._")
    lines = "\n".join(
        f"• *{escape(f['value'])}* — {escape(f['context'])}" for f in report["figures"]
    )
    return section(f"*Key figures*\n{lines}")


def _flag(flag: FlagJSON) -> Block:
    quotes = "\n".join(
        f"> {'_' + escape(e['side']) + ':_ ' if e.get('side') else ''}{escape(e['quote'])}"
        for e in flag["evidence"]
    )
    icon = _ICON.get(flag["severity"], "")
    check = f"{flag['check']}/{flag['kind']}" if flag.get("kind") else flag["check"]
    severity = escape(flag["severity"].upper())
    head = f"{icon} *{severity}* `{escape(check)}` {escape(flag['message'])}"
    change = f"\n_{escape(flag['change'])}_" if flag.get("change") else ""
    return section(f"{head}{change}\n{quotes}")


def _flags(report: ReportJSON, shown: int) -> list[Block]:
    flags = report["flags"]
    if not flags:
        return [section(":white_check_mark: *No contradictions found.*")]
    # Flags the analysis counted but did not keep (a text made of contradictions) count too.
    omitted = sum(report["flags_omitted"].values())
    blocks = [section(f"*Flagged issues ({len(flags) + omitted:,})*")]
    blocks += [_flag(f) for f in flags[:shown]]
    more = len(flags) + omitted - len(flags[:shown])
    if more > 0:
        blocks.append(context(f"...and {more:,} more"))
    return blocks


def _footer(report: ReportJSON) -> Block:
    source = report["source"]
    where = (source["site"] or source["url"]) if source else None
    parts = [escape(where)] if where else []
    if report["published"]:
        parts.append(f"published {escape(report['published'])}")
    parts.append("from cache" if report.get("cached") else "fresh check")
    total = report["timings_ms"].get("total")
    if total is not None:
        parts.append(f"{total:.0f} ms")
    return context(" · ".join(parts))


def report_text(report: ReportJSON) -> str:
    """The plain-text fallback (notifications, screen readers); Slack parses it as mrkdwn."""
    flags = report["flags"]
    high = sum(1 for f in flags if f["severity"] == "high")
    lead = report["summary"][0] if report["summary"] else ""
    text = f"{escape(_title(report))}: {len(flags)} flagged issue(s), {high} high. {escape(lead)}"
    return _clip(text, 3000)


def report_blocks(report: ReportJSON) -> list[Block]:
    """The whole report as blocks, within Slack's limits: at most ten flags are shown
    (so never near 50 blocks), fewer if the message would pass 40,000 characters."""
    shown = MAX_FLAGS_SHOWN
    while True:
        blocks = [header(_title(report)), _summary(report), _figures(report), divider()]
        blocks += [*_flags(report, shown), _footer(report)]
        if shown == 0 or sum(len(str(b)) for b in blocks) <= MAX_MESSAGE:
            return blocks
        shown -= 1


def placeholder_text(subject: str) -> str:
    return f":hourglass_flowing_sand: Checking {subject}..."


def error_text(message: str) -> str:
    """The ``text`` of an error reply (error messages may quote a link or the input)."""
    return _clip(escape(message))


def error_blocks(message: str) -> list[Block]:
    return [section(f":warning: {escape(message)}")]


def unfurl(report: ReportJSON) -> Block:
    """A compact unfurl: title, one line of summary, count of flags."""
    flags = report["flags"]
    lead = report["summary"][0] if report["summary"] else ""
    return {
        "blocks": [
            section(f"*{escape(_title(report))}*\n{escape(_clip(lead, 300))}"),
            context(f"{len(flags)} flagged issue(s) · copy check"),
        ]
    }
