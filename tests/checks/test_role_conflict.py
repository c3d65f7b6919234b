from bot.analyzer import Analyzer
from tests.helpers import flags_of


def test_one_office_two_holders_same_country(analyzer: Analyzer):
    text = (
        "Canadian Prime Minister Laura Whitfield met farmers in Ottawa on Friday.\n\n"
        "The talks were cordial, officials said.\n\n"
        "Canadian Prime Minister Owen Marsh said the deal would be signed next month."
    )
    flags = flags_of(analyzer.analyze(text), "role-conflict")
    assert len(flags) == 1
    assert flags[0].severity == "high"
    quotes = " ".join(e.quote for e in flags[0].evidence)
    assert "Laura Whitfield" in quotes and "Owen Marsh" in quotes


def test_former_holder_and_other_countries_do_not_conflict(analyzer: Analyzer):
    text = (
        "Prime Minister Laura Whitfield met farmers on Friday.\n\n"
        "Former Prime Minister Owen Marsh criticised the plan.\n\n"
        "Irish Prime Minister Sean Doyle and Australian Prime Minister Kate Bright "
        "also spoke."
    )
    flags = [f for f in flags_of(analyzer.analyze(text), "role-conflict") if f.severity != "low"]
    assert flags == []


def test_different_clubs_have_different_managers(analyzer: Analyzer):
    text = (
        "Hartlepool manager Dan Rowe praised his players.\n\n"
        "Barnsley manager Tom Greer was less happy with the referee."
    )
    assert flags_of(analyzer.analyze(text), "role-conflict") == []
