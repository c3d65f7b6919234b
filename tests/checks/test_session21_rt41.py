"""Found by black-box red team rt41 (a helper who read only the README) on session 21's
change, in both directions, in sentences of our own."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags


def test_the_remaining_part_closes_a_whole_made_up_of_parts(analyzer: Analyzer) -> None:
    budget = (
        "The trust will spend £240m this year, made up of £120m on wards, £70m on clinics "
        "and £35m on ambulances, with the remaining £15m on training."
    )
    assert told_flags(analyzer, "arithmetic", budget) == []
    wrong = budget.replace("remaining £15m", "remaining £25m")
    assert len(told_flags(analyzer, "arithmetic", wrong)) == 1


def test_two_peoples_terms_each_told_again_are_two_terms(analyzer: Analyzer) -> None:
    first = "Dean Shaw, 29, was banned for four years at Hull Crown Court on Monday."
    second = "Kyle Moss, 22, was banned for three years for affray."
    lawyer = "His lawyer said the three-year ban was too long."
    shaw = "Shaw's solicitor said his client accepted the four-year ban."
    assert told_flags(analyzer, "number-conflict", first, second, lawyer, shaw) == []
    # a term neither was given, told of one of them, is still a slip
    slip = "Shaw's solicitor said his client accepted the six-year ban."
    flags = told_flags(analyzer, "number-conflict", first, second, lawyer, slip)
    assert any(slip in text for _severity, text in flags), flags


def test_a_surname_with_an_s_added_after_ms(analyzer: Analyzer) -> None:
    first = "Its chief executive, Joanna Reeve, will join the board in May."
    between = "The firm makes valves for the oil industry."
    later = "Speaking to staff on Tuesday, Ms Reeves said the move was good news."
    flags = told_flags(analyzer, "name-variant", first, between, later)
    assert len(flags) == 1 and later in flags[0][1], flags
    # "Ms Reeve" is the same spelling, and "the Reeves" the family
    for fine in (later.replace("Reeves", "Reeve"), "The Reeves have run the firm for years."):
        assert told_flags(analyzer, "name-variant", first, between, fine) == [], fine
