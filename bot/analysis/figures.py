"""Figures: every number in the text with what it counts, and whose quantity it is.

Runs as the ``newsroom_figures`` pipeline component, after ``newsroom_dates`` (a
number inside a date is not a figure), and stores ``doc._.figures``. Each figure is read
from the parse the pipeline already made (no second pass over the text): the noun it
counts, the word governing it and, in its frame (bot.analysis.figure_frames), which
quantity it is, so that number-conflict compares a count only with the same count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from bot.analysis import budget
from bot.analysis.figure_events import casualty_event, event_of, term_imposed, told_as
from bot.analysis.figure_frames import (
    ReadFigure,
    determiner_before,
    read_frame,
    size_of,
    through_total,
)
from bot.analysis.figure_holders import Possessors
from bot.analysis.model import Figure
from bot.analysis.numbers import (
    FIGURE,
    VAGUE,
    clause_settings,
    is_currency,
    parse_amount,
    qualifier_of,
    scale_of,
)
from bot.analysis.phrase_parts import DURATIONS

_SKIP_LABELS = {"DATE", "TIME", "ORDINAL"}
_NOUN_PLACES = {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}
_PHRASE_WORDS = 8  # words read between a figure and its noun for a break in the phrase
# Plurals a time or a share of one is counted in ("eight seasons", "seven thousandths of a
# second", "three quarters of the way").
_TIME_COUNTS = DURATIONS | {
    "tenth", "hundredth", "thousandth", "quarter", "half", "season", "night", "weekend", "term",
    "century",
}  # fmt: skip
_SCALES = ("hundred", "thousand", "million", "billion", "trillion")
_AMOUNT_LABELS = {"DATE", "TIME"}  # the recogniser calls "$12bn" an ordinal at times
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)s?$")
_NOUN_POS = {"NOUN", "PROPN"}
_COUNTING_DEPS = {"nummod", "quantmod", "amod", "compound"}
_CONTEXT_WORDS = 12
_DESCRIBING_DEPS = {"prep", "relcl", "acl", "amod", "compound"}
_PREDICATE_DEPS = {"prep", "dobj", "prt", "advmod", "acomp", "agent", "dative"}
_PREDICATE_WORDS = 8
_WINDOW = 60  # tokens read after a noun or verb for its phrase: a few times the words kept


def _is_age(text: str, start: int, end: int) -> bool:
    after = text[end : end + 12]
    if re.match(r"-?\s?(?:year|month|week)s?-old", after):
        return True
    before = text[max(0, start - 2) : start]
    return before.endswith((", ", ",")) and after[:1] == "," and len(text[start:end]) <= 3


def _noun_for(span: Span) -> Token | None:
    """The noun a number counts ("100,000 people", "hundreds of people")."""
    last = span[-1]
    nxt = span.doc[last.i + 1] if last.i + 1 < len(span.doc) else None
    if nxt is not None and nxt.lower_ == "of":
        objects = [c for c in nxt.children if c.dep_ == "pobj"]
        if objects:
            return objects[0]
    for tok in reversed(span):
        outside = tok.head.i >= span.end or tok.head.i < span.start
        # "which could cost £2bn - countries must ...": a dash or a comma ends the phrase
        # (read over a few words: a noun phrase is short, a hostile sentence need not be)
        gap = span.doc[span.end : min(tok.head.i, span.end + _PHRASE_WORDS)]
        broken = any(t.is_punct for t in gap)
        # "hit a record 745,000": the figure is a record, not the number of one
        record = tok.head.i < span.start and tok.head.lower_ == "record"
        if tok.dep_ in _COUNTING_DEPS and tok.head.pos_ in _NOUN_POS and outside and not broken:
            if record:
                break
            return _plural_head(tok.head)
    if nxt is not None and nxt.pos_ == "NOUN":
        return nxt
    if nxt is not None and _mistagged_noun(span, nxt):
        return nxt
    return None


def _joined_unit(span: Span) -> Token | None:
    """The unit a number is joined to by a hyphen ("11-year" of "the 11-year sentence"),
    which the noun reader leaves, the hyphen being punctuation; None otherwise."""
    end = span.end
    doc = span.doc
    if end + 1 >= len(doc) or doc[end].text != "-" or span[-1].whitespace_:
        return None
    unit = doc[end + 1]
    return unit if span[-1].head == unit and not doc[end].whitespace_ else None


def _plural_head(noun: Token) -> Token:
    """ "486 penalty charge notices": a count is of the plural noun a singular one it was
    attached to modifies, not of the "charge"."""
    head = noun
    for _ in range(_PHRASE_WORDS):
        if head.dep_ != "compound" or head.tag_ != "NN" or head.head.i != head.i + 1:
            break
        head = head.head
    return head if head.tag_ == "NNS" else noun


def _counts_things(span: Span, noun: Token | None) -> bool:
    """The figure counts the things in the plural right after it ("around 46 people"), or
    is written onto a unit that is no time ("a 12-date tour"), which no date or time does,
    whatever the recogniser called it ("46" after "around" reads as an age)."""
    size = size_of(span)
    if size is not None:
        return size[0] not in _TIME_COUNTS
    if noun is None or noun.i != span.end:
        return False
    return noun.tag_ == "NNS" and noun.lemma_.lower() not in _TIME_COUNTS


def _mistagged_noun(span: Span, word: Token) -> bool:
    """ "an £8m bid", "a £3m fine", "The £600m bid has ...": after an article (or a
    possessive, over adjectives: "Arsenal's stunning £100m deal") and a figure, a word the
    tagger took for a verb or an adjective is the noun counted, unless it describes a noun
    after it ("a £5m funded scheme"). After "a" that always holds (an article never opens
    a verb); after "the" or a possessive only where the parse gives the word a noun's
    place ("The 40 arrested were freed": a participle, not a noun)."""
    following = span.doc[word.i + 1] if word.i + 1 < len(span.doc) else None
    describes = following is not None and following.pos_ in _NOUN_POS | {"ADJ"}
    tagged_otherwise = word.is_alpha and word.is_lower and word.pos_ in {"VERB", "ADJ"}
    opener = determiner_before(span)
    indefinite = opener is not None and opener.lower_ in {"a", "an"}
    definite = opener is not None and not indefinite
    placed = indefinite or (definite and word.dep_ in _NOUN_PLACES)
    return placed and tagged_otherwise and not describes


def _governor(token: Token) -> Token | None:
    """The verb or noun a phrase hangs from, skipping prepositions."""
    head = token.head
    if head == token:
        return None
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    return head if head != token else None


def _phrase(tokens: list[Token], limit: int) -> str:
    words = [t for t in tokens if not t.is_space]
    while words and (words[0].is_punct or words[0].lower_ in {"the", "a", "an", "of"}):
        words.pop(0)
    words = words[:limit]
    while words and (words[-1].is_punct or words[-1].pos_ in {"ADP", "CCONJ", "DET"}):
        words.pop()
    return "".join(t.text_with_ws for t in words).strip()


def _subtree_within(token: Token, last: int) -> Span:
    """The token's subtree up to token ``last``: a phrase is read from its first few words,
    and a sentence of thousands of figures must not be walked once per figure. English
    parses are projective, so a subtree is the span between its edges."""
    return token.doc[token.left_edge.i : min(token.right_edge.i, last) + 1]


def _context(span: Span, noun: Token | None) -> tuple[str, str, str]:
    """(context phrase, the event its predicate tells, the predicate's own lemma)."""
    skip = set(range(span.start, span.end))
    anchor = noun if noun is not None else span.root
    predicate = _governor(through_total(anchor))
    if predicate is not None and (anchor.dep_ in {"conj", "appos"} or predicate.i in skip):
        predicate = None  # "two firefighters and two residents": a list, not a predicate
    pieces = []
    if noun is not None:
        left = [t for t in noun.lefts if t.i not in skip and t.dep_ in {"amod", "compound"}]
        right = [noun] + [
            t
            for child in noun.rights
            if child.dep_ in _DESCRIBING_DEPS
            for t in _subtree_within(child, noun.i + _WINDOW)
            if t.i not in skip
        ]
        pieces.append(_phrase(left + right, _CONTEXT_WORDS))
    sentence_of_token = span.doc._.token_sentence
    if predicate is not None and sentence_of_token[predicate.i] == sentence_of_token[anchor.i]:
        inside = range(anchor.left_edge.i, anchor.right_edge.i + 1)
        around = [predicate] + [
            t
            for child in predicate.rights
            if child.dep_ in _PREDICATE_DEPS
            and not child.left_edge.i <= anchor.i <= child.right_edge.i
            for t in _subtree_within(child, predicate.i + _WINDOW)
            if t.i not in skip and t.i not in inside
        ]
        phrase = _phrase(sorted(around, key=lambda t: t.i), _PREDICATE_WORDS)
        if phrase and phrase not in pieces[0:1]:
            pieces.append(phrase)
    context = " — ".join(p for p in pieces if p)
    if predicate is None:
        return context, "", ""
    return context, event_of(predicate, noun), predicate.lemma_.lower()


def _read_value(m: re.Match[str], span: Span) -> tuple[float, float | None, str] | None:
    """(low, high, kind) of a matched figure; None for word numbers that count nothing."""
    vague = m.group("vague")
    if vague:
        return VAGUE[" ".join(vague.lower().split())], None, "vague"
    low_text = m.group("low")
    low = parse_amount(low_text)
    if low is None:
        return None
    high = parse_amount(m.group("high")) if m.group("high") else low
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    counts_something = (
        span[-1].dep_ == "nummod"
        or m.string[m.end() : m.end() + 4] == " of "
        or (nxt is not None and nxt.tag_ == "NNS")  # "Thirteen episodes", parsed as a name
    )
    # "seven%" and "five million" are figures, whatever the parser made of them.
    written = counts_something or bool(m.group("pct")) or low_text.lower().endswith(_SCALES)
    if not low_text[:1].isdigit() and not is_currency(low_text) and not written:
        return None  # "one of the", "two-thirds": not a figure worth reporting
    if m.group("pct"):
        kind = "percent"
    elif is_currency(low_text):
        kind = "money"
    else:
        kind = "range" if m.group("high") else "count"
    return low, high, kind


def _not_a_range(m: re.Match[str]) -> bool:
    """ "paid £97m to 97 contractors": "to" before a bare number below a sum is the
    preposition, not a range (a range's top is written like its bottom: "£5m to £7m")."""
    low, high = m.group("low") or "", m.group("high") or ""
    if not high or "to" not in m.string[m.end("low") : m.start("high")]:
        return False
    written = is_currency(low) or scale_of(low) != 1.0
    bare = not is_currency(high) and scale_of(high) == 1.0
    low_value, high_value = parse_amount(low), parse_amount(high)
    if low_value is None or high_value is None:
        return False
    return written and bare and high_value < low_value


def _figure_matches(text: str) -> Iterator[re.Match[str]]:
    """Every figure written in the text, in order, a false range read as its first amount
    and the number after it."""
    pos = 0
    while (m := FIGURE.search(text, pos)) is not None:
        if _not_a_range(m):
            m = FIGURE.match(text, m.start(), m.end("low")) or m
        pos = max(m.end(), m.start() + 1)
        yield m


def extract_figures(doc: Doc) -> list[Figure]:
    """Every figure in the text, in order."""
    text = doc._.text
    figures: list[Figure] = []
    possessors = Possessors(doc)
    dated = [(d.start, d.end) for d in doc._.dates or ()]
    settings = clause_settings(doc)
    for m in _figure_matches(text):
        budget.check()
        start, end = m.start(), m.end()
        if any(s < end and start < e for s, e in dated):
            continue  # "10 May", "Tuesday 3 March": a date, not a figure
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "./#"):
            continue
        if end < len(text) and (text[end].isalnum() and not m.group("pct")):
            continue
        low_text = m.group("low") or ""
        if _YEAR.match(low_text) and not m.group("high") and not m.group("pct"):
            continue
        if low_text and _is_age(text, m.start("low"), m.end("low")):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        amount = m.group("pct") or is_currency(m.group("low") or "")
        skip = _AMOUNT_LABELS if amount else _SKIP_LABELS
        if span is None:
            continue
        noun = _noun_for(span)
        # A prison term is a duration the recogniser calls a date, and the figure of its story.
        term = noun is not None and term_imposed(noun)
        unit = _joined_unit(span) if noun is None else None
        if unit is not None and term_imposed(unit):
            noun, term = unit, True  # "the 11-year sentence"
        if not term and not _counts_things(span, noun) and any(t.ent_type_ in skip for t in span):
            continue
        value = _read_value(m, span)
        if value is None:
            continue
        low, high, kind = value
        context, predicate, verb = _context(span, noun)
        frame = read_frame(span, noun, value, settings, possessors.person_of)
        predicate = told_as(frame, predicate, noun, term)
        casualty = casualty_event(span) if noun is None else ""
        if casualty:  # "Of the 23 injured": people, counted by what befell them
            frame.update(thing="people", counted="people")
            predicate = casualty
        figures.append(
            ReadFigure(
                value=m.group(0),
                low=low,
                high=high,
                qualifier=qualifier_of(m.group("qual")),
                kind=kind,
                predicate=predicate,
                wording=(verb, frame.pop("raw_thing")),
                context=context,
                start=start,
                end=end,
                sentence=int(doc._.token_sentence[span.start]),
                **frame,
            )
        )
    return figures


@Language.component("newsroom_figures")
def figures_component(doc: Doc) -> Doc:
    """Pipeline step: fill ``doc._.figures``."""
    budget.check()
    doc._.figures = extract_figures(doc)
    return doc
