"""``python -m bot serve``: the Slack app in HTTP mode or Socket Mode, until stopped.

Before the model loads (which takes seconds), the settings are tried against the services
they name: Slack must accept the bot token, and Redis, when configured, must answer. A
failure is one line on stderr and a non-zero exit, never a traceback: 2 for a setting to
fix (a missing or refused token, a malformed REDIS_URL), 1 for a service that does not
answer (it may come back: a supervisor's restart then succeeds).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from http.client import HTTPException

import redis
from slack_bolt.error import BoltError
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.config import Settings, SlackSettings, serve_port
from bot.errors import BotError
from bot.slack.app import build_service
from bot.slack.factory import slack_client
from bot.slack.serve import exit_on_stop_signals, serve_http, serve_socket

log = logging.getLogger(__name__)

#: seconds each start-up check may take (the Web API client's default is 30)
PREFLIGHT_TIMEOUT = 10
#: exit statuses: a setting to fix, a service not answering
BAD_SETTING, UNREACHABLE = 2, 1


class StartupError(Exception):
    """Serving cannot start; the message is one line for the operator, without secrets."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _slack_error(error: SlackApiError) -> str:
    """Slack's error code (``invalid_auth``...) from a refused call."""
    try:
        code = error.response.get("error")
    except (ValueError, AttributeError):  # a body that was not JSON
        code = None
    return str(code or "no error code")


@contextlib.contextmanager
def _silenced(name: str) -> Iterator[None]:
    """No records from logger ``name`` meanwhile: the SDK logs an ERROR per failed try,
    and the failure is already the one line the operator gets."""
    logger = logging.getLogger(name)
    logger.disabled = True
    try:
        yield
    finally:
        logger.disabled = False


def check_slack(slack: SlackSettings) -> None:
    """Slack answers ``auth.test`` and accepts the bot token, or StartupError."""
    client = slack_client(slack)
    client.timeout = PREFLIGHT_TIMEOUT
    try:
        with _silenced("slack_sdk.web.base_client"):
            client.auth_test()
    except SlackApiError as e:
        raise StartupError(
            BAD_SETTING,
            f"Slack refused SLACK_BOT_TOKEN ({_slack_error(e)}): copy the bot token from "
            "OAuth & Permissions",
        ) from e
    except (SlackClientError, OSError, HTTPException) as e:
        reason = getattr(e, "reason", None) or e  # urllib's URLError wraps the socket error
        raise StartupError(UNREACHABLE, f"cannot reach Slack at {slack.api_url}: {reason}") from e


def check_redis(url: str) -> None:
    """Redis at ``url`` answers a PING, or StartupError (the URL is never printed: it may
    hold a password)."""
    try:
        client = redis.Redis.from_url(
            url, socket_timeout=PREFLIGHT_TIMEOUT, socket_connect_timeout=PREFLIGHT_TIMEOUT
        )
    except ValueError as e:
        raise StartupError(BAD_SETTING, f"REDIS_URL is not a Redis URL: {e}") from e
    try:
        client.ping()
    except redis.AuthenticationError as e:
        raise StartupError(BAD_SETTING, f"Redis refused the password in REDIS_URL: {e}") from e
    except (redis.RedisError, OSError) as e:
        raise StartupError(UNREACHABLE, f"Redis at REDIS_URL does not answer: {e}") from e
    finally:
        client.close()


def preflight(slack: SlackSettings, settings: Settings) -> None:
    """Every start-up check, cheapest first; raises StartupError."""
    if settings.redis_url:
        check_redis(settings.redis_url)
    check_slack(slack)


def serve(args: argparse.Namespace, settings: Settings) -> int:
    """Serve until SIGTERM or SIGINT; the exit status (see the module's docstring)."""
    try:
        slack = SlackSettings.from_env(socket_mode=args.socket)
        if args.port is None:
            args.port = serve_port()
        preflight(slack, settings)
    except BotError as e:
        print(f"error: {e}", file=sys.stderr)
        return BAD_SETTING
    except StartupError as e:
        print(f"error: {e}", file=sys.stderr)
        return e.status
    exit_on_stop_signals()  # until serving: then stopping is graceful
    try:
        service = build_service(slack, settings)
    except (BotError, BoltError, SlackClientError, OSError, HTTPException) as e:
        # Slack or the model failed between the checks above and now.
        print(f"error: cannot start: {e}", file=sys.stderr)
        return UNREACHABLE
    status = 0
    try:
        if args.socket:
            serve_socket(service.app, slack.app_token or "")
        else:
            serve_http(service.app, args.host, args.port, ready=service.checker.ready)
    except SlackApiError as e:  # Socket Mode: the app-level token was refused
        print(f"error: Slack refused SLACK_APP_TOKEN ({_slack_error(e)})", file=sys.stderr)
        status = BAD_SETTING
    except OSError as e:  # the port is taken, or Slack cannot be reached
        where = "in Socket Mode" if args.socket else f"on {args.host}:{args.port}"
        print(f"error: cannot serve {where}: {e}", file=sys.stderr)
        status = BAD_SETTING
    finally:
        finished = service.close()
    if not finished:
        # A thread still inside a fetch or a Slack call would hold the interpreter's exit
        # for the whole of its timeout; its reply is lost either way.
        log.warning("stopped with replies still in flight; they are abandoned")
        logging.shutdown()
        os._exit(status)
    return status
