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

What ties two figures is read in :mod:`bot.checks.figure_ties`, a slip in
:mod:`bot.checks.figure_slips`, what tells them apart in :mod:`bot.checks.figure_apart`.
Qualifiers are read: "over 100" and "120" agree; "more than 50" and "more than 60" for
one count do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.analysis import budget
from bot.analysis.figure_frames import ReadFigure
from bot.analysis.model import Figure, Flag, Severity
from bot.checks.conversions import conversion_flags
from bot.checks.facts import Facts
from bot.checks.figure_against import set_against
from bot.checks.figure_apart import (
    accounted_between,
    among,
    apart,
    elsewhen,
    expected,
    included,
    possible_elsewhere,
    told_times,
)
from bot.checks.figure_change_words import changed_between
from bot.checks.figure_clashes import Clash, merged
from bot.checks.figure_digits import digit_key, reordered_digits
from bot.checks.figure_levels import level_keys
from bot.checks.figure_parts import (
    Parts,
    group_parts,
    made_of,
    one_of_several,
    one_whole_twice,
    total_of_parts,
)
from bot.checks.figure_slips import slipped, unowned_other
from bot.checks.figure_tellings import each_told_before, group_tellings, told_of_another
from bot.checks.figure_ties import STEM, WEAK_PREDICATES, measured, one_change, same_quantity
from bot.checks.figure_values import disagree as values_disagree
from bot.checks.figure_values import past_floor
from bot.checks.figure_waits import other_stretches, stretch
from bot.checks.headline_figures import headline_clashes
from bot.checks.pairing import later_partners
from bot.checks.pointed_back import pointed_back
from bot.checks.retold_durations import retold_durations
from bot.checks.retold_margins import retold_margins
from bot.checks.retold_numbers import mark, retold
from bot.checks.retold_scores import retold_scores
from bot.checks.told_again import SIDE_CHARS, WORD, Sides, echoed, sides_of

CHECK_ID = "number-conflict"
_MAX_DIGIT_SHARE, _TABLE_NUMBERS = 0.2, 3  # results tables and fixture lists, not prose
_NUMBERS = re.compile(r"\d[\d,.]*")
# Figures of one kind compared with each other: copy repeats a count a few times, a
# pasted table hundreds; past this many the rest of the group is a table, not a story.
MAX_GROUP = 40
# "if" and "unless" clauses, and what "would have" been ("she would have imposed a
# sentence of six years had he been convicted after a trial"; "would have to" is no such)
_IF_CLAUSE = re.compile(
    r"\b(?:[Ii]f|[Uu]nless)\b[^,;:]*$|\b(?:would|could|might)(?:\s+not)?\s+have\s+"
    r"(?!to\b|had\s+to\b)\w+[^,;:]*$"
)


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
    groups: dict[int, tuple[str, str]],
) -> Severity | None:
    """The flag's severity if the two are one quantity given two values, else None: a hint
    ("low") when they are one count only in other words, or a floor and a value far above
    it. ``supposed`` holds the starts of figures in an "if" clause, ``groups`` each figure's
    "Among ..." group and the stretch of time bounding it, by its start (read once per
    figure, compared with many)."""
    if a.sentence == b.sentence or elsewhen(a, b, cut=True):
        return None
    if (a.start in supposed) != (b.start in supposed):
        return None  # "If the track sold 500,000 copies": a count supposed, not given
    (group_a, stretch_a), (group_b, stretch_b) = groups[a.start], groups[b.start]
    if group_a != group_b:
        return None  # "Among voters aged 18 to 34, the Greens were on 14%": a group's
    if other_stretches(stretch_a, stretch_b):
        return None  # "waiting more than 65 weeks" / "waited more than 12 hours": two groups
    if expected(facts, a) != expected(facts, b) or possible_elsewhere(facts, a, b):
        return None  # "Analysts had been expecting £3.1bn": a forecast, not the result
    if set_against(facts, a) != set_against(facts, b):
        return None  # "... and compares with £41.2m for the equivalent sale a year ago"
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
        and not unowned_other(facts, a, b)
    ):
        return "low" if not disagree or _in_other_words(a, b) else "medium"
    if disagree and not part and slipped(facts, a, b, parts):
        return "medium"
    if disagree and not part and one_change(a, b) and not apart(a, b):
        if _subject_words(a, sides[0]) == _subject_words(b, sides[1]):
            return "low" if _in_other_words(a, b) else "medium"
        return None
    if disagree and one_whole_twice(a, b) and not elsewhen(a, b):
        return "medium"
    # A sentence told twice should carry the same number, whatever its qualifier allows;
    # its words say it is the same quantity, better than two parses of them do.
    told_again = a.kind == b.kind and (a.low, a.high) != (b.low, b.high)
    if told_again and echoed(facts, a, b, *sides):
        return "low" if _in_other_words(a, b) else "medium"
    return None


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
    """The figure stands in an "if" or "unless" clause, before the clause's comma, or in
    what would have been."""
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


def _at(f: ReadFigure) -> int:
    return f.start


def _flag(facts: Facts, clash: Clash) -> Flag:
    a, b, figures = clash.first, clash.second, clash.figures
    return Flag(
        check=CHECK_ID,
        severity=clash.severity,
        message=f"The same count given two ways: {a.value}{_as_written(facts, a)} here, "
        f"{b.value} there.",
        evidence=facts.passages(
            *(f.sentence for f in figures), marks=[(f.start, f.end) for f in figures]
        ),
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
    tellings = group_tellings(figures)
    supposed = {f.start for f in figures if _conditional(facts, f)}
    groups = {f.start: (among(facts, f), stretch(facts, f)) for f in figures}
    # one flag per pair of sentences, the stronger reading kept: a count restated in other
    # words is a hint as a clash, but a medium flag when the later one points back to it
    found: dict[frozenset[int], tuple[ReadFigure, ReadFigure, Severity]] = {}
    for i, a in enumerate(figures):
        budget.check()
        clash, severity = next(
            (
                (figures[j], severity)
                for j in candidates.get(i, ())
                if (
                    severity := _clash(
                        facts, a, figures[j], (sides[i], sides[j]), parts, supposed, groups
                    )
                )
            ),
            (None, None),
        )
        if (
            clash is not None
            and severity is not None
            and not told_of_another(tellings, a, clash)
            and not each_told_before(tellings, a, clash)
        ):
            found.setdefault(frozenset({a.sentence, clash.sentence}), (a, clash, severity))
    for a, b, severity in pointed_back(facts, figures, parts, supposed):
        pair = frozenset({a.sentence, b.sentence})
        if pair not in found or (found[pair][2] == "low" and severity != "low"):
            found[pair] = (a, b, severity)
    for head, told in headline_clashes(facts, figures, supposed):
        found.setdefault(frozenset({head.sentence, told.sentence}), (head, told, "medium"))
    flagged = set(found)
    kept = (f for f in found.values() if not changed_between(facts, *sorted(f[:2], key=_at)))
    for one in merged(kept):
        yield _flag(facts, one)
    yield from conversion_flags(facts, CHECK_ID)
    yield from retold_durations(facts, CHECK_ID, flagged)
    yield from retold_scores(facts, CHECK_ID, flagged)
    yield from retold_margins(facts, CHECK_ID, flagged)
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
