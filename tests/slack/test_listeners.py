"""Listener unit tests, the Bolt starter template's way: each listener called with Bolt's
arguments as mocks; then the registered app dispatching real Bolt requests to them."""

from __future__ import annotations

import json
from typing import Any
from unittest.mock import Mock
from urllib.parse import urlencode

from slack_bolt import App, BoltContext, BoltRequest
from slack_sdk import WebClient

from bot.slack import listeners
from bot.slack.app import provide
from bot.slack.desk import Desk
from bot.slack.listeners.commands.factcheck import factcheck
from bot.slack.listeners.events.app_mention import app_mention
from bot.slack.listeners.events.link_shared import link_shared
from bot.slack.listeners.events.message import message
from tests.slack.fakeslack import FakeSlack


def _context(desk: Mock, bot_user_id: str = "UBOT") -> BoltContext:
    return BoltContext({"desk": desk, "bot_user_id": bot_user_id})


def test_factcheck_hands_the_command_to_the_desk():
    desk, ack, client, respond = Mock(spec=Desk), Mock(), Mock(spec=WebClient), Mock()
    command = {"text": "https://example.com/a", "channel_id": "C1", "user_id": "U1"}
    factcheck(ack=ack, command=command, client=client, respond=respond, context=_context(desk))
    desk.on_command.assert_called_once_with(ack, client, command, respond)


def test_app_mention_hands_the_event_to_the_desk():
    desk, client = Mock(spec=Desk), Mock(spec=WebClient)
    event = {"type": "app_mention", "channel": "C1", "ts": "1.1", "text": "<@UBOT> hi"}
    app_mention(event=event, client=client, context=_context(desk))
    desk.on_mention.assert_called_once_with(client, event)


def test_message_passes_the_bots_own_user_id():
    desk, client = Mock(spec=Desk), Mock(spec=WebClient)
    event = {"type": "message", "channel": "D1", "ts": "1.1", "text": "copy"}
    message(event=event, client=client, context=_context(desk, "UFACT"))
    desk.on_message.assert_called_once_with(client, event, "UFACT")


def test_link_shared_hands_the_links_to_the_desk():
    desk, client = Mock(spec=Desk), Mock(spec=WebClient)
    event = {"type": "link_shared", "channel": "C1", "message_ts": "1.1", "links": []}
    link_shared(event=event, client=client, context=_context(desk))
    desk.on_links_shared.assert_called_once_with(client, event)


def _app(desk: Mock, slack: FakeSlack) -> App:
    app = App(
        # Bolt asks auth.test once; the desk is a mock, so nothing else calls Slack
        client=WebClient(token="xoxb-test", base_url=slack.url),
        signing_secret="s",
        request_verification_enabled=False,
        token_verification_enabled=False,
        process_before_response=True,  # listeners run before dispatch returns
    )
    app.middleware(provide(desk))
    listeners.register(app, "/factcheck")
    return app


def _event(event: dict[str, Any]) -> BoltRequest:
    body = {"type": "event_callback", "team_id": "T1", "event_id": "Ev1", "event": event,
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}]}  # fmt: skip
    return BoltRequest(body=json.dumps(body), headers={"content-type": ["application/json"]})


def test_registered_listeners_receive_what_slack_sends():
    desk, slack = Mock(spec=Desk), FakeSlack()
    try:
        _dispatch_each_kind(desk, _app(desk, slack))
    finally:
        slack.close()


def _dispatch_each_kind(desk: Mock, app: App) -> None:
    mention = {"type": "app_mention", "channel": "C1", "ts": "1.1", "user": "U1", "text": "x"}
    assert app.dispatch(_event(mention)).status == 200
    assert desk.on_mention.call_args.args[1]["ts"] == "1.1"
    shared = {"type": "link_shared", "channel": "C1", "message_ts": "1.2", "user": "U1",
              "links": [{"url": "https://example.com/a", "domain": "example.com"}]}  # fmt: skip
    app.dispatch(_event(shared))
    assert desk.on_links_shared.call_args.args[1]["message_ts"] == "1.2"
    body = urlencode({"command": "/factcheck", "text": "help", "channel_id": "C1",
                      "user_id": "U1", "team_id": "T1", "trigger_id": "t1",
                      "response_url": "https://hooks.example/r"})  # fmt: skip
    request = BoltRequest(
        body=body, headers={"content-type": ["application/x-www-form-urlencoded"]}
    )
    app.dispatch(request)
    assert desk.on_command.call_args.args[2]["text"] == "help"
    assert not desk.on_message.called  # nothing was a plain message
