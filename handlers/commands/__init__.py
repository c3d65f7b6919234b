from slack_bolt import App

from bot.desk import Desk
from handlers.commands.factcheck import factcheck_listener


def register(app: App, desk: Desk, command: str) -> None:
    app.command(command)(factcheck_listener(desk))
