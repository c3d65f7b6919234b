"""The report an editor acts on: flags first under plain labels; "Not an error", "Recheck"
and "Show all"; the "Check this message" shortcut; App Home. End to end over signed HTTP
against the fake Web API."""

from __future__ import annotations

import json
import re
from typing import Any

from bot.feedback import Feedback
from tests.fetch.pages import SAMPLE
from tests.slack.harness import Bot

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
PRIME_MINISTERS = "\n\n".join(
    f"Prime Minister {name} said the harbour would reopen on Monday."
    for name in ["Alan Smith", "Brian Jones", "Carol White", "David Green", "Emma Brown",
                 "Frank Black", "Grace Hall", "Henry Ford", "Irene Cole", "James Hunt",
                 "Karen Page", "Liam Ross"]
)  # fmt: skip


def _mention(bot: Bot, text: str, ts: str) -> dict[str, Any]:
    """Ask for a check by mention; the report's chat.update once it is posted."""
    before = len(bot.slack.of("chat.update"))
    bot.event({"type": "app_mention", "user": "U1", "channel": "C1", "ts": ts,
               "text": f"<@UBOT> {text}"})  # fmt: skip
    return bot.slack.wait_for("chat.update", count=before + 1)[before]


def _flag_sections(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [b for b in blocks if b.get("accessory", {}).get("action_id") == "dismiss_flag"]


def test_flags_come_first_under_plain_labels_with_the_headline_as_header(bot: Bot):
    update = _mention(bot, SAMPLE_TEXT, "1700000200.000100")
    blocks = update["blocks"]
    assert blocks[0]["type"] == "header"
    assert blocks[0]["text"]["text"] == SAMPLE_TEXT.splitlines()[0]
    kinds = [b["type"] for b in blocks]
    summary_at = next(i for i, b in enumerate(blocks) if "*Summary*" in str(b))
    first_flag = blocks.index(_flag_sections(blocks)[0])
    assert first_flag < summary_at, kinds  # the flags lead
    text = str(blocks)
    assert "Two people in one office" in text and "role-conflict" not in text
    for flag in _flag_sections(blocks):  # the words each flag is about, bold in its quotes
        if "Numbers don't add up" in flag["text"]["text"]:
            continue  # arithmetic quotes its sentence; it marks no words yet
        quoted = [line for line in flag["text"]["text"].splitlines() if line.startswith("> ")]
        assert quoted and any(re.search(r"\*[^*\s][^*]*\*", line) for line in quoted), flag
    assert " ms" not in blocks[-1]["elements"][0]["text"]  # no timings in the footer
    assert "checked just now" in blocks[-1]["elements"][0]["text"]
    severities = [s["text"]["text"].split()[0] for s in _flag_sections(blocks)]
    order = {":red_circle:": 0, ":large_orange_circle:": 1, ":white_circle:": 2}
    assert [order[s] for s in severities] == sorted(order[s] for s in severities)


def test_not_an_error_strikes_the_flag_stores_who_and_a_recheck_still_shows_it(bot: Bot):
    update = _mention(bot, SAMPLE_TEXT, "1700000201.000100")
    flag = _flag_sections(update["blocks"])[0]
    label = flag["text"]["text"].split("*")[1]
    response = bot.click("dismiss_flag", update["ts"], flag["accessory"]["value"], user="U0EDIT7")
    assert response.status_code == 200
    struck = bot.slack.wait_for("chat.update", count=2)[1]
    assert struck["ts"] == update["ts"]
    dismissed = [b for b in struck["blocks"] if "Not an error, said <@U0EDIT7>" in str(b)]
    assert len(dismissed) == 1 and f"~{label}~" in dismissed[0]["text"]["text"]
    assert len(_flag_sections(struck["blocks"])) == len(_flag_sections(update["blocks"])) - 1
    # The same article checked again in another thread: the flag is still dismissed.
    again = _mention(bot, SAMPLE_TEXT, "1700000202.000100")
    assert "Not an error, said <@U0EDIT7>" in str(again["blocks"])
    # Recheck (cache bypassed) keeps it dismissed too, replacing the report in place.
    bot.click("recheck", again["ts"])
    rechecked = bot.slack.wait_for("chat.update", count=5)[-1]
    assert rechecked["ts"] == again["ts"] and "Not an error, said <@U0EDIT7>" in str(rechecked)


def test_a_dismissal_is_stored_with_who_when_and_the_passages(bot: Bot):
    update = _mention(bot, SAMPLE_TEXT, "1700000203.000100")
    flag = _flag_sections(update["blocks"])[0]
    bot.click("dismiss_flag", update["ts"], flag["accessory"]["value"], user="U0EDIT8")
    bot.slack.wait_for("chat.update", count=2)
    assert bot.checker is not None
    store, prefix = bot.checker.store, bot.checker.settings.redis_prefix
    exported = list(Feedback(store, prefix=prefix).export())
    assert len(exported) == 1
    record = exported[0]
    assert record.who == "U0EDIT8" and record.when[:4].isdigit() and record.passages
    assert all(p in SAMPLE_TEXT for p in record.passages)


def test_recheck_bypasses_the_cache_and_replaces_the_report_in_place(bot: Bot):
    update = _mention(bot, SAMPLE_TEXT, "1700000204.000100")
    assert "checked just now" in str(update["blocks"])
    again = _mention(bot, SAMPLE_TEXT, "1700000205.000100")
    assert "from cache" in str(again["blocks"])
    bot.click("recheck", again["ts"])
    rechecked = bot.slack.wait_for("chat.update", count=4)[-1]
    assert rechecked["ts"] == again["ts"] and "checked just now" in str(rechecked["blocks"])


def test_show_all_posts_the_rest_of_the_flags_in_the_thread(bot: Bot):
    update = _mention(bot, PRIME_MINISTERS, "1700000206.000100")
    shown = _flag_sections(update["blocks"])
    assert len(shown) == 10
    buttons = [e["action_id"] for b in update["blocks"] if b["type"] == "actions"
               for e in b["elements"]]  # fmt: skip
    assert buttons == ["recheck", "show_all"]
    posts_before = len(bot.slack.of("chat.postMessage"))
    bot.click("show_all", update["ts"], thread_ts="1700000206.000100")
    more = bot.slack.wait_for("chat.postMessage", count=posts_before + 2)[posts_before:]
    assert all(m["thread_ts"] == "1700000206.000100" for m in more)
    rest = _flag_sections(more[0]["blocks"])
    assert len(rest) == 10  # 20 kept: ten shown, ten more
    assert {b["accessory"]["value"] for b in rest}.isdisjoint(
        {b["accessory"]["value"] for b in shown}
    )
    assert "counted but not kept" in str(more[1]["blocks"])


def test_a_click_on_a_report_the_bot_no_longer_knows_gets_one_ephemeral_line(bot: Bot):
    bot.click("dismiss_flag", "1600000000.000001", "abc")
    told = bot.slack.wait_for("chat.postEphemeral")[0]
    assert "no longer have this report" in told["text"] and told["user"] == "U0EDIT2"
    assert bot.slack.of("chat.update") == []


def test_the_message_shortcut_puts_the_report_in_the_messages_thread(bot: Bot):
    bot.interaction({
        "type": "message_action", "callback_id": "check_message", "user": {"id": "U1"},
        "channel": {"id": "C1"}, "message_ts": "1700000207.000100",
        "message": {"type": "message", "ts": "1700000207.000100", "text": SAMPLE_TEXT},
        "response_url": bot.slack.url.replace("/api/", "/respond/") + "r1",
    })  # fmt: skip
    update = bot.slack.wait_for("chat.update")[0]
    placeholder = bot.slack.of("chat.postMessage")[0]
    assert placeholder["thread_ts"] == "1700000207.000100"
    assert "Two people in one office" in str(update["blocks"])


def test_app_home_lists_the_last_checks_and_the_counts(bot: Bot):
    update = _mention(bot, SAMPLE_TEXT, "1700000208.000100")
    flag = _flag_sections(update["blocks"])[0]
    bot.click("dismiss_flag", update["ts"], flag["accessory"]["value"])
    bot.slack.wait_for("chat.update", count=2)
    bot.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"})
    view = bot.slack.wait_for("views.publish")[0]
    assert view["user_id"] == "U1"
    home = json.dumps(view["view"])
    assert SAMPLE_TEXT.splitlines()[0][:40] in home
    assert "https://desk.slack.com/archives/C1/p" in home  # linked to its thread
    assert "Two people in one office: " in home and " / 1" in home  # raised / dismissed


def test_malformed_clicks_are_refused_or_ignored_and_change_nothing(bot: Bot):
    codes = []
    for payload in (
        {"type": "block_actions", "user": {"id": "U0EDIT2"}, "actions": []},
        {"type": "block_actions", "user": {"id": "U0EDIT2"}, "container": {},
         "actions": [{"action_id": "dismiss_flag", "value": "x"}]},
        {"type": "block_actions", "user": "U0EDIT2", "container": {"message_ts": 5},
         "actions": [{"action_id": "recheck"}]},
    ):  # fmt: skip
        codes.append(bot.interaction(payload).status_code)
    bot.settle()
    # no action at all, and a user that is no object, are not Slack's; the other is acked
    assert codes == [400, 200, 400]
    assert bot.slack.of("chat.update") == [] and bot.slack.of("chat.postMessage") == []


def test_a_replayed_click_is_handled_once_and_a_forged_value_changes_nothing(bot: Bot):
    update = _mention(bot, SAMPLE_TEXT, "1700000209.000100")
    flag = _flag_sections(update["blocks"])[0]
    click = {
        "type": "block_actions", "user": {"id": "U0EDIT3"}, "channel": {"id": "C1"},
        "container": {"type": "message", "message_ts": update["ts"], "channel_id": "C1"},
        "message": {"ts": update["ts"]}, "trigger_id": "t-replayed",
        "actions": [{"type": "button", "action_id": "dismiss_flag",
                     "value": flag["accessory"]["value"]}],
    }  # fmt: skip
    bot.interaction(click)
    bot.interaction(click)  # the same delivery again
    bot.click("dismiss_flag", update["ts"], "f" * 5000)  # no such flag
    told = bot.slack.wait_for("chat.postEphemeral")[0]
    bot.settle()
    assert len(bot.slack.of("chat.update")) == 2  # the report, then one dismissal
    assert "no longer in the report" in told["text"]


def test_the_shortcut_on_a_message_without_text_says_so_in_its_thread(bot: Bot):
    bot.interaction({
        "type": "message_action", "callback_id": "check_message", "user": {"id": "U1"},
        "channel": {"id": "C1"}, "message": {"type": "message", "ts": "1700000210.000100",
                                             "text": ""},
    })  # fmt: skip
    reply = bot.slack.wait_for("chat.postMessage")[0]
    assert reply["thread_ts"] == "1700000210.000100" and "no text or link" in reply["text"]
