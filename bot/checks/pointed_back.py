"""A figure that points back to the one quantity of its kind told before, with another
value, for number-conflict: "a four-year, $88 million contract extension" ... "the $86
million deal"; "a 240-unit apartment complex" ... "the 420-unit development"; "banned
for six games" ... "the eight-game ban". Copy restates a count in other words (a deal for
an extension, a development for a complex), so the nouns need not match; what ties the
two is what they are counted in (the unit, or money of one currency and scale), the "the"
or possessive of the later one, and the story having given only one value of that kind
before it. Figures of other owners, dates or places, figures amid words of change, parts
and one of several are two quantities, as everywhere in number-conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import islice

from bot.analysis import budget
from bot.analysis.figure_frames import ReadFigure
from bot.analysis.model import Severity
from bot.analysis.numbers import currency_of, scale_of
from bot.checks.change_shares import another_change, change_of, changed_thing
from bot.checks.count_units import counted_kind, kind_of, nation_of
from bot.checks.facts import Facts
from bot.checks.figure_apart import (
    accounted_between,
    among,
    elsewhen,
    expected,
    included,
    other_owner,
    pronoun_held,
    years_of,
)
from bot.checks.figure_change_words import changing
from bot.checks.figure_digits import reordered_digits
from bot.checks.figure_others import another_between
from bot.checks.figure_parts import Parts, made_of, one_of_several, total_of_parts
from bot.checks.figure_ties import (
    REFERRED_MIN,
    REFERRED_NEAR,
    STEM,
    WEAK_PREDICATES,
    whole_of_a_part,
)

_KINDS = {"count", "money"}
# A deal told back by its sum ("the £1.4bn deal") is the price of a buying told before
_DEALS = {"deal", "takeover", "acquisition", "purchase", "buyout", "transaction", "bid", "offer"}
_DEAL_ACTS = {"buy", "acquire", "purchase", "bid", "offer"}
# "Of the 34 million Americans who own one, 60% are women", "Nine of the 25
# counts ...": a sentence opening on the whole it breaks down names a group told before,
# whatever clause describes it.
_OF_THE = re.compile(
    r"\W*(?:(?:but|and|yet)\s+)?(?:[\w.,%-]+\s+){0,2}of\s+(?:the|those|these|its|their)\s+$", re.I
)
_THERE = re.compile(r"\bthere\b", re.I)
_REACHED = re.compile(r"\bto\s+$")  # "has grown to 48": the level a change reached
_CLAUSE_CHARS = 200  # read after a figure for the rest of its clause
_ONE_OF_A_RANGE = {
    "model", "version", "variant", "edition", "option", "size", "format", "class",
    "category", "race", "event", "final", "title", "distance", "trim", "tier", "plan",
}  # fmt: skip
#: figures of one unit kept to compare with later ones; a story gives a few
MAX_TOLD = 40
_TELLINGS = 3  # tellings of the value a later figure may restate that are tried

Key = tuple[str, ...]


def unit_key(f: ReadFigure) -> Key | None:
    """What the figure is counted in: the unit of a size ("240-unit": units), the noun of
    a count ("six games": games), each by its kind (bot.checks.count_units: "stores" and
    "shops" are shops), or money of one currency and scale ("$88 million")."""
    if f.kind not in _KINDS:
        return None
    if f.size is not None:
        return (f.kind, kind_of(f.size[0]))
    if f.role != "amount":
        return None
    if f.kind == "money":
        return (f.kind, currency_of(f.value), str(scale_of(f.value)))
    return (f.kind, counted_kind(f)) if f.counted else None


def _points_back(facts: Facts, f: ReadFigure) -> bool:
    """The figure's noun is one named before ("the $86 million deal", "the 420-unit
    development", "Of the 34 million Americans who own one, ..."); a size on a noun for
    one of a range ("the 15-inch model", "the 60m final") says which one, not how big
    the one is."""
    if f.size is not None:
        return f.size[2] and f.size[1] not in _ONE_OF_A_RANGE
    start, end = facts.sentences[f.sentence]
    if f.definite:
        return True
    # "Of the 64 aircraft based there, 30 ...": the whole of another place
    clause = facts.text[f.end : min(end, f.end + _CLAUSE_CHARS)].split(",", 1)[0]
    return _OF_THE.match(facts.text, start, f.start) is not None and not _THERE.search(clause)


def _near(a: ReadFigure, b: ReadFigure) -> bool:
    """Slips are near ("$88m" / "$86m", "six games" / "eight"); a small count given
    smaller later is most often a part of it ("three projects" ... "these two projects"),
    but a smaller size is no part ("a five-year contract" ... "the four-year deal")."""
    low, high = sorted((a.low or 0.0, b.low or 0.0))
    counts = a.kind == "count" and a.size is None and b.size is None  # a size has no parts
    part = counts and low < REFERRED_MIN and (b.low or 0.0) < (a.low or 0.0)
    return low > 0 and high <= low * REFERRED_NEAR and not part


def _same_noun(a: ReadFigure, b: ReadFigure) -> bool:
    """Both name the thing alike ("12 counts" / "the 14 counts", "a 240-unit complex" /
    "the 420-unit complex"): the tie rests on the copy's words, not only on the unit."""
    noun_a = a.size[1] if a.size is not None else a.thing
    noun_b = b.size[1] if b.size is not None else b.thing
    if (noun_a and noun_a == noun_b) or (a.counted and a.counted == b.counted):
        return True  # "41 staff made redundant" / "the 44 staff who lost their jobs" too
    # "was fined £12,500" / "the £15,000 penalty", "was awarded £85,000" / "the award of
    # £80,000", "agreed to buy Pennine for £1.2bn" / "the £1.4bn deal": one names the act
    # the other's verb does
    return _act_of(a, b) or _act_of(b, a)


def _names_act(f: ReadFigure, noun: str) -> bool:
    verb = f.predicate
    weak = verb in WEAK_PREDICATES or len(verb) < STEM
    return not f.thing and bool(noun) and not weak and noun.startswith(verb)


def pointed_back(
    facts: Facts, figures: list[ReadFigure], parts: Parts, supposed: set[int]
) -> Iterator[tuple[ReadFigure, ReadFigure, Severity]]:
    """(earlier, later, severity) for each later figure that points back to the one value
    of its kind given before it, and gives another. ``figures`` are in text order;
    ``supposed`` holds the starts of figures in an "if" clause."""
    # Per unit, the figures given so far (a story gives a few of one unit, a pasted table
    # hundreds: past MAX_TOLD the rest of the unit's figures are not kept).
    told: dict[Key, list[ReadFigure]] = {}
    for b in figures:
        budget.check()
        change = change_of(facts, b)
        key = ("percent", change) if change else unit_key(b)
        if key is None:
            continue
        before = told.setdefault(key, [])
        # the same value told before is the one it points back to
        through = _points_back(facts, b)
        fresh = (through or b.picked_by != "") and all(not _agree(f, b) for f in before)
        # the last few tellings of the one value, latest first: a headline's is the barest
        same = _of_the_same(facts, before, b) if change else before
        tellings = islice(reversed(_one_near(same, b)), _TELLINGS) if fresh else ()
        # "the 1.4 million Canadians who filed late" points back to "1.2 million Canadians
        # filed late": its clause tells the first count's verb again, and picks none of it
        pointed = (f for f in tellings if through or b.picked_by in {f.wording[0], f.predicate})
        a = next((f for f in pointed if _restated(facts, f, b, same, parts, supposed)), None)
        if a is not None:
            yield a, b, "medium" if _same_noun(a, b) or reordered_digits(a, b) else "low"
        if len(before) < MAX_TOLD:
            before.append(b)


def _of_the_same(facts: Facts, before: list[ReadFigure], b: ReadFigure) -> list[ReadFigure]:
    """The changes told before of what ``b`` is a change of ("the 31% increase in profit"
    after "profit rose 13%" and "revenue increased 6%"); none when ``b`` names another
    thing than those told ("the 16% increase in sales"); all when nothing is named."""
    thing = changed_thing(facts, b)
    if not thing:
        return before
    things = [changed_thing(facts, f) for f in before]
    same = [f for f, other in zip(before, things, strict=True) if other & thing]
    return same if same or any(things) else before


def _agree(a: ReadFigure, b: ReadFigure) -> bool:
    return (a.low, a.high) == (b.low, b.high)


def _one_near(before: list[ReadFigure], b: ReadFigure) -> list[ReadFigure]:
    """Each telling of the one value told before that ``b`` could restate: the same digits
    in another order, else the one value near it; none when there are several values (two
    fees near a third are two other fees, not a slip), unless only one of them is the act
    ``b`` names ("agreed to buy Pennine for £1.2bn" and revenues of £1.9bn / "the £1.4bn
    deal": the price is the deal's)."""
    for test in (reordered_digits, _near):
        near = [f for f in before if test(f, b)]
        if near and all(_agree(f, near[0]) for f in near):
            return near
        acts = [f for f in near if _act_of(f, b)]
        if acts and all(_agree(f, acts[0]) for f in acts):
            return acts
    return []


def _act_of(f: ReadFigure, b: ReadFigure) -> bool:
    """``b``'s noun names what ``f``'s verb does: a deal a buying, a fine a fining."""
    noun = b.size[1] if b.size is not None else b.thing
    buying = noun in _DEALS and f.predicate in _DEAL_ACTS and not f.thing
    return buying or _names_act(f, noun)


def _in_years(f: ReadFigure) -> ReadFigure:
    return replace(f, times=years_of(f.times))


def _ownerless(f: ReadFigure) -> ReadFigure:
    return replace(f, owner="", owner_words=frozenset(), owner_kind="")


def _whose(a: ReadFigure, b: ReadFigure) -> tuple[ReadFigure, ReadFigure]:
    """The two as their owners tell them apart. A size belongs to the noun it sizes, not
    to the subject of its clause ("The board approved a 240-unit complex": the complex's
    units, not the board's). A later figure pointing back with "the" and no holder is the
    count named before whoever does its verb ("Thieves took the records of 1.8 million
    patients" / "The trust wrote to all 1.6 million patients"), as is one held by a noun
    pointing back ("the firm's 402 workers"); with a named holder ("Chelsea's 38 goals")
    it is the holder's."""
    if b.holder_kind == "the one":
        a, b = (replace(f, holder="", holder_kind="") for f in (a, b))
    if not b.holder:
        return _ownerless(a), _ownerless(b)
    return (_ownerless(a) if a.size else a), (_ownerless(b) if b.size else b)


def _one_time(facts: Facts, a: ReadFigure, b: ReadFigure) -> bool:
    """Nothing puts the two at two times. The days of two clauses ("approved on Monday" /
    "will start in May") are when things were done to one count, and years are other
    counts; a change is of its own period, day or year, and its own word of change is
    the figure, not another value (bot.checks.change_shares)."""
    if a.kind == "percent":
        return not elsewhen(a, b) and not another_change(facts, a) and not another_change(facts, b)
    # "has grown to 48 confirmed cases" ... "the 84 confirmed cases": the level reached is
    # the count now, and a later one naming it alike with its digits swapped is a slip of
    # it ("the £54 towel charge" after "raised the joining fee to £45" is another sum)
    reached = _REACHED.search(facts.text, max(0, a.start - 4), a.start) is not None
    level = reached and reordered_digits(a, b) and _same_noun(a, b)
    return not elsewhen(_in_years(a), _in_years(b)) and not (
        (changing(facts, a) and not level) or changing(facts, b)
    )


def _restated(
    facts: Facts,
    a: ReadFigure,
    b: ReadFigure,
    told: list[ReadFigure],
    parts: Parts,
    supposed: set[int],
) -> bool:
    """The two are one quantity by all that tells quantities apart: the first introduces
    it (it does not point back itself, or is the first of its kind the story tells: "all
    24 counts she faced"), and no owner, narrowing, date, place, "if", part or change
    parts them."""
    introduced = told[0] is a or not _points_back(facts, a)
    a, b = _whose(a, b)
    return (
        introduced
        and not another_between(facts, a, b, told)
        and a.sentence != b.sentence
        and (a.start in supposed) == (b.start in supposed)
        and expected(facts, a) == expected(facts, b)
        and among(facts, a) == among(facts, b)
        and not (included(a) or included(b) or made_of(facts, a) or made_of(facts, b))
        # "Italy were second. Their 32 points": whose "their" is, the frame cannot tell
        and not pronoun_held(a, b)
        and not other_owner(a, b)
        # "10 solo awards" / "Of the 15 Brit awards": each narrowed, otherwise (one
        # narrowed only is the same thing named more or less fully: "the £150m rescue loan")
        and not (a.narrowing and b.narrowing and a.narrowing != b.narrowing)
        and _one_time(facts, a, b)
        and one_of_several(facts, a) == one_of_several(facts, b)
        and not total_of_parts(parts, a, b)
        and not accounted_between(facts.figures, a, b)
        # "22 million Americans" / "the 23 million Britons": the people of two nations
        and not (nation_of(a) and nation_of(b) and nation_of(a) != nation_of(b))
        # "won 14 of the 19 wards" / "11 of the region's 26 wards": the wholes of two parts
        and not (whole_of_a_part(a) and whole_of_a_part(b))
    )
