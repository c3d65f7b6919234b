"""A winning margin told back with another one, for number-conflict: "beat Eastleigh by 37
runs" ... "the 27-run victory"; "won the Grand Prix by 4.2 seconds" ... "Lindqvist's
2.4-second victory".

The later margin points back ("the", a possessive) with a word for the result; it is read
against the one margin in that unit the story told before with a result ("won ... by",
"beat ... by", "lost ... by"). Two such margins told before (a sprint's and a race's), a
margin told before that fits the later one, or words of another match around the later one
("last season's 12-run defeat") leave it open which is meant, and nothing is flagged. A
margin in goals or points told back against a score ("won 3-1" ... "the one-goal win") is
read in bot.checks.retold_scores.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator

from bot.analysis import budget
from bot.analysis.model import Flag
from bot.analysis.numbers import ONE_WORD_NUMBERS
from bot.checks.facts import Facts
from bot.checks.retold_scores import POINTING, another_match, margin_value

_UNITS = r"runs?|wickets?|seconds?|strokes?|shots?|lengths?|points?|goals?|tries"
_VALUE = rf"\d{{1,3}}(?:\.\d{{1,3}})?|{ONE_WORD_NUMBERS}"
# a result told with its margin: "beat Eastleigh by 37 runs", "won the race by 4.2 seconds"
_TOLD = re.compile(
    r"\b(?:beat|beating|defeated|defeating|won|winning|lost|losing|edged|victory|win|defeat)"
    rf"\b[^.;\n]{{0,80}}?\bby\s+(?:just\s+|only\s+)?(?P<value>{_VALUE})\s+(?P<unit>{_UNITS})\b",
    re.I,
)
# any margin, told with a result or not ("... and Sunday's main race by 5.3 seconds")
_BY = re.compile(rf"\bby\s+(?:just\s+|only\s+)?(?P<value>{_VALUE})\s+(?P<unit>{_UNITS})\b", re.I)
# the later telling: "the 27-run victory", "Lindqvist's 2.4-second win"
_POINTED = re.compile(
    rf"{POINTING}(?P<value>{_VALUE})[\s-](?P<unit>run|wicket|second|stroke|shot|length|point|goal|try)"
    r"\s+(?:win|victory|defeat|loss|triumph|success)\b"
)
_MAX_MARGINS = 200  # a results table holds hundreds: past this the copy is not a report


def _unit(text: str) -> str:
    word = text.lower()
    unit = "try" if word == "tries" else word.removesuffix("s")
    return "stroke" if unit == "shot" else unit  # golf's margins, told either way


def retold_margins(
    facts: Facts, check_id: str, flagged: Collection[frozenset[int]] = ()
) -> Iterator[Flag]:
    """Flags for each margin told back that is not the one margin told before in its unit;
    none for a pair of sentences in ``flagged`` (already flagged)."""
    pointers = list(itertools.islice(_POINTED.finditer(facts.text), _MAX_MARGINS))
    if not pointers:
        return
    told = [
        (m.start("value"), m.end("unit"), margin_value(m.group("value")), _unit(m.group("unit")))
        for m in itertools.islice(_TOLD.finditer(facts.text), _MAX_MARGINS)
    ]
    every = [
        (m.start(), margin_value(m.group("value")), _unit(m.group("unit")))
        for m in itertools.islice(_BY.finditer(facts.text), _MAX_MARGINS)
    ]
    for m in pointers:
        budget.check()
        if another_match(facts, m.start(), m.end(), told=False):
            continue
        later, value, unit = (
            facts.sentence_at(m.start()),
            margin_value(m.group("value")),
            _unit(m.group("unit")),
        )
        if any(at < m.start() and (v, u) == (value, unit) for at, v, u in every):
            continue  # told before, perhaps of another race ("the sprint by 0.8 seconds")
        before = [t for t in told if t[0] < m.start() and t[3] == unit]
        before = [t for t in before if not another_match(facts, t[0], t[1], told=True)]
        if len({t[2] for t in before}) != 1 or facts.sentence_at(before[0][0]) == later:
            continue  # none told before, or two margins: whose is this one?
        start, end, _value_told, _unit_told = before[-1]
        if frozenset({facts.sentence_at(start), later}) in flagged:
            continue
        yield Flag(
            check=check_id,
            severity="medium",
            message=f"The same winning margin given two ways: {facts.text[start:end]} here, "
            f"{facts.text[m.start('value') : m.end()]} there.",
            evidence=facts.passages(
                facts.sentence_at(start), later, marks=[(start, end), (m.start(), m.end())]
            ),
        )
