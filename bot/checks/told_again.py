"""One sentence told again, for number-conflict: a caption restating the lede, a merged
rewrite, with the figure in the same place among the same words ("Twelve people were hurt
when the roof fell" / "Fourteen people were hurt when the roof fell"), whatever the parse
makes of either."""

from __future__ import annotations

import re

from bot.analysis.model import Figure
from bot.checks.facts import Facts

# A sentence told again: words matched on either side of the figure, and how many of them
# must be content words, so that "He was jailed for" alone does not make two men one.
_ECHO_WORDS, _ECHO_CONTENT, _LABEL_WORDS, _ECHO_LONG = 5, 3, 3, 10
_FUNCTION_WORDS = {
    "that", "this", "with", "from", "have", "been", "were", "said", "will", "would", "their",
    "there", "which", "when", "after", "about", "into", "they", "them", "more", "than", "also",
}  # fmt: skip
SIDE_CHARS = 400  # a sentence told again is matched on far fewer words than this
_STOP = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘']?[A-Z])")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def sides_of(facts: Facts, f: Figure) -> tuple[list[str], list[str]]:
    """The words of the figure's sentence before and after it, up to a full stop the
    sentence splitter missed ("set at $500m. It intends"), at most ``SIDE_CHARS`` of text
    each way: a one-sentence paste of thousands of figures would otherwise hold the whole
    sentence twice for every figure."""
    start, end = facts.sentences[f.sentence]
    before = _STOP.split(facts.text[max(start, f.start - SIDE_CHARS) : f.start])[-1]
    after = _STOP.split(facts.text[f.end : min(end, f.end + SIDE_CHARS)], maxsplit=1)[0]
    return WORD.findall(before.lower()), WORD.findall(after.lower())


def _common(x: list[str], y: list[str]) -> int:
    n = 0
    for u, v in zip(x, y, strict=False):
        if u != v:
            break
        n += 1
    return n


Sides = tuple[list[str], list[str]]


def echoed(facts: Facts, a: Figure, b: Figure, sides_a: Sides, sides_b: Sides) -> bool:
    """One sentence told again (a caption, a merged rewrite) with the figure in the same
    place: all that comes before it in one sentence comes right before it in the other
    (bar a caption's label, "Global appeal:"), and what follows agrees as far as the
    shorter goes, bar a word dropped. Two parallel sentences ("Twelve films competing in
    the documentary category" / "The 16 films competing in the dramatic category") part
    before or after the figure."""
    (before_a, after_a), (before_b, after_b) = sides_a, sides_b
    pre = _common(before_a[::-1], before_b[::-1])
    post = _common(after_a, after_b)
    if pre + post < _ECHO_WORDS:
        return False
    shorter, label = min((len(before_a), a), (len(before_b), b), key=lambda x: x[0])
    if shorter - pre > _LABEL_WORDS or (shorter > pre and not _labelled(facts, label)):
        return False
    tail = min(len(after_a), len(after_b))
    if tail - post > max(1, tail // 4) and pre + post < _ECHO_LONG:
        return False  # they part after the figure, unless a long stretch was told again
    shared = before_a[len(before_a) - pre :] + after_a[:post]
    content = sum(1 for w in shared if len(w) >= 4 and w not in _FUNCTION_WORDS)
    # Two sentences that start alike need less of substance ("There are now 5,700 members
    # of the Academy").
    opening = pre == len(before_a) == len(before_b)
    return content >= _ECHO_CONTENT - opening


def _labelled(facts: Facts, f: Figure) -> bool:
    """A caption's label before the figure ("Global appeal: kite teams from 13")."""
    start, _end = facts.sentences[f.sentence]
    return ":" in facts.text[start : f.start]
