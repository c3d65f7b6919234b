from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient


def factcheck(
    ack: Ack, command: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext
) -> None:
    context["desk"].on_command(ack, client, command, respond)
