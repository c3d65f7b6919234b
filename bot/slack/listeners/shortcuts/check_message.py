from typing import Any

from slack_bolt import Ack, BoltContext
from slack_sdk import WebClient

#: the message shortcut's callback id in manifest.yml ("Check this message")
CALLBACK_ID = "check_message"


def check_message(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    context["desk"].on_shortcut(ack, client, body)
