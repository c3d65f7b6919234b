from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient

from bot.desk import HELP, Desk, Request, strip_mentions, subject_of


def app_mention_listener(desk: Desk) -> Callable[..., None]:
    def app_mention(event: dict[str, Any], client: WebClient) -> None:
        channel, ts = event["channel"], event["ts"]
        if not desk.first_time("reply", channel, ts):
            return
        thread_ts = event.get("thread_ts") or ts
        text = strip_mentions(event.get("text", ""))
        recheck = text.lower() == "recheck"
        if (not text or recheck) and event.get("thread_ts"):
            text = desk.thread_parent(client, channel, thread_ts)
        if not text:
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=HELP)
            return
        source = desk.thread_source(channel, thread_ts) if event.get("thread_ts") else None
        if source is not None and not recheck and text != source:
            # A draft pasted in the thread of a report: checked against that report's source.
            desk.answer(client, Request(channel, thread_ts, text, source=source))
            return
        desk.answer(client, Request(channel, thread_ts, subject_of(text), use_cache=not recheck))

    return app_mention
