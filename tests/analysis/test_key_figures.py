"""Key figures: the numbers a story is about, each with a phrase saying what it counts.

The articles here are made up for the tests.
"""

from __future__ import annotations

import pytest

from bot.analysis.model import Figure
from bot.analyzer import Analyzer

FIRE = (
    "A fire destroyed 14 homes on the north quay of Port Ellin on Tuesday night, the harbour "
    "authority said.\n\nFirefighters from three stations fought the blaze for six hours. The "
    "authority said the 14 homes would be rebuilt by the spring.\n\nResident Mary Quill, 67, "
    "said she had lived on the quay since 1981."
)
TOURISM = (
    "Ruritania earns $3bn from tourism each year, according to the finance ministry.\n\n"
    "The ministry said visitor numbers rose by 12% last year. Officials hope the total will "
    "reach $4bn by the end of the decade."
)
FINAL = (
    "Novak Djokovic beat Andy Murray 7-6 6-1 7-5 to win the Paris Masters on Sunday.\n\n"
    "The Serb, who made 19 unforced errors, won his fourth title of the season."
)
FRAUD = (
    "A bank manager who stole £185,000 from elderly customers was jailed for 15 months at "
    "the Old Bailey yesterday.\n\nGlenn Varley admitted fraud. He spent the money on "
    "gambling, the court heard."
)
STRIKER = (
    "Tom Brannock has been the league's outstanding striker this season.\n\n"
    "He scored 19 goals in 30 games for Rovers."
)
KITE = (
    "A team from Weifang flew a kite measuring 6,000 metres (3.7 miles) at the spring "
    "festival.\n\nThe kite weighed 200 kilograms and needed 40 handlers. A boy fell 12ft "
    "from the viewing stand on Saturday, organisers said."
)
COUNCIL = (
    "The council will cut 300 jobs and close 12 libraries to save £40m, its leader said on "
    "Monday.\n\nUnions said 1,200 staff had been told. Two of the libraries opened in 1990. "
    "The leader, Anne Rowe, 52, said another 5 posts could go.\n\nThe council employs 9,000 "
    "people. Its budget is £2.1bn. Parking charges will rise by 8%. Some 45 councillors "
    "will vote next week."
)


def _figures(analyzer: Analyzer, text: str) -> dict[str, Figure]:
    return {f.value: f for f in analyzer.analyze(text).figures}


def test_a_counted_noun_is_described_by_its_clause(analyzer: Analyzer) -> None:
    homes = _figures(analyzer, FIRE)["14"]
    assert homes.context.startswith("homes destroyed by a fire on the north quay")
    assert homes.counted == "home"


def test_an_amount_reads_as_what_the_subject_does_with_it(analyzer: Analyzer) -> None:
    found = _figures(analyzer, TOURISM)
    assert found["$3bn"].context == "what Ruritania earns from tourism each year"
    assert found["12%"].context == "how much visitor numbers rose last year"


def test_a_sports_result_is_one_figure(analyzer: Analyzer) -> None:
    found = _figures(analyzer, FINAL)
    result = found["7-6 6-1 7-5"]
    assert result.kind == "score"
    assert "Djokovic beat Andy Murray" in result.context
    assert not {"7-6", "6-1", "7-5"} & set(found)
    assert found["19"].context == "unforced errors made by the Serb"


def test_a_repeated_figure_is_given_once_at_its_first_mention(analyzer: Analyzer) -> None:
    figures = analyzer.analyze(FIRE).figures
    homes = [f for f in figures if f.value == "14"]
    assert len(homes) == 1
    assert homes[0].sentence == 0


def test_years_and_ages_are_left_to_their_own_fields(analyzer: Analyzer) -> None:
    values = set(_figures(analyzer, FIRE)) | set(_figures(analyzer, COUNCIL))
    assert not {"67", "1981", "52", "1990"} & values


def test_a_duration_reads_as_how_long(analyzer: Analyzer) -> None:
    found = _figures(analyzer, FRAUD)
    assert found["15 months"].context.startswith("how long a bank manager was jailed")
    assert found["£185,000"].context == "what a bank manager stole from elderly customers"


def test_a_pronoun_subject_is_the_person_just_named(analyzer: Analyzer) -> None:
    goals = _figures(analyzer, STRIKER)["19"]
    assert goals.context == "goals scored by Brannock in 30 games for Rovers"


def test_measures_and_conversions(analyzer: Analyzer) -> None:
    found = _figures(analyzer, KITE)
    assert found["6,000 metres (3.7 miles)"].context.startswith("length of kite")
    assert found["12ft"].context.startswith("how far a boy fell")
    assert found["40"].context == "handlers needed by the kite"


def test_at_most_six_lead_first_each_readable(analyzer: Analyzer) -> None:
    figures = analyzer.analyze(COUNCIL).figures
    assert len(figures) == 6
    assert figures[0].sentence == 0
    assert {"300", "12", "£40m"} <= {f.value for f in figures}
    assert next(f for f in figures if f.value == "300").context == "jobs the council will cut"


@pytest.mark.parametrize("text", [FIRE, TOURISM, FINAL, FRAUD, STRIKER, KITE, COUNCIL])
def test_every_context_has_three_words_and_is_no_bare_verb(analyzer: Analyzer, text: str):
    report = analyzer.analyze(text)
    for figure in report.figures:
        words = [w for w in figure.context.split() if any(c.isalnum() for c in w)]
        assert len(words) >= 3, figure
        start, end = report.sentences[figure.sentence]
        assert start <= figure.start < figure.end <= end  # the evidence: its sentence
        assert " ".join(report.text[figure.start : figure.end].split()) == figure.value


def test_a_phrase_never_stops_mid_clause(analyzer: Analyzer) -> None:
    # "who at the time" and "what Woods is" stop where the clause has only begun.
    text = (
        "Woods is a three-under-par 69 after the first round, well behind the leaders.\n\n"
        "The striker, who was 13 at the time, joined the academy from a Sunday league club."
    )
    figures = _figures(analyzer, text)
    assert figures["13"].context == "the striker was at the time"
    for figure in figures.values():
        last = figure.context.split()[-1].lower()
        assert last not in {"is", "was", "who", "that", "which", "the"}, figure


def test_a_share_of_a_group_is_the_figure_itself(analyzer: Analyzer) -> None:
    # "45% of the voters" is a part of the voters, and still the story's figure.
    text = (
        "The council will close 14 libraries and cut 300 jobs, its leader said on Monday.\n\n"
        "Unions met the leader on Tuesday.\n\n"
        "A poll found 12 councillors backed the plan while 45% of the voters opposed it."
    )
    values = [f.value for f in analyzer.analyze(text).figures]
    assert values.index("45%") < values.index("12")


# Made up: a carmaker's results in euros and yen, each sum with its conversion.
CARMAKER = (
    "Valdane's net profit was 1.8bn euros ($2.3bn; £1.2bn) last year, on sales of "
    "38.2bn euros.\n\nIts Japanese partner turned a 512bn yen loss into a "
    "207bn yen profit, the firm said. Analysts had expected a profit of 1.5bn euros."
)


def test_a_sum_in_a_currency_word_is_money_and_its_conversions_one_figure(
    analyzer: Analyzer,
) -> None:
    figures = analyzer.analyze(CARMAKER).figures
    values = [f.value for f in figures]
    assert "1.8bn euros ($2.3bn; £1.2bn)" in values
    assert "38.2bn euros" in values
    assert not {"$2.3bn", "£1.2bn", "$2.3bn; £1.2bn"} & set(values)  # inside the sum
    by_value = {f.value: f for f in figures}
    assert by_value["38.2bn euros"].kind == "money"
    # "a 512bn yen loss": the sum of the loss, not a label marked down below the rest
    assert {"512bn yen", "207bn yen"} <= set(values)


def test_numbers_inside_names_are_no_key_figures(analyzer: Analyzer) -> None:
    text = (
        "Wales won their first away Six Nations match for four years, beating Italy 27-14 "
        "in Rome.\n\nThe broadcaster will show the match on 3G phones and on Channel Four. "
        "Some 40,000 fans watched in the stadium."
    )
    values = {f.value for f in analyzer.analyze(text).figures}
    assert {"27-14", "Some 40,000"} <= values
    assert not {"Six", "3G", "Four"} & values


def test_scores_the_reader_took_for_ranges_or_pairs_are_results(analyzer: Analyzer) -> None:
    text = (
        "Harlow Tigers led 22-6 within 18 minutes at the Mere.\n\nTries from Dale Penn and "
        "Rob Ashe gave the visitors a 19-5 half-time lead. With a try by Jon Pell they were "
        "level at 31-31 with five minutes remaining."
    )
    figures = {f.value: f for f in analyzer.analyze(text).figures}
    assert {"22-6", "19-5", "31-31"} <= set(figures)
    assert figures["19-5"].kind == "score"


def test_sizes_of_data_are_measures(analyzer: Analyzer) -> None:
    text = (
        "The new disc format will store 50GB of data, against 30GB for its rival, the "
        "makers said.\n\nAn hour of streamed radio uses about 7.2MB, the station said."
    )
    values = {f.value for f in analyzer.analyze(text).figures}
    assert {"50GB", "30GB", "7.2MB"} <= values


def test_a_figure_whose_clause_the_window_cuts_still_reads(analyzer: Analyzer) -> None:
    # The parse gives "45-minute" no reading of its own; the words around it still say
    # what it is once the window's dangling "to be" is dropped.
    text = (
        "The band will play the first concert sent live to mobile phones on Tuesday.\n\n"
        'The 45-minute gig is due to be "phone cast" by the operator. Some 1,000 fans will '
        "attend."
    )
    figures = {f.value: f for f in analyzer.analyze(text).figures}
    assert "45-minute" in figures
    assert figures["45-minute"].context.split()[-1] not in {"be", "to", "is"}


def test_spelled_small_counts_give_way_to_the_figures_in_digits(analyzer: Analyzer) -> None:
    # Seven figures for six places: the small count spelled out after the lead is the one
    # left out, though it stands before four of the others.
    text = (
        "Thieves stole 4,500 litres of fuel from a depot in Harwick, police said.\n\n"
        "Three vans were seized on Friday. The fuel was worth £6,200. The depot holds "
        "90,000 litres. Its owner employs 140 people. Fuel prices rose 12% last year. The "
        "firm made a profit of £2.4m."
    )
    values = {f.value for f in analyzer.analyze(text).figures}
    assert values == {"4,500", "£6,200", "90,000", "140", "12%", "£2.4m"}


def test_a_number_that_names_one_thing_is_no_key_figure(analyzer: Analyzer) -> None:
    text = (
        "Boeing grounded 50 jets after the Covid-19 slump, Channel 4 reported.\n\n"
        "The FTSE 100 fell 95 points as the 623 residents of ward 51 met in Room 101. "
        "Apollo 11 fans gathered in the square, where 4,000 people watched."
    )
    values = {f.value for f in analyzer.analyze(text).figures}
    assert {"50", "95", "623", "4,000"} <= values
    assert not {"19", "4", "100", "51", "101", "11"} & values


def test_a_rank_after_no_stays_a_figure(analyzer: Analyzer) -> None:
    text = "The world No 4 beat Ian Marsh 6-3 6-1 in the quarter-final in Doha on Friday."
    values = {f.value for f in analyzer.analyze(text).figures}
    assert {"4", "6-3 6-1"} <= values


def test_sums_with_a_currency_code_or_in_pence_are_money(analyzer: Analyzer) -> None:
    text = (
        "Vellor paid CHF 3m in fines last year, and its Indian arm reported revenue of "
        "Rs 500 crore.\n\nThe news sent shares in Vellor up 8.5p to 113.5p."
    )
    figures = {f.value: f for f in analyzer.analyze(text).figures}
    assert {"CHF 3m", "Rs 500 crore", "8.5p", "113.5p"} <= set(figures)
    assert figures["Rs 500 crore"].context == "revenue reported by its Indian arm"


def test_a_match_with_tie_breaks_is_one_result(analyzer: Analyzer) -> None:
    text = (
        "Lleyton Hewitt will face Marat Safin in the final after beating Tom Rowe "
        "3-6 7-6 (7-3) 7-6 (7-4) 6-1 in the match on Saturday."
    )
    values = [f.value for f in analyzer.analyze(text).figures]
    assert "3-6 7-6 (7-3) 7-6 (7-4) 6-1" in values


def test_a_phrase_keeps_the_not_of_its_verb(analyzer: Analyzer) -> None:
    text = (
        "The minister admitted that 3 of the 5 bidders were not consulted.\n\n"
        "The fire did not destroy 14 homes, officials said."
    )
    figures = {f.value: f for f in analyzer.analyze(text).figures}
    assert "not" in figures["3 of the 5"].context.split()  # not "5 bidders consulted"
    assert "not" in figures["14"].context.split()


def test_a_time_in_parts_and_a_ratio_are_one_figure_each(analyzer: Analyzer) -> None:
    text = (
        "Kip Rono won the Harwick Marathon in 2 hours 4 minutes 12 seconds on Sunday.\n\n"
        "The women's race lasted two hours and 19 minutes. About 1 in 10 runners did not "
        "finish, and Ada Venn scored 117 out of a possible 120 points in the fun run quiz."
    )
    values = {f.value for f in analyzer.analyze(text).figures}
    assert {"2 hours 4 minutes 12 seconds", "two hours and 19 minutes"} <= values
    assert {"About 1 in 10", "117 out of a possible 120"} <= values
    assert not {"4 minutes", "12 seconds", "19 minutes", "10", "120", "117"} & values


def test_a_figure_in_the_headline_reads_from_the_body(analyzer: Analyzer) -> None:
    text = (
        "Harbour Water boss quits as £14bn debt mounts\n\n"
        "The chief executive of Harbour Water has resigned as the company struggles with "
        "debts of £14bn, the firm said on Tuesday.\n\n"
        "Sara Bell said she was leaving at once. The utility serves 15 million customers."
    )
    figures = {f.value: f for f in analyzer.analyze(text).figures}
    assert figures["£14bn"].sentence == 1
    assert "debts" in figures["£14bn"].context
    assert next(iter(figures)) == "£14bn"  # the headline's figure still leads


def test_a_share_of_a_whole_is_one_figure_and_editions_are_names(analyzer: Analyzer) -> None:
    text = (
        "The Reform Alliance won a landslide, securing 412 of the 650 seats and a majority "
        "of 174.\n\nThe result was announced at the 96th Harwick Awards, in a hall "
        "built in the 15th century. It was the party's 500th seat since its founding."
    )
    figures = {f.value: f for f in analyzer.analyze(text).figures}
    assert "412 of the 650" in figures
    assert "seats" in figures["412 of the 650"].context
    assert {"174", "500th"} <= set(figures)
    assert not {"96th", "15th", "412", "650"} & set(figures)


def test_a_small_count_in_words_that_counts_nothing_of_its_own_is_none(
    analyzer: Analyzer,
) -> None:
    text = (
        "Singer Ada Moss, one of the main trendsetters of the year, sold 40,000 tickets for "
        "her Harwick shows.\n\nShe played two encores on the first night."
    )
    values = {f.value for f in analyzer.analyze(text).figures}
    assert "40,000" in values
    assert "one" not in values
    assert "two" in values  # two encores: a count of its own


def test_a_sum_paid_to_a_number_of_people_is_no_range(analyzer: Analyzer) -> None:
    text = (
        "Harwick council paid £97m to 97 contractors last year, its accounts show.\n\n"
        "The leader said a further £5m to £7m would be needed for repairs."
    )
    figures = {f.value: f for f in analyzer.analyze(text).figures}
    assert "£97m" in figures and "97" in figures
    assert "contractors" in figures["97"].context
    assert "£97m to 97" not in figures
    assert "£5m to £7m" in figures  # a range written alike at both ends


def test_a_sum_paid_to_a_number_of_people_reads_as_what_was_paid(analyzer: Analyzer) -> None:
    text = (
        "The Harwick Foundation gave $5m to 50 schools in the county last year.\n\n"
        "The farming ministry paid £12m to 40 farmers whose land was flooded."
    )
    figures = {f.value: f for f in analyzer.analyze(text).figures}
    assert figures["$5m"].context.startswith("what the Harwick Foundation gave to 50 schools")
    assert figures["£12m"].context.startswith("what the farming ministry paid to 40 farmers")
    assert figures["50"].context.startswith("schools")  # not "$ schools" nor "£12m to"
    assert "£12m" not in figures["40"].context


def test_a_size_in_two_dimensions_is_one_figure_of_its_thing(analyzer: Analyzer) -> None:
    text = (
        "A 12m x 4m mural by the artist Lena Fox was unveiled on Friday.\n\n"
        "It cost £25,000. Fox said the 10ft by 12ft panels were painted in her studio. "
        "Restorers spent two years cleaning her 3m-by-4m canvas."
    )
    figures = {f.value: f for f in analyzer.analyze(text).figures}
    assert "12m x 4m" in figures and "10ft by 12ft" in figures
    assert "mural" in figures["12m x 4m"].context
    assert figures["10ft by 12ft"].context.startswith("size of panels")
    assert "3m-by-4m" in figures
    assert not {"12m", "4m", "10ft", "12ft", "12", "4", "3m"} & set(figures)


def test_a_change_with_its_level_or_its_share_is_one_figure(analyzer: Analyzer) -> None:
    text = (
        "Dunmore Rail made a profit of £41m ($77m) compared with £63m a year earlier.\n\n"
        "Its energy bill rose by £9m or 21.5% in the half. Ticket sales were up 3.1% to "
        "£612m, and the jobless rate in its home county rose to 5.2% from 4.9%."
    )
    figures = {f.value: f for f in analyzer.analyze(text).figures}
    assert "£41m ($77m) compared with £63m" in figures
    assert "£9m or 21.5%" in figures and "3.1% to £612m" in figures
    assert "5.2% from 4.9%" in figures
    assert "ticket sales" in figures["3.1% to £612m"].context.lower()
    assert not {"£63m", "21.5%", "£612m", "4.9%"} & set(figures)


def test_figures_side_by_side_that_are_not_one_change_stay_apart(analyzer: Analyzer) -> None:
    text = (
        "The Dunmore festival sold 12,000 tickets to 4,000 families this year.\n\n"
        "Prices rose for adults, and 300 staff were hired. Rents were £400 to £600 a month."
    )
    values = {f.value for f in analyzer.analyze(text).figures}
    assert "12,000" in values and "4,000" in values
    assert "12,000 to 4,000" not in values


def test_a_race_time_is_one_figure_with_what_it_timed(analyzer: Analyzer) -> None:
    text = (
        "Ellen Marsh won the 3,000m in 8:41.07 at the indoor championships in Dunmore.\n\n"
        "Her time beat the old record of 8:44.50 set by Ruth Kell, 29."
    )
    figures = {f.value: f for f in analyzer.analyze(text).figures}
    assert "8:41.07" in figures
    assert figures["8:41.07"].context.startswith("time in which Ellen Marsh won")
    assert not {"8", "41.07", "44.50"} & set(figures)


def test_a_clock_time_on_the_24_hour_clock_is_no_figure(analyzer: Analyzer) -> None:
    figures = _figures(
        analyzer,
        "The coastguard sent out an alert at 13:50 local time (11:50 GMT), the agency said."
        "\n\nThe first boat left at 09:15 and came back at 17:40 with 26 people on board.",
    )
    assert "26" in figures, figures
    assert not {"13", "50", "11", "09", "15", "17", "40"} & set(figures), figures


def test_a_name_with_a_number_the_story_returns_to_fills_a_free_place(
    analyzer: Analyzer,
) -> None:
    text = (
        "Contact was lost with the supply ship Kestrel 41 on Tuesday, the agency said.\n\n"
        "Kestrel 41 was carrying 2.5 tonnes of food and fuel to the station.\n\n"
        "Engineers lost track of Kestrel 41 soon after launch on March 12, and the Dana 7 "
        "probe, launched in 2019, was not affected.\n\n"
        "In the staff match, Harrow 2, Selby 1. Full time: Harrow 2, Selby 1."
    )
    report = analyzer.analyze(text)
    values = [f.value for f in report.figures]
    assert values == ["2.5", "Kestrel 41"], values
    named = report.figures[1]
    assert named.kind == "name" and named.context == "a name the story gives 3 times"
    assert text[named.start : named.end] == "Kestrel 41"


def test_a_range_between_two_values_is_one_figure_and_a_year_compares_nothing(
    analyzer: Analyzer,
) -> None:
    text = (
        "Halvard Air said on Monday that it now expected to deliver between 140 and 160 of "
        "its regional jets this year. It made 212 jets in 2019, up from 180 the year before. "
        "Packages paid by councils in 2022-23, up from 1,954, were the highest on record."
    )
    figures = _figures(analyzer, text)
    assert "between 140 and 160" in figures, list(figures)
    assert not {"140", "160"} & set(figures), list(figures)
    # neither a year nor the end of a season is a figure another is measured against
    assert not any(v.startswith(("2019", "23")) for v in figures), list(figures)


def test_a_term_in_years_and_months_is_one_figure(analyzer: Analyzer) -> None:
    text = (
        "A former charity treasurer who stole £86,000 from a hospice was jailed for 3 years "
        "and 4 months at Carlisle Crown Court on Monday. Her two accomplices were jailed for "
        "6 years, 2 years and 9 months respectively."
    )
    figures = _figures(analyzer, text)
    assert "3 years and 4 months" in figures, list(figures)
    # several people's terms in a list stay apart
    assert "2 years and 9 months" not in figures, list(figures)
    # a paste's double spaces leave the term whole (rt44: it gave "8 months" alone)
    pasted = _figures(analyzer, text.replace("3 years and", "3  years  and"))
    assert "3 years and 4 months" in pasted, list(pasted)
    assert "between 14 and 16" in _figures(analyzer, "It employs between  14   and 16 staff.")


def test_a_vote_told_as_a_pair_is_one_figure(analyzer: Analyzer) -> None:
    # "The vote was 68-31": the result of the vote, as a match's score is (session 24, kf48)
    text = (
        "The Senate passed the water bill on Tuesday after a long debate.\n\n"
        "The vote was 68-31, with 22 Republicans joining Democrats in support.\n\n"
        "The bill sets aside $109 billion over ten years for pipes and dams."
    )
    values = [f.value for f in analyzer.analyze(text).figures]
    assert "68-31" in values, values
