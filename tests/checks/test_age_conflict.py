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
