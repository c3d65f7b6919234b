"""Ages of people read in session 20 (issue 9) from red teams rt37 and rt38: a couple
named Mr and Mrs of one surname, and a surname the recogniser tagged once, in both
directions, in sentences of our own."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags


def test_mr_and_mrs_of_one_surname_are_two_people(analyzer: Analyzer) -> None:
    couple = "The finders, retired teachers Colin and Mary Ashdown, found the ring in Ripon."
    his = "Mr Ashdown, 68, said: 'We could not believe it.'"
    hers = "Mrs Ashdown, 66, added: 'It was a lovely surprise.'"
    assert told_flags(analyzer, "age-conflict", couple, his, hers) == []
    alone = "Colin Ashdown, a retired teacher, found the ring in his garden in Ripon."
    assert told_flags(analyzer, "age-conflict", alone, his, hers) == []
    # one of the two given two ages is still flagged
    again = "Mr Ashdown, 69, said he would sell it."
    flags = told_flags(analyzer, "age-conflict", couple, his, hers, again)
    assert len(flags) == 1, flags
    assert his in flags[0][1] and again in flags[0][1]


def test_a_surname_the_recogniser_missed_once_aged_is_still_the_person(
    analyzer: Analyzer,
) -> None:
    # the small model tags one "Osei" of these as a person and misses the rest
    story = [
        "Osei to lead new crime drama",
        "Comfort Osei is to star in a new six-part drama set in the Fens, the channel has "
        "announced.",
        "Osei, 38, will play a detective sergeant who goes home to look into the death of a "
        "lock-keeper.",
        "The actress is best known for a long run as a surgeon in a hospital drama.",
        "Osei said she had been drawn to the project by the writing.",
        "Speaking at a launch in Cambridge on Tuesday, Osei, 41, said she had spent time with "
        "serving officers.",
    ]
    flags = told_flags(analyzer, "age-conflict", *story)
    assert len(flags) == 1, flags
    assert story[2] in flags[0][1] and story[5] in flags[0][1]
    agreed = [*story[:5], story[5].replace("41", "38")]
    assert told_flags(analyzer, "age-conflict", *agreed) == []
