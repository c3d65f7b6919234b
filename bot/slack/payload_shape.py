"""Whether a signed body has the shape of Slack's own, before Bolt reads it.

Bolt digs ids out of a body (the view's type, the first action's id, the user's and the
team's objects) before any middleware runs, and a listener reads the event's channel, ts
and text: a field of the wrong type ("view": null, an action with no id, "text": a list)
made a 500 or a logged traceback. Slack never sends such bodies, so a wrong one is refused
with a 400 and a log line naming the field, never its contents.
"""

from __future__ import annotations

import json
from typing import Any

#: fields of a click, shortcut or view that are objects wherever Slack gives them
_OBJECTS = ("view", "user", "team", "channel", "container", "message", "enterprise", "state")
#: fields that are strings wherever Slack gives them, in every kind of body
_STRINGS = (
    "type", "token", "trigger_id", "callback_id", "action_ts", "response_url", "api_app_id",
    "team_id", "enterprise_id", "event_id", "command", "text", "user_id", "channel_id",
)  # fmt: skip
#: an event's fields a listener reads, strings when given
_EVENT_STRINGS = ("type", "subtype", "text", "ts", "thread_ts", "channel", "user", "message_ts")
#: events whose listeners answer in a channel: they need its id and the message's ts
_IN_A_CHANNEL = {"message": "ts", "app_mention": "ts", "link_shared": "message_ts"}


def shape_problem(body: dict[str, Any]) -> str | None:
    """The first field of ``body`` that is not as Slack sends it, or None."""
    try:
        # JSON may escape half a surrogate pair ("\\ud800"), which no UTF-8 text holds:
        # Redis, Slack's API and the logs would each fail on it later
        json.dumps(body, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return "text that is not Unicode"
    except RecursionError:
        return "nesting"  # parsed at the edge of the recursion limit, not written back
    for key in _STRINGS:
        if key in body and body[key] is not None and not isinstance(body[key], str):
            return key
    if "is_enterprise_install" in body and not isinstance(
        body["is_enterprise_install"], bool | str
    ):
        return "is_enterprise_install"
    if body.get("command") is not None and not (
        isinstance(body.get("channel_id"), str) and isinstance(body.get("user_id"), str)
    ):
        return "command without channel_id or user_id"
    if body.get("type") == "event_callback":
        return _event_problem(body)
    return _interaction_problem(body)


def _list_of_objects(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, dict) for item in value)


def _event_problem(body: dict[str, Any]) -> str | None:
    if "authorizations" in body and not _list_of_objects(body["authorizations"]):
        return "authorizations"
    event = body.get("event")
    if not isinstance(event, dict):
        return "event"
    for key in _EVENT_STRINGS:
        if key in event and not isinstance(event[key], str):
            return f"event.{key}"
    kind = event.get("type")
    when = _IN_A_CHANNEL.get(kind) if isinstance(kind, str) else None
    # a message's edit or deletion carries its message inside: the listeners drop those
    edited = kind == "message" and event.get("subtype") is not None
    placed = isinstance(event.get("channel"), str) and isinstance(event.get(when or ""), str)
    if when is not None and not edited and not placed:
        return f"event.channel or event.{when}"
    if "links" in event and not _list_of_objects(event["links"]):
        return "event.links"
    return None


def _interaction_problem(body: dict[str, Any]) -> str | None:
    for key in _OBJECTS:
        # Slack sends "enterprise": null outside an Enterprise Grid
        grid_less = key == "enterprise" and body[key] is None if key in body else False
        if key in body and not isinstance(body[key], dict) and not grid_less:
            return key
    view = body.get("view")
    if isinstance(view, dict) and not isinstance(view.get("type"), str):
        return "view.type"
    if "authorizations" in body and not _list_of_objects(body["authorizations"]):
        return "authorizations"
    if "workflow_step" in body and not isinstance(body["workflow_step"], dict):
        return "workflow_step"
    if "actions" not in body:
        return None
    actions = body["actions"]
    if not (isinstance(actions, list) and actions and _list_of_objects(actions)):
        return "actions"
    for action in actions:
        if not isinstance(action.get("action_id", action.get("name")), str):
            return "actions[].action_id"
    return None
