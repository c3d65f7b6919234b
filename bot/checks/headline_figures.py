"""A headline's figure told again in the body with another value, for number-conflict:
"Harwood's 27 points lift Comets past Rovers" ... "Harwood poured in 32 points"; "Council
approves 12 new primary schools" ... "nine new primary schools".

Copy pasted from a desk's system often opens on its headline, a line of its own with no
full stop. A headline gives the story's main figure in few words, so the body's first
figure of the same thing, of the same owner and near it in value, is that figure told
again; a figure the body gives for a part, a place, another time or a forecast is not.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.analysis import budget
from bot.analysis.figure_frames import ReadFigure
from bot.analysis.sentences import reads_as_headline
from bot.checks.count_units import kind_of
from bot.checks.facts import Facts
from bot.checks.figure_apart import expected, included, years_of
from bot.checks.figure_change_words import changing
from bot.checks.figure_digits import reordered_digits
from bot.checks.figure_parts import made_of, one_of_several
from bot.checks.figure_ties import REFERRED_NEAR, WEAK_PREDICATES
from bot.checks.figure_values import disagree

_KINDS = {"count", "money", "percent"}
_BODY_FIGURES = 40  # body figures compared with each headline figure


def opens_on_headline(facts: Facts) -> bool:
    """The first sentence is a headline: a line of its own, short, with no stop."""
    if len(facts.sentences) < 2:
        return False
    (start, end), (following, _end) = facts.sentences[0], facts.sentences[1]
    own_line = "\n" in facts.text[end:following]
    return own_line and reads_as_headline(facts.text[start:end].strip())


def headline_clashes(
    facts: Facts, figures: list[ReadFigure], supposed: set[int]
) -> Iterator[tuple[ReadFigure, ReadFigure]]:
    """(headline figure, body figure) for each headline figure the body tells again with
    another value near it, before telling it alike. ``supposed`` holds the starts of
    figures in an "if" clause."""
    if not opens_on_headline(facts):
        return
    heads = [f for f in figures if f.sentence == 0 and _comparable(f)]
    body = [f for f in figures if f.sentence > 0 and _comparable(f)][:_BODY_FIGURES]
    headline = facts.sentence(0).quote.lower()
    for head in heads:
        budget.check()
        for told in body:
            if told.start in supposed or not _told_again(facts, headline, head, told):
                continue
            if not disagree(head, told):
                break  # told again alike: the headline's figure stands
            # "just six points before the interval": far from the headline's, a part of it
            if _near(head, told) and _whole(facts, told):
                yield head, told
                break


def _comparable(f: ReadFigure) -> bool:
    """An amount of a thing, or a sum its verb tells ("scooped £1.6million")."""
    return f.role == "amount" and f.kind in _KINDS and (bool(f.thing) or _sum_of_act(f))


def _sum_of_act(f: ReadFigure) -> bool:
    return f.kind == "money" and f.predicate not in WEAK_PREDICATES and len(f.predicate) > 2


def _whose(f: ReadFigure) -> frozenset[str]:
    names = {f.owner} if f.owner_kind == "name" else set()
    names |= {f.holder} if f.holder_kind == "name" else set()
    return frozenset(names)


def _told_again(facts: Facts, headline: str, head: ReadFigure, f: ReadFigure) -> bool:
    """The body figure counts the headline's thing, for the same owner, and says no other
    place or year (``headline``, lower-cased, names the headline's places): the first such
    is the headline's figure told again."""
    same_thing = bool(f.thing) and kind_of(f.thing) == kind_of(head.thing)
    # "scoop £1.8million EuroMillions jackpot" / "have scooped £1.6million": one act's sum
    same_act = _sum_of_act(f) and f.predicate == head.predicate
    return (
        (same_thing or same_act)
        and f.kind == head.kind
        and _whose(f) == _whose(head)
        # a place the headline names is no other place ("on the EuroMillions")
        and not {p for p in f.places - head.places if p not in headline}
        and not (years_of(f.times) - years_of(head.times))
        and expected(facts, f) == expected(facts, head)
    )


def _near(a: ReadFigure, b: ReadFigure) -> bool:
    """A slip seldom moves a figure further; a part or a rival's figure often does."""
    low, high = sorted((a.low or 0.0, b.low or 0.0))
    return (low > 0 and high <= low * REFERRED_NEAR) or reordered_digits(a, b)


def _whole(facts: Facts, f: ReadFigure) -> bool:
    """The body figure is the whole quantity, not a part, one of several or a change."""
    return not (included(f) or made_of(facts, f) or one_of_several(facts, f) or changing(facts, f))
