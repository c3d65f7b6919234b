"""What ties two figures into one quantity, for number-conflict: the same thing counted by
the same verb ("17 people were killed" / "killed 19 people"), referred back to ("guilty of
all 30 counts" / "seventeen of the 31 counts", "a survey of 10,227 firms" / "The 11,298
firms"), measured as its subject ("the £13.8m deal" / "the deal is worth £43.8m"), or named
by the noun of its verb ("was fined £15,000" / "the fine was £51,000", "a £65,000
settlement" / "settled for £56,000"); never figures amid words of change over time, or a
sum aimed at rather than reached.
"""

from __future__ import annotations

import re

from bot.analysis.figure_events import CHANGE_EVENTS
from bot.analysis.figure_frames import ReadFigure
from bot.analysis.numbers import MEASURE_VERBS, WORD_NUMBERS, WRITTEN_YEAR, currency_of
from bot.checks.facts import Facts
from bot.checks.figure_apart import pronoun_held
from bot.checks.figure_change_words import CHANGE_AFTER, CHANGE_BEFORE, changing
from bot.checks.figure_levels import same_level

# Words of a sum sought rather than reached.
_AIM = re.compile(
    r"\bto \w+\s+(?:the |a |an )?(?=[£$€\d])|\b(?:aim\w*|target\w*|goal|hop\w*|need\w*|seek\w*)\b",
    re.I,
)
# "£140,000 on its parks", "£2m for a new stand", "£45,000 towards the roof"
_SPENDING = {"spend", "invest", "allocate", "earmark"}
_SPENT_ON = re.compile(
    r"\s+(?:on|for|towards?)\s+(?:(?:its|their|his|her|the|a|an|new)\s+)*(\w+)", re.I
)
#: a count referred back to ties only at this size and within this ratio: a smaller one
#: is most often a part of the first ("three projects" ... "these two projects")
REFERRED_MIN, REFERRED_NEAR = 10, 1.5
GENERIC_NOUNS = {
    "year", "month", "week", "day", "hour", "minute", "second", "time", "point", "percent",
    "%", "cent", "per", "goal", "game", "match", "run", "mile", "metre", "meter", "foot",
    "feet", "inch", "yard", "pound", "kilogram", "kg", "round", "lap", "stage", "page",
    "episode", "season", "shot", "one", "other", "of", "",
}  # fmt: skip
STEM = 3  # letters a verb and the noun it names share at least ("fin"/"fine")
# Verbs that tie nothing: "be", and the verbs that measure their subject ("donations
# totalling £4.6m" / "24 donations totalling £161,840" are two sets of donations).
WEAK_PREDICATES = {"be", "have", "become", "remain", "include", "get", "make", "take"}
WEAK_PREDICATES |= MEASURE_VERBS
# Verbs that give a thing's size, which one thing has once ("stand" measures too, but as a
# weak predicate it ties nothing).
_SIZE_VERBS = {"weigh", "measure", "stretch", "span", "tower"}


def same_quantity(facts: Facts, a: ReadFigure, b: ReadFigure) -> bool:
    """The same thing, counted by the same verb, referred back to, or measured."""
    # An amount with an amount, a rate with a rate ("saves 65 lives a year" / "around 72
    # lives a year"); labels, parts and additions are not the quantity itself.
    if a.role != b.role or a.role not in {"amount", "rate"} or a.kind != b.kind:
        return False
    if a.kind == "money" and currency_of(a.value) != currency_of(b.value):
        return False  # "$3bn (£1.65bn)": one sum in two currencies, and never comparable
    if same_level(facts, a, b):
        return True  # "raise the threshold to £150,000" / "increase the threshold to £130,000"
    if _names(a, b) or _names(b, a) or _verb_of(a, b) or _verb_of(b, a):
        return not changing(facts, a) and not changing(facts, b)
    if a.thing != b.thing:
        return False
    units = {a.counted, b.counted} & GENERIC_NOUNS - {""}
    if a.kind == "count" and a.counted != b.counted and units:
        return False  # "18 months" / "two years" of one sentence: other units, not values
    # The same verb: the noun itself ("a sum of £500,000", "odds of 8-1") ties nothing.
    verb = a.predicate not in {"", a.thing, *WEAK_PREDICATES}
    same_verb = (
        ((verb and a.predicate == b.predicate) or _shared_participle(a, b))
        and not one_dated(a, b)
        and not one_set_in_a_month(facts, a, b)
    )
    if a.thing in GENERIC_NOUNS:
        # A unit ties nothing ("scoring 18 goals" for one club, 25 for the next); a sum is
        # the money of its verb ("raising £115,000" / "In total, £129,000 was raised").
        money = not a.thing and a.kind == "money"
        # "The kite weighs 200 kilograms" / "the kite ... weighs 100 kilograms": one named
        # thing's size (a runner's races, a striker's goals are many things)
        size = a.predicate in _SIZE_VERBS and a.owner != "" and a.owner == b.owner
        spent = money and _spent_on(facts, a) == _spent_on(facts, b)
        tie = (spent and not _aimed(facts, a, b)) or size
        return bool(same_verb and tie and _unchanged(facts, a, b))
    tied = (
        same_verb
        # both referred back, neither by a pronoun whose holder the frame cannot tell
        # ("Of the 46 lots in the modern sale" / "The old masters sale sold 48 of its 60 lots"),
        # nor both the wholes of two parts ("won 19 of the 24 seats" / "20 of the region's
        # 37 seats": two regions)
        or (
            a.kind in {"count", "range"}
            and a.definite
            and b.definite
            and not pronoun_held(a, b)
            and not (whole_of_a_part(a) and whole_of_a_part(b))
        )
        # "a survey of 10,227 firms" / "The 11,298 firms were questioned": named, then
        # referred back to by a later sentence
        or (a.kind == "count" and _referred_back(a, b))
        # "the $3bn deal" / "a $4bn deal", "A total of £345m" / "the £279m total"
        or (a.kind in {"money", "percent"} and _one_definite(a, b) and not one_dated(a, b))
        # "the £13.8m deal" / "The deal is worth £43.8m", "a crowd of 45,000" / "The
        # attendance was 48,000": the thing named, then measured
        or (measured(a) != measured(b) and _names_first(a, b))
    )
    return tied and _unchanged(facts, a, b)


def whole_of_a_part(f: ReadFigure) -> bool:
    """The figure is the whole a part is taken from ("19 of the 24 seats": 24)."""
    return f.predicate[:1].isdigit() or f.predicate in WORD_NUMBERS


def one_change(a: ReadFigure, b: ReadFigure) -> bool:
    """The frames of one change told twice of one named thing: "Profits rose 12%" /
    "Profits rose 15% over the period" (words of change elsewhere mark two values of a
    story, not one)."""
    return (
        a.role == b.role == "amount"
        and a.kind == b.kind == "percent"
        and not one_dated(a, b)
        and a.predicate == b.predicate
        and a.predicate in CHANGE_EVENTS
        and a.owner != ""
        and (a.owner, a.owner_words, a.holder) == (b.owner, b.owner_words, b.holder)
    )


def _unchanged(facts: Facts, a: ReadFigure, b: ReadFigure) -> bool:
    return not changing(facts, a) and not changing(facts, b)


def _referred_back(a: ReadFigure, b: ReadFigure) -> bool:
    """The later figure's thing is the earlier's, named with "the" and no clause picking a
    subset of it: "the 11,298 firms" after "10,227 firms". A count far below the first,
    or a small one, is most often a part of it ("3,248 patents" ... "the 500 patents",
    "three projects" ... "these two projects"): only near values of some size tie."""
    first, later = (a, b) if a.start < b.start else (b, a)
    if not (later.definite and not first.definite and first.counted == later.counted != ""):
        return False
    if pronoun_held(a, b):
        return False  # "48 of its 60 lots": whose "its" is, the frame cannot tell
    low, high = sorted((first.low or 0.0, later.low or 0.0))
    return low >= REFERRED_MIN and high <= low * REFERRED_NEAR and not one_dated(a, b)


def _aimed(facts: Facts, a: ReadFigure, b: ReadFigure) -> bool:
    """A sum aimed at, not yet reached ("to raise the $50,000 needed")."""
    return any(
        _AIM.search(
            facts.text[
                max(facts.sentences[f.sentence][0], f.start - CHANGE_BEFORE) : f.end + CHANGE_AFTER
            ]
        )
        for f in (a, b)
    )


def _spent_on(facts: Facts, f: ReadFigure) -> str:
    """What a sum spent goes on, told right after it ("will spend £140,000 on its parks"):
    a sum for one purpose is not the whole spent ("will spend £960,000"). (Money raised
    "for the hospice" is the whole raised.)"""
    if f.predicate not in _SPENDING:
        return ""
    found = _SPENT_ON.match(facts.text, f.end, f.end + CHANGE_AFTER)
    return found.group(1).lower() if found else ""


def _names_first(a: ReadFigure, b: ReadFigure) -> bool:
    """Of a measured figure and another, the other names the thing with its amount ("a
    crowd of 45,000") rather than measuring it too ("The attendance at Park Lane was
    45,000" / "At the Dell, the attendance was 28,000": two grounds' crowds)."""
    other = a if measured(b) else b
    return other.predicate not in MEASURE_VERBS


def one_dated(a: ReadFigure, b: ReadFigure) -> bool:
    """One figure is put in a year the other does not name ("killed 10,000 in 1998")."""
    years_a = {t for t in a.times if WRITTEN_YEAR.search(t)}
    years_b = {t for t in b.times if WRITTEN_YEAR.search(t)}
    return bool(years_a) != bool(years_b)


# A sentence opening on a month sets its scene at another time: "In April, 11 people were
# hurt when another coach crashed" ("the offer rejected in mid-December" dates one act)
_SET_IN_A_MONTH = re.compile(
    r"\W*(?:in|last|during|since|by|earlier|later)\s+(?:this\s+)?(?:early\s+|late\s+|mid-?\s*)?"
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b[^,.;]{0,30},",
    re.I,
)


def one_set_in_a_month(facts: Facts, a: ReadFigure, b: ReadFigure) -> bool:
    """One figure's sentence opens on a month the other's does not name ("In April alone"
    and "in the year to April" may be one sum)."""
    for one, other in ((a, b), (b, a)):
        start, _end = facts.sentences[one.sentence]
        m = _SET_IN_A_MONTH.match(facts.text, start, one.start)
        if (
            m is not None
            and m.group("month").lower() not in facts.sentence(other.sentence).quote.lower()
        ):
            return True
    return False


def _one_definite(a: ReadFigure, b: ReadFigure) -> bool:
    return a.definite or b.definite


def measured(f: ReadFigure) -> bool:
    """The figure measures a thing named before ("The fine was $20,000"), not one it
    introduces ("a deal totalling $375m")."""
    return not f.counted and f.definite


def _names(a: ReadFigure, b: ReadFigure) -> bool:
    """``a`` measures, with "be", what ``b``'s verb does: "The sentence was four years" /
    "was sentenced to five years", "The fine was £51,000" / "was fined £15,000"."""
    if a.predicate not in WEAK_PREDICATES or a.counted != b.counted:
        return False
    named = a.owner or (a.thing if measured(a) else "")
    # The small model lemmatises "fined" as "fin": the noun starts with the verb's lemma.
    return len(b.predicate) >= STEM and named.startswith(b.predicate)


def _verb_of(a: ReadFigure, b: ReadFigure) -> bool:
    """``b``'s verb is the sum ``a`` names: "a £65,000 settlement" / "settled for £56,000",
    "an £8m bid" / "bid £6m for him", "the judge's award of £80,000" / "was awarded
    £85,000"."""
    noun = a.counted or a.thing
    if a.kind != "money" or b.kind != "money" or not noun or b.thing:
        return False
    stem = b.predicate[:-1] if b.predicate.endswith("e") else b.predicate
    return len(stem) >= STEM and b.predicate not in WEAK_PREDICATES and noun.startswith(stem)


def _shared_participle(a: ReadFigure, b: ReadFigure) -> bool:
    """ "All 28 people detained globally" / "In all, 25 people were detained": the
    participle on one count is the other's verb (or participle)."""
    verbs_a = {a.participle, a.predicate} - {"", *WEAK_PREDICATES}
    verbs_b = {b.participle, b.predicate} - {"", *WEAK_PREDICATES}
    return bool((a.participle or b.participle) and verbs_a & verbs_b)
