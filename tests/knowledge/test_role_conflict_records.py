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
