"""Figures that are parts of others, for number-conflict: a total and the parts it sums
("three people died" ... "a second crash killed two" ... "In all, five people died"), and a
figure its sentence sets apart as one of several ("In a separate accident, five people
were killed"). A part and its whole are two counts, whatever words they share.
"""

from __future__ import annotations

import math
import re

from bot.analysis.figure_events import is_term
from bot.analysis.figure_frames import ReadFigure
from bot.analysis.numbers import WORD_NUMBERS
from bot.checks.facts import Facts
from bot.checks.figure_ties import whole_of_a_part

#: figures kept per group: a story gives a few parts of a total, a pasted table hundreds
MAX_PARTS = 40
_PART_MIN = 2
_SEVERAL = re.compile(r"\b(?:in a separate|another|a second|a third|elsewhere)\b", re.I)
_SEVERAL_CHARS = 80
# characters read around a figure for the list it is one part of: a sentence may be a
# pasted blob, and each figure is read against many others
_LIST_CHARS = 300
_NUMBER_WORDS = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
# "Six people died in Redbud County, five in Kiowa Ridge County and three in ...": a count
# the sentence sets beside others of its kind, their noun left out
_ELLIPTIC_SIBLING = re.compile(
    rf"(?:,|\band)\s+(?:\d[\d,.]*|(?:{_NUMBER_WORDS})(?:-\w+)?)\s+(?:in|at|on|from|for)\s+[A-Z]"
)

# "In March alone, it borrowed £11.9bn", "£4m in Leeds alone": one month's or one
# place's share of a whole told elsewhere
_ALONE = re.compile(r"\b(?:in|on|at|during|for|over|last|this)\s+(?:[\w'’-]+\s+){1,3}alone\b", re.I)
_ALONE_AFTER = 40

_MADE_OF = re.compile(
    r"\b(?:made up of|comprising|consisting of|comprised of|split (?:between|into)|"
    r"broken down into|divided into)\b",
    re.I,
)

Parts = dict[tuple[object, ...], list[ReadFigure]]


def one_of_several(facts: Facts, f: ReadFigure) -> bool:
    """The figure's sentence sets it apart before it ("In a separate accident on the A1,
    five people were killed", "Another 12 were hurt"), or sets others of its kind beside
    it after it ("Six people died in Redbud County, five in Kiowa Ridge County"), or
    gives it for one time or place "alone" ("In March alone, it borrowed £11.9bn")."""
    start, end = facts.sentences[f.sentence]
    if _SEVERAL.search(facts.text[max(start, f.start - _SEVERAL_CHARS) : f.start]):
        return True
    near = (max(start, f.start - _SEVERAL_CHARS), min(end, f.end + _ALONE_AFTER))
    if _ALONE.search(facts.text, *near):
        return True
    return _ELLIPTIC_SIBLING.search(facts.text, f.end, min(end, f.end + _LIST_CHARS)) is not None


def made_of(facts: Facts, f: ReadFigure) -> bool:
    """The figure is a part its sentence breaks a whole into: "The order is made up of 11
    million doses for the over-65s and 3.5 million for younger people"."""
    start, _end = facts.sentences[f.sentence]
    return _MADE_OF.search(facts.text, max(start, f.start - _LIST_CHARS), f.start) is not None


def total_of_parts(parts: Parts, a: ReadFigure, b: ReadFigure) -> bool:
    """The larger figure is the sum of the smaller and its fellow parts: "three people
    died" ... "a second collision killed two people" ... "In all, five people died";
    "cut 1,200 jobs at Swindon and 800 at Hams Hall" ... "2,000 jobs will go"."""
    small, big = sorted((a, b), key=lambda f: f.low or 0.0)
    fellows = {id(f): f for f in parts.get((small.kind, small.thing, small.predicate), [])}
    fellows.update({id(f): f for f in parts.get((small.kind, small.sentence), [])})
    if is_term(small):
        # prison terms add up for one person ("six years for fraud and three for theft");
        # a co-defendant's two years are no part of anyone else's term
        owners = {small.owner, big.owner} - {""}
        fellows = {k: f for k, f in fellows.items() if not (owners and f.owner not in owners)}
    # A part of one ("one person was hurt") sums with anything: only parts of some size.
    values = [
        f.low or 0.0
        for f in fellows.values()
        if f is not small and f is not big and (f.low or 0.0) >= _PART_MIN
    ]
    rest = (big.low or 0.0) - (small.low or 0.0)
    return bool(values) and (
        any(math.isclose(v, rest) for v in values) or math.isclose(sum(values), rest)
    )


def group_parts(figures: list[ReadFigure]) -> Parts:
    """Figures by kind, thing and verb, and by kind and sentence: the parts a total sums."""
    parts: Parts = {}
    for f in figures:
        for key in ((f.kind, f.thing, f.predicate), (f.kind, f.sentence)):
            group = parts.setdefault(key, [])
            if len(group) < MAX_PARTS:
                group.append(f)
    return parts


def one_whole_twice(a: ReadFigure, b: ReadFigure) -> bool:
    """The whole one part is taken from, told twice with the same part ("saved 11 of the
    13 break points" / "saving 11 of 14 break points"): one owner's one thing, and the
    wholes must agree. Two parts of one whole, or one part of two regions' wholes
    ("14 of the 19 wards" / "11 of the region's 26 wards"), are not this."""
    return (
        a.predicate == b.predicate
        and whole_of_a_part(a)
        and a.thing != ""
        and a.thing == b.thing
        and a.owner != ""
        and (a.owner, a.holder, a.narrowing) == (b.owner, b.holder, b.narrowing)
    )
