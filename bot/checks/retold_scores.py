"""A match's score told back with another one, for number-conflict: "came from behind
to beat Ashby 3-1" ... "his two goals in the 3-2 win".

The later score points back ("the", a possessive) with a word for the result ("win",
"defeat", "draw"), or tells only its margin ("the two-goal win", "their 11-point
victory"); it is read against the one score of that kind the story gave before:
a win or a defeat against the decisive scores, a draw against the level ones. A story
giving two such scores before (another match's) leaves it open which one is meant, unless
the later one names a side only one of them was told with ("Kilbride's 4-1 victory over
Hillhead"), and nothing is flagged; so do words of another match around the later one
("last season's 3-2 win", "the first-leg defeat"), or when another match's result told
before fits it ("Last season they lost 2-1" before "the one-goal defeat").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator

from bot.analysis import budget
from bot.analysis.model import Flag
from bot.analysis.numbers import ONE_WORD_NUMBERS, WORD_NUMBERS
from bot.checks.facts import Facts

_SCORE = r"(?<![\d.,:/-])(\d{1,3})-(\d{1,3})(?![\d.,:/]|-\d)"
# a result told with its score: "beat Ashby 3-1", "won 24-17", "a 2-2 draw", "lost 3-0"
_TOLD = re.compile(
    rf"\b(?:beat|beating|defeated|defeating|won|winning|lost|losing|drew|drawing|thrashed|"
    rf"edged|overcame|crushed|held|draw|win|victory|defeat|loss)\b[^.;\n]{{0,60}}?{_SCORE}"
    rf"|{_SCORE}\s+(?:win|victory|defeat|loss|draw|triumph|success|thrashing|rout)\b",
    re.I,
)
# the later telling: "the 3-2 win", "Dunmore's 3-2 victory", "their 1-1 draw"
#: what opens a result told back: "the", a possessive pronoun or a side's "'s"
POINTING = r"\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[A-Z][\w-]*(?:'s|s'))\s+"
_POINTED = re.compile(
    rf"{POINTING}{_SCORE}\s+"
    r"(?P<result>win|victory|defeat|loss|draw|triumph|success|thrashing|rout)\b"
)
# the later telling by its margin: "the two-goal win", "their 12-point defeat"
_MARGIN = re.compile(
    rf"{POINTING}(?P<margin>\d{{1,3}}|{ONE_WORD_NUMBERS})[\s-]"
    r"(?:goal|point)\s+(?P<result>win|victory|defeat|loss|triumph|success|thrashing|rout)\b",
    re.I,
)
# a score of another match, or of one match's part ("at half-time", "on aggregate")
_ANOTHER = re.compile(
    r"\b(?:last|previous|earlier|leg|reverse|aggregate|penalties|half-time|the break|"
    r"season's|year's|ago|repeat\w*|(?:19|20)\d\d)\b",
    re.I,
)
# a score told with a month is another meeting's ("lost 5-1 to the Devils in October"); a
# month near a score told back is often another clause's ("joined in January, and his
# goals in the 3-2 win")
_IN_A_MONTH = re.compile(
    r"\bin (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b"
)
# capitalised words that name no side: days, months, the words opening a sentence
_NOT_SIDES = {
    "The", "Their", "His", "Her", "Its", "A", "An", "In", "On", "At", "After", "But", "And",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
}  # fmt: skip
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_AGAINST = re.compile(r"\s+(?:over|against|by|of|at|to|with|from)\s+([^,.;:()]+)")
_AROUND = 40  # characters read around a pointing score for another match's words
_MAX_SCORES = 200  # a results table holds hundreds: past this the copy is not a report


def _pair(home: str, away: str) -> tuple[int, int]:
    return min(int(home), int(away)), max(int(home), int(away))


def another_match(facts: Facts, start: int, end: int, told: bool) -> bool:
    """Words of another match or of part of one around a score, in its sentence; for a
    score ``told`` with its result, a month too."""
    first, last = facts.sentences[facts.sentence_at(start)]
    low, high = max(first, start - _AROUND), min(last, end + _AROUND)
    month = told and _IN_A_MONTH.search(facts.text, low, high) is not None
    return month or _ANOTHER.search(facts.text, low, high) is not None


def _sides(facts: Facts, sentence: int) -> set[str]:
    """The capitalised words of a sentence that may name a side ("Kilbride", "Devils")."""
    start, end = facts.sentences[sentence]
    return {w for w in _CAPITALISED.findall(facts.text, start, end) if w not in _NOT_SIDES}


def _opponents(facts: Facts, end: int) -> set[str]:
    """The side named right after a result ("win over Hillhead", "defeat of World Cup
    champions England", "defeat by Swansea"), as capitalised words; empty when none."""
    stop = facts.sentences[facts.sentence_at(end)][1]
    m = _AGAINST.match(facts.text, end, min(stop, end + _AROUND))
    return set() if m is None else set(_CAPITALISED.findall(m.group(1))) - _NOT_SIDES


_Told = tuple[int, int, tuple[int, int]]


def _scores(facts: Facts) -> tuple[list[_Told], list[_Told]]:
    """(start, end, score as a sorted pair) of each result of the match told with its
    score, in order (a first leg's, a half-time score or last season's left out); and of
    every result told, those too."""
    found: list[_Told] = []
    every: list[_Told] = []
    for m in itertools.islice(_TOLD.finditer(facts.text), _MAX_SCORES):
        group = 1 if m.group(1) else 3
        start, end = m.start(group), m.end(group + 1)
        score = (start, end, _pair(m.group(group), m.group(group + 1)))
        every.append(score)
        if not another_match(facts, start, end, told=True):
            found.append(score)
    return found, every


def margin_value(text: str) -> float:
    """A margin's value, in digits or a number word ("two", "11", "4.2")."""
    word = text.lower()
    return WORD_NUMBERS[word] if word in WORD_NUMBERS else float(word)


def _pointers(facts: Facts) -> list[tuple[re.Match[str], bool]]:
    """Scores told back, in order: (match, told by its margin)."""
    scores = itertools.islice(_POINTED.finditer(facts.text), _MAX_SCORES)
    margins = itertools.islice(_MARGIN.finditer(facts.text), _MAX_SCORES)
    found = [(m, False) for m in scores] + [(m, True) for m in margins]
    return sorted(found, key=lambda p: p[0].start())


def _differs(m: re.Match[str], by_margin: bool, told: tuple[int, int]) -> bool:
    if by_margin:
        return told[1] - told[0] != margin_value(m.group("margin"))
    return _pair(m.group(1), m.group(2)) != told


def retold_scores(
    facts: Facts, check_id: str, flagged: Collection[frozenset[int]] = ()
) -> Iterator[Flag]:
    """Flags for each score told back that is not the one result told before; none for a
    pair of sentences in ``flagged`` (already flagged by their figures)."""
    pointers = _pointers(facts)
    if not pointers:
        return
    told, every = _scores(facts)
    read: dict[int, set[str]] = {}  # each sentence's sides read once, however many scores

    def sides_of(sentence: int) -> set[str]:
        if sentence not in read:
            read[sentence] = _sides(facts, sentence)
        return read[sentence]

    for m, by_margin in pointers:
        budget.check()
        if another_match(facts, m.start(), m.end(), told=False):
            continue
        draw = m.group("result").lower() == "draw"
        later = facts.sentence_at(m.start())
        before = [
            (start, end, pair)
            for start, end, pair in told
            if start < m.start()
            and facts.sentence_at(start) != later
            and (pair[0] == pair[1]) == draw
        ]
        # "Kilbride's 4-1 victory over Hillhead": the results of a side it names; the side
        # it was won over or lost to must be one of theirs ("United's 2-1 defeat by
        # Swansea" is not "United's 4-0 win over QPR" told again)
        sides = sides_of(later)
        named = [b for b in before if sides & sides_of(facts.sentence_at(b[0]))]
        before = named or before
        against = _opponents(facts, m.end())
        if against:
            before = [b for b in before if against & sides_of(facts.sentence_at(b[0]))]
        if len({pair for _s, _e, pair in before}) != 1 or not _differs(m, by_margin, before[0][2]):
            continue  # none told before, two matches' scores, or the same one
        if any(s < m.start() and not _differs(m, by_margin, p) for s, _e, p in every):
            continue  # it is another match's told before ("Last season they lost 2-1")
        start, end, _pair_told = before[-1]
        if frozenset({facts.sentence_at(start), later}) in flagged:
            continue  # told by its figures
        if by_margin:
            now, marks = facts.text[m.start("margin") : m.end()], (m.start(), m.end())
        else:
            now, marks = f"{m.group(1)}-{m.group(2)}", (m.start(1), m.end(2))
        yield Flag(
            check=check_id,
            severity="medium",
            message=f"The same match's score given two ways: {facts.text[start:end]} here, "
            f"{now} there.",
            evidence=facts.passages(facts.sentence_at(start), later, marks=[(start, end), marks]),
        )
