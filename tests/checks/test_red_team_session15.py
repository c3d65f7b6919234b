"""Checks on the patterns two black-box red teams found (issue 9), in both directions, in
sentences of our own: a count written "Twenty-three", a restatement opened by "all" on
its number, a swapped sum after "another 50 stores" or a firm's analysts, or held by
"its"; and correct copy left alone: a count set beside others of its kind by county, a
budget for next year beside this year's, a woman and her husband of one surname, a
father and son of one name, and parts of a count its own sentence gives."""

from __future__ import annotations

from bot.analysis.figure_frames import ReadFigure
from bot.analyzer import Analyzer
from bot.checks.facts import Facts
from bot.checks.figure_parts import made_of
from tests.helpers import told_flags

_flags = told_flags


def _numbers(analyzer: Analyzer, *paragraphs: str) -> list[tuple[str, str]]:
    return told_flags(analyzer, "number-conflict", *paragraphs)


FILLER = "The road was closed for most of the afternoon while investigators worked."


def test_a_count_in_compound_words_is_one_number(analyzer: Analyzer) -> None:
    first = "Thirty-four passengers were treated in hospital after the ferry struck the pier."
    later = "Of the 43 passengers treated in hospital, two are still in intensive care."
    flags = _numbers(analyzer, first, FILLER, later)
    assert len(flags) == 1 and flags[0][0] == "medium", flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("43", "34")
    assert _numbers(analyzer, first, FILLER, agreed) == []
    report = analyzer.analyze(first)
    (figure,) = [f for f in report.all_figures if f.value == "Thirty-four"]
    assert (figure.low, figure.high, figure.kind) == (34.0, 34.0, "count")


def test_all_on_the_number_points_back(analyzer: Analyzer) -> None:
    first = "Thieves took the account details of 4.1 million members of the Harlow gym chain."
    middle = "The chain said card numbers were not taken."
    later = "Harlow said it had emailed all 1.4 million affected members on Friday."
    flags = _numbers(analyzer, first, middle, later)
    assert len(flags) == 1 and first in flags[0][1] and later in flags[0][1], flags
    assert _numbers(analyzer, first, middle, later.replace("1.4", "4.1")) == []


def test_a_swapped_sum_after_more_stores_and_a_firms_analysts(analyzer: Analyzer) -> None:
    first = "Pre-tax profits at the grocer Dunmore rose to £536million in the year to March."
    plans = "Dunmore plans to open another 40 shops this year, creating 1,800 jobs."
    later = "Analysts at Barlow Green said the £563million profit beat forecasts."
    flags = _numbers(analyzer, first, plans, later)
    assert len(flags) == 1 and first in flags[0][1] and later in flags[0][1], flags
    # another firm's profit, named before the later figure, is that firm's
    rival = "Rival grocer Kestrel reported its results on the same day."
    assert _numbers(analyzer, first, rival, later.replace("Analysts at Barlow Green", "It")) == []


def test_its_sum_with_two_digits_swapped(analyzer: Analyzer) -> None:
    first = "The musical Lantern took £318million at box offices around the world last year."
    middle = "Producers said the show would tour Asia for the first time."
    later = "Critics said its £381million haul was a record for a stage show."
    flags = _numbers(analyzer, first, middle, later)
    assert len(flags) == 1 and first in flags[0][1] and later in flags[0][1], flags
    other = "The rival show Harbour Lights opened in Sydney in June."
    assert (
        _numbers(
            analyzer, first, other, later.replace("Critics said its", "Harbour Lights said its")
        )
        == []
    )


def test_a_county_count_beside_others_is_one_of_several(analyzer: Analyzer) -> None:
    toll = "At least 11 people were killed when floods swept through the valley overnight."
    split = "Five people died in Wexley County, four in Marren County and two in Holt County."
    assert _numbers(analyzer, toll, FILLER, split) == []
    # a restatement with no others beside it is still the one toll
    restated = "Five people died in the floods, officials said."
    assert len(_numbers(analyzer, toll, FILLER, restated)) == 1


def test_next_years_budget_lent_to_the_headline_is_not_this_years(analyzer: Analyzer) -> None:
    headline = "Mayor of Castleford unveils $512 million budget"
    lead = "The mayor of Castleford has unveiled a $512 million budget for next year."
    now = "The city's budget this year was $478 million."
    assert _numbers(analyzer, headline, lead, FILLER, now) == []
    slip = "The $521 million budget includes money for 40 new police officers."
    assert len(_numbers(analyzer, headline, lead, FILLER, slip)) >= 1


def test_a_wife_named_in_full_keeps_her_own_age(analyzer: Analyzer) -> None:
    # The recogniser misses "Sandra Holt" at the head of this sentence; her first name,
    # used alone later, must not be read as a name of its own there.
    text = [
        "A grandmother who waited 90 days for a diagnosis says the delay may have cost her "
        "her life.",
        "Sandra Holt, 58, from Stockport, Greater Manchester, was referred urgently by her GP "
        "in July after losing weight.",
        "Mrs Holt was not seen until 90 days later.",
        "Her husband, Peter Holt, 61, said: 'Sandra is the strongest person I know.'",
        "A spokesman said: 'We are sorry for the delay Sandra experienced.'",
        "Mrs Holt, 58, has two grandchildren.",
    ]
    assert _flags(analyzer, "age-conflict", *text) == []
    slip = [*text[:5], "Mrs Holt, 56, has two grandchildren."]
    flags = _flags(analyzer, "age-conflict", *slip)
    assert len(flags) == 1 and text[1] in flags[0][1], flags


def test_a_father_also_called_by_his_sons_name_keeps_his_age(analyzer: Analyzer) -> None:
    text = [
        "Ryan Thorpe, 24, died after he was hit by a van on the A61.",
        "His father, also called Ryan Thorpe, 51, was at the scene.",
        "An inquest heard Ryan Thorpe, 24, had been walking home.",
    ]
    assert _flags(analyzer, "age-conflict", *text) == []
    without = [text[0], "His father, Ryan Thorpe, 51, was at the scene.", text[2]]
    assert len(_flags(analyzer, "age-conflict", *without)) == 1


def test_parts_of_a_count_its_own_sentence_gives(analyzer: Analyzer) -> None:
    before = "The blaze began in a flat on the ninth floor and spread to three flats above it."
    parts = (
        "Seven residents were taken to hospital, two of them with burns and five with smoke "
        "inhalation."
    )
    assert _flags(analyzer, "arithmetic", before, parts) == []
    too_many = "Two were taken to hospital and four were treated at the scene."
    whole = "Three residents were hurt in the blaze."
    assert len(_flags(analyzer, "arithmetic", whole, too_many)) == 1


def test_all_the_counts_pointing_back_make_a_medium_flag(analyzer: Analyzer) -> None:
    first = "A builder has been found guilty of 14 counts of theft at Leeds Crown Court."
    middle = "The court heard he took money from elderly customers for work he never did."
    later = "Jurors took six hours to convict him on all 15 counts after a three-week trial."
    flags = _numbers(analyzer, first, middle, later)
    assert flags == [("medium", f"{first} | {later}")], flags
    assert _numbers(analyzer, first, middle, later.replace("15", "14")) == []


def test_a_union_speaking_of_the_job_losses_holds_none_of_them(analyzer: Analyzer) -> None:
    # "annual" and "fell" belong to the clause after "after", not to the jobs cut
    first = (
        "Fashion chain Marlow Street is to close 30 of its 180 shops and cut 2,400 jobs "
        "after annual sales fell by a fifth."
    )
    middle = "The chain blamed high rents and online rivals."
    later = "The GMB union said the 2,200 job losses would devastate families."
    flags = _numbers(analyzer, first, middle, later)
    assert len(flags) == 1 and flags[0][0] == "medium", flags
    assert first in flags[0][1] and later in flags[0][1]
    assert _numbers(analyzer, first, middle, later.replace("2,200", "2,400")) == []


def test_a_forecast_is_not_the_result(analyzer: Analyzer) -> None:
    result = "Carrick Foods made a pre-tax profit of £4.6bn in the year to March."
    forecast = "Analysts had been expecting a profit of about £4.1bn."
    later = "Chief executive Ann Shore said the £4.6bn profit showed the plan was working."
    assert _numbers(analyzer, result, forecast, later) == []
    slip = later.replace("£4.6bn", "£4.8bn")
    flags = _numbers(analyzer, result, forecast, slip)
    assert len(flags) == 1 and result in flags[0][1] and slip in flags[0][1], flags


def test_the_parts_an_order_is_made_up_of_are_parts(analyzer: Analyzer) -> None:
    text = (
        "The order is made up of 12 million doses for people over 65 and 4.5 million doses "
        "for younger people at risk.\n\nLast winter, 14 million doses were ordered."
    )
    report = analyzer.analyze(text)
    facts = Facts(report.text, report.sentences, [], [], report.all_figures, [], [])
    read = [f for f in report.all_figures if isinstance(f, ReadFigure) and "million" in f.value]
    parts = {f.value: made_of(facts, f) for f in read}
    assert parts == {"12 million": True, "4.5 million": True, "14 million": False}, parts


def test_the_place_where_stands_for_and_a_participles_place(analyzer: Analyzer) -> None:
    text = (
        "It also went to number one in the US, where it sold 737,000 copies.\n\n"
        "The 251,000 copies sold in the UK in the first week were well ahead of forecasts."
    )
    figures = analyzer.analyze(text).all_figures
    places = {f.value: f.places for f in figures if isinstance(f, ReadFigure)}
    assert places["737,000"] == {"us"} and places["251,000"] == {"uk"}, places


def test_an_age_given_with_another_part_in_the_story(analyzer: Analyzer) -> None:
    first = "Passenger Mary Doyle, 71, said the bus had braked hard before it overturned."
    later = "The 54-year-old driver was among those taken to hospital."
    assert _flags(analyzer, "age-conflict", first, later) == []
    restated = "The 73-year-old was among those taken to hospital."
    flags = _flags(analyzer, "age-conflict", first, restated)
    assert len(flags) == 1 and first in flags[0][1] and restated in flags[0][1], flags


def test_a_number_with_thousands_is_one_whole(analyzer: Analyzer) -> None:
    text = (
        "Of 94,261 arrivals at A&E by ambulance in the week, 33,721 patients, or 36 per cent, "
        "waited more than 30 minutes."
    )
    assert _flags(analyzer, "arithmetic", text) == []
    over = "Of the 1,200 staff, 700 work in Leeds and 600 in York."
    assert len(_flags(analyzer, "arithmetic", over)) == 1


def test_the_share_of_the_vote_counted_is_no_share_of_the_vote(analyzer: Analyzer) -> None:
    text = (
        "With 98% of the vote counted in Ohio, Marsh had 57.2% to Dwyer's 42.6%, with write-in "
        "candidates taking the remaining 0.2%."
    )
    assert _flags(analyzer, "arithmetic", text) == []
    wrong = text.replace("42.6%", "44.6%")
    assert len(_flags(analyzer, "arithmetic", wrong)) == 1


def test_a_figure_read_through_another_number_ties_nothing(analyzer: Analyzer) -> None:
    target = "Somerset's 212 left Surrey needing 148 to win."
    middle = "Openers Burns and Sibley put on 90 before lunch."
    table = "Surrey now have 221 points from 12 matches, 37 ahead of second-placed Somerset on 184."
    assert _numbers(analyzer, target, middle, table) == []


def test_whose_office_is_the_name_before_whose(analyzer: Analyzer) -> None:
    lines = [
        "Software maker Brandon Systems said on Tuesday it would cut 900 jobs.",
        "Brandon Systems chief executive Ruth Amis said the company had to move faster.",
        "Brandon Systems shares fell 4% in New York.",
        "Rival Kestrel, whose chief executive Omar Reyes has been cutting prices, gained 2%.",
    ]
    assert _flags(analyzer, "role-conflict", *lines) == []
    own = [*lines[:3], "Its chief executive Omar Reyes has been cutting prices."]
    assert len(_flags(analyzer, "role-conflict", *own)) == 1
