"""Slack listeners, registered the Bolt starter template's way: each group's
``register(app)``. Every listener is one call into the Desk (``context["desk"]``, put
there by :func:`bot.slack.app.build_app`), which decides what the request asks for."""

from slack_bolt import App

from bot.slack.listeners import actions, commands, events, shortcuts


def register(app: App, command: str = "/factcheck") -> None:
    commands.register(app, command)
    events.register(app)
    actions.register(app)
    shortcuts.register(app)
