"""Parsing a long text in pieces, so memory stays flat whatever its length.

The model's steps hold arrays for every token of a document at once: one document of
35,000 tokens took 440 MB above the model's own. A text above :data:`LONG_TEXT_CHARS`
is cut at paragraph breaks (else at sentence ends, else at spaces) into pieces of at
most :data:`PIECE_CHARS`, the model runs piece by piece, and the pieces are joined back
into one document before the newsroom steps, which need the whole article. The model
reads a few words either side of each word and treats each paragraph as its own start,
so cutting at paragraph breaks changes nothing it sees.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from bot.analysis import budget

LONG_TEXT_CHARS = 30_000  # longer than nearly every news article: they keep the usual path
# Or this many tokens: 30,000 characters of prose are about 7,000, but a paste of figures
# ("9%, 14%, ...") is one token for every two characters (494 MB for one such sentence).
LONG_TEXT_TOKENS = 12_000
_TOKEN = re.compile(r"\w+|[^\w\s]")
PIECE_CHARS = 6_000
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"[.!?][\"'”’)]*\s+"), re.compile(r"\s+"))


def is_long(text: str) -> bool:
    """Parse ``text`` in pieces: it is longer than an article, or as dense as a long one."""
    if len(text) > LONG_TEXT_CHARS:
        return True
    # a text of fewer characters than the bound cannot hold more tokens than that
    return len(text) > LONG_TEXT_TOKENS and len(_TOKEN.findall(text)) > LONG_TEXT_TOKENS


def split_pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """Consecutive pieces whose concatenation is ``text``, each at most ``size`` long
    unless it holds no break at all."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window) if m.end() < len(window)]
            if ends and ends[-1] > size // 4:
                cut = ends[-1]
                break
        cut = cut or size  # no break at all: cut anyway (prepare_text breaks long runs)
        pieces.append(window[:cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse_long(nlp: Language, text: str, published: date | None, custom: tuple[str, ...]) -> Doc:
    """``text`` through the model piece by piece, joined, then through ``custom`` steps."""
    parsed: list[Doc] = []
    # ``disable`` here leaves the shared pipeline as it is (select_pipes would change it).
    for doc in nlp.pipe(split_pieces(text), batch_size=1, disable=list(custom)):
        budget.check()
        parsed.append(doc)
    doc = Doc.from_docs(parsed, ensure_whitespace=False)
    doc._.published = published
    for name in custom:
        budget.check()
        doc = nlp.get_pipe(name)(doc)
    return doc
