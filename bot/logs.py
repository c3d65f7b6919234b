"""Logging for every process: ``LOG_LEVEL`` and ``LOG_FORMAT`` (``text`` or ``json``, one
JSON object a line), and the one line logged per answered request.

What is never logged: the text being checked and the tokens. The bot's own log calls pass
identifiers, links and short reasons only; libraries (Slack's SDK, Bolt, httpx, waitress,
RQ) log at WARNING and above whatever LOG_LEVEL says, because their debug lines carry
request and message bodies, which hold the article's text; and anything shaped like a
Slack token is masked in every line before it is written, in case an error message
quotes one.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any

__all__ = ["LIBRARIES", "JsonFormatter", "TextFormatter", "configure", "request_line"]

#: loggers held at WARNING or above: their DEBUG and INFO lines include request bodies
#: the article extractor and the libraries it logs through
EXTRACTOR_LIBRARIES = ("trafilatura", "htmldate", "courlan", "charset_normalizer")
LIBRARIES = (
    "slack_bolt", "slack_sdk", "httpx", "httpcore", "urllib3", "waitress", "rq",
    *EXTRACTOR_LIBRARIES, "asyncio", "multiprocessing",
)  # fmt: skip
TEXT_FORMAT = "%(levelname)s %(name)s: %(message)s"
#: Slack's token shapes: bot, user, app-level, configuration and refresh tokens
_TOKEN = re.compile(r"\b(xox[a-z]|xapp|xoxe\.xox[a-z])-[A-Za-z0-9-]+")
#: longest value a request line's field keeps (they are ids and names, never text)
_FIELD_CHARS = 64
_UNSAFE = re.compile(r"[^\w.:/@#+-]")


def _mask(line: str) -> str:
    return _TOKEN.sub(r"\1-[redacted]", line)


class TextFormatter(logging.Formatter):
    """``LEVEL logger: message``, tokens masked (tracebacks keep their lines)."""

    def __init__(self) -> None:
        super().__init__(TEXT_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        return _mask(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object a line: ``time`` (UTC), ``level``, ``logger``, ``message``, the
    request line's fields, and ``exception`` (the traceback as one string) if any."""

    def format(self, record: logging.LogRecord) -> str:
        fields: dict[str, Any] | None = getattr(record, "request_fields", None)
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            # A request line's fields are its content; repeating them as text adds nothing.
            "message": "request" if fields is not None else record.getMessage(),
        }
        if fields is not None:
            line.update(fields)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            line["exception"] = record.exc_text
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return _mask(json.dumps(line, ensure_ascii=False, default=str))


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``configure`` installs, told apart from handlers others added (pytest's);
    it writes to ``sys.stderr`` as it is when a record comes, as logging's last resort does,
    so a stream swapped later (by a test's capture) is followed."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)  # no stream of its own: see the property

    @property
    def stream(self) -> Any:
        return sys.stderr


def _from_library(name: str) -> bool:
    return any(name == lib or name.startswith(lib + ".") for lib in LIBRARIES)


def _not_library_chatter(record: logging.LogRecord) -> bool:
    """Libraries' records below WARNING are dropped here too: setting their loggers' level
    is not enough, as Bolt gives each of its loggers the root's level when it makes it."""
    return record.levelno >= logging.WARNING or not _from_library(record.name)


def configure(level: str, fmt: str) -> None:
    """Log the bot's records at ``level`` and above to stderr, as ``fmt`` ("text" or
    "json"); libraries at WARNING or above. Calling it again replaces its own handler."""
    if fmt not in ("text", "json"):
        raise ValueError(f"unknown log format {fmt!r}")
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        raise ValueError(f"unknown log level {level!r}")
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _Handler)]:
        root.removeHandler(old)
        old.close()
    handler = _Handler()
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    handler.addFilter(_not_library_chatter)
    root.addHandler(handler)
    root.setLevel(numeric)
    for name in LIBRARIES:
        logging.getLogger(name).setLevel(max(numeric, logging.WARNING))


def _safe(value: str) -> str:
    """An identifier as it may appear in a request line: short, one token, no spaces."""
    return _UNSAFE.sub("_", value[:_FIELD_CHARS])


def request_line(
    logger: logging.Logger,
    *,
    entry_point: str,
    channel: str,
    outcome: str,
    cached: bool,
    flags: int,
    seconds: float,
    error: str | None = None,
) -> None:
    """The one INFO line for one answered request.

    Every field is typed and named here, so no caller can add the article's text or a
    token to it: ``channel`` is Slack's channel id, ``outcome`` "report", "refused" or
    "failed", ``error`` the name of the error's class (not its message, which may quote
    the input).
    """
    fields: dict[str, Any] = {
        "entry_point": _safe(entry_point),
        "channel": _safe(channel),
        "outcome": _safe(outcome),
        "cached": bool(cached),
        "flags": int(flags),
        "ms": round(seconds * 1000),
    }
    if error is not None:
        fields["error"] = _safe(error)
    logger.info(
        "request %s",
        " ".join(f"{k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in fields.items()),
        extra={"request_fields": fields},
    )
