from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient

from bot.desk import Desk


def link_shared_listener(desk: Desk) -> Callable[..., None]:
    def link_shared(event: dict[str, Any], client: WebClient) -> None:
        unfurls = desk.unfurls([link["url"] for link in event.get("links", [])])
        if unfurls:
            client.chat_unfurl(channel=event["channel"], ts=event["message_ts"], unfurls=unfurls)

    return link_shared
