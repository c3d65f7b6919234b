"""Global Bolt middleware: requests the listeners never see.

- anything a bot wrote (another bot, or this one): answering bots makes bot loops;
- a delivery seen before: Slack's retries of an event (same event id), and a replayed
  slash command, button click or shortcut (same trigger id; a command without one: the
  same signature and timestamp).

Both answer Slack with an empty 200, so Slack does not retry them.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext, BoltRequest, BoltResponse

from bot.slack.event_claims import EventClaims

log = logging.getLogger(__name__)

Middleware = Callable[..., BoltResponse | None]
#: payload types of clicks and shortcuts
INTERACTIONS = frozenset({"block_actions", "message_action", "shortcut"})


def from_a_bot(event: dict[str, Any], own_user: str | None) -> bool:
    """Whether an event was written by a bot (any bot, or this app's own user)."""
    return bool(
        event.get("bot_id")
        or event.get("bot_profile")
        or event.get("subtype") == "bot_message"
        or (own_user and event.get("user") == own_user)
    )


def ignore_bots() -> Middleware:
    """Every entry point: mentions, messages, link_shared, commands."""

    def middleware(
        body: dict[str, Any], context: BoltContext, next: Callable[[], BoltResponse]
    ) -> BoltResponse | None:
        own_user = context.bot_user_id
        event = body.get("event") if body.get("type") == "event_callback" else None
        if isinstance(event, dict) and from_a_bot(event, own_user):
            log.debug("ignoring a %s event written by a bot", event.get("type"))
            return BoltResponse(status=200, body="")
        if body.get("command") and own_user and body.get("user_id") == own_user:
            return BoltResponse(status=200, body="")
        return next()

    return middleware


def _command_identity(body: dict[str, Any], req: BoltRequest) -> str:
    """A command's trigger id (one per invocation); else a hash of what makes a request
    unique to Slack: its signature and timestamp (HTTP), or its content (Socket Mode)."""
    trigger = body.get("trigger_id")
    if isinstance(trigger, str) and trigger:
        return f"trigger:{trigger}"
    signature = req.headers.get("x-slack-signature", [""])[0]
    timestamp = req.headers.get("x-slack-request-timestamp", [""])[0]
    material = f"{signature}:{timestamp}" if signature else json.dumps(body, sort_keys=True)
    return "hash:" + hashlib.sha256(material.encode()).hexdigest()[:40]


def answer_once(claims: EventClaims) -> Middleware:
    """Slack redelivers an event it thinks was missed (X-Slack-Retry-Num), and a captured
    command can be replayed within the five minutes its signature is valid: answer once."""

    def middleware(
        body: dict[str, Any], req: BoltRequest, next: Callable[[], BoltResponse]
    ) -> BoltResponse | None:
        if body.get("type") == "event_callback" and body.get("event_id"):
            if not claims.claim("event", str(body["event_id"])):
                log.info("event %s delivered again; already handled", body["event_id"])
                return BoltResponse(status=200, body="")
        elif body.get("command"):
            identity = _command_identity(body, req)
            if not claims.claim("command", identity):
                log.info("command %s delivered again; already handled", identity[:20])
                return BoltResponse(status=200, body="")
        elif (
            body.get("type") in INTERACTIONS
            and isinstance(body.get("trigger_id"), str)
            # A button click or a shortcut, replayed: its trigger id is one per click.
            and not claims.claim("interaction", body["trigger_id"])
        ):
            log.info("interaction delivered again; already handled")
            return BoltResponse(status=200, body="")
        return next()

    return middleware
