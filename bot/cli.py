"""Command line: ``python -m bot check PATH|-`` and friends."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from bot.analysis.text import decode, prepare_text
from bot.checker import Checker, JSONReport
from bot.config import Settings
from bot.errors import BadURL, BotError
from bot.fetch.urls import looks_like_link
from bot.render import render_article, render_text

log = logging.getLogger("bot")

_READ_LIMIT_FACTOR = 4  # bytes read per allowed character, at most (UTF-8 is up to 4)


def _published(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from e


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check one or more articles")
    check.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="a text file, - for stdin, or an http(s) link"
    )
    check.add_argument("--json", action="store_true", help="print JSON (JSON Lines for several)")
    check.add_argument("--published", type=_published, help="publication date, YYYY-MM-DD")
    check.add_argument(
        "--no-cache", action="store_true", help="check afresh; do not read the cache"
    )
    check.add_argument(
        "--source", metavar="SOURCE", help="check the draft against this source (path, - or URL)"
    )
    serve = commands.add_parser("serve", help="run the Slack app (HTTP mode, or --socket)")
    serve.add_argument("--socket", action="store_true", help="Socket Mode (needs SLACK_APP_TOKEN)")
    serve.add_argument("--port", type=int, default=None, help="default: PORT, else 3000")
    serve.add_argument("--host", default="0.0.0.0")
    worker = commands.add_parser("worker", help="run queued checks (QUEUE=rq, REDIS_URL)")
    worker.add_argument("--burst", action="store_true", help="stop when the queue is empty")
    extract = commands.add_parser("extract", help="show the text the bot would check for links")
    extract.add_argument("inputs", nargs="+", metavar="URL")
    extract.add_argument("--json", action="store_true", help="one JSON object per link")
    return parser


_OTHER_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


def _read(source: str, max_chars: int) -> str:
    """The text behind one file or stdin input, or a BotError saying why there is none."""
    if _OTHER_SCHEME.match(source):  # file://, ftp://...: a link of a kind never fetched
        raise BadURL("Only http and https links can be checked.")
    limit = max_chars * _READ_LIMIT_FACTOR + 1
    try:
        if source == "-":
            data = sys.stdin.buffer.read(limit)
        else:
            with Path(source).open("rb") as handle:
                data = handle.read(limit)
    except OSError as e:
        raise BotError(f"Cannot read {source}: {e.strerror or e}") from e
    return prepare_text(decode(data), max_chars)


def _text_or_link(checker: Checker, source: str) -> str:
    return source if looks_like_link(source) else _read(source, checker.settings.max_text_chars)


def _report_for(
    checker: Checker, source: str, published: date | None, use_cache: bool
) -> JSONReport:
    if looks_like_link(source):
        return checker.check_link(source, published=published, use_cache=use_cache)
    text = _read(source, checker.settings.max_text_chars)
    return checker.check_text(text, published=published, name=source, use_cache=use_cache)


def _failed(source: str, error: BotError, as_json: bool) -> None:
    log.warning("cannot check %s: %s", source, error)
    if as_json:
        print(json.dumps({"input": source, "error": str(error)}, ensure_ascii=False))
    else:
        print(f"{source}: {error}", file=sys.stderr)


def _check(args: argparse.Namespace, checker: Checker) -> int:
    status = 0
    several = len(args.inputs) > 1
    for source in args.inputs:
        try:
            if args.source:
                report = checker.check_against(
                    _text_or_link(checker, source),
                    _text_or_link(checker, args.source),
                    published=args.published,
                )
                report["input"] = source
            else:
                report = _report_for(checker, source, args.published, not args.no_cache)
        except BotError as e:
            _failed(source, e, args.json)
            status = 1
            continue
        if args.json:
            print(json.dumps(report, ensure_ascii=False, indent=None if several else 2))
        else:
            print(render_text(report))
            if several:
                print()
    return status


def _extract(args: argparse.Namespace, checker: Checker) -> int:
    status = 0
    for source in args.inputs:
        try:
            if not looks_like_link(source):
                raise BadURL(f"Not a link: {source[:100]}")
            article = checker.fetch(source)
        except BotError as e:
            _failed(source, e, args.json)
            status = 1
            continue
        if args.json:
            row = {"input": source, **article.source(), "text": article.text}
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(render_article(article))
            print()
    return status


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import build_service
    from bot.config import SlackSettings, serve_port
    from bot.serve import exit_on_stop_signals, serve_http, serve_socket

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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except BotError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.command == "serve":
        return _serve(args, settings)
    if args.command == "worker":
        from bot.worker import run_worker  # imports rq only where it is used

        return run_worker(settings, burst=args.burst)
    checker = Checker(settings)
    try:
        return _check(args, checker) if args.command == "check" else _extract(args, checker)
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        checker.close()
