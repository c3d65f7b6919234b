"""Command line: ``python -m bot check PATH|-`` and friends."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from bot.analysis.analyzer import Analyzer
from bot.analysis.text import decode, prepare_text
from bot.config import Settings
from bot.errors import BotError, UnsupportedInput
from bot.render import render_text

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
    check.add_argument("inputs", nargs="+", metavar="PATH", help="a text file, or - for stdin")
    check.add_argument("--json", action="store_true", help="print JSON (JSON Lines for several)")
    check.add_argument("--published", type=_published, help="publication date, YYYY-MM-DD")
    return parser


def _read(source: str, max_chars: int) -> str:
    """The text behind one CLI input, or a BotError saying why there is none."""
    if source.startswith(("http://", "https://", "<http")):
        raise UnsupportedInput("Checking links is not supported yet; paste the article text.")
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


def _check(args: argparse.Namespace, settings: Settings) -> int:
    analyzer: Analyzer | None = None
    status = 0
    several = len(args.inputs) > 1
    for source in args.inputs:
        try:
            text = _read(source, settings.max_text_chars)
            analyzer = analyzer or Analyzer(settings)
            report = analyzer.analyze(text, published=args.published, name=source)
        except BotError as e:
            log.warning("cannot check %s: %s", source, e)
            status = 1
            if args.json:
                print(json.dumps({"input": source, "error": str(e)}, ensure_ascii=False))
            else:
                print(f"{source}: {e}", file=sys.stderr)
            continue
        if args.json:
            print(json.dumps(report.to_dict(), ensure_ascii=False, indent=None if several else 2))
        else:
            print(render_text(report))
            if several:
                print()
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
    if args.command == "check":
        return _check(args, settings)
    return 2
