"""The one place the spaCy pipeline is loaded: once per process and model name."""

from __future__ import annotations

import functools
import logging

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Importing the modules registers their pipeline components with spaCy.
from bot.analysis import dates, durations, figures, people, quotes, sentences  # noqa: F401
from bot.errors import ModelError

log = logging.getLogger(__name__)

#: our steps, in order, after the model's own (paragraph marks go before the parser)
CUSTOM_COMPONENTS = (
    "newsroom_sentences",
    "newsroom_people",
    "newsroom_quotes",
    "newsroom_dates",
    "newsroom_figures",
    "newsroom_durations",
)
_DOC_EXTENSIONS = (
    "published",
    "text",
    "sentences",
    "sentence_tokens",
    "token_sentence",
    "paragraphs",
    "people",
    "quotes",
    "figures",
    "dates",
    "durations",
)


def _register_extensions() -> None:
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@functools.lru_cache(maxsize=2)
def load_pipeline(model: str) -> Language:
    """Load ``model`` with the newsroom components added; cached for the process.

    Raises:
        ModelError: the model package is not installed or cannot be read.
    """
    _register_extensions()
    log.info("loading spaCy model %s", model)
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as e:
        raise ModelError(f"The language model {model!r} is not installed; run `make setup`.") from e
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsroom_paragraphs", before="parser")
    else:
        nlp.add_pipe("newsroom_paragraphs", first=True)
    for name in CUSTOM_COMPONENTS:
        nlp.add_pipe(name)
    return nlp
