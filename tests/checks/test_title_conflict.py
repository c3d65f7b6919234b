from bot.analyzer import Analyzer
from tests.helpers import flags_of


def test_one_person_two_cabinet_posts(analyzer: Analyzer):
    text = (
        "Foreign Secretary Alan Pryce flew to Geneva on Monday.\n\n"
        "Home Secretary Alan Pryce later said the visit had gone well."
    )
    flags = flags_of(analyzer.analyze(text), "title-conflict")
    assert len(flags) == 1
    assert "Alan Pryce" in flags[0].message
    assert len(flags[0].evidence) == 2


def test_synonyms_and_former_posts_are_not_conflicts(analyzer: Analyzer):
    text = (
        "Foreign Secretary Alan Pryce flew to Geneva on Monday.\n\n"
        "Foreign Minister Alan Pryce met his hosts.\n\n"
        "Former Home Secretary Alan Pryce, as some still call him, smiled."
    )
    assert flags_of(analyzer.analyze(text), "title-conflict") == []
