"""Block Kit, all of it: the report, its buttons, the error line, unfurls and App Home.

The report leads with what the editor asked for: the flags, most severe first, each under
a plain-words label with its passages quoted once and the conflicting words in bold; then
the summary and key figures; the article's headline as the header; a footer saying where
it came from and whether it was checked just now.

Limits: 50 blocks a message, 3,000 characters a section's text, 40,000 in all; long parts
end "...and N more". Every page, user or report text put into mrkdwn (sections, context
lines and the ``text`` fallback, which Slack parses too) is escaped (&, <, >), so a title
such as ``<!channel>`` can neither ping nor link. ``plain_text`` is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot.analysis.model import SEVERITY_ORDER
from bot.analysis.report import EvidenceJSON, FlagJSON, ReportJSON
from bot.feedback import Dismissal, fingerprint

Block = dict[str, Any]

MAX_SECTION = 3000
MAX_MESSAGE = 40_000
MAX_FLAGS_SHOWN = 10
FLAGS_PER_MESSAGE = 40  # "Show all": the rest of the flags, this many a message
_ICON = {"high": ":red_circle:", "medium": ":large_orange_circle:", "low": ":white_circle:"}
LABELS = {
    "role-conflict": "Two people in one office",
    "title-conflict": "One person, two offices",
    "name-variant": "Name spelled two ways",
    "age-conflict": "Age doesn't match",
    "number-conflict": "Figure changes",
    "weekday-date": "Weekday doesn't match date",
    "quote-attribution": "Quote given to two speakers",
    "arithmetic": "Numbers don't add up",
    "office-holder": "Not in that office on that date",
    "source-mismatch": "Differs from the source",
}
DISMISS, RECHECK, SHOW_ALL = "dismiss_flag", "recheck", "show_all"
_USER_ID = re.compile(r"[UW][A-Z0-9]{2,20}")


def escape(text: str) -> str:
    """Text made inert for mrkdwn: Slack reads only &, < and > as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def url_link(url: str) -> str:
    """A link Slack shows as the URL itself: escaped, with no ``|label`` part of its own."""
    return f"<{escape(url).replace('|', '%7C')}>"


def mention(user: str) -> str:
    return f"<@{user}>" if _USER_ID.fullmatch(user) else escape(user)


def _clip(text: str, limit: int = MAX_SECTION) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def section(text: str, accessory: ButtonElement | None = None) -> Block:
    return SectionBlock(text=MarkdownTextObject(text=_clip(text)), accessory=accessory).to_dict()


def context(text: str) -> Block:
    return ContextBlock(elements=[MarkdownTextObject(text=_clip(text))]).to_dict()


def header(text: str) -> Block:
    return HeaderBlock(text=PlainTextObject(text=_clip(" ".join(text.split()), 150))).to_dict()


def divider() -> Block:
    return DividerBlock().to_dict()


def _button(text: str, action_id: str, value: str = "-") -> ButtonElement:
    return ButtonElement(text=text, action_id=action_id, value=value)


def headline(report: ReportJSON, pasted: str | None = None) -> str:
    """The page's title, else the first line of pasted copy, else "Copy check"."""
    source = report["source"]
    if source and source["title"]:
        return source["title"]
    first = next((line.strip() for line in (pasted or "").splitlines() if line.strip()), "")
    return first if 0 < len(first) <= 150 else "Copy check"


def label(flag: FlagJSON) -> str:
    base = LABELS.get(flag["check"], flag["check"])
    return f"{base}: {flag['kind']}" if flag.get("kind") else base


def _quoted(passage: EvidenceJSON) -> str:
    """One passage as a quote line, the words the flag is about in bold."""
    quote, start = passage["quote"], passage["start"]
    pieces, at = [], 0
    for mark_start, mark_end in sorted(passage.get("marks", [])):
        a, b = max(mark_start - start, at), min(mark_end - start, len(quote))
        word = quote[a:b].strip()
        if a >= b or not word:
            continue
        pieces += [escape(quote[at:a]), f"*{escape(word)}*"]
        at = b
    pieces.append(escape(quote[at:]))
    side = f"_{escape(passage['side'])}:_ " if passage.get("side") else ""
    return "> " + side + " ".join("".join(pieces).split())


def _passages(flag: FlagJSON) -> str:
    seen, lines = set(), []
    for passage in flag["evidence"]:
        if (passage["start"], passage["end"]) not in seen:  # each passage quoted once
            seen.add((passage["start"], passage["end"]))
            lines.append(_quoted(passage))
    return "\n".join(lines)


def _flag(flag: FlagJSON, dismissed: Dismissal | None, buttons: bool) -> Block:
    if dismissed is not None:
        when = escape(dismissed.when[:10])
        return section(
            f":heavy_check_mark: ~{escape(label(flag))}~ ~{escape(flag['message'])}~\n"
            f"_Not an error, said {mention(dismissed.who)} on {when}._"
        )
    change = f"\n_{escape(flag['change'])}_" if flag.get("change") else ""
    text = (
        f"{_ICON.get(flag['severity'], '')} *{escape(label(flag))}*\n"
        f"{escape(flag['message'])}{change}\n{_passages(flag)}"
    )
    accessory = _button("Not an error", DISMISS, fingerprint(flag)) if buttons else None
    return section(text, accessory)


def ordered_flags(report: ReportJSON) -> list[FlagJSON]:
    """Most severe first, then in the order the analysis gave them."""
    return sorted(report["flags"], key=lambda f: SEVERITY_ORDER.get(f["severity"], 3))


def _flags(
    report: ReportJSON, shown: int, dismissed: Mapping[str, Dismissal], buttons: bool
) -> list[Block]:
    flags = ordered_flags(report)
    if not flags:
        return [section(":white_check_mark: *No contradictions found.*")]
    # Flags the analysis counted but did not keep (a text made of contradictions) count too.
    total = len(flags) + sum(report["flags_omitted"].values())
    blocks = [section(f"*{total:,} flagged issue{'s' if total != 1 else ''}*")]
    blocks += [_flag(f, dismissed.get(fingerprint(f)), buttons) for f in flags[:shown]]
    if total > shown:
        blocks.append(context(f"...and {total - min(shown, len(flags)):,} more"))
    return blocks


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


def _footer(report: ReportJSON) -> Block:
    source = report["source"]
    where = (source["site"] or source["url"]) if source else None
    parts = [escape(where)] if where else ["pasted text"]
    if report["published"]:
        parts.append(f"published {_day(report['published'])}")
    parts.append("from cache" if report.get("cached") else "checked just now")
    return context(" · ".join(parts))


def _day(iso: str) -> str:
    try:
        return f"{date.fromisoformat(iso):%-d %B %Y}"
    except ValueError:
        return escape(iso)


def report_text(report: ReportJSON, pasted: str | None = None) -> str:
    """The plain-text fallback (notifications, screen readers); Slack parses it as mrkdwn."""
    flags = report["flags"]
    high = sum(1 for f in flags if f["severity"] == "high")
    title = escape(headline(report, pasted))
    return _clip(f"{title}: {len(flags)} flagged issue(s), {high} high.", 3000)


def report_blocks(
    report: ReportJSON,
    *,
    pasted: str | None = None,
    dismissed: Mapping[str, Dismissal] | None = None,
    buttons: bool = True,
) -> list[Block]:
    """The whole report as blocks, within Slack's limits: at most ten flags are shown
    (so never near 50 blocks), fewer if the message would pass 40,000 characters."""
    shown = MAX_FLAGS_SHOWN
    while True:
        blocks = [header(headline(report, pasted))]
        blocks += _flags(report, shown, dismissed or {}, buttons)
        blocks += [divider(), _summary(report), _figures(report)]
        if buttons:
            more = len(report["flags"]) > shown
            row = [_button("Recheck", RECHECK), *([_button("Show all", SHOW_ALL)] if more else [])]
            blocks.append(ActionsBlock(elements=row).to_dict())
        blocks.append(_footer(report))
        if shown == 0 or sum(len(str(b)) for b in blocks) <= MAX_MESSAGE:
            return blocks
        shown -= 1


def rest_of_flags(report: ReportJSON, dismissed: Mapping[str, Dismissal]) -> list[list[Block]]:
    """ "Show all": the flags past the first ten, in messages of FLAGS_PER_MESSAGE."""
    rest = ordered_flags(report)[MAX_FLAGS_SHOWN:]
    messages = []
    for at in range(0, len(rest), FLAGS_PER_MESSAGE):
        chunk = rest[at : at + FLAGS_PER_MESSAGE]
        messages.append([_flag(f, dismissed.get(fingerprint(f)), True) for f in chunk])
    omitted = sum(report["flags_omitted"].values())
    if omitted:
        note = context(f"{omitted:,} more were counted but not kept: the copy repeats them.")
        messages.append([note])
    return messages


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
            section(f"*{escape(headline(report))}*\n{escape(_clip(lead, 300))}"),
            context(f"{len(flags)} flagged issue(s) · copy check"),
        ]
    }


def home_view(recent: Sequence[Mapping[str, Any]], counts: Mapping[str, tuple[int, int]]) -> Block:
    """App Home: the last checks (each linked to its thread) and, per check, the flags
    raised and dismissed in the last 30 days."""
    blocks = [header("Copy desk"), section("*Last checks*")]
    for check in recent:
        title = escape(str(check.get("title", "Copy check")))
        link = check.get("link")
        name = f"<{escape(str(link))}|{title}>" if link else title
        blocks.append(context(f"{name} · {int(check.get('flags', 0))} flagged · "
                              f"{escape(str(check.get('when', ''))[:16])}"))  # fmt: skip
    if not recent:
        blocks.append(context("No checks yet: try `/factcheck <link>`."))
    blocks += [divider(), section("*Flags in the last 30 days* (raised / dismissed)")]
    lines = [
        f"• {escape(LABELS.get(check, check))}: {raised} / {dismissed}"
        for check, (raised, dismissed) in counts.items()
        if raised or dismissed
    ]
    blocks.append(section("\n".join(lines) or "_None yet._"))
    return {"type": "home", "blocks": blocks[:100]}
