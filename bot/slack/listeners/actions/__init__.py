from slack_bolt import App

from bot.slack.blocks import DISMISS, RECHECK, SHOW_ALL
from bot.slack.listeners.actions.report_buttons import dismiss_flag, recheck, show_all


def register(app: App) -> None:
    app.action(DISMISS)(dismiss_flag)
    app.action(RECHECK)(recheck)
    app.action(SHOW_ALL)(show_all)
