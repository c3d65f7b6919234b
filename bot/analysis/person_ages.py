"""An age written beside a name: "Gary Locke, 39," or "39-year-old Gary Locke", for
:mod:`bot.analysis.people`."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from bot.analysis.model import Age
from bot.analysis.sentences import sentence_of

# "Gary Locke, 39, said", and at a sentence's end: "said founder Kieran Walsh, 29."
AGE_AFTER_NAME = re.compile(r"\s*,\s*(?:aged\s+)?(\d{1,3})\s*(?:,|\.(?=\s|$))")
# "39-year-old Gary Locke", "the 18-year-old centre Mathew Tait": up to two words between,
# which must describe the person ("a 30-year-old man and John Smith" is two people)
_AGE_BEFORE_NAME = re.compile(r"(?<![\d.,])(\d{1,3})-year-old\s+((?:[a-z][\w-]*\s+){0,2})$")


def ages_attached(doc: Doc, name: Span) -> list[Age]:
    """ "Gary Locke, 39," or "39-year-old Gary Locke" (both, when a slip wrote both)."""
    text = doc._.text
    found = []
    m = AGE_AFTER_NAME.match(text, name.end_char)
    if m:
        value = int(m.group(1))
        if 0 < value < 120:
            found.append(Age(value, m.group(1), m.start(1), m.end(1), -1, True))
    window_start = max(sentence_of(doc, name.start).start_char, name.start_char - 40)
    before = text[window_start : name.start_char]
    m2 = _AGE_BEFORE_NAME.search(before)
    between = (
        doc.char_span(window_start + m2.start(2), name.start_char, alignment_mode="contract")
        if m2
        else None
    )
    if m2 and (
        not m2.group(2) or (between is not None and all(t.pos_ in {"NOUN", "ADJ"} for t in between))
    ):
        value = int(m2.group(1))
        start = window_start + m2.start(1)
        written = f"{m2.group(1)}-year-old"
        found.append(Age(value, written, start, start + len(written), -1, True))
    return found
