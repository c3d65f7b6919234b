"""Direct quotes and who they are given to.

Runs as the ``newsroom_quotes`` pipeline component after ``newsroom_people`` and
stores ``doc._.quotes``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from bot.analysis import budget
from bot.analysis.model import Person, Quote
from bot.analysis.sentences import sentence_of

SPEECH_VERBS = {
    "say", "tell", "add", "state", "explain", "insist", "claim", "declare", "write", "warn",
    "admit", "argue", "announce", "reply", "respond", "note", "ask", "continue", "recall",
    "urge", "describe", "call", "suggest", "confirm", "comment", "acknowledge", "post", "tweet",
}  # fmt: skip
_PAIRS = (("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"))
_MIN_WORDS = 3
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _quote_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks."""
    taken: list[tuple[int, int]] = []
    for opener, closer in _PAIRS:
        if opener == "‘":
            # ’ doubles as the apostrophe: a closer is one not followed by a letter.
            pattern = re.compile(r"‘((?:[^‘’]|’(?=[A-Za-z]))+)’(?![A-Za-z])")
        elif opener == closer:
            pattern = re.compile(
                rf"{re.escape(opener)}([^{re.escape(opener)}\n]+){re.escape(closer)}"
            )
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


def _person_at(people_by_char: dict[int, Person], token: Token) -> Person | None:
    for t in token.subtree:
        person = people_by_char.get(t.idx)
        if person is not None:
            return person
    return None


def _last_named_before(doc: Doc, token: Token, people_by_char: dict[int, Person]) -> Person | None:
    """The person named last before ``token``, in its sentence or the one before ("she said")."""
    sentence = doc._.token_sentence[token.i]
    floor = doc._.sentence_tokens[max(sentence - 1, 0)][0]
    for t in reversed(doc[floor : token.i]):
        person = people_by_char.get(t.idx)
        if person is not None:
            return person
    return None


def _speaker(doc: Doc, start: int, end: int, people_by_char: dict[int, Person]) -> Person | None:
    """The subject of a speech verb in the sentence(s) around the quote; "he" and "she"
    are read as the person named last before them."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    first, last = sentence_of(doc, span.start), sentence_of(doc, span.end - 1)
    inside = set(range(span.start, span.end))
    for sent in (last, first) if last != first else (first,):
        for tok in sent:
            if tok.i in inside or tok.lemma_.lower() not in SPEECH_VERBS:
                continue
            for child in tok.children:
                if child.dep_ not in {"nsubj", "nsubjpass"} or child.i in inside:
                    continue
                if child.lower_ in {"he", "she"}:
                    return _last_named_before(doc, child, people_by_char)
                person = _person_at(people_by_char, child)
                if person is not None:
                    return person
    return None


def extract_quotes(doc: Doc) -> list[Quote]:
    """Every quote of at least three words, with its speaker when one is named."""
    people: list[Person] = doc._.people
    people_by_char: dict[int, Person] = {}
    for person in people:
        for mention in person.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                for tok in span:
                    people_by_char[tok.idx] = person
    quotes = []
    for start, end in sorted(_quote_spans(doc._.text)):
        words = doc._.text[start:end].split()
        if len(words) < _MIN_WORDS:
            continue
        speaker = _speaker(doc, start, end, people_by_char)
        token = doc.char_span(start, end, alignment_mode="expand")
        sentence = int(doc._.token_sentence[token.start]) if token is not None else 0
        quotes.append(
            Quote(
                text=doc._.text[start:end],
                start=start,
                end=end,
                sentence=sentence,
                speaker=speaker.name if speaker is not None else None,
            )
        )
    return quotes


@Language.component("newsroom_quotes")
def quotes_component(doc: Doc) -> Doc:
    """Pipeline step: fill ``doc._.quotes`` (needs ``doc._.people``)."""
    budget.check()
    doc._.quotes = extract_quotes(doc)
    return doc
