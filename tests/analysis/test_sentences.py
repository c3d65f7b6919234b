"""Sentences: a paragraph opens a sentence, and its second word never does."""

from bot.analyzer import Analyzer


def test_the_paragraph_after_a_headline_is_one_sentence(analyzer: Analyzer):
    # Without the second word's mark, the parser ends a sentence after "Dunmore".
    doc = analyzer.nlp(
        "Dunmore Athletic come from behind to sink Quarry Town\n\n"
        "Dunmore Athletic manager Tom Ashby hailed a win on Saturday."
    )
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == [
        "Dunmore Athletic come from behind to sink Quarry Town",
        "Dunmore Athletic manager Tom Ashby hailed a win on Saturday.",
    ]


def test_a_one_word_paragraph_still_ends_its_sentence(analyzer: Analyzer):
    doc = analyzer.nlp("Analysis\n\nThe vote was close. Both sides claimed victory.")
    assert [s.text.strip() for s in doc.sents] == [
        "Analysis",
        "The vote was close.",
        "Both sides claimed victory.",
    ]
