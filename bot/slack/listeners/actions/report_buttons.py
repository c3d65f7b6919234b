from typing import Any

from slack_bolt import Ack, BoltContext
from slack_sdk import WebClient


def dismiss_flag(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    context["desk"].on_dismiss(ack, client, body)


def recheck(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    context["desk"].on_recheck(ack, client, body)


def show_all(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    context["desk"].on_show_all(ack, client, body)
