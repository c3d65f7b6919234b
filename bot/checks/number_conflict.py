"""number-conflict: the same quantity of the same thing given two different values.

Two figures count the same thing when they count the same noun governed by the
same word ("17 people were killed" / "killed 19 people"), or when one sentence is told
again (a caption restating the lede) with the figure in the same place. Qualifiers
are read: "over 100" and "120" agree. In the first case, sentences that describe change over
time ("rose", "from ... to", "last year") are left out: two values there are the story.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from bot.analysis import budget
from bot.analysis.model import Figure, Flag
from bot.checks.facts import Facts
from bot.checks.pairing import later_partners

CHECK_ID = "number-conflict"
_CHANGE = re.compile(
    r"\b(?:rose|rise|risen|rising|fell|fall|fallen|increas\w*|decreas\w*|grew|grow\w*|"
    r"jump\w*|drop\w*|declin\w*|doubl\w*|halv\w*|up from|down from|compared|from \S+ to|"
    r"previous\w*|last year|last season|a year earlier|before|earlier|now|total\w*|"
    r"another|further|additional|extra|latest|first|each|every|per|a day|a week|"
    r"a year|annual\w*|average)\b",
    re.I,
)
GENERIC_NOUNS = {
    "year", "month", "week", "day", "hour", "minute", "second", "time", "point", "percent",
    "%", "cent", "per", "goal", "game", "match", "run", "mile", "metre", "meter", "foot",
    "feet", "inch", "yard", "pound", "kilogram", "kg", "round", "lap", "stage", "page",
    "episode", "season", "shot", "one", "other", "of", "",
}  # fmt: skip


def _interval(f: Figure) -> tuple[float, float]:
    low = f.low if f.low is not None else 0.0
    high = f.high if f.high is not None else math.inf
    if f.qualifier == "over":
        return low * 1.0000001, math.inf
    if f.qualifier == "at least":
        return low, math.inf
    if f.qualifier in {"under", "up to"}:
        return 0.0, high
    if f.qualifier == "about" or f.kind == "vague":
        return (low * 0.9, high * 1.1) if f.kind != "vague" else (low, math.inf)
    return low, high


def _agree(a: Figure, b: Figure) -> bool:
    lo1, hi1 = _interval(a)
    lo2, hi2 = _interval(b)
    return lo1 <= hi2 and lo2 <= hi1


_TIME = re.compile(
    r"\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|tonight|last (?:week|month|year|night)|this (?:week|month|year))\b",
    re.I,
)
_MAX_DIGIT_SHARE = 0.2  # results tables and fixture lists, not prose
# Figures of one kind compared with each other: copy repeats a count a few times, a
# pasted table hundreds; past this many the rest of the group is a table, not a story.
MAX_GROUP = 40


_WEAK_PREDICATES = {"be", "have", "become", "remain", "include"}
_RESTATED_SHARE = 0.6  # of the shorter sentence's content words
_RESTATED_MIN_WORDS = 3
_FUNCTION_WORDS = {
    "that", "this", "with", "from", "have", "been", "were", "said", "will", "would", "their",
    "there", "which", "when", "after", "about", "into", "they", "them", "more", "than", "also",
}  # fmt: skip


def _prose(facts: Facts, f: Figure) -> bool:
    """A sentence of prose, not a results table or fixture list."""
    sentence = facts.sentence(f.sentence).quote
    return sum(ch.isdigit() for ch in sentence) <= _MAX_DIGIT_SHARE * len(sentence)


def _counts_something(facts: Facts, f: Figure) -> bool:
    """A count of a named thing, outside sentences about change over time."""
    return (
        f.kind in {"count", "money", "percent"}
        and f.counted not in GENERIC_NOUNS
        and _CHANGE.search(facts.sentence(f.sentence).quote) is None
    )


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _FUNCTION_WORDS}


def _around(facts: Facts, f: Figure) -> tuple[str, ...]:
    """The two words before and after a figure: where it stands in its sentence."""
    start, end = facts.sentences[f.sentence]
    before = re.findall(r"\w+", facts.text[start : f.start].lower())[-2:]
    after = re.findall(r"\w+", facts.text[f.end : end].lower())[:2]
    return (*before, "|", *after)


def _same_count(facts: Facts, a: Figure, b: Figure) -> bool:
    """The same noun counted by the same verb ("17 people were killed" / "killed 19")."""
    return (
        a.counted == b.counted
        and a.kind == b.kind
        and bool(a.predicate)
        and a.predicate == b.predicate
        and a.predicate not in _WEAK_PREDICATES
        and _counts_something(facts, a)
        and _counts_something(facts, b)
    )


def _restated(facts: Facts, a: Figure, b: Figure) -> bool:
    """One sentence told again (a caption restating the lede) with the figure in the same
    place: most content words shared, and the same words on either side of the figure."""
    if not any(ch.isdigit() for ch in a.value) or not any(ch.isdigit() for ch in b.value):
        return False  # "five storeys" / "seven": small counts in words are rarely restated
    around = _around(facts, a)
    if a.kind != b.kind or around != _around(facts, b) or around[-1] == "|":
        return False  # a number ending its sentence is an item's number ("camp 4."), not a fact
    words_a = _content_words(facts.sentence(a.sentence).quote)
    words_b = _content_words(facts.sentence(b.sentence).quote)
    shared = len(words_a & words_b)
    return shared >= _RESTATED_MIN_WORDS and shared >= _RESTATED_SHARE * min(
        len(words_a), len(words_b)
    )


def _same_time(facts: Facts, a: Figure, b: Figure) -> bool:
    """False when the two sentences are dated differently: two events, not one."""
    times_a = {t.lower() for t in _TIME.findall(facts.sentence(a.sentence).quote)}
    times_b = {t.lower() for t in _TIME.findall(facts.sentence(b.sentence).quote)}
    return not (times_a and times_b) or times_a == times_b


def _clash(facts: Facts, a: Figure, b: Figure) -> bool:
    if a.sentence == b.sentence or not _same_time(facts, a, b):
        return False
    if _same_count(facts, a, b) and not _agree(a, b):
        return True
    # A sentence told twice should carry the same number, whatever its qualifier allows.
    return (a.low, a.high) != (b.low, b.high) and _restated(facts, a, b)


def _candidates(facts: Facts, figures: list[Figure]) -> dict[int, list[int]]:
    """For each figure, the later ones that could clash with it: the same noun counted, or
    the same words around it (a sentence told again). Indexed, so never every pair."""
    keys = ((("counted", f.counted), ("around", f.kind, _around(facts, f))) for f in figures)
    return later_partners(keys, MAX_GROUP)


def check(facts: Facts) -> Iterator[Flag]:
    """Flag the same thing counted twice with values that cannot both be true."""
    figures = [f for f in facts.figures if f.kind != "vague" and _prose(facts, f)]
    candidates = _candidates(facts, figures)
    for i, a in enumerate(figures):
        budget.check()
        clash = next(
            (figures[j] for j in candidates.get(i, ()) if _clash(facts, a, figures[j])), None
        )
        if clash is None:
            continue
        thing = f" {a.counted}" if a.counted else ""
        yield (
            Flag(
                check=CHECK_ID,
                severity="medium",
                message=(
                    f"The same count given two ways: {a.value}{thing} here, {clash.value} there."
                ),
                evidence=facts.passages(a.sentence, clash.sentence),
            )
        )
