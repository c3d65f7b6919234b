from typing import Any

from slack_bolt import BoltContext
from slack_sdk import WebClient


def message(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    context["desk"].on_message(client, event, context.bot_user_id)
