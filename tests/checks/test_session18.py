"""Checks on patterns read from red team rt31 in session 18 (issue 9), in both
directions, in sentences of our own."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags


def test_those_affected_named_back_are_the_group_told_before(analyzer: Analyzer) -> None:
    first = "Hackers stole the account details of 1.4 million members of the gym chain."
    between = "The chain has told the police."
    later = "The 4.1 million affected members will get a letter from the chain."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("4.1", "1.4")
    assert told_flags(analyzer, "number-conflict", first, between, agreed) == []


def test_its_figure_after_words_of_another_is_still_the_pronouns(analyzer: Analyzer) -> None:
    first = "The animated musical Paper Moons took $36.4m over its opening weekend."
    between = "Imax and other large-format screens accounted for 40% of its takings."
    later = "Analysts said its $34.6m debut was below forecasts."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("$34.6m", "$36.4m")
    assert told_flags(analyzer, "number-conflict", first, between, agreed) == []


def test_the_deal_named_back_is_the_price_of_the_buying(analyzer: Analyzer) -> None:
    first = "Corran Logistics has agreed to buy the parcel firm Swiftline for £640m."
    between = "Corran's own sales reached £720m last year."
    later = "Its chairman said the £680m deal would pay for itself within four years."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("£680m", "£640m")
    assert told_flags(analyzer, "number-conflict", first, between, agreed) == []
    # a sum the deal does not name is not the price: two near sums, neither bought
    unbought = first.replace("has agreed to buy the parcel firm Swiftline for", "made")
    assert told_flags(analyzer, "number-conflict", unbought, between, later) == []


def test_a_group_picked_by_among_is_not_the_whole(analyzer: Analyzer) -> None:
    first = "The Greens are down one point at 7%, the poll of 2,000 adults found."
    later = "Among voters under 30, the Greens were on 15%, Labour on 44%."
    assert told_flags(analyzer, "number-conflict", first, later) == []
    # the whole told again with another share still clashes
    whole = "The Greens were on 15%, Labour on 44%."
    flags = told_flags(analyzer, "number-conflict", first, whole)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and whole in flags[0][1]


def test_a_change_named_back_by_its_share(analyzer: Analyzer) -> None:
    first = "Water bills in the region will go up by 6.2% from April, the regulator said."
    between = "The company serves about 900,000 homes."
    later = "The 6.8% rise is the steepest the regulator has allowed."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("6.8%", "6.2%")
    assert told_flags(analyzer, "number-conflict", first, between, agreed) == []
    # another change, or the change of another period, is another value
    further = "A further 6.8% rise is planned for the following year."
    assert told_flags(analyzer, "number-conflict", first, between, further) == []
    dated = "Bills rose 4.1% in 2023, and the 6.8% rise in 2024 was the steepest in years."
    assert told_flags(analyzer, "number-conflict", dated, between, first) == []


def test_the_whole_of_one_part_told_twice(analyzer: Analyzer) -> None:
    first = "Okafor saved 9 of the 12 break points she faced in the final."
    between = "She hit 31 winners and served six aces."
    later = "Okafor held her nerve by saving 9 of 15 break points."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("15", "12")
    assert told_flags(analyzer, "number-conflict", first, between, agreed) == []
    # another part of the whole, or another player's, is no restatement
    other_part = "Okafor converted 4 of 15 break points on the other serve."
    assert told_flags(analyzer, "number-conflict", first, between, other_part) == []
    rival = "Her opponent Lindqvist saved 9 of 15 break points."
    assert told_flags(analyzer, "number-conflict", first, between, rival) == []


def test_a_collection_named_back_by_a_general_noun(analyzer: Analyzer) -> None:
    first = "The museum is to return 48 artefacts taken from the palace in 1897."
    between = "The handover was agreed after talks lasting two years."
    later = "The 46 objects will travel by sea in the spring."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("46", "48")
    assert told_flags(analyzer, "number-conflict", first, between, agreed) == []


def test_a_meeting_the_parse_hangs_on_the_noun_picks_none_of_it(analyzer: Analyzer) -> None:
    first = "The independent inquiry into the flooding makes 31 recommendations."
    between = "It was led by a retired judge."
    later = "The cabinet will consider the inquiry's 33 recommendations at a public meeting."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("33", "31")
    assert told_flags(analyzer, "number-conflict", first, between, agreed) == []
    # a phrase that says which of them is a subset, not the whole told again
    some = "The cabinet will consider the inquiry's 33 recommendations on drainage first."
    assert told_flags(analyzer, "number-conflict", first, between, some) == []


def test_a_crowd_at_one_of_the_places_named_before(analyzer: Analyzer) -> None:
    first = (
        "Kingsford United stretched their unbeaten run to eight games with a 2-0 win over "
        "Ashbury City in front of a crowd of 27,318 at Dene Park."
    )
    between = "The win lifts them to third, four points off the top."
    later = "The attendance of 23,718 was the highest at Dene Park this season."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("23,718", "27,318")
    assert told_flags(analyzer, "number-conflict", first, between, agreed) == []
    # another ground's crowd is another crowd
    other = "The attendance of 23,718 was the highest at Mill Road this season."
    assert told_flags(analyzer, "number-conflict", first, between, other) == []


def test_he_after_another_persons_name_is_that_person(analyzer: Analyzer) -> None:
    first = "Maria Lees, 31, was fined £250 and ordered to pay £95 costs for speeding."
    second = (
        "Delivery driver Tom Reid, 45, of Hill Road, Ashby, was fined £300 for using a "
        "phone while driving."
    )
    later = "He was given six points and ordered to pay £120 costs."
    assert told_flags(analyzer, "number-conflict", first, second, later) == []
    # with no one else named, the pronoun is the first person's, and the costs clash
    alone = "She was given six points and ordered to pay £120 costs."
    flags = told_flags(analyzer, "number-conflict", first, "She admitted the offence.", alone)
    assert len(flags) == 1, flags


def test_the_ends_of_an_age_range_are_not_two_parts(analyzer: Analyzer) -> None:
    text = (
        "Of the 52 cases, 30 are children under five, 15 are aged between five and 16, "
        "and seven are adults."
    )
    assert told_flags(analyzer, "arithmetic", text) == []
    assert len(told_flags(analyzer, "arithmetic", text.replace("15 are", "18 are"))) == 1


def test_a_prison_term_joined_to_its_unit_is_the_term(analyzer: Analyzer) -> None:
    first = "Gareth Dunmore, 47, was jailed for seven years at Newport Crown Court on Friday."
    # a co-defendant's term is no part of his: seven and two do not make his nine
    between = "His wife, Carol Dunmore, 44, was given a two-year sentence, suspended for a year."
    later = "The 9-year sentence reflects the harm done, the judge said."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("9-year", "7-year")
    assert told_flags(analyzer, "number-conflict", first, between, agreed) == []
    # one person's terms to run one after the other add up
    terms = (
        "Dunmore was jailed for seven years for fraud and two years for theft, to run "
        "consecutively."
    )
    assert told_flags(analyzer, "number-conflict", terms, between, later) == []


def test_the_span_a_record_is_set_against_is_not_the_figures_time(
    analyzer: Analyzer,
) -> None:
    first = "Visitor numbers at the castle fell 3% in August to 48,200, the trust said."
    between = "It blamed the wet weather for the drop."
    later = "The trust said the 42,800 visitors were the fewest for August since 2001."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("42,800", "48,200")
    assert told_flags(analyzer, "number-conflict", first, between, agreed) == []


def test_a_period_written_with_a_number_is_a_time(analyzer: Analyzer) -> None:
    month = "Skyline Air carried 3.4 million passengers in June, the airline said."
    year = "Skyline Air has carried 36.2 million passengers in the past 12 months."
    between = "It blamed the wet weather for the drop."
    assert told_flags(analyzer, "number-conflict", month, between, year) == []
    # the same month told again with another count still clashes
    again = "Skyline Air carried 3.8 million passengers in June."
    assert len(told_flags(analyzer, "number-conflict", month, between, again)) == 1


def test_three_digits_swapped_with_no_owner_between(analyzer: Analyzer) -> None:
    first = "Annual profits at the Mercer Group rose 6% to £318m, it said on Thursday."
    between = "It blamed the wet weather for the drop."
    later = "Pre-tax profit of £381m was ahead of forecasts, analysts said."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    # another firm's profit, whatever its digits
    rival = "Rival Harlow reported pre-tax profit of £381m last week."
    assert told_flags(analyzer, "number-conflict", first, between, rival) == []


def test_a_swapped_sum_of_an_earlier_time_is_another(analyzer: Analyzer) -> None:
    first = "Councillors have approved plans for 2,380 homes on farmland at Wexley Fields."
    between = "Residents had lodged more than 600 objections."
    earlier = "An earlier application for 2,830 homes on the same site was refused in 2020."
    assert told_flags(analyzer, "number-conflict", first, between, earlier) == []
    # without the other time, the swapped digits are a slip
    now = "The scheme's 2,830 homes will be built in four phases."
    assert len(told_flags(analyzer, "number-conflict", first, between, now)) == 1


def test_an_unowned_telling_of_another_defendants_term(analyzer: Analyzer) -> None:
    lead = "A roofer who led a gang that cheated pensioners has been jailed for eight years."
    other = "His accomplice, Tony Reece, 33, of Selby, was jailed for three years."
    quote = 'A detective said: "The eight-year sentence reflects the harm he did."'
    assert told_flags(analyzer, "number-conflict", lead, other, quote) == []
    # told with a value nobody's term has, it is still a clash
    wrong = quote.replace("eight-year", "seven-year")
    assert len(told_flags(analyzer, "number-conflict", lead, other, wrong)) >= 1
