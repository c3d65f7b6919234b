from slack_bolt import App

from bot.slack.listeners.commands.factcheck import factcheck


def register(app: App, command: str) -> None:
    app.command(command)(factcheck)
