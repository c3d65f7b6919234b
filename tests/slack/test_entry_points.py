"""Signed requests to the real app for each entry point; replies land at the fake Slack."""

from __future__ import annotations

import time

from tests.fetch.pages import SAMPLE, article_page
from tests.localserver import LocalServer, send
from tests.slack.fakeslack import BOT_USER
from tests.slack.harness import Bot, sign

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")


def _report_text(update: dict) -> str:
    return str(update["blocks"])


def test_slash_command_posts_parent_then_report_in_its_thread(bot: Bot):
    response = bot.command(SAMPLE_TEXT)
    assert response.status_code == 200
    assert "Checking" in response.text  # the ephemeral ack
    update = bot.slack.wait_for("chat.update")[0]
    parent, placeholder = bot.slack.of("chat.postMessage")[:2]
    assert parent["channel"] == "C1" and "<@U1>" in parent["text"]
    # The placeholder is threaded under the parent message: the ts Slack gave the parent.
    parent_ts = bot.slack.answered("chat.postMessage")[0]["ts"]
    assert placeholder["thread_ts"] == parent_ts
    assert update["ts"] == bot.slack.answered("chat.postMessage")[1]["ts"]
    blocks = _report_text(update)
    assert update["channel"] == "C1"
    assert (
        "Two people in one office" in blocks
        and "Helen Okafor" in blocks
        and "Richard Dunmore" in blocks
    )
    assert "Summary" in blocks and "Key figures" in blocks
    assert update["text"]  # the plain fallback is always set


def test_help_and_empty_command_answer_ephemerally_and_post_nothing(bot: Bot):
    for text in ("help", ""):
        response = bot.command(text)
        assert response.status_code == 200 and "/factcheck" in response.text
    bot.settle()  # every listener has finished: nothing more can be posted
    assert bot.slack.of("chat.postMessage") == []


def test_not_in_channel_gets_an_invite_hint(bot: Bot):
    bot.slack.not_member.add("C9")
    bot.command(SAMPLE_TEXT, channel="C9")
    hint = bot.slack.wait_for("r1")[0]
    assert "/invite" in hint["text"]


def test_bad_signature_missing_headers_and_stale_timestamp_are_refused(bot: Bot):
    body = (
        b'{"type":"event_callback","event":'
        b'{"type":"app_mention","text":"hi","channel":"C1","ts":"1.1"}}'
    )
    stale = sign(body, timestamp=int(time.time()) - 600)
    wrong = sign(body, secret="not-the-secret")
    for headers in (wrong, stale, {}):
        response = bot.http.post(
            bot.url, content=body, headers={"Content-Type": "application/json", **headers}
        )
        assert response.status_code == 401
    bot.settle()  # every listener has finished: nothing more can be posted
    assert bot.slack.calls == [] or all(name == "auth.test" for name, _ in bot.slack.calls)


def test_mention_with_a_link_is_answered_in_its_thread(bot: Bot):
    page = article_page().encode()
    with LocalServer({"/story": lambda h: send(h, 200, page)}) as site:
        bot.event({"type": "app_mention", "user": "U1", "channel": "C2", "ts": "1700000001.000100",
                   "text": f"<@{BOT_USER}> <{site.url('/story')}>"})  # fmt: skip
        update = bot.slack.wait_for("chat.update")[0]
    placeholder = bot.slack.of("chat.postMessage")[0]
    assert placeholder["thread_ts"] == "1700000001.000100" and placeholder["channel"] == "C2"
    assert "Portwell" in _report_text(update)


def test_a_retried_delivery_gets_exactly_one_report(bot: Bot):
    event = {"type": "app_mention", "user": "U1", "channel": "C3", "ts": "1700000002.000100",
             "text": f"<@{BOT_USER}> {SAMPLE_TEXT}"}  # fmt: skip
    bot.event(event, event_id="EvSame")
    bot.event(
        event,
        event_id="EvSame",
        **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"},
    )
    bot.slack.wait_for("chat.update")
    bot.settle()  # every listener has finished: nothing more can be posted
    assert len(bot.slack.of("chat.update")) == 1


def test_the_bots_own_and_other_bots_messages_get_nothing(bot: Bot):
    bot.event({"type": "message", "channel": "C4", "ts": "1700000003.000100", "bot_id": "BBOT",
               "user": BOT_USER, "text": "https://example.com/a"})  # fmt: skip
    edited = {"text": "https://example.com/b"}
    bot.event({"type": "message", "subtype": "message_changed", "channel": "C4",
               "ts": "1700000003.000200", "message": edited})  # fmt: skip
    bot.settle()  # every listener has finished: nothing more can be posted
    assert bot.slack.of("chat.postMessage") == []


def test_a_link_that_404s_gets_one_clear_message_in_the_thread(bot: Bot):
    with LocalServer({}) as site:
        bot.event({"type": "message", "channel": "C5", "ts": "1700000004.000100", "user": "U1",
                   "channel_type": "channel", "text": f"<{site.url('/gone')}>"})  # fmt: skip
        update = bot.slack.wait_for("chat.update")[0]
    assert "not found" in update["text"] and "Traceback" not in update["text"]


def test_the_seed_article_pasted_shows_the_role_conflict_with_both_sentences(bot: Bot, corpus_dir):
    seed = (corpus_dir / "seed-article.txt").read_text(encoding="utf-8")
    bot.command(seed)
    blocks = str(bot.slack.wait_for("chat.update")[0]["blocks"]).replace("*", "")  # bold
    assert "Two people in one office" in blocks
    assert "Prime Minister Boris Johnson has come under fire" in blocks
    assert "British Prime Minister David Cameron said" in blocks
