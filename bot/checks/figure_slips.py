"""Two figures one quantity by a slip rather than by their words, for number-conflict:
two digits swapped in a figure restated in other words ("Lomas earned £112,000" /
"Lomas's £121,000 fee"), held by the one owner, named back, or held by "its"; and the
other side, a figure whose owner the frame could not read taken for another's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analysis.figure_frames import ReadFigure
from bot.checks.facts import Facts
from bot.checks.figure_against import bettered_or_left
from bot.checks.figure_apart import (
    accounted_between,
    elsewhen,
    other_owner,
    pronoun_for_another,
    pronoun_held,
)
from bot.checks.figure_change_words import told_as_earlier
from bot.checks.figure_digits import one_digit_changed, significant_digits, swapped_digits
from bot.checks.figure_others import another_between
from bot.checks.figure_parts import Parts, one_of_several, total_of_parts
from bot.checks.figure_ties import one_dated

# a figure with no owner read is taken for another's own when the values lie further apart
# than this: a slip or a restatement seldom triples a figure
_UNOWNED_RATIO = 3.0
_ITS, _ITS_CHARS = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\b"), 30
# digits of substance (trailing zeros aside) that make a swap a slip by themselves
_SUBSTANTIAL_DIGITS = 3


def slipped(facts: Facts, a: ReadFigure, b: ReadFigure, parts: Parts) -> bool:
    """Two digits swapped in a figure restated in other words ("Lomas earned £112,000"
    / "Lomas's £121,000 fee"): one amount of one owner, whatever noun the restatement uses."""
    return (
        a.kind == b.kind
        and a.role == b.role == "amount"
        and swapped_digits(a, b)
        and not any(bettered_or_left(facts, f) for f in (a, b))
        # "37 ahead of Somerset on 184": read through another number, the frame says nothing
        and not any(f.predicate[:1].isdigit() for f in (a, b))
        and (
            _owned_alike(a, b)
            or (_referred(a, b) and (not other_owner(a, b) or _pointed_back(a, b)))
            or _pronoun_after(facts, a, b)
            or _three_digits_unowned(facts, a, b)
        )
        # "in front of a crowd of 31,412 at Brookfield Park" / "The attendance of 34,112
        # was the highest at Brookfield Park": places one of which is the other's, cut short
        and not elsewhen(a, b, cut=True)
        and one_of_several(facts, a) == one_of_several(facts, b)
        and not total_of_parts(parts, a, b)
        and not accounted_between(facts.figures, a, b)
        # "Ryanair has ordered 150 jets. EasyJet, which placed its own order, said the 105
        # aircraft ...": the later one may be the other's. Held by "its" or "their" with
        # no name between ("took $48.2m over its opening weekend" / "its $42.8m debut"),
        # it is the one the pronoun stands for, whatever words of another come between.
        and not (
            _pointed_back(a, b)
            and not _pronoun_after(facts, a, b)
            and _another_between(facts, a, b)
        )
    )


def _pronoun_after(facts: Facts, a: ReadFigure, b: ReadFigure) -> bool:
    """The later of two swapped figures is held by "its" or "their" ("taking $87million in
    its opening weekend" / "Its $78million domestic debut"), and no other one of the kind
    comes between for the pronoun to stand for."""
    later = max(a, b, key=lambda f: f.start)
    return (
        later.holder_kind == "pronoun"
        and not later.owner
        # "his" and "her" are read for whom they stand (bot.analysis.figure_holders)
        and _ITS.search(facts.text, max(0, later.start - _ITS_CHARS), later.start) is not None
        and not _another_between(facts, a, b, named_only=True)
    )


def unowned_other(facts: Facts, a: ReadFigure, b: ReadFigure) -> bool:
    """One of the two has no owner the frame could read ("It employs 140 people", a parse
    gone wrong), so only the thing ties them: values far apart ("must save £42m" /
    "needs to find £3m of savings"), unless one digit slipped ("£13.8m" / "£43.8m"), or
    another one brought in just before ("In Sheppey Central, ... won with 1,088 votes")
    say it is another's."""
    if a.owner and b.owner:
        return False
    low, high = sorted((a.low or 0.0, b.low or 0.0))
    far = high > low * _UNOWNED_RATIO and not one_digit_changed(a, b)
    return far or _another_between(facts, a, b, named_only=True) or pronoun_for_another(facts, a, b)


def _another_between(
    facts: Facts, a: ReadFigure, b: ReadFigure, *, named_only: bool = False
) -> bool:
    """Another one of the kind brought in just before the later of the two
    (bot.checks.figure_others.another_between)."""
    first, later = (a, b) if a.start < b.start else (b, a)
    return another_between(facts, first, later, [], named_only=named_only)


def _owned_alike(a: ReadFigure, b: ReadFigure) -> bool:
    return a.owner != "" and a.owner == b.owner and a.owner_kind == b.owner_kind == "name"


def _referred(a: ReadFigure, b: ReadFigure) -> bool:
    """The later figure names the thing told before: with "the" and no clause picking
    some of it, or with its holder's name ("Lomas's £121,000 fee"); not "the 402 staff
    who signed", "The 64 stores it ran in Ireland", "its 60 lots" (whose "its" is, the
    frame cannot tell)."""
    later = max(a, b, key=lambda f: f.start)
    return (later.definite or later.holder_kind == "name") and not pronoun_held(a, b)


def _pointed_back(a: ReadFigure, b: ReadFigure) -> bool:
    """The later figure points back with "the", naming no holder ("a crowd of 31,452" /
    "Okonjo thanked the 31,542 fans"): whoever does the verb, the count is the one named
    before, not the subject's own."""
    later = max(a, b, key=lambda f: f.start)
    return later.definite and not later.holder


def _anyone_later(facts: Facts, a: ReadFigure, b: ReadFigure) -> tuple[ReadFigure, ReadFigure]:
    """The two, the later one's owner dropped when it is a bare noun after the earlier was
    given to a name: opened by "a" ("the Jaguars signed a $212 million extension" / "When
    a franchise puts $221 million behind a player"), it speaks of any such one; opened by
    "the" ("The Ridgeback fire has burned 16,300 acres" / "The blaze, which has scorched
    13,600 acres"), it points back to the one named ("Ridgeback" names the first fire).
    Either way it says nothing of whose the sum is that the name does not."""
    first, later = (a, b) if a.start < b.start else (b, a)
    kinds = {"one": "[Aa]n?", "the one": "[Tt]he"}
    named = first.owner_kind == "name" or (first.owner_kind == "the one" and first.owner_words)
    if not (later.owner_kind in kinds and not later.owner_words and named):
        return a, b
    start, _end = facts.sentences[later.sentence]
    opened = re.compile(rf"\b{kinds[later.owner_kind]}\s+{re.escape(later.owner)}\b")
    if opened.search(facts.text, start, later.start) is None:
        return a, b  # "which tracking suggests could open with ...": not any such one
    return first, replace(later, owner="", owner_kind="")


def _three_digits_unowned(facts: Facts, a: ReadFigure, b: ReadFigure) -> bool:
    """Three digits or more of substance, two swapped, of one thing (or two sums, one
    naming no thing), and no owner to tell them apart ("a rise in annual profits to
    £421m" / "Pre-tax profit of £412m"): a slip, by the digits alone. A count naming
    nothing may count anything ("Somerset's 212" runs / "221 points")."""
    sums = a.kind == "money" and not (a.thing and b.thing)
    a, b = _anyone_later(facts, a, b)
    return (
        min(significant_digits(a), significant_digits(b)) >= _SUBSTANTIAL_DIGITS
        and (a.thing == b.thing != "" or sums)
        and not (a.owner and b.owner and a.owner != b.owner)
        and not other_owner(a, b)
        and not pronoun_held(a, b)
        # "An earlier application for 1,540 homes ... was refused in 2021": another time's
        and not one_dated(a, b)
        and not (told_as_earlier(facts, a) or told_as_earlier(facts, b))
    )
