"""Bad input through every entry point: one clear message, never silence, never a traceback."""

from __future__ import annotations

import json

import pytest

from tests.fetch.pages import SAMPLE, article_page
from tests.localserver import LocalServer, send
from tests.slack.fakeslack import BOT_USER
from tests.slack.harness import Bot

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
FRENCH = (
    "Le conseil municipal s'est réuni mardi pour débattre du budget de la ville et des "
    "nouvelles pistes cyclables prévues dans le centre historique, a indiqué la mairie."
)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(4000)


def _answer(bot: Bot) -> str:
    update = bot.slack.wait_for("chat.update")[0]
    assert "Traceback" not in update["text"]
    return str(update["text"])


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("image", "not an article"),
        ("blocked", "private or local address"),
        ("gone", "not found"),
        ("french", "English"),
        ("too long", "limit"),
    ],
)
@pytest.mark.parametrize("entry", ["command", "mention", "dm"])
def test_each_entry_point_gives_one_clear_message(bot: Bot, entry: str, case: str, expected: str):
    with LocalServer({"/img.png": lambda h: send(h, 200, PNG, "image/png")}) as site:
        subject = {
            "image": site.url("/img.png"),
            "blocked": "http://10.1.2.3/story",
            "gone": site.url("/gone"),
            "french": FRENCH,
            "too long": "The council met on Monday. " * 12_000,  # 324,000 characters
        }[case]
        if entry == "command":
            bot.command(subject)
        elif entry == "mention":
            bot.event({"type": "app_mention", "user": "U1", "channel": "C1",
                       "ts": "1700000010.000100", "text": f"<@{BOT_USER}> {subject}"})  # fmt: skip
        else:
            bot.event({"type": "message", "channel_type": "im", "user": "U1", "channel": "D1",
                       "ts": "1700000011.000100", "text": subject})  # fmt: skip
        assert expected in _answer(bot)
    assert len(bot.slack.of("chat.update")) == 1


def test_a_message_with_five_links_gets_one_report_for_the_first(bot: Bot):
    page = article_page().encode()
    with LocalServer({f"/s{i}": lambda h: send(h, 200, page) for i in range(5)}) as site:
        links = " ".join(f"<{site.url(f'/s{i}')}>" for i in range(5))
        bot.event({"type": "message", "channel_type": "channel", "user": "U1", "channel": "C7",
                   "ts": "1700000012.000100", "text": f"Five takes: {links}"})  # fmt: skip
        bot.slack.wait_for("chat.update")
        assert site.requests == ["/s0"]
    assert len(bot.slack.of("chat.postMessage")) == 1


def test_direct_message_text_is_answered_in_the_dm_thread(bot: Bot):
    bot.event({"type": "message", "channel_type": "im", "user": "U1", "channel": "D2",
               "ts": "1700000013.000100", "text": SAMPLE_TEXT})  # fmt: skip
    update = bot.slack.wait_for("chat.update")[0]
    assert bot.slack.of("chat.postMessage")[0]["thread_ts"] == "1700000013.000100"
    assert "Two people in one office" in str(update["blocks"])


def test_mention_alone_in_a_thread_checks_its_first_message_and_recheck_skips_the_cache(bot: Bot):
    bot.slack.threads["1700000014.000100"] = [{"ts": "1700000014.000100", "text": SAMPLE_TEXT}]
    mention = {"type": "app_mention", "user": "U1", "channel": "C8",
               "thread_ts": "1700000014.000100"}  # fmt: skip
    bot.event({**mention, "ts": "1700000014.000200", "text": f"<@{BOT_USER}>"})
    first = bot.slack.wait_for("chat.update")[0]
    assert "Two people in one office" in str(first["blocks"])
    assert "checked just now" in str(first["blocks"])
    bot.event({**mention, "ts": "1700000014.000300", "text": f"<@{BOT_USER}> recheck"})
    second = bot.slack.wait_for("chat.update", count=2)[1]
    assert "checked just now" in str(second["blocks"])


def test_quiet_channels_do_not_get_shared_link_reports(bot: Bot):
    bot.event({"type": "message", "channel_type": "channel", "user": "U1", "channel": "CQUIET",
               "ts": "1700000015.000100", "text": "<https://example.com/a>"})  # fmt: skip
    bot.settle()  # every listener has finished: nothing more can be posted
    assert bot.slack.of("chat.postMessage") == []


def test_a_100_kb_paste_gets_a_report_within_slacks_limits(bot: Bot):
    # Each copy names another second mayor: identical copies would be one finding each
    # (a report gives each finding once), and the test wants more flags than are shown.
    mayors = [f"Dun{chr(97 + i // 26)}{chr(97 + i % 26)}more" for i in range(40)]
    copies = [SAMPLE_TEXT.replace("Richard Dunmore", f"Richard {m}") for m in mayors]
    paste = "\n\n".join(copies)[:100_000]
    bot.command(paste)
    update = bot.slack.wait_for("chat.update", timeout=60)[0]
    assert len(update["blocks"]) <= 50
    assert len(json.dumps(update["blocks"])) <= 40_000
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in update["blocks"])
    assert "...and" in str(update["blocks"])  # more flags than are shown


def test_link_shared_gets_a_compact_unfurl(bot: Bot):
    page = article_page().encode()
    with LocalServer({"/story": lambda h: send(h, 200, page)}) as site:
        url = site.url("/story")
        links = [{"domain": "127.0.0.1", "url": url}]
        bot.event({"type": "link_shared", "channel": "C1", "user": "U1",
                   "message_ts": "1700000016.000100", "links": links})  # fmt: skip
        unfurl = bot.slack.wait_for("chat.unfurl")[0]
    assert unfurl["ts"] == "1700000016.000100"
    assert "flagged issue" in str(unfurl["unfurls"][url])
