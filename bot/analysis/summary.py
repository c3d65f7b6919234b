"""A three-sentence extractive summary: sentences taken from the text, in text order.

News puts the most important facts first, so position weighs most; but the lead is
often a hook ("As attempts to break a world record go, it was pretty impressive."), so a
sentence also scores for what the story is about: the content words it keeps coming back
to, the people it is about and its figures. Highlights are short, so a long sentence
scores less, and one opening on a word that points back ("They beat ...") a little less.
Bylines, datelines, captions, picture labels, bare quotes, fragments and boilerplate are
passed over (on any line of a pasted "sentence"), as is a headline the lead tells again,
and a sentence that repeats one already chosen is skipped.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from spacy.tokens import Doc

from bot.analysis import budget
from bot.analysis.sentences import headline

SUMMARY_SENTENCES = 3
_MIN_WORDS = 8
_MAX_WORDS = 60
_MAX_CHARS = 600  # sixty words of news copy run to 400 characters; more is a pasted blob
_POSITION_DECAY = 0.6
_CENTRALITY_WEIGHT = 0.25
_PERSON_WEIGHT = 0.1
_FIGURE_WEIGHT = 0.05
_QUOTE_PENALTY = 0.3
_SHORT_WORDS = 10
_SHORT_PENALTY = 0.1
_TOP_PEOPLE = 2
_ENTITIES = 0
# Highlights are short: a sentence past 25 words carries words an editor leaves out, so it
# loses 0.6 for every 25 words more (0.4 to 0.8 gave the same on both tuning sets).
_LONG_WORDS = 25
_LONG_PENALTY = 0.6
_RETOLD = 0.5  # share of a headline's words the next three sentences tell again
# A sentence that opens on a word pointing back reads only after the one before it.
_LEANS_BACK = re.compile(
    r"^\s*(?:he|she|they|it|this|these|those|that|his|her|their|its|the figures?|the move|"
    r"the decision|the news|the deal|the latter|the former)\b",
    re.I,
)
_LEANS_BACK_PENALTY = 0.1
_REPEAT = 0.6  # share of content words already in a chosen sentence: a repeat
_CONSIDERED = 60  # sentences read at most: the story is told by then
_JUNK = re.compile(
    r"^(?:By\s+(?:\.|[A-Z][a-z]+\s+[A-Z][a-z]+\s*(?:\.|,|$|and\b|for\b))|(?i:published\b|"
    r"updated\b|last updated|share this|media playback|follow\s@|follow us\b|click here|"
    r"scroll down|\(?photo\b|\(?picture\b|"
    r"read more|image copyright|image caption|getty images|\(cnn\)\s*$|watch:|video:|"
    r"pictured:|related:|see also|advertisement))"
)
_PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")
_SHOUTING = re.compile(r"^[A-Z0-9\s.,:'-]{12,}$")  # captions and section labels in capitals
# A caption points at a picture ("Nadal (left) celebrates", "Boase, pictured, ...",
# "Martin, pictured in this mugshot"); "were pictured with" is prose.
_CAPTION = re.compile(
    r"\((?:left|right|centre|center|above|below|top|bottom|pictured|file photo)\)"
    r"|\bpictured(?:\s+(?:above|below|left|right|centre|center|inset|here)\b|\s*[,)])"
    r"|,\s*pictured\b",
    re.I,
)


def _content_lemmas(doc: Doc, start: int, end: int) -> list[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [t.lemma_.lower() for t in span if t.is_alpha and not t.is_stop and len(t) > 2]


def _junk(sentence: str) -> bool:
    """A byline, caption, label or boilerplate, on any line of the "sentence": pasted pages
    run a credit, a caption or "Follow us" into the sentence after them; or a line with no
    word of prose at all ("09:14 EST, 4 March 2025 | UPDATED: ...", split off "PUBLISHED:")."""
    if _PROSE_WORD.search(sentence) is None:
        return True
    lines = [line.strip() for line in sentence.splitlines() if line.strip()]
    return any(_JUNK.search(line) or _SHOUTING.match(line) for line in lines) or bool(
        _CAPTION.search(sentence)
    )


def story_positions(doc: Doc) -> list[int]:
    """Each sentence's place among the story's own sentences: the bylines, datelines,
    captions and boilerplate before it do not count (a pasted page's "By ... | PUBLISHED:
    ..." lines and a caption put the lead fourth, and it is still the lead)."""
    text = doc._.text
    positions, told = [], 0
    for start, end in doc._.sentences:
        positions.append(told)
        told += not _junk(text[start:end])
    return positions


def _passed_over(sentence: str) -> bool:
    """Bylines, captions, labels, fragments and boilerplate: not summary sentences."""
    if not _MIN_WORDS <= len(sentence.split()) <= _MAX_WORDS or len(sentence) > _MAX_CHARS:
        return True
    if _junk(sentence):
        return True
    stripped = sentence.strip()
    # A sentence cut in two by a caption, or a label. A sentence without a full stop is
    # kept: pasted copy often loses it at the end of a paragraph.
    return stripped[:1].islower() or stripped.endswith(":")


def _people_sentences(doc: Doc) -> set[int]:
    """Sentences naming one of the two people the story names most."""
    people = sorted(doc._.people or (), key=lambda p: len(p.mentions), reverse=True)[:_TOP_PEOPLE]
    found = {m.sentence for p in people if len(p.mentions) > 1 for m in p.mentions}
    if _ENTITIES:
        names = Counter(
            e.text for e in doc.ents if e.label_ in {"ORG", "GPE", "NORP", "EVENT", "FAC"}
        )
        top = {n for n, c in names.most_common(_ENTITIES) if c > 1}
        found |= {doc._.token_sentence[e.start] for e in doc.ents if e.text in top}
    return found


def _retold_headline(lemmas: list[list[str]], first: int | None) -> int | None:
    """The headline, when the sentences after it tell its words again (half of them or
    more): the report shows the headline apart, and the summary then says it twice."""
    if first is None or not lemmas[first]:
        return None
    told = {w for words in lemmas[first + 1 : first + 4] for w in words}
    words = set(lemmas[first])
    return first if len(words & told) >= _RETOLD * len(words) else None


def pick_sentences(doc: Doc, count: int = SUMMARY_SENTENCES) -> list[int]:
    """Indexes of the sentences that make the summary, in text order."""
    sentences: list[tuple[int, int]] = doc._.sentences[:_CONSIDERED]
    text = doc._.text
    lemmas = [_content_lemmas(doc, s, e) for s, e in sentences]
    retold = _retold_headline(lemmas, headline(doc))
    frequency = Counter(w for words in lemmas for w in set(words))
    about = _people_sentences(doc)
    figures = Counter(f.sentence for f in doc._.figures or ())
    scored = []
    for i, (start, end) in enumerate(sentences):
        budget.check()
        sentence = text[start:end]
        if i == retold or _passed_over(sentence):
            continue
        words = set(lemmas[i])
        recurring = sum(frequency[w] for w in words if frequency[w] > 1)
        centrality = math.log1p(recurring / (len(words) + 4)) if words else 0.0
        score = 1.0 / (1.0 + _POSITION_DECAY * i) + _CENTRALITY_WEIGHT * centrality
        score += _PERSON_WEIGHT * (i in about) + _FIGURE_WEIGHT * min(figures[i], 3)
        if sentence.lstrip()[:1] in "“\"‘'":
            score -= _QUOTE_PENALTY  # a bare quote rarely says what happened
        if i > 0 and _LEANS_BACK.match(sentence):
            score -= _LEANS_BACK_PENALTY  # "They beat ...", "The figure, published ...": whose?
        if len(sentence.split()) < _SHORT_WORDS:
            score -= _SHORT_PENALTY
        score -= _LONG_PENALTY * max(0, len(sentence.split()) - _LONG_WORDS) / _LONG_WORDS
        scored.append((score, i))
    chosen: list[int] = []
    for _score, i in sorted(scored, reverse=True):
        words = set(lemmas[i])
        if any(len(words & set(lemmas[j])) > _REPEAT * max(1, len(words)) for j in chosen):
            continue  # says again what a chosen sentence says (a caption of the lead)
        chosen.append(i)
        if len(chosen) == count:
            break
    if len(chosen) < count:
        # Short or odd copy: fill with the first sentences not yet taken, but never with a
        # pasted blob (a 24,000-character "sentence" of figures filled it once), nor with
        # a byline, a credit or a caption: two sentences of news beat three with a byline.
        extra = [
            i
            for i, (start, end) in enumerate(doc._.sentences[:_CONSIDERED])
            if i not in chosen
            and i != retold
            and end - start <= _MAX_CHARS
            and not _junk(text[start:end])
        ]
        chosen += extra[: count - len(chosen)]
    return sorted(chosen)
