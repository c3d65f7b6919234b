"""Read in session 23 from the rt45 red team's articles, in both directions, in sentences
of our own."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import flags_of, told_flags


def test_a_name_run_into_a_wire_dateline_is_a_person(analyzer: Analyzer) -> None:
    # The recogniser tags "MANCHESTER - Chloe Danvers" as a firm: the "22-year-old" after
    # it was Daniel Hughes's, named in the headline, and Hughes, 27, was two ages.
    headline = "Danvers takes 800m title as Hughes completes sprint double"
    lead = "MANCHESTER - Chloe Danvers won the British title in the 800 metres on Sunday."
    age = "The 22-year-old's time was the fastest by a British woman this year."
    hughes = "Daniel Hughes, 27, won the 100m and 200m titles on the same afternoon."
    report = analyzer.analyze("\n\n".join([headline, lead, age, hughes]))
    assert flags_of(report, "age-conflict") == []
    assert any(p.name == "Chloe Danvers" for p in report.people)
    # another age told of Hughes himself is his
    told = "Hughes, 22, was the youngest man in the final."
    flags = told_flags(analyzer, "age-conflict", headline, lead, hughes, told)
    assert len(flags) == 1, flags


def test_a_figure_of_a_noun_opened_by_the_sum(analyzer: Analyzer) -> None:
    # "the £2.3m of cuts": "the" hangs from the sum; the cuts are the ones named before
    first = "Harbridge council has approved £3.2m of cuts to services for next year."
    between = "Libraries will close an hour earlier and grass will be cut less often."
    later = "The opposition leader said the £2.3m of cuts would hurt older people most."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1 and first in flags[0][1] and later in flags[0][1], flags
    assert (
        told_flags(analyzer, "number-conflict", first, between, later.replace("2.3", "3.2")) == []
    )


def test_a_match_score_told_back_with_another(analyzer: Analyzer) -> None:
    result = "Hollins came from a goal down to beat Crewe 3-1 at Mill Lane on Saturday."
    draw = "Second-placed Bury were held 1-1 at home by Rochdale."
    later = "Tom Marsh scored twice, and his goals in the 3-2 win were his first for the club."
    flags = told_flags(analyzer, "number-conflict", result, draw, later)
    assert len(flags) == 1 and result in flags[0][1] and later in flags[0][1], flags
    # the same score, a draw told back against a win, another season's, another match's
    for other in (
        later.replace("3-2", "3-1"),
        later.replace("3-2 win", "1-1 draw"),
        later.replace("in the 3-2 win", "in last season's 3-2 win"),
    ):
        assert told_flags(analyzer, "number-conflict", result, draw, other) == [], other
    elsewhere = "Elsewhere, Oldham beat Stockport 2-0 to climb to fifth."
    assert told_flags(analyzer, "number-conflict", result, elsewhere, later) == []

