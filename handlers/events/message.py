from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient

from bot.desk import DRAFT_WORDS, Desk, Request, subject_of
from bot.fetch.urls import find_links


def message_listener(desk: Desk) -> Callable[..., None]:
    def message(event: dict[str, Any], client: WebClient, context: dict[str, Any]) -> None:
        # Edits, deletions and joins are not requests (bots never get here: bot.guards).
        if event.get("subtype"):
            return
        text = event.get("text", "")
        if f"<@{context.get('bot_user_id')}>" in text:
            return  # the app_mention listener answers these
        direct = event.get("channel_type") == "im"
        channel, ts = event["channel"], event["ts"]
        if event.get("thread_ts") and not direct:
            # A long reply in a thread the bot answered is a draft of that thread's source.
            source = desk.thread_source(channel, event["thread_ts"])
            if (
                source is not None
                and len(text.split()) >= DRAFT_WORDS
                and desk.first_time("reply", channel, ts)
            ):
                desk.answer(client, Request(channel, event["thread_ts"], text, source=source))
            return
        if not direct and (not find_links(text) or event["channel"] in desk.quiet_channels):
            return
        if not text.strip() or not desk.first_time("reply", channel, ts):
            return
        desk.answer(client, Request(channel, event.get("thread_ts") or ts, subject_of(text)))

    return message
