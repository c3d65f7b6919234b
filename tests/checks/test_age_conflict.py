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
