from slack_bolt import App

from bot.desk import Desk
from handlers.events.app_mention import app_mention_listener
from handlers.events.link_shared import link_shared_listener
from handlers.events.message import message_listener


def register(app: App, desk: Desk) -> None:
    app.event("app_mention")(app_mention_listener(desk))
    app.event("message")(message_listener(desk))
    app.event("link_shared")(link_shared_listener(desk))
