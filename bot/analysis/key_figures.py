"""Key figures: the few numbers the story is about, each with what it counts.

Chosen as an editor would: a figure ranks by where it stands (the lead carries what
matters), how often the story comes back to it, what it counts (the dead, the money, the
rise, the result) and what it is (one item of a list, "one of the", "another five" and
labels rank low). Each value is given once (bot.analysis.figure_candidates merges its
mentions), the scores of a sports result as one figure, and each with a phrase built
from the parse (bot.analysis.figure_phrases).
"""

from __future__ import annotations

import math
from dataclasses import replace

from spacy.tokens import Doc

from bot.analysis import budget
from bot.analysis.figure_candidates import Candidate, candidates
from bot.analysis.figure_identifiers import identifiers
from bot.analysis.figure_phrases import PhraseMaker
from bot.analysis.model import Figure
from bot.analysis.summary import story_positions

KEY_FIGURES = 6
_LEAD_KEPT = 2  # the story's first figures, kept when amounts
_NOT_LEAD = {"vague", "rank"}
_HUMAN = {
    "people", "person", "death", "victim", "casualty", "child", "adult", "patient", "worker",
    "job", "refugee", "migrant", "soldier", "troop", "civilian", "resident", "home", "house",
    "family", "student", "voter", "member", "fan", "passenger", "life", "case", "body",
}  # fmt: skip
# What it is weighs little beside where it stands: larger weights (0.6 for money, 0.5 for a
# share) fitted the tuning half and pushed the counts its highlights kept out elsewhere.
_KIND_WEIGHT = {
    "money": 0.15, "percent": 0.125, "score": 0.15, "range": 0.05, "count": 0.0,
    "measure": 0.025, "vague": -0.1, "rank": -0.075,
}  # fmt: skip
# "two residents": small counts spelled out are rarely the story, nor kept in its lead
_SPELLED_SMALL = 1.4
# A rate ("£17 a month", "$50 a barrel") is often the figure itself, so it is not marked down.
_ROLE_WEIGHT = {"amount": 0.0, "label": -0.5, "part": -0.9, "rate": 0.0, "extra": -0.4}
# Roles that are the figure itself for its kind: "70% of schools" is the share, "a 684bn yen
# loss" the sum of the loss.
_ROLE_KEPT = {("part", "percent"), ("label", "money")}


def _spelled_small(f: Figure) -> bool:
    """ "two", "about three": a small count in words ("About 5" is in digits)."""
    return f.kind == "count" and (f.low or 0) < 10 and not any(c.isdigit() for c in f.value)


def _bare_word(cand: Candidate) -> bool:
    """A small count in words that counts no noun of its own or is one of several ("one of
    the main trendsetters", "seven — Augusta National at which ..."): no key figure."""
    f = cand.figure
    return _spelled_small(f) and (cand.role == "part" or not f.counted)


def _score(cand: Candidate, positions: list[int]) -> float:
    f = cand.figure
    # Where it stands, first of all: the lead carries what matters, and the numbers an
    # editor keeps are mostly the first few a story gives (counted among the story's own
    # sentences, not its byline and captions; a headline's figure told below ranks high).
    score = 2.0 / (1.0 + positions[min(cand.sentences)])
    score += 0.5 * math.log2(len(cand.sentences))  # how the story returns to it
    score += _KIND_WEIGHT.get(f.kind, 0.0)
    if (cand.role, f.kind) not in _ROLE_KEPT:
        score += _ROLE_WEIGHT.get(cand.role, 0.0)
    if f.counted in _HUMAN or f.counted.rstrip("s") in _HUMAN:
        score += 0.4
    if _spelled_small(f):
        score -= _SPELLED_SMALL
    return score


def _ranked(cands: list[Candidate], positions: list[int]) -> list[Candidate]:
    """The story's first two figures (when amounts), then the rest by score: whatever else
    ranks high, the first figures a story gives are the ones its editor keeps most often
    (the first few numbers of an article hold most of what its highlights repeat)."""
    first = [c for c in cands[:_LEAD_KEPT] if c.role == "amount" and not _spelled_small(c.figure)]
    first = [c for c in first if c.figure.kind not in _NOT_LEAD]
    # A quantity with no number ("Millions of", "dozens") gives a reader nothing to quote:
    # it comes after every figure with one, filling what they leave (it led the list of a
    # Budget story whose lead said "Millions", told five times).
    rest = sorted(
        (c for c in cands if not any(c is f for f in first)),
        key=lambda c: (c.figure.kind != "vague", _score(c, positions)),
        reverse=True,
    )
    return [*first, *rest]


def _tokens(doc: Doc, figure: Figure) -> set[int]:
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return {t.i for t in span if not t.is_space} if span is not None else set()


def key_figures(doc: Doc, figures: list[Figure], limit: int = KEY_FIGURES) -> list[Figure]:
    """Up to ``limit`` figures, most newsworthy first, each with what it counts."""
    maker = PhraseMaker(doc)
    chosen: list[Figure] = []
    shown: set[str] = set()
    for cand in _ranked(candidates(doc, figures), story_positions(doc)):
        budget.check()
        f = cand.figure
        key = f.value.lower()
        skip = _tokens(doc, f)
        if key in shown or not skip or _bare_word(cand):
            continue
        phrase = maker.phrase(skip, f.kind)
        if not phrase and maker.readable(f.context, doc[min(skip)]):
            phrase = f.context  # the figure reader's own context, when it reads
        if not phrase:
            continue  # a figure nobody can say the meaning of is no key figure
        shown.add(key)
        chosen.append(replace(f, context=phrase))
        if len(chosen) == limit:
            return chosen
    # the places the figures leave: the names with a number the story returns to
    # (it counts nothing, so what it is, not a clause the parse makes of it)
    for f, told in identifiers(doc)[: limit - len(chosen)]:
        chosen.append(replace(f, context=f"a name the story gives {told} times"))
    return chosen
