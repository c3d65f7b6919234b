"""quote-attribution with organisations, pronouns and possessives as speakers (issue 9).

Every text here is made up for the test. Each error has a look-alike that is not one.
"""

import pytest

from bot.analyzer import Analyzer
from tests.helpers import flags_of

LINE = "The ferry was never safe to sail in winter"


def _flags(analyzer: Analyzer, text: str) -> list:
    return flags_of(analyzer.analyze(text), "quote-attribution")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (  # a person, then a body named by a common noun
            f'Harbour master Ruth Amos said: "{LINE}."\n\n'
            "Inspectors visited the quay on Tuesday.\n\n"
            f'"{LINE}," the department said in a statement.',
            "Ruth Amos",
            "the department",
        ),
        (  # a person, then an organisation speaking through an unnamed spokesman
            f'"{LINE}," said Ruth Amos, the harbour master.\n\n'
            f'A spokesman for Northern Ferries said: "{LINE}."',
            "Ruth Amos",
            "Northern Ferries",
        ),
        (  # a body's statement is not its chief executive's words
            f'Northern Ferries chief executive Jane Doe said: "{LINE}."\n\n'
            f'"{LINE}," Northern Ferries said in a statement.',
            "Jane Doe",
            "Northern Ferries",
        ),
        (  # nor is its unnamed spokesman its chief executive
            f'Northern Ferries chief executive Jane Doe said: "{LINE}."\n\n'
            f'A spokesman for Northern Ferries said: "{LINE}."',
            "Jane Doe",
            "Northern Ferries",
        ),
        (  # "he" reads as the nearest man named before it, not the first speaker
            f'Ruth Amos said: "{LINE}."\n\n'
            "Martin Kerr, the deputy leader, toured the quay on Tuesday.\n\n"
            f'"{LINE}," he said.',
            "Ruth Amos",
            "Martin Kerr",
        ),
        (  # a possessive names whose brother speaks, not the speaker
            f'Ron Lane said: "{LINE}."\n\nRon Lane\'s brother Mark Lane said: "{LINE}."',
            "Ron Lane",
            "Mark Lane",
        ),
        (  # a surname the recogniser tags a firm is still the chairman it names
            "Rovers have sacked their manager after six straight defeats.\n\n"
            "Chairman Ray Fellowes said the decision had been the hardest of his time.\n\n"
            f'"{LINE}," Fellowes said.\n\n'
            "The club said in a statement that the search for a new manager would begin. "
            f'"{LINE}," the club said.',
            "Ray Fellowes",
            "the club",
        ),
        (  # an unnamed relative is still not the person they are related to
            f'Ron Lane said: "{LINE}."\n\nRon Lane\'s brother said: "{LINE}."',
            "Ron Lane",
            "Ron Lane's brother",
        ),
    ],
)
def test_a_quote_given_to_a_second_speaker(analyzer: Analyzer, text: str, first: str, second: str):
    flags = _flags(analyzer, text)
    assert len(flags) == 1, text
    assert first in flags[0].message and second in flags[0].message
    # both passages quoted, and the sentence naming a speaker read from "he said" before it
    quoted = [passage.quote for passage in flags[0].evidence]
    assert sum(LINE in passage for passage in quoted) == 2, quoted
    assert all(LINE in passage or second in passage for passage in quoted), quoted


@pytest.mark.parametrize(
    "text",
    [
        # one speaker quoted twice, by full name and by surname
        f'Ron Lane said: "{LINE}."\n\nThe inquiry opens in May.\n\n"{LINE}," Lane added.',
        # "he" resolves to the same man
        f'Ron Lane said: "{LINE}."\n\nLane has run the quay for a decade.\n\n"{LINE}," he said.',
        # the nearest person is a woman: "he" passes over her to the man before
        f'Ron Lane said: "{LINE}."\n\nMrs Stone had left the quay an hour before.\n\n'
        f'"{LINE}," he said.',
        # the brother is named, and named again as the speaker
        f'Ron Lane\'s brother Mark Lane said: "{LINE}."\n\n"{LINE}," Mark Lane added.',
        # a spokeswoman speaks for the body she belongs to: by office, its words are hers
        f'Jane Doe, a spokeswoman for the council, said: "{LINE}."\n\n'
        f'"{LINE}," the council said in a statement.',
        # someone unnamed speaks last before "he": whom it means is not known
        f'Ron Lane said: "{LINE}."\n\nMartin Kerr met the crew on Monday. The former '
        f'captain added that they had done well.\n\n"{LINE}," he said.',
        # one chairman, by his full name and by a surname the recogniser tags a firm
        f'Chairman Ray Fellowes said: "{LINE}."\n\nThe board met on Monday.\n\n'
        f'"{LINE}," Fellowes said.',
        # one organisation, by its name and then as "the company"
        f'Northern Ferries said: "{LINE}."\n\n"{LINE}," the company added.',
        # an organisation and its unnamed spokesman are one voice
        f'"{LINE}," Northern Ferries said.\n\nA Northern Ferries spokesman said: "{LINE}."',
        # a title in quotation marks is named by both, said by neither
        'Ruth Amos said "The Last Ferry Home Tonight" was her favourite book.\n\n'
        'The company said "The Last Ferry Home Tonight" would be printed again.',
    ],
)
def test_one_speaker_is_not_flagged(analyzer: Analyzer, text: str):
    assert _flags(analyzer, text) == [], text


def test_a_quote_reopened_without_closing_does_not_turn_the_rest_inside_out(
    analyzer: Analyzer,
):
    # copy often reopens a quote for a new sentence without closing the first: the marks
    # after it must still pair as the writer meant
    text = (
        'Ron Lane said: "The tide was higher than anyone had seen. "It came over the wall." '
        'Martin Kerr said the report was "a fair summary of the night". '
        f'"{LINE}," he said.'
    )
    quotes = {q.text.rstrip(".,"): q.speaker for q in analyzer.analyze(text).quotes}
    assert "a fair summary of the night" in quotes
    assert quotes[LINE] == "Martin Kerr"


def test_a_he_read_as_someone_is_a_hint_and_two_names_are_not(analyzer: Analyzer):
    # "he" is our reading of the copy (the nearest man named); two names are the copy's.
    by_pronoun = _flags(
        analyzer,
        f'Ruth Amos said: "{LINE}."\n\n'
        "Martin Kerr, the deputy leader, toured the quay on Tuesday.\n\n"
        f'"{LINE}," he said.',
    )
    assert [f.severity for f in by_pronoun] == ["low"]
    by_name = _flags(analyzer, f'Ruth Amos said: "{LINE}."\n\n"{LINE}," Martin Kerr said.')
    assert [f.severity for f in by_name] == ["high"]


def test_a_she_after_the_one_person_who_spoke_is_sure_enough_to_ask(analyzer: Analyzer):
    # News copy's "X said the firm had no choice. '...,' she said.": she is X.
    text = (
        "Westmoor's chief executive, Gillian Pryor, said the company had no choice. "
        f'"{LINE}," she said.\n\n'
        f'The union\'s dairy chairman, Michael Oakes, said: "{LINE}."'
    )
    assert [f.severity for f in _flags(analyzer, text)] == ["medium"]
