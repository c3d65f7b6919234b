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


def test_a_score_told_back_with_the_side_it_names(analyzer: Analyzer) -> None:
    result = "Hollins came from a goal down to beat Crewe 3-1 at Mill Lane on Saturday."
    elsewhere = "Elsewhere, Oldham beat Stockport 2-0 to climb to fifth."
    later = "Saturday's 3-2 win over Crewe lifts Hollins to third in the table."
    flags = told_flags(analyzer, "number-conflict", result, elsewhere, later)
    assert len(flags) == 1 and result in flags[0][1] and later in flags[0][1], flags
    # the other match's score told back is that match's
    oldham = "Oldham's 2-0 win over Stockport was their third in a row."
    assert told_flags(analyzer, "number-conflict", result, elsewhere, oldham) == []
    # a score of another meeting of the two sides is no second telling of this one
    reverse = "Hollins had lost the reverse fixture 2-0 at Crewe in October."
    assert told_flags(analyzer, "number-conflict", result, reverse, later) != []


def test_what_a_judge_would_have_imposed_is_no_second_term(analyzer: Analyzer) -> None:
    lead = "A pharmacist who sold fake insulin online has been jailed for four years."
    between = "The court heard he made more than £90,000 from the sales."
    would = (
        "The judge said she would have imposed a sentence of six years had he been "
        "convicted after a trial."
    )
    assert told_flags(analyzer, "number-conflict", lead, between, would) == []
    told = "The judge said she imposed a sentence of six years for the fraud."
    assert len(told_flags(analyzer, "number-conflict", lead, between, told)) == 1


def test_two_matches_each_told_with_its_opponent(analyzer: Analyzer) -> None:
    first = "Diaz scored in Rovers' 4-0 win over Hartley in January."
    between = "He has been in and out of the side since."
    second = "Diaz also scored in Rovers' 2-1 defeat by Castleford at the weekend."
    assert told_flags(analyzer, "number-conflict", first, between, second) == []
    ireland = "The 18-12 victory at Ashgrove was only their second win over the Lions."
    england = "But the big one was the 19-13 defeat of the champions Wexford on their own turf."
    assert told_flags(analyzer, "number-conflict", ireland, between, england) == []


def test_a_suspension_and_a_rules_minimum_are_not_the_term(analyzer: Analyzer) -> None:
    jailed = "Carl Ennis, 44, who kept the books, was jailed for three years."
    again = "Ennis's three-year sentence reflects his role in the fraud, the court heard."
    other = "A third man, Ian Foy, 38, was given a 12-month sentence suspended for two years."
    assert told_flags(analyzer, "number-conflict", jailed, again, other) == []
    headline = "Winger's ban raised to eight games after appeal"
    rule = "Under league rules, a player who shoves a referee faces a minimum ban of six games."
    assert told_flags(analyzer, "number-conflict", headline, rule) == []
    # a term told again with another value is still one
    slip = "Ennis's two-year sentence reflects his role in the fraud, the court heard."
    assert len(told_flags(analyzer, "number-conflict", jailed, slip, other)) == 1


def test_a_term_changed_in_the_sentence_that_gave_it(analyzer: Analyzer) -> None:
    lead = (
        "A builder jailed for nine years for defrauding pensioners has had his sentence "
        "reduced to seven years by the Court of Appeal."
    )
    between = "The court heard he took more than £300,000 from 40 customers."
    later = "He will now serve half of the seven-year term before he can be released."
    assert told_flags(analyzer, "number-conflict", lead, between, later) == []
    # with no change told, the two terms are one term told two ways
    plain = "A builder has been jailed for nine years for defrauding pensioners."
    assert len(told_flags(analyzer, "number-conflict", plain, between, later)) == 1


def test_a_score_of_another_year_is_another_match(analyzer: Analyzer) -> None:
    result = "The Hawks won the series 4-3, only the fourth side to come back from 3-1 down."
    between = "They play the Rangers in the final, starting on Friday."
    other = "The Hawks hope to repeat their 4-2 success in the 2019 final."
    assert told_flags(analyzer, "number-conflict", result, between, other) == []
    same_year = "The Hawks' 4-2 win sends them to the final."
    assert len(told_flags(analyzer, "number-conflict", result, between, same_year)) == 1
