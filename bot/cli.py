"""Command line: ``python -m bot check PATH|-`` and friends."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from bot.analysis.dates import EARLIEST_PUBLICATION, LATEST_PUBLICATION, plausible_publication
from bot.analysis.text import decode, refuse_unreadable
from bot.checker import Checker
from bot.config import Settings
from bot.errors import BadURL, BotError, InputTooLarge
from bot.feedback import Feedback
from bot.knowledge import cli as knowledge_cli
from bot.logs import EXTRACTOR_LIBRARIES
from bot.logs import configure as configure_logging
from bot.render import render_article, render_text
from bot.request import CheckRequest, Subject
from bot.store import open_store

log = logging.getLogger("bot")

_READ_LIMIT_FACTOR = 4  # bytes read per allowed character, at most (UTF-8 is up to 4)


def _published(value: str) -> date:
    try:
        published = date.fromisoformat(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from e
    if plausible_publication(published) is None:
        raise argparse.ArgumentTypeError(
            f"expected a date from {EARLIEST_PUBLICATION} to {LATEST_PUBLICATION}, got {value!r}"
        )
    return published


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
    knowledge_cli.add_parser(commands)
    feedback = commands.add_parser("feedback", help="editors' verdicts on flags")
    feedback.add_argument("action", choices=["export"], help="export: JSON Lines on stdout")
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
    if len(data) == limit:  # read no further: the rest's length is unknown, and huge
        raise InputTooLarge(
            f"That text is longer than the limit of {max_chars:,} characters. "
            "Paste one article at a time."
        )
    text = decode(data)
    # Refused here, before any work, if it will be; the analysis prepares the text as given
    # (preparing it twice read pasted HTML twice, and counted the spaces the first pass put
    # into long runs against the limit).
    refuse_unreadable(text, max_chars)
    return text


def _subject(source: str, max_chars: int) -> Subject:
    """A command-line input: a link as it is, a file or ``-`` read now."""
    subject = Subject.parse(source)
    return subject if subject.is_link else Subject.text(_read(source, max_chars))


def _request(args: argparse.Namespace, source: str, max_chars: int) -> CheckRequest:
    subject = _subject(source, max_chars)
    return CheckRequest(
        subject,
        published=args.published,
        use_cache=not args.no_cache,
        against=_subject(args.source, max_chars) if args.source else None,
        label=None if subject.is_link else source,
    )


def _failed(source: str, error: BotError, as_json: bool) -> None:
    # the line printed below is the person's; the log's is for LOG_LEVEL=INFO and services
    log.info("cannot check %s: %s", source, error)
    if as_json:
        print(json.dumps({"input": source, "error": str(error)}, ensure_ascii=False))
    else:
        print(f"{source}: {error}", file=sys.stderr)


def _check(args: argparse.Namespace, checker: Checker) -> int:
    status = 0
    several = len(args.inputs) > 1
    for source in args.inputs:
        try:
            report = checker.check(_request(args, source, checker.settings.max_text_chars))
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
            if not Subject.parse(source).is_link:
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


def _export_feedback(settings: Settings) -> int:
    """Every "Not an error" kept (newest first), one JSON object a line, to turn false
    alarms into tests. Reads Redis (REDIS_URL); an in-process store starts empty."""
    if not settings.redis_url:
        print("error: feedback is kept in Redis; set REDIS_URL", file=sys.stderr)
        return 2
    feedback = Feedback(open_store(settings.redis_url), prefix=settings.redis_prefix)
    for dismissal in feedback.export():
        print(dismissal.to_json())
    return 0


#: runs ``serve``: given by the entry point (bot/__main__.py), so the core never imports
#: the Slack wing
Serve = Callable[[argparse.Namespace, Settings], int]


def main(argv: Sequence[str] | None = None, *, serve: Serve | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except BotError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    # The service's processes log at LOG_LEVEL (INFO unless set); the other commands print
    # for a person, who sees warnings only unless LOG_LEVEL asks for more.
    quiet = args.command not in ("serve", "worker") and not os.environ.get("LOG_LEVEL")
    configure_logging("WARNING" if quiet else settings.log_level, settings.log_format)
    if quiet:
        # The extractor complains of an empty or broken page in lines of its own; the
        # command says what went wrong in one line.
        for name in EXTRACTOR_LIBRARIES:
            logging.getLogger(name).setLevel(logging.CRITICAL)
    if args.command == "serve":
        if serve is None:
            print(
                "error: this entry point has no Slack app; run python -m bot serve", file=sys.stderr
            )
            return 2
        return serve(args, settings)
    if args.command == "feedback":
        return _export_feedback(settings)
    if args.command == "knowledge":
        return knowledge_cli.run(args, settings)
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
