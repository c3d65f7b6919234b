"""Figures read in session 22 (issue 9) from rt39's leftovers, in both directions, in
sentences of our own."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags


def test_the_injured_are_people_counted_by_what_befell_them(analyzer: Analyzer) -> None:
    first = "Police said 32 people were injured when a coach overturned on the A40 on Friday."
    between = "The driver, 51, was arrested at the scene and later released."
    later = "Of the 23 injured, four remain in hospital in a serious condition."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    # the same count told again agrees, and some of them ("injured seriously") are a part
    same = later.replace("23", "32")
    assert told_flags(analyzer, "number-conflict", first, between, same) == []
    part = "Of the 12 injured seriously, four remain in intensive care."
    assert told_flags(analyzer, "number-conflict", first, between, part) == []
    # the dead are a toll: "all 9 dead" against "killed seven"
    toll = "The storm killed seven people in the valley overnight, officials said."
    dead = "The names of all 9 dead have now been released by the council."
    flags = told_flags(analyzer, "number-conflict", toll, between, dead)
    assert len(flags) == 1, flags


def test_mr_and_mrs_of_a_couple_sharing_a_surname(analyzer: Analyzer) -> None:
    lead = "Peter Garside, 61, and his wife Helen Garside, 58, were asleep when the fire began."
    between = "Firefighters from three stations were called to the farmhouse near Thirsk."
    him = "Mr Garside, 63, carried their grandson down the stairs."
    flags = told_flags(analyzer, "age-conflict", lead, between, him)
    assert len(flags) == 1, flags
    assert lead in flags[0][1] and him in flags[0][1]
    her = "Mrs Garside, 60, said the smoke alarm had saved them."
    flags = told_flags(analyzer, "age-conflict", lead, between, her)
    assert len(flags) == 1, flags
    # each given the age the lead gives them: no conflict
    both = [him.replace("63", "61"), her.replace("60", "58")]
    assert told_flags(analyzer, "age-conflict", lead, between, *both) == []
    # "the son of" someone says nothing of her: a Mrs is still nobody's to read
    other = "Alan Garside, 30, lives next door to the son of Ruth Garside, 70, in Thirsk."
    mrs = "Mrs Garside, 71, said she had heard nothing."
    assert told_flags(analyzer, "age-conflict", other, between, mrs) == []


def test_mr_or_mrs_of_two_men_or_two_women_sharing_a_surname_is_nobodys(
    analyzer: Analyzer,
) -> None:
    # rt44: a father and son, two sisters, a married couple of two men or two women
    for lead, later in (
        ("Robert Fields, 70, and his son Andrew Fields, 42, run the farm.", "Mr Fields, 70,"),
        ("Kim Lee, 30, and her wife Jo Lee, 33, run the cafe.", "Mrs Lee, 30,"),
        ("Ann Doe, 60, and her sister Emma Doe, 52, run the shop.", "Ms Doe, 60,"),
        ("Tom Hale, 41, and his husband Rob Hale, 44, run the pub.", "Mr Hale, 41,"),
    ):
        between = "Trade had been slow since the bypass opened in the spring."
        told = f"{later} said they would not give up."
        assert told_flags(analyzer, "age-conflict", lead, between, told) == [], lead
    # a woman named with "her husband" tells his Mr apart from her
    lead = "Chris Hale, 44, and her husband Tom Hale, 47, run the pub."
    report = analyzer.analyze(f"{lead}\n\nTrade was slow.\n\nMr Hale, 49, said so.")
    messages = [f.message for f in report.flags if f.check == "age-conflict"]
    assert len(messages) == 1 and "Tom Hale" in messages[0], messages
