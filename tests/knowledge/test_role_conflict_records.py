"""role-conflict reads the office-holder store only to keep two countries' offices apart."""

from __future__ import annotations

from datetime import date

import pytest

from bot.analyzer import Analyzer
from bot.knowledge.index import Knowledge
from tests.helpers import flags_of

IRAN_STORY = (
    "Iran's president, Hassan Rouhani, said on Monday that Iran would keep talking. "
    "President {name} told reporters in Washington that the talks in Iran were useful."
)


@pytest.mark.parametrize(
    ("name", "flagged"),
    [
        ("Barack Obama", False),  # on record as the US's president: another office
        ("Ali Karimi", True),  # no record: the story's own country, as before
    ],
)
def test_a_holder_on_record_in_another_country_is_not_a_second_holder(
    analyzer: Analyzer, shipped_only: Knowledge, name: str, flagged: bool
):
    report = analyzer.analyze(IRAN_STORY.format(name=name), published=date(2015, 1, 1))
    serious = [f for f in flags_of(report, "role-conflict") if f.severity != "low"]
    assert bool(serious) == flagged


@pytest.mark.parametrize(
    ("text", "serious"),
    [
        ("Scotland's First Minister Alan Reid met Welsh First Minister Carys Pugh in Cardiff. "
         "Scotland and Wales signed a rail deal.", False),  # two nations' offices
        ("First Minister Alan Reid opened the bridge. Wales and Scotland cheered. "
         "Scottish First Minister Carys Pugh was not there.", False),  # a bare one: a hint
        ("Scotland's First Minister Alan Reid opened the bridge in Scotland. "
         "Scottish First Minister Carys Pugh was not there.", True),  # one nation, two holders
    ],
)  # fmt: skip
def test_the_uk_nations_first_ministers_are_three_offices(
    analyzer: Analyzer, shipped_only: Knowledge, text: str, serious: bool
):
    report = analyzer.analyze(text, published=date(2025, 2, 3))
    flagged = [f for f in flags_of(report, "role-conflict") if f.severity != "low"]
    assert bool(flagged) == serious
