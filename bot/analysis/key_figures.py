"""Key figures: the few numbers the story is about, each with what it counts.

Chosen as an editor would: a figure ranks by where it stands (the lead carries what
matters), how often the story comes back to it, what it counts (the dead, the money, the
rise, the result) and what it is (one item of a list, "one of the", "another five" and
labels rank low). Each value is given once (bot.analysis.figure_candidates merges its
mentions), the scores of a sports result as one figure, and each with a phrase built
from the parse (bot.analysis.figure_phrases).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from bot.analysis import budget
from bot.analysis.figure_candidates import Candidate, candidates
from bot.analysis.figure_identifiers import identifiers
from bot.analysis.figure_phrases import PhraseMaker
from bot.analysis.model import Figure
from bot.analysis.summary import story_positions

KEY_FIGURES = 6
# Roles that are the figure itself for its kind: "70% of schools" is the share, "a 684bn yen
# loss" the sum of the loss.
_ROLE_KEPT = {("part", "percent"), ("label", "money")}
# "one of the", a label, "another five": what the story is not about
_MINOR_ROLES = {"label", "part", "extra"}


def _spelled_small(f: Figure) -> bool:
    """ "two", "about three": a small count in words ("About 5" is in digits)."""
    return f.kind == "count" and (f.low or 0) < 10 and not any(c.isdigit() for c in f.value)


def _bare_word(cand: Candidate) -> bool:
    """A small count in words that counts no noun of its own or is one of several ("one of
    the main trendsetters", "seven — Augusta National at which ..."): no key figure."""
    f = cand.figure
    return _spelled_small(f) and (cand.role == "part" or not f.counted)


def _tier(cand: Candidate) -> int:
    """0: a figure the story gives as such (a rank too: "his 500th appearance", "a tie for
    14th"); 1: one item of a list, a label, "another five" or a small count in words ("two
    residents"), rarely the story; 2: a quantity with
    no number ("Millions of", "dozens"), which gives a reader nothing to quote."""
    f = cand.figure
    if f.kind == "vague":
        return 2
    minor = cand.role in _MINOR_ROLES and (cand.role, f.kind) not in _ROLE_KEPT
    return 1 if minor or _spelled_small(f) else 0


def _ranked(cands: list[Candidate], positions: list[int]) -> list[Candidate]:
    """Where a figure stands first of all: the numbers an editor keeps are mostly the first
    few the story gives, counted among its own sentences (not its byline and captions; a
    headline's figure told below ranks where it is told). Weights for what a figure counts,
    fitted over many sessions to the tuning half's highlights, chose later figures over
    earlier ones and did not carry to copy they were not fitted on (issue 14: the first k
    numbers beat them by 13 points on the test half), so what a figure is only sorts it into
    a tier; within one sentence, the figure the story comes back to most goes first."""
    return sorted(
        cands,
        key=lambda c: (_tier(c), positions[min(c.sentences)], -len(c.sentences), c.figure.start),
    )


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
