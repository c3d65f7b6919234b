"""Requests the bot must not answer: other bots (no bot loops) and replayed commands."""

from __future__ import annotations

from tests.fetch.pages import SAMPLE
from tests.slack.fakeslack import BOT_USER
from tests.slack.harness import Bot, sign

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
OTHER_BOT = {"bot_id": "B0OTHER", "bot_profile": {"id": "B0OTHER", "name": "helper"}}


def _answered_after_a_human(bot: Bot) -> list[str]:
    """A human's mention after the bots' requests: wait for its answer, let every listener
    finish, and give the channels the bot posted placeholders in."""
    bot.event({"type": "app_mention", "user": "U1", "channel": "CHUMAN",
               "ts": "1700000900.000100", "text": f"<@{BOT_USER}> {SAMPLE_TEXT}"})  # fmt: skip
    bot.slack.wait_for("chat.update")
    bot.settle()
    return [p["channel"] for p in bot.slack.of("chat.postMessage")]


def test_a_mention_from_another_bot_is_not_answered(bot: Bot):
    bot.event({"type": "app_mention", "user": "U0BOTUSER", "channel": "CBOT",
               "ts": "1700000901.000100", "text": f"<@{BOT_USER}> {SAMPLE_TEXT}",
               **OTHER_BOT})  # fmt: skip
    assert _answered_after_a_human(bot) == ["CHUMAN"]


def test_bot_messages_by_subtype_profile_or_own_user_are_not_answered(bot: Bot):
    base = {"type": "message", "channel_type": "im", "channel": "DBOT", "text": SAMPLE_TEXT}
    bot.event({**base, "ts": "1700000902.000100", "subtype": "bot_message", "bot_id": "B2"})
    bot.event({**base, "ts": "1700000902.000200", "user": "U0BOT",
               "bot_profile": {"id": "B3"}})  # fmt: skip
    bot.event({**base, "ts": "1700000902.000300", "user": BOT_USER})  # the bot itself
    bot.event({"type": "app_mention", "channel": "DBOT", "ts": "1700000902.000400",
               "user": BOT_USER, "text": f"<@{BOT_USER}> {SAMPLE_TEXT}"})  # fmt: skip
    assert _answered_after_a_human(bot) == ["CHUMAN"]


def test_a_link_the_bot_itself_shared_is_not_unfurled(bot: Bot):
    links = [{"domain": "example.com", "url": "https://example.com/story"}]
    bot.event({"type": "link_shared", "channel": "C1", "user": BOT_USER,
               "message_ts": "1700000903.000100", "links": links})  # fmt: skip
    bot.settle()
    assert bot.slack.of("chat.unfurl") == []


def test_a_replayed_slash_command_is_answered_once(bot: Bot):
    body = bot.command_body(SAMPLE_TEXT)
    headers = {**FORM, **sign(body)}
    first = bot.http.post(bot.url, content=body, headers=headers)
    assert "Checking" in first.text
    bot.slack.wait_for("chat.update")
    again = bot.http.post(bot.url, content=body, headers=headers)  # same bytes, same signature
    assert again.status_code == 200 and "Checking" not in again.text
    bot.settle()
    assert len(bot.slack.of("chat.postMessage")) == 2  # one parent, one placeholder


def test_a_replayed_command_without_trigger_id_is_answered_once(bot: Bot):
    body = bot.command_body(SAMPLE_TEXT, trigger_id="")
    headers = {**FORM, **sign(body)}
    assert "Checking" in bot.http.post(bot.url, content=body, headers=headers).text
    assert "Checking" not in bot.http.post(bot.url, content=body, headers=headers).text
    bot.settle()
    assert len(bot.slack.of("chat.postMessage")) == 2


def test_the_same_command_typed_twice_is_answered_twice(bot: Bot):
    for _ in range(2):
        assert "/factcheck" in bot.command("help").text  # a new trigger_id each time
