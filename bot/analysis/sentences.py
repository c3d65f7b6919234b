"""Paragraphs and sentences, as character ranges of the original text.

Two pipeline components: ``newsroom_paragraphs`` runs before the parser and
makes every paragraph start a sentence (the parser keeps boundaries already
set); ``newsroom_sentences`` runs after it and records the ranges.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from bot.analysis import budget

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A pasted page's furniture (a dateline, a caption, "Scroll down for video") opens a line of
# its own, and the line after it is another sentence, whether or not a blank line comes
# between: "Fire kills 2, injures 5\nPUBLISHED: 09:14 EST, ..." would otherwise join the
# headline's figures to the dateline's, and a caption with no full stop runs into the next
# paragraph ("... in front of 55,000 fans\nThe Dodgers' payroll ...").
_FURNITURE = {("published", ":"), ("updated", ":"), ("pictured", ":"), ("scroll", "down")}


def sentence_of(doc: Doc, token_index: int) -> Span:
    """The sentence holding a token, from the ranges recorded above (``Token.sent`` rescans
    the document on every call)."""
    start, end = doc._.sentence_tokens[doc._.token_sentence[token_index]]
    return doc[min(start, token_index) : max(end, token_index + 1)]


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks of text between blank lines, trimmed."""
    ranges = []
    pos = 0
    for m in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            ranges.append((pos + lead, pos + lead + len(stripped)))
        if m:
            pos = m.end()
    return ranges


def _furniture(doc: Doc, token: Token) -> bool:
    """The word opens a line of a pasted page's furniture ("PUBLISHED:", "Pictured:",
    "Scroll down for video")."""
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and (token.lower_, after.lower_) in _FURNITURE


def _after_millions(doc: Doc, token: Token) -> bool:
    """The word opens a sentence after a sum in millions ("worth £17.8m. This latest"): the
    tokenizer reads "m." as an abbreviation, and the parser then runs the two sentences
    into one."""
    previous = doc[token.i - 1]
    number = doc[token.i - 2] if token.i >= 2 else None
    return (
        previous.lower_ == "m."
        and number is not None
        and number.like_num
        and token.text[:1].isupper()
    )


@Language.component("newsroom_paragraphs")
def paragraphs_component(doc: Doc) -> Doc:
    """Mark the first word of each paragraph, of a sentence after a sum in millions, and of
    a line of a page's furniture and the line after it, as a sentence start, and the
    paragraph's second word as none: after a headline the parser otherwise ends a sentence
    at the first word ("Harbour | United manager Dean Colley")."""
    furniture = False  # the line read is a page's furniture
    for token in doc[1:]:
        previous = doc[token.i - 1]
        new_paragraph = previous.is_space and previous.text.count("\n") >= 2
        starts = _after_millions(doc, token)
        if "\n" in previous.text_with_ws and not token.is_space:
            after_furniture, furniture = furniture, _furniture(doc, token)
            starts = starts or furniture or after_furniture
        if (new_paragraph and not token.is_space) or starts:
            token.is_sent_start = True
            second = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if new_paragraph and second is not None and not second.is_space:
                second.is_sent_start = False
    return doc


@Language.component("newsroom_sentences")
def sentences_component(doc: Doc) -> Doc:
    """Record sentence ranges (trimmed), each token's sentence and paragraph ranges."""
    budget.check()
    sentences: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    token_sentence = [0] * len(doc)
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if stripped:
            lead = len(text) - len(text.lstrip())
            start = sent.start_char + lead
            sentences.append((start, start + len(stripped)))
            spans.append((sent.start, sent.end))
        elif spans:
            spans[-1] = (spans[-1][0], sent.end)
        index = max(len(sentences) - 1, 0)
        for i in range(sent.start, sent.end):
            token_sentence[i] = index
    # Doc.text joins every token on each call: keep the string once for the later steps.
    doc._.text = doc.text
    doc._.sentences = sentences
    doc._.sentence_tokens = spans
    doc._.token_sentence = token_sentence
    doc._.paragraphs = paragraph_ranges(doc._.text)
    return doc


_HEADLINE_WORDS = 20
_STOPS = (".", "!", "?", '"', "'", "”", "’", ":")


def headline(doc: Doc) -> int | None:
    """0 when the copy opens on its headline: a first sentence that is a paragraph of its
    own, under 20 words, ending on no stop ("Arsenal go top after late Saka winner");
    None otherwise."""
    sentences: list[tuple[int, int]] = doc._.sentences
    paragraphs: list[tuple[int, int]] = doc._.paragraphs
    if len(sentences) < 2 or not paragraphs or sentences[0] != paragraphs[0]:
        return None
    start, end = sentences[0]
    return 0 if reads_as_headline(doc._.text[start:end]) else None


def reads_as_headline(line: str) -> bool:
    """A line that reads as a headline: under 20 words, ending on no stop."""
    return not line.endswith(_STOPS) and len(line.split()) < _HEADLINE_WORDS
