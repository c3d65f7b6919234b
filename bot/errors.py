"""Exceptions the bot raises on purpose.

Every error a user can meet derives from :class:`BotError` and carries a short
message written for an editor, not a developer: it is shown as it is in the CLI
and (later) in Slack. Anything else escaping is a bug.

    BotError
    ├── InputError          the text given cannot be checked
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── InputTooLarge
    │   └── NotEnglish
    ├── UnsupportedInput    a kind of input this version does not handle yet
    └── ModelError          the language model cannot be loaded
"""


class BotError(Exception):
    """Base class: ``str(error)`` is the one-line message for the user."""


class InputError(BotError):
    """The text given cannot be checked."""


class EmptyInput(InputError):
    """Nothing but whitespace was given."""


class BinaryInput(InputError):
    """The input is binary data, not text."""


class InputTooLarge(InputError):
    """The input is longer than the configured limit."""


class NotEnglish(InputError):
    """The text does not read as English."""


class UnsupportedInput(BotError):
    """A kind of input this version does not handle yet (for example a link)."""


class ModelError(BotError):
    """The spaCy pipeline could not be loaded."""
