from typing import Any

from slack_bolt import BoltContext
from slack_sdk import WebClient


def link_shared(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    context["desk"].on_links_shared(client, event)
