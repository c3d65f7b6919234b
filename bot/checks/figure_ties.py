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
from bot.analysis.model import Figure
from bot.analysis.numbers import MEASURE_VERBS, WORD_NUMBERS, WRITTEN_YEAR, currency_of
from bot.checks.facts import Facts
from bot.checks.figure_apart import pronoun_held
from bot.checks.figure_levels import same_level

_CHANGE = re.compile(
    r"\b(?:rose|rise|risen|rising|fell|fall|fallen|increas\w*|decreas\w*|grew|grow\w*|"
    r"jump\w*|drop\w*|declin\w*|doubl\w*|halv\w*|up from|down from|compared|from \S+ to|"
    r"previous\w*|last year|last season|a year earlier|earlier this \w+|"
    r"another|further|additional|extra|also|latest|first|average|climb\w*|surg\w*|slump\w*|"
    r"soar\w*|plung\w*|gain\w*|again|"
    # "The launch takes the company's fleet to 312 satellites": a total reached
    r"(?:takes?|took|taking|brings?|brought|bringing)\s(?:\S+\s){0,4}?to(?=\s[£$€\d]))\b",
    re.I,
)
# Words that put a whole clause at another time, however long the words between
# ("The council has since agreed to raise the charge to £120": a later move)
_EARLIER = re.compile(
    r"\b(?:previous(?:ly)?|earlier|last year|last season|(?:has|have|had) since)\b", re.I
)
# words opening another clause after a figure ("cut 1,800 jobs after annual profits fell"):
# a rate's or a change's word past them is that clause's
_SUBORDINATE = re.compile(r"\b(?:after|before|as|while|because|when|since|following)\b", re.I)
# "also found guilty was sentenced to": a word of change, then a clause of its own and the
# verb the figure hangs from
_OWN_VERB_AFTER = re.compile(
    r"\s+(?!(?:was|were|is|are)\b)\w+\b[^,;]*?\b(?:was|were|is|are)\s+\w+ed\b"
)
# "The £600m move will also increase the number of colleges from 350 to 400": a change
# after the figure that gives its own two values is theirs, not the figure's
_OWN_VALUES = re.compile(r"\bfrom\s+[£$€]?\d[\d,.]*\S*\s+to\s+[£$€]?\d", re.I)
_CLAUSE_BREAK = re.compile(rf"[,;]|\band\b|\bbut\b|{_SUBORDINATE.pattern}", re.I)
# Words of a rate or a distribution: beside an amount they make it another quantity ("£5 a
# day" is not the £50 paid); two rates carry them both ("65 lives a year" / "72 lives a year").
_RATE = re.compile(r"\b(?:each|every|per|a day|a week|a month|a year|annual\w*)\b", re.I)
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
_CHANGE_BEFORE, _CHANGE_AFTER = 50, 30  # characters read around a figure for change words
_RATE_OWN = 8  # characters either side of a rate's word its number stands in ("50mg per can")
_DIGIT = re.compile(r"\d")
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


def told_as_earlier(facts: Facts, f: ReadFigure) -> bool:
    """Its sentence puts the figure at another time before it ("An earlier application
    for 1,540 homes", "A previous estimate ... suggested")."""
    start, _end = facts.sentences[f.sentence]
    return _EARLIER.search(facts.text, start, f.start) is not None


def changing(facts: Facts, f: ReadFigure) -> bool:
    """Words of change over time, a distribution or an addition right around the figure
    ("It also paid £10m": a second sum, not the first told again; a rate's own "a year"
    or "per" aside, and the change or rate of another number beside it), or of another
    time anywhere before it in its sentence."""
    start, end = facts.sentences[f.sentence]
    low = max(start, f.start - _CHANGE_BEFORE)
    window = facts.text[low : min(end, f.end + _CHANGE_AFTER)]
    here = (f.start - low, f.end - low)
    if told_as_earlier(facts, f):
        return True  # "A previous estimate, made in 1998, suggested it could save 50 lives"
    clause = facts.text[low:end]  # the window read on to the sentence's end
    return any(not _others_change(clause, m, here) for m in _CHANGE.finditer(window)) or (
        f.role != "rate" and any(not _others_rate(window, m, here) for m in _RATE.finditer(window))
    )


def _between(window: str, word: re.Match[str], figure: tuple[int, int]) -> str | None:
    """The text between a word and the figure, None when the word overlaps it."""
    if word.end() <= figure[0]:
        return window[word.end() : figure[0]]
    if word.start() >= figure[1]:
        return window[figure[1] : word.start()]
    return None


def _others_change(window: str, change: re.Match[str], figure: tuple[int, int]) -> bool:
    """ "Cutting the limit from 80mg to 50mg would save around 72 lives": a change from
    one number to another, with a number between it and the figure, is that number's (the
    figure inside the change, "from £5m to", is the one changed). ``window`` runs on to the
    end of the sentence."""
    if change.start() >= figure[1] and _SUBORDINATE.search(window, figure[1], change.start()):
        return True  # "cut 2,400 jobs after annual sales fell": another clause's change
    if change.end() <= figure[0] and _OWN_VERB_AFTER.match(window, change.end(), figure[0]):
        return True  # "A driver also charged was fined £400": the subject's, not the sum's
    if change.start() >= figure[1] and _OWN_VALUES.search(window, change.start()):
        return True  # "The £600m move will also increase ... from 350 to 400": theirs
    if not change.group(0).lower().startswith("from "):
        return False
    between = _between(window, change, figure)
    return between is not None and _DIGIT.search(between) is not None


def _others_rate(window: str, rate: re.Match[str], figure: tuple[int, int]) -> bool:
    """A rate's word beside another number is that number's: right after it ("cut the
    limit to 50mg per can, a rule that will affect 300 brands"), right before it ("40
    panels, each 10ft x 12ft"), or with it between the word and the figure."""
    if 0 <= rate.start() - figure[1] <= 1:
        return False  # "£50 each", "12 a day": the figure's own
    if rate.start() >= figure[1] and _CLAUSE_BREAK.search(window, figure[1], rate.start()):
        return True  # "cut 1,800 jobs after annual profits fell": another clause's
    number_after = _DIGIT.search(window, rate.end(), rate.end() + _RATE_OWN)
    if number_after is not None and number_after.start() != figure[0]:
        return True
    between = _between(window, rate, figure)
    if between is None:
        return False
    if rate.end() <= figure[0]:
        between = window[max(0, rate.start() - _RATE_OWN) : rate.start()] + between
    return _DIGIT.search(between) is not None


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
        (verb and a.predicate == b.predicate) or _shared_participle(a, b)
    ) and not one_dated(a, b)
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
                max(facts.sentences[f.sentence][0], f.start - _CHANGE_BEFORE) : f.end
                + _CHANGE_AFTER
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
    found = _SPENT_ON.match(facts.text, f.end, f.end + _CHANGE_AFTER)
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


def _digits(f: Figure) -> str:
    return re.sub(r"\D", "", f.value)


def significant_digits(f: Figure) -> int:
    """How many digits of substance a figure is written with, trailing zeros aside
    ("£412m": 3, "210,000": 2)."""
    return len(_digits(f).rstrip("0"))


def digit_key(f: Figure) -> tuple[str, ...]:
    """Figures written alike with the same digits in any order ("£112,000" / "£121,000")
    share this key."""
    return ("digits", "".join(sorted(_digits(f))), _shape(f))


def _shape(f: Figure) -> str:
    """How the figure is written, its digits aside ("£#.#m")."""
    return re.sub(r"\d", "#", f.value)


def reordered_digits(a: Figure, b: Figure) -> bool:
    """The same digits in another order, however each is written ("4,200 staff" / "the
    2,400-strong workforce", "1.2m customers" / "2.1 million clients"); swapped_digits
    below asks more: two digits swapped, written alike."""
    if digit_key(a) == digit_key(b):
        return True
    da, db = _value_digits(a), _value_digits(b)
    return len(da) == len(db) and sorted(da) == sorted(db) and da != db


def _value_digits(f: Figure) -> str:
    written = format(f.low or 0.0, "f")
    return written.rstrip("0").rstrip(".").replace(".", "") if "." in written else written


def one_digit_changed(a: Figure, b: Figure) -> bool:
    """Written alike but for one digit ("£13.8m" / "£43.8m"): a slip, however far apart
    the values lie."""
    da, db = _digits(a), _digits(b)
    alike = _shape(a) == _shape(b)
    return alike and sum(x != y for x, y in zip(da, db, strict=True)) == 1


def swapped_digits(a: ReadFigure, b: ReadFigure) -> bool:
    """One figure is the other with two digits swapped, written alike ("£112,000" /
    "£121,000", "11,867" / "11,687", "4.2 million" / "2.4 million"): the slip a restated
    figure most often carries, whatever words the restatement uses."""
    if digit_key(a) != digit_key(b):  # the same digits, so as many of them
        return False
    da, db = _digits(a), _digits(b)
    differ = [i for i, (x, y) in enumerate(zip(da, db, strict=True)) if x != y]
    if len(differ) != 2:
        return False
    # Two digits of substance ("41" / "14", "410m" / "140m") swap by chance in copy full
    # of figures: those count only for one thing told in the same words, nobody else's.
    significant = max(significant_digits(a), significant_digits(b))
    later = max(a, b, key=lambda f: f.start)
    # "a pay offer of 4.5%" / "the 5.4% offer": the later one names it back, bare
    narrowed_alike = a.narrowing == b.narrowing or (later.definite and not later.narrowing)
    same_thing = bool(a.thing) and a.thing == b.thing and narrowed_alike
    return significant >= 3 or (same_thing and not pronoun_held(a, b))
