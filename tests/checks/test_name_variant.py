from bot.analyzer import Analyzer
from tests.helpers import flags_of


def test_surname_spelled_two_ways(analyzer: Analyzer):
    text = (
        "Diplomat Simon Gass travelled to Doha for the talks.\n\n"
        "Officials said Glass had met senior figures on Wednesday."
    )
    flags = flags_of(analyzer.analyze(text), "name-variant")
    assert len(flags) == 1
    assert "Glass" in " ".join(e.quote for e in flags[0].evidence)


def test_full_names_with_same_first_name(analyzer: Analyzer):
    text = (
        "Goalkeeper Brad Tolley kept a clean sheet on Saturday.\n\n"
        "The manager said Brad Tolly had earned his place."
    )
    flags = flags_of(analyzer.analyze(text), "name-variant")
    assert len(flags) == 1 and flags[0].severity == "high"


def test_relatives_and_accents_are_not_variants(analyzer: Analyzer):
    text = (
        "Maria Lopez and her brother Carlos Lopez opened the shop in 1998.\n\n"
        "Pero Antić, the centre, scored twelve points.\n\n"
        "Coach Jim Hale said Pero Antic had been outstanding."
    )
    assert flags_of(analyzer.analyze(text), "name-variant") == []


def test_names_side_by_side_are_two_people(analyzer: Analyzer):
    text = "Many stars, including the popular duo Riko and Rika, posted videos of their own."
    assert flags_of(analyzer.analyze(text), "name-variant") == []


def test_a_slip_beside_a_family_name_is_reported_once(analyzer: Analyzer):
    text = (
        "Paul McGurk and his son Johnny McGurk ran the quarry firm for a decade.\n\n"
        "Mr McGukr, an accountant, was released on bail."
    )
    flags = flags_of(analyzer.analyze(text), "name-variant")
    assert len(flags) == 1
    assert "McGukr" in flags[0].message
