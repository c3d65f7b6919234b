from bot.analyzer import Analyzer
from tests.helpers import flags_of


def test_same_quote_two_speakers(analyzer: Analyzer):
    text = (
        'Council leader Ruth Amos said: "We will rebuild every home that was lost."\n\n'
        "Engineers began surveying the quay on Tuesday.\n\n"
        '"We will rebuild every home that was lost," said Martin Kerr, the deputy leader.'
    )
    flags = flags_of(analyzer.analyze(text), "quote-attribution")
    assert len(flags) == 1
    assert "Ruth Amos" in flags[0].message and "Martin Kerr" in flags[0].message


def test_pronoun_speaker_and_shortened_quote(analyzer: Analyzer):
    text = (
        "Ruth Amos visited the quay on Monday. "
        '"We will rebuild every home that was lost this winter," she said.\n\n'
        'Martin Kerr said: "We will rebuild every home that was lost."'
    )
    assert len(flags_of(analyzer.analyze(text), "quote-attribution")) == 1


def test_same_speaker_repeating_is_fine(analyzer: Analyzer):
    text = (
        'Ruth Amos said: "We will rebuild every home that was lost."\n\n'
        '"We will rebuild every home that was lost," Amos repeated later, said Ruth Amos.'
    )
    assert flags_of(analyzer.analyze(text), "quote-attribution") == []
