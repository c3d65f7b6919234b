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
_JUNK = re.compile(
    r"^(?:by\s|published:|updated:|last updated|share this|media playback|follow\s@|"
    r"click here|scroll down|read more|image copyright|image caption|getty images|"
    r"\(cnn\)\s*$)|^[A-Z\s.]{12,}$",
    re.I,
)


def _content_lemmas(doc: Doc, start: int, end: int) -> list[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [t.lemma_.lower() for t in span if t.is_alpha and not t.is_stop and len(t) > 2]


def pick_sentences(doc: Doc, count: int = SUMMARY_SENTENCES) -> list[int]:
    """Indexes of the sentences that make the summary, in text order."""
    sentences: list[tuple[int, int]] = doc._.sentences
    text = doc.text
    lemmas = [_content_lemmas(doc, s, e) for s, e in sentences]
    frequency = Counter(w for words in lemmas for w in set(words))
    scored = []
    for i, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        n_words = len(sentence.split())
        if n_words < _MIN_WORDS or n_words > _MAX_WORDS or _JUNK.search(sentence):
            continue
        position = 1.0 / (1.0 + 0.35 * i)
        words = lemmas[i]
        centrality = (
            sum(frequency[w] for w in set(words) if frequency[w] > 1) / (len(set(words)) + 4)
            if words
            else 0.0
        )
        penalty = 0.0
        stripped = sentence.lstrip()
        if stripped[:1] in "“\"‘'":
            penalty += 0.25  # a bare quote rarely says what happened
        if sentence.rstrip().endswith(("?", ":")):
            penalty += 0.3
        score = position + 0.08 * math.log1p(centrality) - penalty
        scored.append((score, i))
    chosen = sorted(i for _score, i in sorted(scored, reverse=True)[:count])
    if len(chosen) < count:
        # Short or odd copy: fill with the first sentences not yet taken.
        extra = [i for i in range(len(sentences)) if i not in chosen]
        chosen = sorted(chosen + extra[: count - len(chosen)])
    return chosen
