from typing import Any

from slack_bolt import BoltContext
from slack_sdk import WebClient


def app_home_opened(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    context["desk"].on_home_opened(client, event)
