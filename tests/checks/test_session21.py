"""Figures read in session 21 (issue 9) from the tuning half planted with another seed of
the independent injector, in both directions, in sentences of our own."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags


def test_a_cap_told_again_is_not_another_ones_count(analyzer: Analyzer) -> None:
    first = "Up to three writers can share a credit on one script, under the guild's rules."
    between = "The guild has picked two of Harbour Lights' four writers to share the credit."
    aside = "The studio had asked for all of them to be named."
    later = "Up to four writers can share a credit on one script."
    flags = told_flags(analyzer, "number-conflict", first, between, aside, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    # the cap told again with its own value agrees
    same = later.replace("four", "three")
    assert told_flags(analyzer, "number-conflict", first, between, aside, same) == []


def test_a_lawsuit_against_people_counts_them(analyzer: Analyzer) -> None:
    first = "Prosecutors have brought charges against 12 people over the riot in Hull."
    between = "The disorder began after a football match on Saturday evening."
    later = "Prosecutors charged 14 people over the riot, the court heard."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    # a value set against the sentence's own after its figure is last year's
    profits = "Profits rose to £4.2m, against £3.9m a year earlier, the firm said."
    told = "Profits of £4.2m were the highest in the firm's history."
    assert told_flags(analyzer, "number-conflict", profits, between, told) == []
