from slack_bolt import App

from bot.slack.listeners.shortcuts.check_message import CALLBACK_ID, check_message


def register(app: App) -> None:
    app.shortcut(CALLBACK_ID)(check_message)
