from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient

from bot.desk import Desk, Request, subject_of
from bot.fetch.urls import find_links


def message_listener(desk: Desk) -> Callable[..., None]:
    def message(event: dict[str, Any], client: WebClient, context: dict[str, Any]) -> None:
        # Edits, deletions, joins and other bots' posts are not requests.
        if event.get("subtype") or event.get("bot_id"):
            return
        text = event.get("text", "")
        if f"<@{context.get('bot_user_id')}>" in text:
            return  # the app_mention listener answers these
        direct = event.get("channel_type") == "im"
        if event.get("thread_ts") and not direct:
            return
        if not direct and (not find_links(text) or event["channel"] in desk.quiet_channels):
            return
        channel, ts = event["channel"], event["ts"]
        if not text.strip() or not desk.first_time("reply", channel, ts):
            return
        desk.answer(client, Request(channel, event.get("thread_ts") or ts, subject_of(text)))

    return message
