"""Page and user text in messages is escaped: it can neither ping (<!channel>) nor link."""

from __future__ import annotations

import re
from typing import Any

from bot.analysis.report import ReportJSON
from bot.slack.blocks import error_blocks, report_blocks, report_text, unfurl
from tests.helpers import report_json
from tests.localserver import LocalServer
from tests.slack.harness import Bot

HOSTILE = "<!channel> <https://evil.example|x> & co <@U0BOSS>"
#: what Slack would turn into a ping, a link or a mention
_ACTIVE = re.compile(r"<[!@#]|<https?:|<mailto:")


def _report() -> ReportJSON:
    return report_json(**{
        "input": HOSTILE,
        "source": {"title": HOSTILE, "site": HOSTILE, "url": f"https://x.example/{HOSTILE}",
                   "final_url": None, "author": None, "published": None},
        "published": HOSTILE,
        "summary": [HOSTILE, "Second."],
        "figures": [{"value": HOSTILE, "context": HOSTILE}],
        "flags": [
            {
                "check": HOSTILE,
                "kind": HOSTILE,
                "severity": "high",
                "message": HOSTILE,
                "change": HOSTILE,
                "evidence": [{"quote": HOSTILE, "side": HOSTILE, "start": 0, "end": 5}],
            }
        ],
        "timings_ms": {"total": 12.0},
    })  # fmt: skip


def _mrkdwn_texts(blocks: list[dict[str, Any]]) -> list[str]:
    """Every text Slack parses as mrkdwn (plain_text is shown as it is)."""
    texts = []
    for block in blocks:
        for obj in [block.get("text"), *block.get("elements", [])]:
            if isinstance(obj, dict) and obj.get("type") == "mrkdwn":
                texts.append(obj["text"])
    return texts


def test_report_text_escapes_the_title_and_summary():
    text = report_text(_report())
    assert not _ACTIVE.search(text), text
    assert "&lt;!channel&gt;" in text and "&amp; co" in text


def test_every_mrkdwn_field_of_the_report_is_escaped():
    texts = _mrkdwn_texts(report_blocks(_report()))
    assert len(texts) >= 5
    for text in texts:
        assert not _ACTIVE.search(text), text


def test_unfurl_and_error_lines_are_escaped():
    for text in _mrkdwn_texts(unfurl(_report())["blocks"]) + _mrkdwn_texts(error_blocks(HOSTILE)):
        assert not _ACTIVE.search(text), text


def test_a_link_with_a_hostile_label_cannot_ping_from_the_parent_or_placeholder(bot: Bot):
    with LocalServer({}) as site:
        bot.command(f"{site.url('/a')}|<!channel>")
        update = bot.slack.wait_for("chat.update")[0]
        bot.settle()
    parent, placeholder = bot.slack.of("chat.postMessage")[:2]
    assert parent["text"].startswith("<@U1> asked for a check of <http://127.0.0.1:")
    for text in (parent["text"], placeholder["text"], update["text"]):
        assert "<!channel>" not in text, text
        assert text.count("<") == text.count(">"), text


def test_flags_the_analysis_counted_but_did_not_keep_are_announced():
    report = {**_report(), "flags_omitted": {"role-conflict": 415}}
    texts = " ".join(_mrkdwn_texts(report_blocks(report)))
    assert "416 flagged issues" in texts
    assert "...and 415 more" in texts  # one flag shown, 415 counted


def test_the_words_a_flag_is_about_are_bold_and_still_escaped():
    quote = "The fire destroyed <14> homes & more."
    flag = {
        "check": "number-conflict",
        "severity": "medium",
        "message": "14, then 17.",
        "evidence": [
            {
                "quote": quote,
                "start": 100,
                "end": 100 + len(quote),
                "marks": [[100 + quote.index("<14>"), 100 + quote.index(" homes")]],
            }
        ],
    }
    section = report_blocks(report_json(flags=[flag]))[2]["text"]["text"]  # fmt: skip
    assert "> The fire destroyed *&lt;14&gt;* homes &amp; more." in section
    assert not _ACTIVE.search(section)
