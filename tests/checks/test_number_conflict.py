from bot.analysis.analyzer import Analyzer
from tests.conftest import flags_of


def test_same_count_two_values(analyzer: Analyzer):
    text = (
        "The storm destroyed 14 homes along the coast road.\n\n"
        "Volunteers cleared debris through the night.\n\n"
        "Insurers said the storm destroyed 17 homes, most of them timber-framed."
    )
    flags = flags_of(analyzer.analyze(text), "number-conflict")
    assert len(flags) == 1 and flags[0].severity == "medium"


def test_qualified_figures_that_agree_and_changes_over_time(analyzer: Analyzer):
    text = (
        "The storm destroyed more than 100 homes along the coast road.\n\n"
        "Insurers said the storm destroyed 112 homes.\n\n"
        "Claims rose from 40 last year to 52 this year."
    )
    assert flags_of(analyzer.analyze(text), "number-conflict") == []
