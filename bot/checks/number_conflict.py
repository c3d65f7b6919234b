"""number-conflict: the same quantity of the same thing given two different values.

A quantity is read from the parse (bot/analysis/figure_frames.py): the thing counted, whose it
is, the words narrowing it, the time and the place of its clause. Figures side by side
in sport, business and tech copy are different quantities: two athletes' titles, two
models' prices, two parts of an index, two holders' stakes. So two figures clash only when
nothing in their frames tells them apart, and something ties them together:

- the same thing counted by the same verb ("17 people were killed" / "killed 19 people"),
  or referred back to ("guilty of all 30 counts" / "seventeen of the 31 counts"), or
  measured as its subject ("the £13.8m deal" / "the deal is worth £43.8m", "was fined
  £15,000" / "the fine was £51,000"); figures amid words of change over time ("rose",
  "from ... to", "last year") are left out there: two values are the story;
- one sentence told again (a caption restating the lede) with another figure in the same
  place, whatever its qualifier allows;
- one amount of one owner restated with two of its digits swapped ("Lomas earned
  £112,000" / "Lomas's £121,000 fee"), whatever words the restatement uses.

What ties two figures is read in :mod:`bot.checks.figure_ties`, what tells them apart in
:mod:`bot.checks.figure_apart`. Qualifiers are read:
"over 100" and "120" agree; "more than 50" and "more than 60" for one count do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.analysis import budget
from bot.analysis.figure_frames import ReadFigure
from bot.analysis.model import Figure, Flag, Severity
from bot.checks.conversions import conversion_flags
from bot.checks.facts import Facts
from bot.checks.figure_apart import (
    accounted_between,
    apart,
    elsewhen,
    expected,
    included,
    other_owner,
    possible_elsewhere,
    pronoun_held,
    told_times,
)
from bot.checks.figure_levels import level_keys
from bot.checks.figure_parts import (
    Parts,
    group_parts,
    made_of,
    one_of_several,
    total_of_parts,
)
from bot.checks.figure_ties import (
    STEM,
    WEAK_PREDICATES,
    digit_key,
    measured,
    one_change,
    one_digit_changed,
    reordered_digits,
    same_quantity,
    swapped_digits,
)
from bot.checks.figure_values import disagree as values_disagree
from bot.checks.figure_values import past_floor
from bot.checks.headline_figures import headline_clashes
from bot.checks.pairing import later_partners
from bot.checks.pointed_back import another_between, pointed_back
from bot.checks.retold_numbers import mark, retold
from bot.checks.told_again import SIDE_CHARS, WORD, Sides, echoed, sides_of

CHECK_ID = "number-conflict"
_MAX_DIGIT_SHARE, _TABLE_NUMBERS = 0.2, 3  # results tables and fixture lists, not prose
_NUMBERS = re.compile(r"\d[\d,.]*")
# Figures of one kind compared with each other: copy repeats a count a few times, a
# pasted table hundreds; past this many the rest of the group is a table, not a story.
MAX_GROUP = 40
# a figure with no owner read is taken for another's own when the values lie further apart
# than this: a slip or a restatement seldom triples a figure
_UNOWNED_RATIO = 3.0
_ITS, _ITS_CHARS = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\b"), 30
_IF_CLAUSE = re.compile(r"\b(?:[Ii]f|[Uu]nless)\b[^,;:]*$")
# "rose from 11.6%", "more than 120": a value the figure is set against, not the figure
_FROM = re.compile(r"\b(?:from|than)\s+(?:about\s+|around\s+)?$", re.I)


def _prose(facts: Facts, index: int) -> bool:
    """Sentence ``index`` is prose, not a results table or fixture list: many numbers,
    mostly digits ("The fine was $20,000." is prose)."""
    sentence = facts.sentence(index).quote
    if len(_NUMBERS.findall(sentence)) < _TABLE_NUMBERS:
        return True
    return sum(ch.isdigit() for ch in sentence) <= _MAX_DIGIT_SHARE * len(sentence)


def _read(f: Figure) -> ReadFigure:
    """The figure with its frame (a figure made elsewhere has an empty one)."""
    return f if isinstance(f, ReadFigure) else ReadFigure(**vars(f))


def _clash(
    facts: Facts,
    a: ReadFigure,
    b: ReadFigure,
    sides: tuple[Sides, Sides],
    parts: Parts,
    supposed: set[int],
) -> Severity | None:
    """The flag's severity if the two are one quantity given two values, else None: a hint
    ("low") when they are one count only in other words, or a floor and a value far above
    it. ``supposed`` holds the starts of figures in an "if" clause."""
    if a.sentence == b.sentence or elsewhen(a, b, cut=True):
        return None
    if (a.start in supposed) != (b.start in supposed):
        return None  # "If the track sold 500,000 copies": a count supposed, not given
    if expected(facts, a) != expected(facts, b) or possible_elsewhere(facts, a, b):
        return None  # "Analysts had been expecting £3.1bn": a forecast, not the result
    # "The 41 arrests included six people detained early": a part of them, though a
    # sentence told again with another figure is still one sentence
    part = included(a) or included(b) or made_of(facts, a) or made_of(facts, b)
    disagree = values_disagree(a, b)
    if (
        (disagree or past_floor(a, b))
        and not part
        and not apart(a, b)
        and same_quantity(facts, a, b)
        # "In a separate accident, five people were killed": not the first one's toll
        and one_of_several(facts, a) == one_of_several(facts, b)
        and not total_of_parts(parts, a, b)
        and not accounted_between(facts.figures, a, b)
        and not _unowned_other(facts, a, b)
    ):
        return "low" if not disagree or _in_other_words(a, b) else "medium"
    if disagree and not part and _slipped(facts, a, b, parts):
        return "medium"
    if disagree and not part and one_change(a, b) and not apart(a, b):
        if _subject_words(a, sides[0]) == _subject_words(b, sides[1]):
            return "low" if _in_other_words(a, b) else "medium"
        return None
    # A sentence told twice should carry the same number, whatever its qualifier allows;
    # its words say it is the same quantity, better than two parses of them do.
    told_again = a.kind == b.kind and (a.low, a.high) != (b.low, b.high)
    if told_again and echoed(facts, a, b, *sides):
        return "low" if _in_other_words(a, b) else "medium"
    return None


def _slipped(facts: Facts, a: ReadFigure, b: ReadFigure, parts: Parts) -> bool:
    """Two digits swapped in a figure restated in other words ("Lomas earned £112,000"
    / "Lomas's £121,000 fee"): one amount of one owner, whatever noun the restatement uses."""
    return (
        a.kind == b.kind
        and a.role == b.role == "amount"
        and swapped_digits(a, b)
        and not any(_FROM.search(facts.text, max(0, f.start - 12), f.start) for f in (a, b))
        # "37 ahead of Somerset on 184": read through another number, the frame says nothing
        and not any(f.predicate[:1].isdigit() for f in (a, b))
        and (
            _owned_alike(a, b)
            or (_referred(a, b) and (not other_owner(a, b) or _pointed_back(a, b)))
            or _pronoun_after(facts, a, b)
        )
        and not elsewhen(a, b)
        and one_of_several(facts, a) == one_of_several(facts, b)
        and not total_of_parts(parts, a, b)
        and not accounted_between(facts.figures, a, b)
        # "Ryanair has ordered 150 jets. EasyJet, which placed its own order, said the 105
        # aircraft ...": the later one may be the other's
        and not (_pointed_back(a, b) and _another_between(facts, a, b))
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


def _unowned_other(facts: Facts, a: ReadFigure, b: ReadFigure) -> bool:
    """One of the two has no owner the frame could read ("It employs 140 people", a parse
    gone wrong), so only the thing ties them: values far apart ("must save £42m" /
    "needs to find £3m of savings"), unless one digit slipped ("£13.8m" / "£43.8m"), or
    another one brought in just before ("In Sheppey Central, ... won with 1,088 votes")
    say it is another's."""
    if a.owner and b.owner:
        return False
    low, high = sorted((a.low or 0.0, b.low or 0.0))
    far = high > low * _UNOWNED_RATIO and not one_digit_changed(a, b)
    return far or _another_between(facts, a, b, named_only=True)


def _another_between(
    facts: Facts, a: ReadFigure, b: ReadFigure, *, named_only: bool = False
) -> bool:
    """Another one of the kind brought in just before the later of the two
    (bot.checks.pointed_back.another_between)."""
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


def _as_written(facts: Facts, f: Figure) -> str:
    """The counted noun as the copy writes it after the figure ("3,000 jobs", not the
    lemma "job"), with its space, or a size's unit ("240-unit"); "" when the noun is not
    the next word."""
    joined = facts.text[f.end : f.end + 1]  # "14 homes", or a size's "240-unit"
    m = WORD.match(facts.text, f.end + 1) if joined in {" ", "-"} else None
    written = m.group(0) if m else ""
    if joined == "-":
        return f"-{written}" if _read(f).size is not None else ""
    same = f.counted and written.lower().startswith(f.counted[:STEM])
    return f" {written}" if same else ""


def _conditional(facts: Facts, f: Figure) -> bool:
    """The figure stands in an "if" or "unless" clause, before the clause's comma."""
    start, _end = facts.sentences[f.sentence]
    return _IF_CLAUSE.search(facts.text[max(start, f.start - SIDE_CHARS) : f.start]) is not None


def _subject_words(f: ReadFigure, sides: Sides) -> list[str]:
    """The words from the subject to the figure ("sales at tesco rose"), so that a
    phrase the frame leaves out ("at Tesco", "at Asda") still tells two subjects apart."""
    before = sides[0]
    stem = f.owner[: STEM + 1]
    starts = [i for i, w in enumerate(before) if w.startswith(stem)]
    return before[starts[-1] :] if starts else before


def _in_other_words(a: ReadFigure, b: ReadFigure) -> bool:
    """The two are one count only as the copy's words are read: a noun and a name for one
    owner ("A man was jailed" / "Royle was sentenced"). Weaker than one owner named alike,
    so a hint: another place's or another part's count reads the same way. Another verb or
    noun of one event or thing ("killed" / "died", "spectators" / "the attendance") is
    the copy's own word for it, and as strong as the same word. One told of a place and
    the other of an owner ("in the US, where it sold 737,000 copies" / "The single has sold
    854,000 copies") are whose each is in other words too."""
    owners = bool(a.owner and b.owner and a.owner != b.owner)
    placed = any(f.places and not f.owner and g.owner and not g.places for f, g in ((a, b), (b, a)))
    return (owners or placed) and not reordered_digits(a, b)


def _keys(f: ReadFigure, sides: Sides) -> list[tuple[str, ...]]:
    before, after = sides
    # A sentence told again matches on the two words after the figure, or (where one of
    # them ends there) on the two before it.
    keys = [("after", *after[:2]), ("before", *before[-2:])]
    # "was fined £15,000" / "The fine was £51,000": the verb, and what "be" measures.
    weak = f.predicate in WEAK_PREDICATES
    act = (f.owner or (f.thing if measured(f) else "")) if weak else f.predicate
    keys += [("act", act[:STEM])] if act else []
    # "a £65,000 settlement" / "settled for £56,000": the noun meets the verb it comes from.
    keys += [("act", f.counted[:STEM])] if f.kind == "money" and f.counted else []
    keys.append(digit_key(f))  # "£112,000" meets "£121,000", a slip in other words
    return [("thing", f.thing), *keys] if f.thing else keys


def _flag(facts: Facts, a: ReadFigure, b: ReadFigure, severity: Severity) -> Flag:
    return Flag(
        check=CHECK_ID,
        severity=severity,
        message=f"The same count given two ways: {a.value}{_as_written(facts, a)} here, "
        f"{b.value} there.",
        evidence=facts.passages(a.sentence, b.sentence, marks=[(a.start, a.end), (b.start, b.end)]),
    )


def check(facts: Facts) -> Iterator[Flag]:
    """Flag the same thing counted twice with values that cannot both be true."""
    # Read once per sentence: a sentence of thousands of figures is read once, not each time.
    prose = {i: _prose(facts, i) for i in {f.sentence for f in facts.figures}}
    figures = told_times(
        [_read(f) for f in facts.figures if f.kind != "vague" and prose[f.sentence]]
    )
    sides = [sides_of(facts, f) for f in figures]  # read once, compared with many
    # Candidates through an index (the same thing, or the same words beside the figure),
    # so never every pair.
    candidates = later_partners(
        (_keys(f, s) + level_keys(facts, f) for f, s in zip(figures, sides, strict=True)),
        MAX_GROUP,
    )
    parts = group_parts(figures)
    supposed = {f.start for f in figures if _conditional(facts, f)}
    # one flag per pair of sentences, the stronger reading kept: a count restated in other
    # words is a hint as a clash, but a medium flag when the later one points back to it
    found: dict[frozenset[int], tuple[ReadFigure, ReadFigure, Severity]] = {}
    for i, a in enumerate(figures):
        budget.check()
        clash, severity = next(
            (
                (figures[j], severity)
                for j in candidates.get(i, ())
                if (severity := _clash(facts, a, figures[j], (sides[i], sides[j]), parts, supposed))
            ),
            (None, None),
        )
        if clash is not None and severity is not None:
            found.setdefault(frozenset({a.sentence, clash.sentence}), (a, clash, severity))
    for a, b, severity in pointed_back(facts, figures, parts, supposed):
        pair = frozenset({a.sentence, b.sentence})
        if pair not in found or (found[pair][2] == "low" and severity != "low"):
            found[pair] = (a, b, severity)
    for head, told in headline_clashes(facts, figures, supposed):
        found.setdefault(frozenset({head.sentence, told.sentence}), (head, told, "medium"))
    flagged = set(found)
    for a, b, severity in found.values():
        yield _flag(facts, a, b, severity)
    yield from conversion_flags(facts, CHECK_ID)
    for first, later, was, now in retold(facts):
        if frozenset({first, later}) in flagged:
            continue
        marks = [m for m in (mark(facts, first, was), mark(facts, later, now)) if m]
        yield Flag(
            check=CHECK_ID,
            severity="medium",
            message=f"The same sentence told twice with another number: {was} here, {now} there.",
            evidence=facts.passages(first, later, marks=marks),
        )
