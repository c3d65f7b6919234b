"""number-conflict: a figure that points back ("the", a possessive, "Of the N ...") to the
one quantity of its kind given before, with another value, in other words than the first
(issue 9: restated counts in other words)."""

from __future__ import annotations

import pytest

from bot.analyzer import Analyzer
from tests.helpers import flags_of

CHECK = "number-conflict"

RESTATED = {
    "a ban in games, then as a size": (
        "The league banned Tom Okafor for six games on Monday after the brawl at Elland Road.",
        "His club said it would not appeal.",
        "The eight-game ban ends before the derby, the club said.",
    ),
    "a housing scheme's size, then the development's": (
        "Councillors approved a 180-unit housing scheme on the old gasworks site on Monday.",
        "Building work is due to start next spring.",
        "Residents said the 210-unit development would overload the village school.",
    ),
    "a fine, then the penalty": (
        "The regulator fined Marlow Bank £12.5m on Tuesday for failing to stop fraud.",
        "The bank said it had since changed its checks.",
        "The £14.5m penalty is the largest the regulator has imposed this year.",
    ),
    "a round raised, then the round with its digits swapped": (
        "Halden, a start-up, has raised $36 million from investors led by Pike Capital.",
        "It employs 40 engineers.",
        "The firm said the $63 million round would pay for new hires.",
    ),
    "a price, then the price told with a clause set off by a comma": (
        "A painting by Ellen Marsh sold for £3.1m at auction in London on Thursday.",
        "The buyer was not named.",
        "The £3.4m price, which includes the buyer's premium, is a record for the artist.",
    ),
    "all of a group, told with a clause that picks none of it": (
        "Thieves took the records of 1.8 million patients from the trust's database.",
        "The breach was found in March.",
        "The trust has written to all 1.6 million patients whose records were taken.",
    ),
    "a sentence opening on the whole it breaks down": (
        "The survey found that 4.1 million households now heat their homes with a pump.",
        "Most were fitted in the last five years.",
        "Of the 4.4 million households that own one, 60% received a grant.",
    ),
    "a count, then referred back in a clause of another day": (
        "The council approved 310 flats on the old dairy site on Monday.",
        "The developer said building work on the 330 flats would start in May.",
    ),
    "staff, then the workforce's strength": (
        "Harrow Foods employs 1,400 staff at its two bakeries in Kent.",
        "The company did not say when talks with the union would end.",
        "Union leaders said the 1,600-strong workforce would be balloted in June.",
    ),
    "stores, then shops": (
        "The chain operates 312 stores across Scotland and the north of England.",
        "Its chairman blamed rising rents.",
        "Analysts expect the 321 shops to be cut back by a quarter.",
    ),
    "a tour's dates, then its shows": (
        "The band will play a 12-date tour of Britain in March.",
        "Tickets go on sale on Friday morning.",
        "The promoter said the 14-show run had sold out within an hour.",
    ),
    "all of the counts at first, then some of the whole": (
        "A former nurse was found guilty of all 18 counts she faced at Leeds Crown Court.",
        "The trial lasted six weeks.",
        "Eleven of the 19 counts involved theft from residents.",
    ),
    "another one of the kind in quoted words only": (
        "The council approved 310 homes on the old dairy site on Monday.",
        'Its leader said: "We hope this is the first of many other schemes like it."',
        "Work on the 330-home scheme will begin next spring.",
    ),
    "another one brought in with its own value": (
        "A tribunal awarded a sacked nurse £85,000 on Friday.",
        "A second nurse settled a separate claim for £12,000 last year.",
        "The hospital trust will not appeal against the £58,000 award.",
    ),
    "kin nouns, the digits swapped and written otherwise": (
        "The bank has 1.2m customers in Wales.",
        "It was fined £3m on Monday.",
        "The bank's 2.1 million clients will be refunded.",
    ),
    "held by a noun pointing back": (
        "Castleford's 420 staff will strike next week.",
        "Talks broke down on Friday.",
        "Nine of the firm's 402 workers voted against the strike.",
    ),
    "a place named the sentence before": (
        "Wynn denies 12 counts of fraud.",
        "The trial at Leeds Crown Court is expected to last a month.",
        "He pleaded not guilty to all 21 charges.",
    ),
    "a person named between": (
        "The regulator fined Marlow Bank £12.5m on Tuesday for failing to stop fraud.",
        "Chief executive Anna Greene apologised to customers.",
        "The £14.5m penalty is the largest the regulator has imposed this year.",
    ),
}

APART = {
    "two models named by their sizes": (
        "Apple launched a 13-inch model in May.",
        "The 15-inch model follows in June at £1,199.",
    ),
    "two fees near a third, which points back to neither": (
        "Rovers paid £12m for Diaz in June and sold Kerr for £14m a week later.",
        "The manager said the £13m fee for Lowe was the club's last this summer.",
    ),
    "a small count, then fewer of them": (
        "The ministry will award contracts for three oil projects, valued at $500m.",
        "These two projects aim to raise the output of the northern fields.",
    ),
    "two things narrowed otherwise": (
        "Carla Mendez has won 10 solo awards in her career.",
        "Of the 14 Bafta awards given out this year, three went to first-time winners.",
    ),
    "another one of the kind brought in between": (
        "The regulator fined Marlow Bank £12.5m on Tuesday for failing to stop fraud.",
        "A rival lender settled a similar case in June.",
        "The £14.5m penalty is the largest the regulator has imposed this year.",
    ),
    "another body named just before the size": (
        "Lindmoor's council has nine members.",
        "Ashby's council is larger, and the 11-member body meets weekly.",
    ),
    "a subset picked by a clause": (
        "Castlegate employs 640 people at its Hull plant.",
        "The 460 workers who joined the strike will lose a day's pay.",
    ),
    "a first mention with a possessive": (
        "The retailer will close 47 shops next year.",
        "Its 212 stores employ about 9,000 people.",
    ),
    "another club's goals, told with its name's 's": (
        "Arsenal scored 40 league goals before Christmas.",
        "Only Chelsea's 38 goals came close, the statisticians said.",
    ),
    "another team's points, told with 'their'": (
        "Scotland ended the campaign on 23 points after four wins.",
        "Italy were second. Their 32 points included six bonus points.",
    ),
    "the staff of another place": (
        "Castleford employs 420 staff in Britain.",
        "Its German arm is smaller.",
        "The 402 staff there work four-day weeks.",
    ),
    "some of the staff, picked by a clause": (
        "Halden employs 420 staff at its Hull plant.",
        "The 402 staff who signed a petition will meet the chief executive on Friday.",
    ),
    "the later value told between": (
        "Acme agreed a £45m deal to buy Beta on Monday.",
        "Its founder sold his previous firm for £54m in 2019.",
        "The £54m deal made him a millionaire.",
    ),
    "the change told between": (
        "Halden employed 420 people at the start of the year.",
        "It cut 18 jobs in March.",
        "The firm's 402 workers were told on Friday that pay would be frozen.",
    ),
    "another one of the kind brought in, digits swapped": (
        "Ryanair has ordered 150 jets, the airline said.",
        "EasyJet, which placed its own order in March, said the 105 aircraft would arrive soon.",
    ),
    "another sale's lots, held by 'its'": (
        "Of the 46 lots in the modern sale, 41 found buyers.",
        "The old masters sale did less well, with 48 of its 60 lots selling.",
    ),
    "a sum spent on one thing, a part of it, and a whole": (
        "Ashcott will spend £960,000 next year, up 2.5%.",
        "Wexcombe will spend £210,000 on its parks, including £45,000 to resurface a rink.",
        "Ashcott will spend £140,000 on its parks.",
    ),
    "people at an event, then the workforce": (
        "About 870 people attended the open day at the Derby plant.",
        "The 780-strong workforce will vote on the pay offer next week.",
    ),
    "pupils, then the children of a school's town": (
        "Hillcrest Primary has 640 pupils and 48 teachers.",
        "The 460 children who live nearby walk to school.",
    ),
    "a second sum the firm also raised": (
        "Halden has raised $36 million from investors led by Pike Capital.",
        "It also raised $40 million in debt, and the $40 million loan runs for five years.",
    ),
}


def _flags(analyzer: Analyzer, paragraphs: tuple[str, ...]) -> list[str]:
    report = analyzer.analyze("\n\n".join(paragraphs))
    return [" | ".join(e.quote for e in f.evidence) for f in flags_of(report, CHECK)]


@pytest.mark.parametrize("shape", sorted(RESTATED))
def test_a_figure_pointing_back_with_another_value_is_flagged(analyzer: Analyzer, shape: str):
    paragraphs = RESTATED[shape]
    flags = _flags(analyzer, paragraphs)
    assert len(flags) == 1, (shape, flags)
    assert paragraphs[0] in flags[0] and paragraphs[-1] in flags[0]


@pytest.mark.parametrize("shape", sorted(APART))
def test_figures_pointing_back_to_no_one_quantity_are_silent(analyzer: Analyzer, shape: str):
    assert _flags(analyzer, APART[shape]) == [], shape


def test_a_size_restated_alike_is_silent_and_its_swapped_digits_are_not(analyzer: Analyzer):
    alike = (
        "The board approved a 240-unit apartment complex near the station.",
        "Town officials said the 240-unit development would count toward the target.",
    )
    assert _flags(analyzer, alike) == []
    swapped = (alike[0], alike[1].replace("240-unit", "420-unit"))
    report = analyzer.analyze("\n\n".join(swapped))
    flags = flags_of(report, CHECK)
    assert len(flags) == 1 and flags[0].severity == "medium"
    assert "240-unit here, 420 there" in flags[0].message


def test_a_size_written_with_a_non_breaking_hyphen_is_read(analyzer: Analyzer):
    flags = _flags(
        analyzer,
        (
            "The developer plans a 240-unit complex on the site.",
            "The 420\u2011unit development includes a gym.",
        ),
    )
    assert len(flags) == 1 and "The 420-unit development" in flags[0], flags


def test_a_name_the_story_gave_before_the_first_figure_brings_in_no_other(analyzer: Analyzer):
    paragraphs = (
        "Halcyon Bank commissioned the study in January.",
        "The survey of 3,000 adults found most expect to pay more for energy.",
        "Halcyon's spokesman said the 4,000 adults were chosen at random.",
    )
    flags = _flags(analyzer, paragraphs)
    assert len(flags) == 1 and paragraphs[1] in flags[0] and paragraphs[2] in flags[0]
    assert _flags(analyzer, paragraphs[1:]) == []  # then Halcyon is new at the later one


@pytest.mark.parametrize("word", ["That", "It", "There"])
def test_a_word_run_into_is_brings_in_no_other(analyzer: Analyzer, word: str):
    """ "That's", "It's": a word and "is", not a holder bringing in another survey; a
    holder's name that is new does."""
    first = "The survey of 3,000 adults was run by Halcyon Bank in January."
    later = f"{word}'s a large sample, and the 4,000 adults were chosen at random."
    flags = _flags(analyzer, (first, later))
    assert len(flags) == 1 and first in flags[0] and later in flags[0], flags
    other = "Marlow's is a large sample, and the 4,000 adults were chosen at random."
    assert _flags(analyzer, (first, other)) == []


def test_people_counted_by_their_nation_are_people_of_that_nation(analyzer: Analyzer):
    first = (
        "One in eight adult Americans - equivalent to 31 million people - now owns an e-bike, "
        "a Harwick survey says."
    )
    later = "Of the 34 million Americans who own one, 60% are women."
    flags = _flags(analyzer, (first, later))
    assert len(flags) == 1 and first in flags[0] and later in flags[0], flags
    americans = "Some 31 million Americans own an e-bike, according to a Harwick survey."
    britons = later.replace("Americans", "Britons")
    assert _flags(analyzer, (americans, britons)) == []  # two nations' people


def test_a_clause_telling_the_first_counts_verb_again_picks_none_of_it(analyzer: Analyzer):
    first = "An estimated 1.2 million drivers renewed their Harwick permits late this year."
    later = "The agency said the 1.4 million drivers who renewed late would get letters."
    flags = _flags(analyzer, (first, later))
    assert len(flags) == 1 and first in flags[0] and later in flags[0], flags
    # another verb, or the same verb with more words, picks some of them
    paid = "The agency said the 1.4 million drivers who paid early would get refunds."
    assert _flags(analyzer, (first, paid)) == []
    narrowed = "The agency said the 1.4 million drivers who renewed late in June would pay."
    assert _flags(analyzer, (first, narrowed)) == []
