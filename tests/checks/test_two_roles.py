"""title-conflict outside government: one person given two posts they cannot hold at once."""

from bot.analyzer import Analyzer
from tests.helpers import flags_of


def _serious(analyzer: Analyzer, text: str) -> list[str]:
    flags = flags_of(analyzer.analyze(text), "title-conflict")
    return [f.message for f in flags if f.severity != "low"]


def test_head_coach_and_chairman_of_one_team(analyzer: Analyzer):
    text = (
        "Wales head coach Owen Pryce named an unchanged side for Saturday.\n\n"
        "The squad trained in Cardiff on Thursday.\n\n"
        "Wales chairman Owen Pryce said the team was ready."
    )
    flags = flags_of(analyzer.analyze(text), "title-conflict")
    assert len(flags) == 1 and flags[0].severity == "high"
    assert "Owen Pryce" in flags[0].message and len(flags[0].evidence) == 2


def test_chief_executive_and_finance_director_of_one_firm(analyzer: Analyzer):
    text = (
        "Northgate Logistics chief executive Ruth Okafor said profits had doubled.\n\n"
        "Northgate Logistics finance director Ruth Okafor told analysts costs were under control."
    )
    assert len(_serious(analyzer, text)) == 1


def test_a_post_and_its_own_deputy(analyzer: Analyzer):
    text = (
        "Northgate Logistics chairman Gavin Stroud opened the meeting.\n\n"
        "Gavin Stroud, Northgate Logistics's deputy chairman, closed it an hour later.\n\n"
        "Vice President Carla Mendes arrived in Lima on Monday, and President Carla Mendes "
        "flew home on Tuesday."
    )
    assert len(_serious(analyzer, text)) == 2


def test_the_clubs_post_for_a_manager(analyzer: Analyzer):
    text = (
        "Rotherham manager Dan Rowe signed a new contract on Friday.\n\n"
        "Rotherham have won four games in a row.\n\n"
        "Dan Rowe, the club's chairman, said Rotherham could go up."
    )
    assert len(_serious(analyzer, text)) == 1


def test_posts_that_go_together(analyzer: Analyzer):
    text = (
        "Northgate Logistics chairman Gavin Stroud opened the meeting.\n\n"
        "Northgate Logistics chief executive Gavin Stroud said the dividend would rise.\n\n"
        "Player-manager Dan Rowe scored twice, and Rotherham manager Dan Rowe then "
        "substituted himself."
    )
    assert _serious(analyzer, text) == []


def test_career_history_is_not_a_conflict(analyzer: Analyzer):
    text = (
        "Former Rotherham manager Dan Rowe is the new Barnsley chairman.\n\n"
        "Barnsley chairman Dan Rowe said he would not interfere with team selection.\n\n"
        "Tom Greer, who managed Rotherham for six years, is now Barnsley's chief executive, "
        "and Barnsley chief executive Tom Greer was at the game."
    )
    assert _serious(analyzer, text) == []


def test_posts_in_two_bodies_are_not_a_conflict(analyzer: Analyzer):
    text = (
        "Rotherham assistant manager Dan Rowe has also been made Wales manager.\n\n"
        "Wales manager Dan Rowe said the two jobs would fit together."
    )
    assert _serious(analyzer, text) == []


def test_a_post_given_for_another_time_is_at_most_a_hint(analyzer: Analyzer):
    text = (
        "President Carla Mendes signed the treaty in 2016.\n\n"
        "On the 2008 campaign trail, Senator Carla Mendes promised to sign it."
    )
    assert _serious(analyzer, text) == []
