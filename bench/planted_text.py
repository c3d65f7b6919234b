"""Shared text machinery for the planted-error injector (bench/planted*.py).

Written from the error descriptions only, independently of the bot's rules: it finds an
article's sentences, people and safe places to add a sentence, and applies edits while keeping
track of the spans a correct flag must quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

KINDS = (
    "role-conflict",
    "title-conflict",
    "name-variant",
    "age-conflict",
    "number-conflict",
    "weekday-date",
    "quote-attribution",
    "arithmetic",
)

Span = tuple[int, int]


def words(s: str) -> list[str]:
    """Word lists kept compact in source: words("a b c")."""
    return s.split()


SPEECH = r"(?:said|says|added|adds|told|insisted|explained|admitted|claimed|warned)"


@dataclass(frozen=True)
class Planted:
    kind: str  # one of KINDS
    text: str  # the article with the error planted
    changed: tuple[Span, ...]  # spans in `text` of every sentence changed or added
    description: str  # one line: what was planted
    # Spans in `text` of the untouched sentences the planted one contradicts (may be empty):
    # a flag quoting one of these together with a changed span has found the error too.
    anchors: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] by `new`. A `whole` edit adds a sentence of its own (its span is
    the added text); otherwise the reported span is the sentence the edit falls in."""

    start: int
    end: int
    new: str
    whole: bool = False


# Abbreviations whose full stop does not end a sentence (US copy writes "Mr.", "Gen.").
_ABBREV = frozenset(
    words(
        "mr mrs ms dr st jr sr no vs gen sgt lt col capt rev prof gov sen rep inc co corp ltd "
        "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k mt ft"
    )
)
_END = re.compile(r"[.!?]+[\"”’'\)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n\s*\n")


# Results are small, so thousands are kept: a benchmark plants every kind in every article.
@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans: ends at . ! ? (plus closing quotes) before a capital, and at blank lines."""
    spans: list[Span] = []
    start = 0
    for m in _END.finditer(text):
        if m.group().startswith(".") and "\n" not in m.group():
            word = re.search(r"([\w.]+)\.$", text[max(0, m.start() - 12) : m.start() + 1])
            if word and (word.group(1).lower() in _ABBREV or len(word.group(1)) == 1):
                continue  # "Mr. Smith", "George W. Bush"
        end = m.start() if "\n" in m.group() else m.end()
        if text[start:end].strip():
            spans.append(_strip(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_strip(text, start, len(text)))
    return tuple(spans)


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


def sentence_at(text: str, pos: int) -> Span:
    """The sentence containing character `pos` (or the nearest one before it)."""
    best = (pos, pos)
    for span in sentences(text):
        if span[0] <= pos:
            best = span
        if span[0] <= pos < span[1]:
            return span
    return best


def in_quote(text: str, pos: int) -> bool:
    """Whether `pos` falls inside a quotation (counted from its paragraph's start)."""
    return _open_quote(text[text.rfind("\n\n", 0, pos) + 1 : pos])


def _open_quote(fragment: str) -> bool:
    """Whether a paragraph prefix leaves a quotation open (so nothing may be inserted there)."""
    if fragment.count('"') % 2 or fragment.count("“") > fragment.count("”"):
        return True
    closing = len(re.findall(r"’(?![A-Za-z])", fragment))
    return fragment.count("‘") > closing


def insertion_points(text: str, after: int = 0, before: int | None = None) -> list[int]:
    """Sentence ends in (after, before] where a new sentence can go without splitting a quote."""
    limit = len(text) if before is None else before
    points = []
    for _, end in sentences(text):
        if not after <= end <= limit:
            continue
        para_start = text.rfind("\n\n", 0, end) + 1
        if not _open_quote(text[para_start:end]) and text[end - 1] in ".!?\"”’'":
            points.append(end)
    return points


def insert_sentence(text: str, pos: int, sentence: str) -> Edit:
    """Add a sentence after the one ending at `pos`: as a new paragraph at a paragraph end."""
    if pos >= len(text.rstrip()) or text.startswith("\n\n", pos):
        return Edit(pos, pos, "\n\n" + sentence, whole=True)
    return Edit(pos, pos, " " + sentence, whole=True)


def apply(
    text: str, edits: list[Edit], anchors: Sequence[Span] = ()
) -> tuple[str, list[Span], list[Span]]:
    """Apply non-overlapping edits; return the new text, the changed spans and moved anchors."""
    out: list[str] = []
    changed: list[Span] = []
    offset = last = 0
    deltas: list[tuple[int, int]] = []
    for edit in sorted(edits, key=lambda e: e.start):
        out.append(text[last : edit.start])
        delta = len(edit.new) - (edit.end - edit.start)
        if edit.whole:
            s, e = _strip(edit.new, 0, len(edit.new))
            changed.append((edit.start + offset + s, edit.start + offset + e))
        else:
            s, e = sentence_at(text, edit.start)
            s, e = min(s, edit.start), max(e, edit.end)
            changed.append((s + offset, e + offset + delta))
        out.append(edit.new)
        last = edit.end
        offset += delta
        deltas.append((edit.start, delta))
    out.append(text[last:])
    moved = [(a + _shift(deltas, a), b + _shift(deltas, a)) for a, b in anchors]
    return "".join(out), _merge(changed), moved


def _shift(deltas: list[tuple[int, int]], pos: int) -> int:
    return sum(d for start, d in deltas if start <= pos)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def make(
    kind: str, text: str, edits: list[Edit], desc: str, anchors: Sequence[Span] = ()
) -> Planted:
    new, changed, moved = apply(text, edits, list(anchors))
    moved = [a for a in moved if not any(s <= a[0] < e for s, e in changed)]
    return Planted(kind, new, tuple(changed), desc, tuple(moved))


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]
