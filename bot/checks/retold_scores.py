"""A match's score told back with another one, for number-conflict: "came from behind
to beat Ashby 3-1" ... "his two goals in the 3-2 win".

The later score points back ("the", a possessive) with a word for the result ("win",
"defeat", "draw"); it is read against the one score of that kind the story gave before:
a win or a defeat against the decisive scores, a draw against the level ones. A story
giving two such scores before (another match's, a first leg's) leaves it open which one
is meant, and nothing is flagged; so do words of another match around the later one
("last season's 3-2 win", "the first-leg defeat").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator

from bot.analysis import budget
from bot.analysis.model import Flag
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
_POINTED = re.compile(
    rf"\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[A-Z][\w-]*(?:'s|s'))\s+{_SCORE}\s+"
    r"(?P<result>win|victory|defeat|loss|draw|triumph|success|thrashing|rout)\b"
)
# a score of another match, or of one match's part ("at half-time", "on aggregate")
_ANOTHER = re.compile(
    r"\b(?:last|previous|earlier|leg|reverse|aggregate|penalties|half-time|the break|"
    r"season's|year's|ago|in (?:19|20)\d\d)\b",
    re.I,
)
_AROUND = 40  # characters read around a pointing score for another match's words
_MAX_SCORES = 200  # a results table holds hundreds: past this the copy is not a report


def _pair(home: str, away: str) -> tuple[int, int]:
    return min(int(home), int(away)), max(int(home), int(away))


def _scores(facts: Facts) -> list[tuple[int, int, tuple[int, int]]]:
    """(start, end, score as a sorted pair) of each result told with its score, in order;
    a score of another match or of part of one is kept too (it makes two)."""
    found = []
    for m in itertools.islice(_TOLD.finditer(facts.text), _MAX_SCORES):
        group = 1 if m.group(1) else 3
        pair = _pair(m.group(group), m.group(group + 1))
        found.append((m.start(group), m.end(group + 1), pair))
    return found


def retold_scores(
    facts: Facts, check_id: str, flagged: Collection[frozenset[int]] = ()
) -> Iterator[Flag]:
    """Flags for each score told back that is not the one result told before; none for a
    pair of sentences in ``flagged`` (already flagged by their figures)."""
    pointers = list(itertools.islice(_POINTED.finditer(facts.text), _MAX_SCORES))
    if not pointers:
        return
    told = _scores(facts)
    for m in pointers:
        budget.check()
        low, high = max(0, m.start() - _AROUND), min(len(facts.text), m.end() + _AROUND)
        if _ANOTHER.search(facts.text, low, high):
            continue
        score = _pair(m.group(1), m.group(2))
        draw = m.group("result").lower() == "draw"
        later = facts.sentence_at(m.start())
        before = [
            (start, end, pair)
            for start, end, pair in told
            if start < m.start()
            and facts.sentence_at(start) != later
            and (pair[0] == pair[1]) == draw
        ]
        if len({pair for _s, _e, pair in before}) != 1 or before[0][2] == score:
            continue  # none told before, two matches' scores, or the same one
        start, end, _pair_told = before[-1]
        if frozenset({facts.sentence_at(start), later}) in flagged:
            continue  # told by its figures
        yield Flag(
            check=check_id,
            severity="medium",
            message=f"The same match's score given two ways: {facts.text[start:end]} here, "
            f"{m.group(1)}-{m.group(2)} there.",
            evidence=facts.passages(
                facts.sentence_at(start), later, marks=[(start, end), (m.start(1), m.end(2))]
            ),
        )
