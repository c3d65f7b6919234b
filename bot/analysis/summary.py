"""A three-sentence extractive summary: sentences taken from the text, in text order.

News puts the most important facts first, so position weighs most; a sentence
also scores for sharing the article's most repeated content words. Bylines,
captions, bare quotes and fragments are passed over.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from spacy.tokens import Doc

SUMMARY_SENTENCES = 3
_MIN_WORDS = 8
_MAX_WORDS = 60
_POSITION_DECAY = 0.35
_CENTRALITY_WEIGHT = 0.08
_QUOTE_PENALTY = 0.25
_JUNK = re.compile(
    r"^(?:By\s+(?:\.|[A-Z][a-z]+\s+[A-Z][a-z]+\s*(?:\.|,|$|and\b|for\b))|(?i:published:|"
    r"updated:|last updated|share this|media playback|follow\s@|click here|scroll down|"
    r"read more|image copyright|image caption|getty images|\(cnn\)\s*$))"
)
_SHOUTING = re.compile(r"^[A-Z0-9\s.,:'-]{12,}$")  # captions and section labels in capitals


def _content_lemmas(doc: Doc, start: int, end: int) -> list[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [t.lemma_.lower() for t in span if t.is_alpha and not t.is_stop and len(t) > 2]


def pick_sentences(doc: Doc, count: int = SUMMARY_SENTENCES) -> list[int]:
    """Indexes of the sentences that make the summary, in text order."""
    sentences: list[tuple[int, int]] = doc._.sentences
    text = doc._.text
    lemmas = [_content_lemmas(doc, s, e) for s, e in sentences]
    frequency = Counter(w for words in lemmas for w in set(words))
    scored = []
    for i, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        n_words = len(sentence.split())
        if not _MIN_WORDS <= n_words <= _MAX_WORDS:
            continue
        if _JUNK.search(sentence) or _SHOUTING.match(sentence):
            continue
        position = 1.0 / (1.0 + _POSITION_DECAY * i)
        words = lemmas[i]
        centrality = (
            sum(frequency[w] for w in set(words) if frequency[w] > 1) / (len(set(words)) + 4)
            if words
            else 0.0
        )
        penalty = 0.0
        stripped = sentence.lstrip()
        if stripped[:1] in "“\"‘'":
            penalty += _QUOTE_PENALTY  # a bare quote rarely says what happened
        if sentence.rstrip().endswith(("?", ":")):
            penalty += 0.3
        score = position + _CENTRALITY_WEIGHT * math.log1p(centrality) - penalty
        scored.append((score, i))
    chosen = sorted(i for _score, i in sorted(scored, reverse=True)[:count])
    if len(chosen) < count:
        # Short or odd copy: fill with the first sentences not yet taken.
        extra = [i for i in range(len(sentences)) if i not in chosen]
        chosen = sorted(chosen + extra[: count - len(chosen)])
    return chosen
