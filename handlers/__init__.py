"""Slack listeners: each acks, makes one call into ``bot/``, and replies."""

from slack_bolt import App

from bot.desk import Desk
from handlers import commands, events


def register(app: App, desk: Desk, command: str = "/factcheck") -> None:
    commands.register(app, desk, command)
    events.register(app, desk)
