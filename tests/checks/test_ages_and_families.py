"""age-conflict: "Surname, NN," in attributions and captions, and families kept apart."""

from bot.analyzer import Analyzer
from tests.helpers import flags_of


def _ages(analyzer: Analyzer, text: str) -> list[str]:
    return [f.message for f in flags_of(analyzer.analyze(text), "age-conflict")]


def test_surname_and_age_in_an_attribution(analyzer: Analyzer):
    text = (
        "Gordon Pike, 39, runs the bakery on the high street.\n\n"
        '"We have never been busier," Pike, 41, said.'
    )
    flags = flags_of(analyzer.analyze(text), "age-conflict")
    assert len(flags) == 1
    assert "39" in flags[0].message and "41" in flags[0].message
    quotes = " ".join(e.quote for e in flags[0].evidence)
    assert "Pike, 41," in quotes


def test_surname_and_age_in_a_caption(analyzer: Analyzer):
    text = (
        "Ellen Shaw, 52, has walked the coast path every summer since 1990.\n\n"
        "Pictured: Shaw, 25, at the finish in Penzance with her dog."
    )
    assert len(_ages(analyzer, text)) == 1


def test_age_before_a_surname(analyzer: Analyzer):
    text = (
        "Coach Mike Lowther, 39, says his side must improve.\n\n"
        '"It is up to the players," said the 44-year-old Lowther.'
    )
    assert len(_ages(analyzer, text)) == 1


def test_one_name_written_two_ways(analyzer: Analyzer):
    text = (
        "Liana Ferreira, 39, was charged on Friday.\n\n"
        "Prosecutors said 41-year-old Lianna Ferreira had been warned twice."
    )
    assert len(_ages(analyzer, text)) == 1


def test_the_same_age_restated_is_fine(analyzer: Analyzer):
    text = (
        "Gordon Pike, 39, runs the bakery on the high street.\n\n"
        '"We have never been busier," Pike, 39, said.'
    )
    assert _ages(analyzer, text) == []


def test_a_couple_sharing_a_surname(analyzer: Analyzer):
    text = (
        "John Marsh, 45, and his wife Mary Marsh, 43, have run the farm since 2001.\n\n"
        '"It has been a hard winter," Marsh, 45, said.\n\n'
        "Marsh, 43, added that the lambing had gone well."
    )
    assert _ages(analyzer, text) == []


def test_a_family_sharing_a_surname(analyzer: Analyzer):
    text = (
        "Tom Baker, 12, was rescued by his father Alan Baker, 41, and his brother "
        "Sam Baker, 15.\n\n"
        "Alan Baker said the boys had been very brave."
    )
    assert _ages(analyzer, text) == []


def test_a_relative_whose_full_name_was_tagged_a_firm(analyzer: Analyzer):
    # The recogniser tags "Imogen Lydgate" an organisation: her first name is still hers.
    text = (
        "The old king will be played by Sir Julian Lydgate, 82, and two of his daughters "
        "will be played by his own daughters.\n\n"
        "Imogen Lydgate, 54, plays Goneril. Her younger sister, Harriet Lydgate, 49, plays "
        "Regan."
    )
    assert _ages(analyzer, text) == []


def test_surnames_of_several_parts(analyzer: Analyzer):
    text = (
        "Dara McBride, 39, opened the shop in 2010.\n\n"
        '"It has been a long road," McBride, 41, said.\n\n'
        "Anna De Vries, 37, is a lawyer in the town.\n\n"
        "De Vries, 33, said she would appeal.\n\n"
        "Former host Robin Ashby-Clarke, 51, has attacked the plan.\n\n"
        "Mr Ashby-Clarke, 44, said it would cost jobs."
    )
    assert len(_ages(analyzer, text)) == 3


def test_age_with_a_description_before_the_name(analyzer: Analyzer):
    text = (
        "Carl Rudge, 18, made his debut for Bath on Saturday.\n\n"
        "The 19-year-old centre Carl Rudge scored twice."
    )
    assert len(_ages(analyzer, text)) == 1


def test_a_year_old_man_and_another_person_are_two(analyzer: Analyzer):
    text = (
        "Carl Rudge, 45, was charged with theft on Monday.\n\n"
        "Police said a 30-year-old man and Carl Rudge were seen leaving the shop."
    )
    assert _ages(analyzer, text) == []


def test_the_subject_called_by_surname_beside_relatives_named_in_full(analyzer: Analyzer):
    # The copy calls its subject "Quayle" and names the family in full every time, so
    # the later "Quayle, 58," is still Dennis.
    text = (
        "Dennis Quayle, 52, has kept bees on the allotment for thirty years.\n\n"
        '"They are calmer than people," Quayle said.\n\n'
        "His daughter, Rosa Quayle, 24, helps with the honey, and his son, Owen Quayle, 19, "
        "sells it at the market.\n\n"
        "Quayle, 58, said the hives had survived the wettest spring he could remember."
    )
    flags = _ages(analyzer, text)
    assert len(flags) == 1 and "Dennis Quayle" in flags[0] and "58" in flags[0]


def test_a_title_tells_a_couple_apart_after_the_surname_alone(analyzer: Analyzer):
    text = (
        "Dennis Quayle, 52, has kept bees on the allotment for thirty years.\n\n"
        '"They are calmer than people," Mr Quayle said.\n\n'
        "His wife, Brenda Quayle, sells the honey at the market.\n\n"
        "Mrs Quayle, 49, said the hives had survived the wettest spring she could remember."
    )
    assert _ages(analyzer, text) == []


def test_a_surname_alone_used_for_two_relatives_stays_nobodys(analyzer: Analyzer):
    text = (
        "Brothers Dennis Quayle, 52, and Owen Quayle, 47, run the bee farm.\n\n"
        '"They are calmer than people," Quayle said.\n\n'
        "Quayle, 47, said the hives had survived the wet spring."
    )
    assert _ages(analyzer, text) == []


def test_digits_before_a_point_are_not_an_age(analyzer: Analyzer):
    text = "At 12.40 the 40-year-old John Smith left.\n\nJohn Smith, 39, said he was tired."
    assert len(_ages(analyzer, text)) == 1  # 40 and 39: the slip is still caught
    text = "Later the 12.40-year-old John Smith said it again.\n\nJohn Smith, 39, agreed."
    assert _ages(analyzer, text) == []
