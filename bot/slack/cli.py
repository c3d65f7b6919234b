"""``python -m bot serve``: the Slack app in HTTP mode or Socket Mode, until stopped."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from bot.config import Settings, SlackSettings, serve_port
from bot.errors import BotError
from bot.slack.app import build_service
from bot.slack.serve import exit_on_stop_signals, serve_http, serve_socket

log = logging.getLogger(__name__)


def serve(args: argparse.Namespace, settings: Settings) -> int:
    """Serve until SIGTERM or SIGINT; the exit status (2: bad settings or port)."""
    try:
        slack = SlackSettings.from_env(socket_mode=args.socket)
        if args.port is None:
            args.port = serve_port()
    except BotError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    exit_on_stop_signals()  # until serving: then stopping is graceful
    service = build_service(slack, settings)
    status = 0
    try:
        if args.socket:
            serve_socket(service.app, slack.app_token or "")
        else:
            serve_http(service.app, args.host, args.port, health=service.checker.health)
    except OSError as e:  # the port is taken, or Slack cannot be reached
        where = "in Socket Mode" if args.socket else f"on {args.host}:{args.port}"
        print(f"error: cannot serve {where}: {e}", file=sys.stderr)
        status = 2
    finally:
        finished = service.close()
    if not finished:
        # A thread still inside a fetch or a Slack call would hold the interpreter's exit
        # for the whole of its timeout; its reply is lost either way.
        log.warning("stopped with replies still in flight; they are abandoned")
        logging.shutdown()
        os._exit(status)
    return status
