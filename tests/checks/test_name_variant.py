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


def _variants(analyzer: Analyzer, text: str) -> list[str]:
    return [f.message for f in flags_of(analyzer.analyze(text), "name-variant")]


def test_a_slip_the_recogniser_missed_after_mr(analyzer: Analyzer):
    # Neither "McGruk" (a capital inside) nor "Kliroy-Silk" (hyphenated) is tagged a name.
    assert len(_variants(analyzer, (
        "Johnny McGurk, an accountant, was released on bail.\n\n"
        "Mr McGruk also captained his club to a county title."
    ))) == 1  # fmt: skip
    flags = _variants(analyzer, (
        "Robert Kilroy-Silk launched the party in Sunderland.\n\n"
        "And Mr Kliroy-Silk said he wanted to spend more on aid."
    ))  # fmt: skip
    assert len(flags) == 1 and "Kliroy-Silk" in flags[0]


def test_a_short_word_like_a_surname_is_no_slip(analyzer: Analyzer):
    assert _variants(analyzer, (
        "Chris Rock hosted the awards show in Los Angeles.\n\n"
        "Later the crowd at the Roca Club heard the band play."
    )) == []  # fmt: skip


def test_two_people_side_by_side_with_honorifics(analyzer: Analyzer):
    # Found by a red team: named together, each with "Mr", they are two people.
    assert _variants(analyzer, (
        "Councillors Mr Heald and Mr Herald both opposed the motion.\n\n"
        "Mr Heald said it was unaffordable; Mr Herald said it had been rushed."
    )) == []  # fmt: skip


def test_a_surname_alone_is_at_most_medium(analyzer: Analyzer):
    # No first name on either side: the same letters may be another person's name.
    flags = flags_of(analyzer.analyze(
        "Mr Gass travelled to Doha for the talks.\n\n"
        "Officials said Glass had met senior figures on Wednesday."
    ), "name-variant")  # fmt: skip
    assert [f.severity for f in flags] == ["medium"]


def test_a_first_name_with_a_letter_added_is_a_name_of_its_own(analyzer: Analyzer):
    given_forms = (
        "Steven Hollis scored twice in the first half.\n\n"
        "Rovers captain Steve Hollis said the side had deserved the win."
    )
    slip = (
        "Michael Hollis scored twice in the first half.\n\n"
        "Rovers captain Micheal Hollis said the side had deserved the win."
    )
    assert flags_of(analyzer.analyze(given_forms), "name-variant") == []
    assert len(flags_of(analyzer.analyze(slip), "name-variant")) == 1


def test_a_country_one_letter_from_a_surname_is_not_a_spelling(analyzer: Analyzer):
    text = (
        "The novelist Ada Greene finished the book in 1961.\n\n"
        "She had spent a year in Greece before it was published.\n\n"
        "Greene later said the island had shaped the story."
    )
    assert flags_of(analyzer.analyze(text), "name-variant") == []
    # a surname that is also a demonym still belongs to a person when a first name says so
    slip = (
        "The comedian Alice French opened the show on Friday.\n\n"
        "Critics said the set was her best.\n\n"
        "Frencj later said she would return next year."
    )
    assert len(flags_of(analyzer.analyze(slip), "name-variant")) == 1


def test_a_country_and_its_people_are_no_name(analyzer: Analyzer):
    text = (
        "Sri Lanka beat Bangladesh by six wickets in Colombo on Sunday. Sri Lanka's "
        "captain praised the bowlers.\n\nSri Lankan fans celebrated outside the ground."
    )
    assert flags_of(analyzer.analyze(text), "name-variant") == []


def test_a_first_name_and_a_peers_style_are_two_people(analyzer: Analyzer):
    text = (
        "The shadow health secretary, Alice Grainger, called for an inquiry into the "
        "delays.\n\nThe health minister, Lord Granger, who is no relation, said an inquiry "
        "was not needed."
    )
    assert flags_of(analyzer.analyze(text), "name-variant") == []


def test_first_names_the_recogniser_left_out_keep_two_people_apart(analyzer: Analyzer):
    # "the Scot Ewan MacDowell" is tagged an organisation, and "Daria" left out of a name
    texts = (
        "The captain, Conor McDowell, named four vice-captains on Monday, including the "
        "Scot Ewan MacDowell.\n\nMcDowell said the choice had been easy. MacDowell, 47, "
        "said he was honoured.",
        "In the singles, the world No 4, Anastasia Volkova, beat the Ukrainian Daria "
        "Volkov 6-3 6-4 to reach the semi-finals.",
    )
    for text in texts:
        assert flags_of(analyzer.analyze(text), "name-variant") == [], text


def test_a_slip_after_a_first_name_is_still_one_person(analyzer: Analyzer):
    text = (
        "Finance director Jonathan Pemberton said the results were strong.\n\n"
        "Analysts asked Jonathan Pembeton about the debt."
    )
    flags = flags_of(analyzer.analyze(text), "name-variant")
    assert len(flags) == 1 and flags[0].severity == "high"
