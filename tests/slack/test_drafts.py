"""A draft pasted in the thread of a shared link is checked against that link."""

from __future__ import annotations

from tests.fetch.pages import article_page, sample_paragraphs
from tests.localserver import LocalServer, send
from tests.slack.fakeslack import BOT_USER
from tests.slack.harness import Bot


def _draft() -> str:
    body = "\n\n".join(sample_paragraphs()[1:4])
    return body.replace("destroyed 14 homes", "destroyed 19 homes")


def test_link_then_draft_in_the_thread_with_a_mention(bot: Bot):
    bot.slack.update_answer_delay = 1.0  # the draft comes while Slack still answers the report
    page = article_page().encode()
    with LocalServer({"/story": lambda h: send(h, 200, page)}) as site:
        bot.event({"type": "message", "channel_type": "channel", "user": "U1", "channel": "C1",
                   "ts": "1700000100.000100", "text": f"<{site.url('/story')}>"})  # fmt: skip
        bot.slack.wait_for("chat.update")
        bot.event({"type": "app_mention", "user": "U2", "channel": "C1",
                   "thread_ts": "1700000100.000100", "ts": "1700000100.000300",
                   "text": f"<@{BOT_USER}> {_draft()}"})  # fmt: skip
        answer = bot.slack.wait_for("chat.update", count=2)[1]
    placeholders = bot.slack.of("chat.postMessage")
    assert [p["thread_ts"] for p in placeholders] == ["1700000100.000100"] * 2
    blocks = str(answer["blocks"])
    assert "Differs from the source: figure" in blocks
    assert "*19* homes" in blocks and "*14* homes" in blocks  # the values in bold
    assert "_draft:_" in blocks and "_source:_" in blocks


def test_a_long_reply_in_the_thread_is_checked_without_a_mention(bot: Bot):
    bot.slack.update_answer_delay = 1.0
    page = article_page().encode()
    with LocalServer({"/story": lambda h: send(h, 200, page)}) as site:
        bot.event({"type": "message", "channel_type": "channel", "user": "U1", "channel": "C2",
                   "ts": "1700000200.000100", "text": f"<{site.url('/story')}>"})  # fmt: skip
        bot.slack.wait_for("chat.update")
        bot.event({"type": "message", "channel_type": "channel", "user": "U2", "channel": "C2",
                   "thread_ts": "1700000200.000100", "ts": "1700000200.000300",
                   "text": _draft()})  # fmt: skip
        answer = bot.slack.wait_for("chat.update", count=2)[1]
        bot.event({"type": "message", "channel_type": "channel", "user": "U2", "channel": "C2",
                   "thread_ts": "1700000200.000100", "ts": "1700000200.000400",
                   "text": "Thanks, fixing now."})  # fmt: skip
    assert "Differs from the source: figure" in str(answer["blocks"])
    assert len(bot.slack.of("chat.update")) == 2  # a short chat reply is left alone


def test_slash_command_with_a_source_link(bot: Bot):
    page = article_page().encode()
    with LocalServer({"/story": lambda h: send(h, 200, page)}) as site:
        bot.command(f"{_draft()} --source {site.url('/story')}")
        answer = bot.slack.wait_for("chat.update")[0]
    assert "Differs from the source: figure" in str(answer["blocks"])
