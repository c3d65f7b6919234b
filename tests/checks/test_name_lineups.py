"""name-variant: one person's name spelled two ways, never different people who share letters.

Issue 9: names in a list, line-up or team sheet are different people; two forms each
with its own first name or its own title are different people.
"""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import flags_of

CHECK = "name-variant"


def _flags(analyzer: Analyzer, *paragraphs: str) -> list[str]:
    report = analyzer.analyze("\n\n".join(paragraphs))
    return [f.message for f in flags_of(report, CHECK)]


def test_one_persons_surname_spelled_two_ways(analyzer: Analyzer):
    flags = _flags(
        analyzer,
        "Coach Dermot Halloran named his squad for the cup tie on Monday.",
        "The squad trained behind closed doors.",
        "Hallorran said the players were ready for the trip.",
    )
    assert len(flags) == 1 and "Hallorran" in flags[0]


def test_a_slip_after_an_honorific_with_an_office_told_after_it(analyzer: Analyzer):
    # "Ms X, general secretary of ..." describes someone already named: still one person.
    flags = _flags(
        analyzer,
        "Union leader Priya Castellano called the strike on Tuesday.",
        "Ms Castelano, leader of the union, said the ballot result was clear.",
    )
    assert len(flags) == 1 and "Castelano" in flags[0]


def test_names_in_a_team_sheet_are_different_players(analyzer: Analyzer):
    flags = _flags(
        analyzer,
        "Striker Aidan Keane scored twice as Rovers won at home.",
        "Rovers: Brady, Doherty, Kean, Moloney, Fitzpatrick, Keane, O'Dowd.",
        "Keane said the win would lift the squad.",
    )
    assert flags == []


def test_a_line_up_beside_prose_names_another_player(analyzer: Analyzer):
    flags = _flags(
        analyzer,
        "Captain Tom Brannigan led the side out at Kingsholm on Saturday.",
        "Brannigan was later named man of the match.",
        "Replacements: Brannagan, Cole, Dunne, Ferris, Gately.",
    )
    assert flags == []


def test_forms_with_their_own_first_name_or_title_are_different_people(analyzer: Analyzer):
    flags = _flags(
        analyzer,
        "The memo was written by chief of staff John Baker in March.",
        "President Barker said he had not read it.",
    )
    assert flags == []


def test_forms_with_their_own_first_names_are_different_people(analyzer: Analyzer):
    flags = _flags(
        analyzer,
        "Judge Helen Marsh heard the case in the morning.",
        "Defence lawyer Peter Marsch asked for an adjournment.",
    )
    assert flags == []


def test_a_nationality_after_the_is_no_name(analyzer: Analyzer):
    flags = _flags(
        analyzer,
        "Callum Scott won the 400m at the indoor meeting in Glasgow.",
        "The 24-year-old Scot finished clear of the field.",
    )
    assert flags == []


def test_a_shortlist_in_prose_names_someone_else(analyzer: Analyzer):
    flags = _flags(
        analyzer,
        "Singer Ottilie Marsden won best newcomer on Tuesday.",
        "Marsden thanked her band.",
        "Also shortlisted were Jo Pike, Dev Lund, Marsdon and Ivy Crane.",
    )
    assert flags == []
