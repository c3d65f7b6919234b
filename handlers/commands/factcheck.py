from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.desk import HELP, Desk


def factcheck_listener(desk: Desk) -> Callable[..., None]:
    def factcheck(ack: Ack, command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        text = command.get("text", "").strip()
        if not text or text.lower() == "help":
            ack(text=HELP if text else f"Nothing to check yet. {HELP}")
            return
        ack(text="Checking... the report will appear in a thread in this channel.")
        desk.answer_command(client, command, respond)

    return factcheck
