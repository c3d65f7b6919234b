"""number-conflict on a headline's figure told again in the body with another value, in
sentences of our own (issue 9: a black-box red team's headlines, rt23 and rt26)."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags

HEAD = "Ruth Okoye's 27 points lift Comets past Rovers"
HALF = "Okoye, who had scored just six points before the interval, took over after the break."


def _numbers(analyzer: Analyzer, *paragraphs: str) -> list[tuple[str, str]]:
    return told_flags(analyzer, "number-conflict", *paragraphs)


def test_a_headlines_figure_told_again_with_another_value(analyzer: Analyzer) -> None:
    body = "Okoye finished with 32 points as the Comets won 94-88 on Sunday."
    flags = _numbers(analyzer, HEAD, HALF, body)
    assert flags == [("medium", f"{HEAD} | {body}")]
    # told alike, the part before the interval beside it
    assert _numbers(analyzer, HEAD, HALF, body.replace("32", "27")) == []


def test_a_headline_is_a_line_of_its_own_without_a_stop(analyzer: Analyzer) -> None:
    body = "Okoye finished with 32 points as the Comets won 94-88 on Sunday."
    assert _numbers(analyzer, HEAD + ".", HALF, body) == []  # a sentence, not a headline


def test_a_headlines_count_against_the_bodys_parts(analyzer: Analyzer) -> None:
    head = "Council approves 12 new primary schools"
    restated = "The council approved nine new primary schools on Monday."
    assert [s for s, _ in _numbers(analyzer, head, restated)] == ["medium"]
    whole = "The council approved 12 new primary schools on Monday, three of them in Leeds."
    assert _numbers(analyzer, head, whole) == []
    placed = "In Leeds, the council approved nine new primary schools on Monday."
    assert _numbers(analyzer, head, placed) == []
