"""A quantity with no number ("dozens", "millions", "hundreds of") is no key figure while
the story gives numbers: an editor lists what a reader can quote (session 20, issue 14).
The articles are made up for the tests."""

from __future__ import annotations

from bot.analyzer import Analyzer

RECALL = (
    "Millions of kettles sold by Brightware are to be recalled after 2.1 million units were "
    "found to overheat, the company said on Monday.\n\n"
    "It has received 64 reports of fires, and 9 people were treated for burns.\n\n"
    "The recall will cost the firm about £40m, analysts said.\n\n"
    "Shares in Brightware fell 12% on the news."
)
ONLY_VAGUE = (
    "Hundreds of people gathered in the square of Tallow on Saturday to mark the end of the "
    "harvest.\n\n"
    "The mayor said the festival had grown every year since it began."
)


def test_a_vague_quantity_ranks_below_the_numbers(analyzer: Analyzer) -> None:
    values = [f.value for f in analyzer.analyze(RECALL).figures]
    assert values[:5] and "Millions" not in values[:5], values
    assert {"2.1 million", "64", "about £40m", "12%"} <= set(values), values


def test_a_vague_quantity_is_kept_when_the_story_gives_no_number(analyzer: Analyzer) -> None:
    values = [f.value for f in analyzer.analyze(ONLY_VAGUE).figures]
    assert values == ["Hundreds"], values
