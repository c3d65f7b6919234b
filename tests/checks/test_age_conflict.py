from bot.analyzer import Analyzer
from tests.helpers import flags_of


def test_age_beside_name_then_loose_age(analyzer: Analyzer):
    text = (
        "Gordon Pike, 39, will be confirmed as manager on Friday.\n\n"
        "On Thursday the 40-year-old paid tribute to his players."
    )
    flags = flags_of(analyzer.analyze(text), "age-conflict")
    assert len(flags) == 1
    assert "39" in flags[0].message and "40" in flags[0].message


def test_two_people_two_ages_is_fine(analyzer: Analyzer):
    text = (
        "Gordon Pike, 39, and Ellen Shaw, 41, were both appointed.\n\n"
        "The 41-year-old said she was delighted."
    )
    assert flags_of(analyzer.analyze(text), "age-conflict") == []


def test_ages_of_several_others_are_not_the_last_named_persons(analyzer: Analyzer):
    text = (
        "Dean Walsh, 20, was jailed for five years at Leeds Crown Court.\n\n"
        "Two other men, aged 17 and 19, were given youth rehabilitation orders."
    )
    assert flags_of(analyzer.analyze(text), "age-conflict") == []
    one_more = text.replace("Two other men, aged 17 and 19,", "He was aged 21 and")
    assert len(flags_of(analyzer.analyze(one_more), "age-conflict")) == 1


def test_an_age_after_a_sentence_naming_two_people_is_nobodys(analyzer: Analyzer):
    text = (
        "Tom Hale won the race in Monaco, finishing four seconds ahead of Ivan Petrov.\n\n"
        "The 24-year-old was starting his 90th race.\n\n"
        "Petrov, 26, has won 31 races."
    )
    assert flags_of(analyzer.analyze(text), "age-conflict") == []
    alone = text.replace(", finishing four seconds ahead of Ivan Petrov", "")
    alone = alone.replace("Petrov, 26, has won 31 races.", "Hale, 26, has won 31 races.")
    assert len(flags_of(analyzer.analyze(alone), "age-conflict")) == 1


def test_councillors_sharing_a_surname_keep_their_ages(analyzer: Analyzer):
    text = (
        "The meeting was led by the vice-chairman, Councillor Ruth Green, because the "
        "chairman, Councillor Tony Marsh, was recovering from an operation. Marsh, 74, has "
        "chaired the council since 2017.\n\n"
        "The only councillor to vote against was Councillor Simon Marsh, 45, who is the "
        "chairman's son."
    )
    assert flags_of(analyzer.analyze(text), "age-conflict") == []


def test_a_daughter_named_in_full_beside_her_father_keeps_her_age(analyzer: Analyzer):
    text = (
        "Team owner and principal Graham Holt, who founded the team in 2008, said the two "
        'drivers had pushed each other all year. "We had a one-two," Holt said.\n\n'
        "Holt, 61, a former Formula 3 race winner, runs the team with his daughter Rebecca "
        "Holt, 34, the team manager, who oversees the engineering staff."
    )
    assert flags_of(analyzer.analyze(text), "age-conflict") == []


def test_a_loose_age_in_a_sentence_naming_the_last_named_is_someone_elses(analyzer: Analyzer):
    text = (
        "Thomas Brandt began his reign as head coach with a 2-0 win on Friday.\n\n"
        "The 18-year-old full-back, handed his first cap by Brandt, scored the opener.\n\n"
        "Brandt, 51, has managed four clubs."
    )
    assert flags_of(analyzer.analyze(text), "age-conflict") == []
    plain = text.replace(", handed his first cap by Brandt,", "")
    assert len(flags_of(analyzer.analyze(plain), "age-conflict")) == 1
