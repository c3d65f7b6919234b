"""Direct quotes and who they are given to.

Runs as the ``newsroom_quotes`` pipeline component after ``newsroom_people`` and
stores ``doc._.quotes``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from bot.analysis import budget
from bot.analysis.model import Quote
from bot.analysis.speaker_reader import SpeakerReader
from bot.analysis.speakers import SPEECH_VERBS, Speaker, SpokenQuote

_PAIRS = (("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"))
_MIN_WORDS = 3
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# '"...," Oakes said. "This building ..."': a quote opening the sentence right after
# another's attribution, in its paragraph, goes on with that speaker's words
_GOES_ON_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


_OPENS_AFTER = "([{—–-/"
_CLOSES_BEFORE = ".,;:!?)]}—–-'’"


def _straight_spans(text: str) -> Iterator[tuple[int, int]]:
    """Quotes between straight marks, each mark read as opening or closing from the
    characters beside it: an opener has a space before it and a word after, a closer the
    other way round. A quote opened again before it was closed, or still open at the end
    of its line, runs to there: copy leaves a quote that goes on in the next paragraph
    unclosed. Pairing marks blindly would turn all that follows such a quote inside out,
    reading the narrative as quoted and the quotes as narrative."""
    open_at: int | None = None
    for m in re.finditer(r'"|\n', text):
        i = m.start()
        if m.group() == "\n":
            if open_at is not None and text[open_at:i].strip():
                yield open_at, open_at + len(text[open_at:i].rstrip())
            open_at = None
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opener = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
        closer = not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE)
        if open_at is None:
            if opener or not closer:
                open_at = i + 1
        elif closer or not opener:
            if text[open_at:i].strip():
                yield open_at, i
            open_at = None
        else:
            if text[open_at:i].strip():
                yield open_at, open_at + len(text[open_at:i].rstrip())
            open_at = i + 1
    if open_at is not None and text[open_at:].strip():
        yield open_at, open_at + len(text[open_at:].rstrip())


def _quote_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks."""
    taken: list[tuple[int, int]] = []
    for opener, closer in _PAIRS:
        if opener == "‘":
            # ’ doubles as the apostrophe: a closer is one not followed by a letter.
            pattern = re.compile(r"‘((?:[^‘’]|’(?=[A-Za-z]))+)’(?![A-Za-z])")
        elif opener == closer:
            for start, end in _straight_spans(text):
                if not any(s <= start < e or s < end <= e for s, e in taken):
                    taken.append((start, end))
                    yield start, end
            continue
        else:
            pattern = re.compile(
                rf"{re.escape(opener)}([^{re.escape(opener + closer)}]+){re.escape(closer)}"
            )
        for m in pattern.finditer(text):
            start, end = m.start(1), m.end(1)
            if any(s <= start < e or s < end <= e for s, e in taken):
                continue
            if _PARAGRAPH_BREAK.search(m.group(1)):
                continue  # marks in two paragraphs: an unclosed quote, not one long one
            taken.append((start, end))
            yield start, end


def extract_quotes(doc: Doc) -> list[Quote]:
    """Every quote of at least three words, with its speaker when one is named."""
    spans = sorted(_quote_spans(doc._.text))
    quoted = [False] * len(doc)
    token_spans = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        token_spans.append(span)
        if span is not None:
            for i in range(span.start, span.end):
                quoted[i] = True
    reader = SpeakerReader(doc, doc._.people, quoted)
    quotes: list[Quote] = []
    for (start, end), span in zip(spans, token_spans, strict=True):
        budget.check()
        if len(doc._.text[start:end].split()) < _MIN_WORDS or span is None:
            continue
        who = reader.of_quote(span, SPEECH_VERBS)
        if who is None and quotes:
            who = _goes_on(doc._.text, quotes[-1], start)
        quotes.append(
            SpokenQuote(
                text=doc._.text[start:end],
                start=start,
                end=end,
                sentence=int(doc._.token_sentence[span.start]),
                speaker=who.label if who is not None else None,
                who=who,
            )
        )
    return quotes


def _goes_on(text: str, previous: Quote, start: int) -> Speaker | None:
    """The speaker of the quote before, when this one opens the sentence after that
    quote's attribution, nothing else between: '"...," Oakes said. "This building ..."'."""
    if not isinstance(previous, SpokenQuote) or previous.who is None:
        return None
    gap = text[previous.end : start]
    if len(gap) > _GOES_ON_CHARS or "\n" in gap:
        return None
    ends = _SENTENCE_END.findall(gap)
    opened = gap.rstrip().rstrip("\"“‘'").rstrip()
    return previous.who if len(ends) == 1 and opened.endswith(tuple(".!?")) else None


@Language.component("newsroom_quotes")
def quotes_component(doc: Doc) -> Doc:
    """Pipeline step: fill ``doc._.quotes`` (needs ``doc._.people``)."""
    budget.check()
    doc._.quotes = extract_quotes(doc)
    return doc


__all__ = ["SPEECH_VERBS", "extract_quotes", "quotes_component"]
