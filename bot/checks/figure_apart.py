"""What tells two figures apart for number-conflict: the frames of two quantities
(bot.analysis.figure_frames) that differ in whose, which, when or where they are.

Two owners or holders named differently, a counted group against the whole ("61
Conservative MPs" / "MPs"), a name against another's holder or place ("Keel won 21,650
votes" / "Whitlock's 14,882"; "the Met's 41 arrests" / "in Bristol, the 19 arrests"),
things narrowed differently, and other dates or places are two quantities, as are a
forecast and the figure reached. A figure whose clause names no year takes the year its
other telling gives (a headline's figure is the lead's).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from bot.analysis.figure_events import CHANGE_EVENTS
from bot.analysis.figure_frames import ReadFigure
from bot.analysis.model import Figure
from bot.analysis.numbers import WORD_NUMBERS, WRITTEN_YEAR
from bot.checks.count_units import kind_of
from bot.checks.facts import Facts

# the events a figure between two tells that change one into the other ("cut 18 jobs")
_CHANGES = CHANGE_EVENTS | {"cut"}
# words of an owner that make it another one of its kind ("Its sister company employs 60")
_ONE_OF_SEVERAL = {
    "first", "second", "third", "fourth", "another", "other", "separate", "sister", "rival",
    "parent", "existing",
    # one set against another: "a single smaller ferry that carries up to 250 passengers"
    "smaller", "larger", "bigger", "newer", "older", "cheaper", "dearer",
}  # fmt: skip


# verbs whose figure is a forecast ("predicted 300 job losses")
_EXPECTING = {"forecast", "predict"}
# the words of an expectation before a figure in its clause ("forecasts of £2m", "had been
# expecting profits of £3.1bn"), no comma or clause between; "expect" alone is kept for
# what is expected of a count already given ("Analysts expect the 321 shops to be cut")
_EXPECTED_BEFORE = re.compile(
    r"\b(?:forecast\w*|predict\w*|project(?:ed|ions?)|consensus|expectations?|"
    r"(?:had|have|has|were|was)\s(?:been\s)?expect\w*)\b[^,;.]*$"
    # a rule's bounds and a suspended sentence's suspension are not the term imposed ("a
    # minimum ban of six games"; "a 12-month sentence suspended for two years")
    r"|\b(?:minimum|maximum|suspended\s+for)\b[^,;.]*$",
    re.I,
)
# "which tracking suggests could open with more than $100m": a possibility, which a figure
# given as fact restates only when near it ("would save 65 lives" / "could save 72")
_POSSIBLE_BEFORE = re.compile(r"\b(?:could|might|may)\b[^,;.]*$")
_POSSIBLE_NEAR = 1.5
_EXPECTED_CHARS = 40
# "Among voters aged 18 to 34, Labour was on 47%": a group the figures of the rest of the
# clause are of, not the whole told elsewhere ("the Greens are at 6%")
_AMONG = re.compile(r"\bamong\s+([^,;.]{1,60}),", re.I)
# a person's pronoun as a figure's subject: the one named last, maybe not the first owner
_PERSONAL = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")

# "the night", "the same day", "the five days": a time named before, told again
_BACK_TIME = re.compile(
    r"the\s(?:same\s|whole\s|(?:two|three|four|five|six|seven|eight|nine|ten)\s)?"
    r"(?:night|day|days|evening|morning|afternoon|weekend|week|weeks|period|event)"
)
# "a quarter", "more than a decade": a stretch of time, which dates nothing
_SOME_SPAN = re.compile(
    r"(?:(?:more than|less than|almost|nearly|over|under|just over)\s)?an?\s"
    r"(?:day|week|fortnight|month|quarter|year|decade|season)"
)
# a year told relative to now ("this year", "next season"), as "2024" is a year
_YEAR_TOLD = re.compile(r"\b(?:last|this|next|previous|coming)\s(?:financial\s)?(?:year|season)\b")


def years_of(times: frozenset[str]) -> frozenset[str]:
    """The times that name a year ("in 2024", "next year"), not a day of it."""
    return frozenset(t for t in times if WRITTEN_YEAR.search(t) or _YEAR_TOLD.search(t))


def expected(facts: Facts, f: ReadFigure) -> bool:
    """A figure expected, forecast or predicted, not the one reached ("Analysts had been
    expecting profits of about £3.1bn", "City forecasts of £2m"); a rule's minimum or
    maximum, or the time a sentence is suspended for, not the term imposed."""
    if f.predicate in _EXPECTING:
        return True
    start, _end = facts.sentences[f.sentence]
    low = max(start, f.start - _EXPECTED_CHARS)
    return _EXPECTED_BEFORE.search(facts.text, low, f.start) is not None


def possible_elsewhere(facts: Facts, a: ReadFigure, b: ReadFigure) -> bool:
    """One figure is what could be ("could open with more than $100m"), the other what
    is, and they lie far apart: another quantity (a hope, a rival's forecast), not a slip."""
    low, high = sorted((a.low or 0.0, b.low or 0.0))
    if low <= 0 or high <= low * _POSSIBLE_NEAR:
        return False
    return _possible(facts, a) != _possible(facts, b)


def among(facts: Facts, f: ReadFigure) -> str:
    """The group an "Among ..." before the figure in its sentence names, "" for none."""
    start, _end = facts.sentences[f.sentence]
    found = list(_AMONG.finditer(facts.text, start, f.start))
    return found[-1].group(1).lower() if found else ""


def _possible(facts: Facts, f: ReadFigure) -> bool:
    start, _end = facts.sentences[f.sentence]
    low = max(start, f.start - _EXPECTED_CHARS)
    return _POSSIBLE_BEFORE.search(facts.text, low, f.start) is not None


def told_times(figures: list[ReadFigure]) -> list[ReadFigure]:
    """Each figure with the year its other telling gives, where its own clause names no
    time: the headline's "unveils $412 million budget" is the lead's "a $412 million budget
    for next year", and so not "this year's $389 million". Only one year told of a value is
    lent; days are when things were done to one count, not other counts."""
    told: dict[tuple[object, ...], set[frozenset[str]]] = {}
    for f in figures:
        if years := years_of(f.times):
            told.setdefault((f.kind, f.low, f.high, f.thing), set()).add(years)
    lent = []
    for f in figures:
        times = told.get((f.kind, f.low, f.high, f.thing), set())
        lent.append(replace(f, times=next(iter(times))) if not f.times and len(times) == 1 else f)
    return lent


def apart(a: ReadFigure, b: ReadFigure) -> bool:
    """The frames tell two quantities apart: different owners or holders, things narrowed
    differently ("nine seats" / "four marginal seats"), other dates or places."""
    if other_owner(a, b):
        return True
    if _words(a.narrowing) != _words(b.narrowing) and not _bare_back_reference(a, b):
        return True
    return elsewhen(a, b)


def other_owner(a: ReadFigure, b: ReadFigure) -> bool:
    """The two belong to different owners, holders, groups or places."""
    if a.owner and b.owner and not _one_owner(a, b):
        return True
    if (a.owner_words ^ b.owner_words) & _ONE_OF_SEVERAL:
        return True  # "a second crash killed two people": not the toll of the first
    if a.owner_words and b.owner_words and a.owner_words != b.owner_words:
        return True  # "US light crude" / "Brent crude"; "the kite" is "the dragon-themed kite"
    if a.holder and b.holder and a.holder != b.holder:
        return True
    if a.holder_words and b.holder_words and a.holder_words != b.holder_words:
        return True  # "South Holland District Council's budget" / "Breckland District Council's"
    if _counted_group(a) != _counted_group(b) and a.owner_words != b.owner_words:
        return True  # "MPs declared £9.6m" / "61 Conservative MPs declared £5.9m": a subgroup
    # "Keel won 21,650 votes" / "Whitlock's 14,882"; "the Met's" / "in Bristol"
    whose_a, whose_b = _whose(a), _whose(b)
    return bool(whose_a and whose_b and not whose_a & whose_b)


def pronoun_held(a: ReadFigure, b: ReadFigure) -> bool:
    """One of the two is held by a pronoun ("its 60 lots", "their 12 points"): whose it
    is, the frame cannot tell, so nothing ties the two by their holder."""
    return "pronoun" in {a.holder_kind, b.holder_kind}


def included(f: ReadFigure) -> bool:
    """What a verb "include" has in it, its subject being the whole."""
    return f.predicate == "include" and bool(f.owner)


def _counted_group(f: ReadFigure) -> bool:
    """The owner is counted ("61 Conservative MPs", "the ten highest earners"): a group
    out of a larger one."""
    return any(w[:1].isdigit() or w in WORD_NUMBERS for w in f.owner_words)


def _whose(f: ReadFigure) -> frozenset[str]:
    """The words of the names a figure belongs to: its owner when a name, its holder
    ("Whitlock's votes") and its places, so that an owner named one way and a holder or a
    place another still tells two quantities apart."""
    names = [*f.places]
    if f.owner_kind == "name":
        names += [f.owner, *f.owner_words]  # "Hartwell Foods": "Hartwell" is the firm too
    if f.holder_kind == "name":
        names.append(f.holder)
    return frozenset(w.removesuffix("'s").removesuffix("’s") for n in names for w in n.split())


def _words(narrowing: frozenset[str]) -> frozenset[str]:
    """The words of a thing's modifiers, however the parse grouped them: "council tax" is
    one modifier in one sentence and two in the next."""
    return frozenset(w for phrase in narrowing for w in phrase.split())


def _bare_back_reference(a: ReadFigure, b: ReadFigure) -> bool:
    """The later figure names the earlier's thing with "the" and nothing else ("a formal
    £800m takeover bid" ... "The bid is worth £1bn"): the narrowing was said once, not
    dropped to speak of another."""
    later = b if b.start > a.start else a
    bare = not (later.narrowing or later.owner or later.holder or later.places or later.times)
    return later.definite and bare


def _one_owner(a: ReadFigure, b: ReadFigure) -> bool:
    """Owners that may be one: the same, a name and its fuller form ("Nordvik" / "Nordvik
    Telecom"), or a noun for one and a name ("A man has been jailed" / "Royle was
    sentenced", as a lead keeps the name for later), or a noun referring back to another
    named before it ("A wildfire destroyed 14 homes" / "The blaze destroyed 17 homes").
    Two names, two nouns otherwise, a group and a name, or a pronoun ("He was jailed",
    maybe not the man named before him) are two."""
    if a.owner == b.owner or a.owner in b.owner_words or b.owner in a.owner_words:
        return True
    earlier, later = (a, b) if a.start < b.start else (b, a)
    if (earlier.owner_kind, later.owner_kind) == ("one", "the one"):
        return True
    # A pronoun owner ("he", set for a prison term) has no owner kind: never one with a name.
    return {a.owner_kind, b.owner_kind} in ({"name", "one"}, {"name", "the one"})


def elsewhen(a: ReadFigure, b: ReadFigure, cut: bool = False) -> bool:
    """Dated or placed differently: "3% higher on Monday" / "5% higher on Tuesday". With
    ``cut``, places one of which is the other's list cut short ("in the UK" / "in the UK,
    Germany and the US", as a caption shortens the sentence it tells again) are one."""
    placed = bool(a.places and b.places and a.places != b.places)
    if placed and cut:
        placed = not (a.places <= b.places or b.places <= a.places)
    times_a, times_b = _named_times(a.times), _named_times(b.times)
    return bool(times_a and times_b and times_a != times_b) or placed


def _named_times(times: frozenset[str]) -> frozenset[str]:
    """The times a clause names; "on the night", "over the five days" point back to the
    time told before ("approved 14 developments on Wednesday" / "approved 16 on the
    night"), as "the" points back to a thing."""
    return frozenset(
        t for t in times if _BACK_TIME.fullmatch(t) is None and _SOME_SPAN.fullmatch(t) is None
    )


def accounted_between(figures: list[Figure], a: ReadFigure, b: ReadFigure) -> bool:
    """A figure told between the two accounts for the later value: the same value, which
    the later one points back to ("sold Gamma for £54m in 2019. The £54m deal ..."), or
    what changed the first into it ("employed 420 people ... It cut 18 jobs in March. The
    firm's 402 workers ..."). ``figures`` are the article's, in text order."""
    first, later = (a, b) if a.start < b.start else (b, a)
    was, now = first.low, later.low
    if was is None or now is None:
        return False
    for f in figures[bisect_right(figures, first.end, key=lambda f: f.start) :]:
        if f.start >= later.start:
            break
        one = f.kind == later.kind and f.high in {None, f.low}
        changed = f.predicate in _CHANGES and f.low == abs(was - now)
        if one and ((f.low == now and not _counts_other(f, later)) or changed):
            return True
    return False


def _counts_other(between: Figure, later: ReadFigure) -> bool:
    """The figure between counts another kind of thing than the later one ("two passenger
    ferries were sent" between "three people injured" and "two people were injured"): the
    later one cannot point back to it."""
    return bool(between.counted and later.counted) and kind_of(between.counted) != kind_of(
        later.counted
    )


def pronoun_for_another(facts: Facts, a: ReadFigure, b: ReadFigure) -> bool:
    """The later figure's subject is "he", "she" or "they", and the person named last
    before it is not the named owner of the first ("Anna Walsh ... was ordered to pay £85
    costs. Taxi driver Imran Shah ... He was ordered to pay £110 costs"): the pronoun
    stands for the one named last, whose figure is their own."""
    first, later = (a, b) if a.start < b.start else (b, a)
    if later.owner or first.owner_kind != "name":
        return False
    opening = facts.sentences[later.sentence][0]
    if not _PERSONAL.search(facts.text, opening, later.start):
        return False
    named = [
        (m.start, person.name)
        for person in facts.people
        for m in person.mentions
        if first.end <= m.start < later.start
    ]
    if not named:
        return False
    _at, last = max(named)
    return first.owner not in last.lower().split()
