"""LOG_LEVEL and LOG_FORMAT, the per-request line, and what never reaches the log."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest

from bot import logs
from bot.config import ConfigError, Settings

TOKEN = "xoxb-2222222222-3333333333-SECRETLOOKINGTOKEN"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Put the root logger and the libraries' levels back as they were (pytest's capture
    handlers stay; ``configure`` only replaces its own)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in logs.LIBRARIES}
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


def _lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("env", "level", "fmt"),
    [({}, "INFO", "text"), ({"LOG_LEVEL": "debug", "LOG_FORMAT": "JSON"}, "DEBUG", "json"),
     ({"LOG_LEVEL": " warning "}, "WARNING", "text")],
    ids=["defaults", "folded", "spaces"],
)  # fmt: skip
def test_log_settings_are_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], level: str, fmt: str
):
    for name in ("LOG_LEVEL", "LOG_FORMAT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    settings = Settings.from_env()
    assert (settings.log_level, settings.log_format) == (level, fmt)


@pytest.mark.parametrize(("name", "value"), [("LOG_LEVEL", "verbose"), ("LOG_FORMAT", "xml")])
def test_a_bad_log_setting_is_a_config_error_naming_it(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=name):
        Settings.from_env()


def test_json_format_is_one_object_a_line_tracebacks_included(
    restore_logging: None, capsys: pytest.CaptureFixture[str]
):
    logs.configure("INFO", "json")
    log = logging.getLogger("bot.test")
    log.info("two\nlines of %s", "message")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        log.exception("it failed")
    log.debug("not at INFO")
    records = [json.loads(line) for line in _lines(capsys.readouterr().err)]
    assert [r["message"] for r in records] == ["two\nlines of message", "it failed"]
    assert records[0]["level"] == "INFO" and records[0]["logger"] == "bot.test"
    assert records[0]["time"].endswith("+00:00")
    assert "RuntimeError: boom" in records[1]["exception"]


def test_the_request_line_has_its_fields_and_nothing_else(
    restore_logging: None, capsys: pytest.CaptureFixture[str]
):
    log = logging.getLogger("bot.slack.replies")
    logs.configure("INFO", "json")
    logs.request_line(log, entry_point="command", channel="C0123", outcome="report",
                      cached=False, flags=3, seconds=0.1674)  # fmt: skip
    logs.configure("INFO", "text")
    logs.request_line(log, entry_point="unfurl", channel="C9 <@U1>", outcome="refused",
                      cached=True, flags=0, seconds=0.002, error="NotEnglish")  # fmt: skip
    json_line, text_line = _lines(capsys.readouterr().err)
    record = json.loads(json_line)
    assert {k: v for k, v in record.items() if k != "time"} == {
        "level": "INFO", "logger": "bot.slack.replies", "message": "request",
        "entry_point": "command", "channel": "C0123", "outcome": "report", "cached": False,
        "flags": 3, "ms": 167,
    }  # fmt: skip
    assert text_line == (
        "INFO bot.slack.replies: request entry_point=unfurl channel=C9__@U1_ "
        "outcome=refused cached=true flags=0 ms=2 error=NotEnglish"
    )


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_slack_tokens_are_masked_in_every_line(
    restore_logging: None, capsys: pytest.CaptureFixture[str], fmt: str
):
    logs.configure("DEBUG", fmt)
    log = logging.getLogger("bot.test")
    log.warning("Slack said no to %s", TOKEN)
    try:
        raise ValueError(f"token {TOKEN.replace('xoxb', 'xapp')} refused")
    except ValueError:
        log.exception("failed")
    err = capsys.readouterr().err
    assert "SECRETLOOKINGTOKEN" not in err
    assert "xoxb-[redacted]" in err and "xapp-[redacted]" in err


def test_libraries_log_warnings_only_even_at_debug(
    restore_logging: None, capsys: pytest.CaptureFixture[str]
):
    logs.configure("DEBUG", "text")
    logging.getLogger("slack_sdk.web.base_client").debug("body: the article's text")
    logging.getLogger("httpx").info("HTTP Request: POST https://slack.com/api/chat.update")
    logging.getLogger("slack_bolt.App").warning("Unhandled request")
    logging.getLogger("bot.slack.guards").debug("ours, at debug")
    bolt = logging.getLogger("slack_bolt.SomeListener")
    bolt.setLevel(logging.DEBUG)  # as Bolt does, copying the root's level
    bolt.debug("Responding with status: 200 body: the article's text")
    err = capsys.readouterr().err
    assert "article's text" not in err and "HTTP Request" not in err
    assert "Unhandled request" in err and "ours, at debug" in err


def test_configuring_again_replaces_the_handler(
    restore_logging: None, capsys: pytest.CaptureFixture[str]
):
    logs.configure("INFO", "text")
    logs.configure("INFO", "json")
    logging.getLogger("bot.test").warning("once")
    assert len(_lines(capsys.readouterr().err)) == 1
