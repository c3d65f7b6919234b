"""Exceptions the bot raises on purpose.

Every error a user can meet derives from :class:`BotError` and carries a short
message written for an editor, not a developer: it is shown as it is in the CLI
and (later) in Slack. Anything else escaping is a bug.

    BotError
    ├── InputError          the text given cannot be checked
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── InputTooLarge
    │   ├── NotEnglish
    │   ├── AnalysisTimeout   the text takes longer than the time budget to check
    │   └── BadRequest        a queued request that cannot be read back
    ├── ConfigError         a setting in the environment is missing or malformed
    ├── KnowledgeError      an office-holder import or update cannot be done
    │   ├── ImportFormatError   (bot.knowledge.imports) a file not in the format named
    │   └── UpdateError         (bot.knowledge.wikidata) the query service failed
    ├── ModelError          the language model cannot be loaded
    ├── AnalysisUnavailable the analysis process died or is restarting
    └── FetchError          a link could not be turned into article text
        ├── BadURL              not an http(s) link, or carries a password
        ├── BlockedAddress      points into a private, loopback or link-local network
        ├── FetchTimeout        the site took too long
        ├── ResponseTooLarge    the page is bigger than the cap
        ├── TooManyRedirects
        ├── PageNotFound        404 or 410
        ├── AccessDenied        401, 403 or 451: login, paywall or refusal
        ├── NotAnArticle        a PDF, an image or other binary file
        ├── NothingExtractable  a page with no article text in it
        └── FetchFailed         the site could not be reached or answered with an error
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


class AnalysisTimeout(InputError):
    """The text took longer than the time budget to check."""


class BadRequest(InputError):
    """A request read back from the queue is not one (damaged or from other code)."""


class AnalysisUnavailable(BotError):
    """The analysis process died while checking, or is not running yet."""


class ConfigError(BotError):
    """A setting in the environment is missing or malformed."""


class KnowledgeError(BotError):
    """An import or update of the office-holder store cannot be done; the message says
    why, for the operator."""


class ModelError(BotError):
    """The spaCy pipeline could not be loaded."""


class FetchError(BotError):
    """A link could not be turned into article text."""


class BadURL(FetchError):
    """Not an http(s) link, or one that carries credentials."""


class BlockedAddress(FetchError):
    """The link points into a network the bot must not reach."""


class FetchTimeout(FetchError):
    """The site did not answer in time."""


class ResponseTooLarge(FetchError):
    """The page is bigger than the size cap."""


class TooManyRedirects(FetchError):
    """The site redirected more often than allowed."""


class PageNotFound(FetchError):
    """The page does not exist (404) or is gone (410)."""


class AccessDenied(FetchError):
    """The site refused: login, paywall or legal block."""


class NotAnArticle(FetchError):
    """The link is a PDF, an image or other binary file."""


class NothingExtractable(FetchError):
    """The page holds no article text."""


class FetchFailed(FetchError):
    """The site could not be reached, or answered with a server error."""
