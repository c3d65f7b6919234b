"""Checks on the patterns two black-box red teams found in session 16 (issue 9), in both
directions, in sentences of our own: a race's field restated as "the N-strong field", a
quote going on in the sentence after its attribution, a chief technology officer who is
also called the chief executive, and the spelling a name-variant flag quotes; and correct
copy left alone: one month's borrowing "alone" beside the year's, a rival film's possible
takings beside the takings reached, and a chairman and chief executive of one firm beside
the chief executive of the firm it buys."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags


def test_a_field_restated_as_n_strong_is_its_entrants(analyzer: Analyzer) -> None:
    first = "A field of 9,300 entrants started the Harbour 10K on Sunday morning."
    later = "Organisers said the 6,300-strong field was the biggest the race had seen."
    flags = told_flags(analyzer, "number-conflict", first, later)
    assert len(flags) == 1, flags
    assert first in flags[0][1] and later in flags[0][1]
    agreed = later.replace("6,300", "9,300")
    assert told_flags(analyzer, "number-conflict", first, agreed) == []


def test_one_months_share_alone_is_not_the_years_total(analyzer: Analyzer) -> None:
    year = "The council spent £64.3m on agency staff in the year to April, its accounts show."
    month = "In April alone, the council spent £6.1m on agency staff, the report said."
    assert told_flags(analyzer, "number-conflict", year, month) == []
    # without "alone", one month and the year to it are still read as one sum
    restated = "In April, the council spent £61.3m on agency staff, the report said."
    flags = told_flags(analyzer, "number-conflict", year, restated)
    assert len(flags) == 1 and flags[0][0] == "medium", flags


def test_a_possible_figure_far_from_the_one_reached_is_another(analyzer: Analyzer) -> None:
    reached = "The comedy Salt Road opened at the top of the box office, taking $38.5 million."
    quoted = (
        '"To open at $38.5 million with a new story is a great result," said Ana Ruiz, the '
        "studio's head of distribution."
    )
    rival = (
        'Next weekend brings the superhero film "Paper Moons", which tracking suggests could '
        "open with more than $80 million."
    )
    assert told_flags(analyzer, "number-conflict", reached, quoted, rival) == []
    # a possibility near the figure given is still read as the figure told again
    near = rival.replace("more than $80 million", "$35.8 million")
    flags = told_flags(analyzer, "number-conflict", reached, quoted, near)
    assert len(flags) == 1 and near in flags[0][1], flags


def test_a_joint_title_binds_its_holder_to_the_firm(analyzer: Analyzer) -> None:
    paragraphs = [
        "Brightwater Foods has agreed to buy its rival Harbourline for £120m.",
        "Rhea Collins, Brightwater's chairman and chief executive, said the deal made sense.",
        "Harbourline chief executive Sam Ode said the offer was fair. Harbourline shareholders "
        "will vote in May. Harbourline staff were told on Monday. Harbourline has 400 workers.",
        "Chief executive Rhea Collins said the brands would be kept.",
    ]
    roles = told_flags(analyzer, "role-conflict", *paragraphs)
    assert all(severity == "low" for severity, _ in roles), roles
    report = analyzer.analyze("\n\n".join(paragraphs))
    (collins,) = [p for p in report.people if p.name == "Rhea Collins"]
    assert {(t.office, t.body) for t in collins.titles} == {
        ("chairman", "brightwater"),
        ("chief executive", "brightwater"),
    }
    # two chief executives of the one firm still conflict, the joint title's holder too
    other = [*paragraphs[:3], "Brightwater chief executive Tom Vale said the brands would stay."]
    flags = told_flags(analyzer, "role-conflict", *other)
    assert any(s != "low" and "Tom Vale" in quoted for s, quoted in flags), flags


def test_a_chief_technology_officer_is_not_also_the_chief_executive(analyzer: Analyzer) -> None:
    opening = "Veltro has raised $40m from investors."
    chief = "Veltro chief executive Jin Park said the money would fund a new office."
    later = "The software had been rebuilt over the summer, according to chief technology officer "
    flags = told_flags(analyzer, "title-conflict", opening, chief, later + "Jin Park.")
    assert len(flags) == 1 and chief in flags[0][1] and "Jin Park." in flags[0][1], flags
    assert told_flags(analyzer, "title-conflict", opening, chief, later + "Mia Ross.") == []


def test_a_quote_goes_on_after_its_attribution(analyzer: Analyzer) -> None:
    words = '"We kept the rails in the floor so people know where they are."'
    opening = "The old depot reopens as an arts centre on Friday."
    brook = words.replace('."', ',"') + " said director Nia Brook."
    hale = f'"You walk in and you go quiet," Councillor Tom Hale said. {words}'
    flags = told_flags(analyzer, "quote-attribution", opening, brook, hale)
    assert len(flags) == 1 and flags[0][0] == "high", flags
    # the sentence naming the second speaker is quoted, so the editor sees who it is
    assert "Councillor Tom Hale said." in flags[0][1] and "said director Nia Brook" in flags[0][1]
    report = analyzer.analyze("\n\n".join([opening, brook, hale]))
    assert [q.speaker for q in report.quotes][-1] == "Councillor Tom Hale"
    # a sentence of another's between: the quote is not the first speaker's going on
    laughed = "Councillor Tom Hale said. Nia Brook laughed."
    between = f'"You walk in and you go quiet," {laughed} {words}'
    assert told_flags(analyzer, "quote-attribution", opening, brook, between) == []


def test_a_name_variant_quotes_the_name_written_in_full(analyzer: Analyzer) -> None:
    headline = "Brook wins the indoor 1500m title"
    full = "Scotland's Callum Brook won the indoor 1500m title in Glasgow on Saturday."
    slip = "Calum Brook, who missed last year's event with injury, said he was delighted."
    flags = told_flags(analyzer, "name-variant", headline, full, slip)
    assert flags == [("medium", f"{full} | {slip}")]


def test_another_group_with_a_count_of_its_own_is_not_the_one_pointed_at(
    analyzer: Analyzer,
) -> None:
    """A word bringing in another group ("also") no longer hides the restated count when
    that group comes with a count of its own, however vague ("thousands of ... also")."""
    first = (
        "One in eight adult Americans - equivalent to 31 million people - now owns an e-bike, "
        "a survey says."
    )
    between = (
        "The survey did not ask children, though thousands of teenagers also ride them to school."
    )
    later = "Of the 34 million Americans who own one, 60% are women."
    flags = told_flags(analyzer, "number-conflict", first, between, later)
    assert len(flags) == 1 and first in flags[0][1] and later in flags[0][1], flags
    # the other group given without a count of its own may be the one "the" points at
    unvalued = "The survey did not ask children, though teenagers also ride them to school."
    assert told_flags(analyzer, "number-conflict", first, unvalued, later) == []


def test_the_wholes_of_two_parts_are_two_wholes(analyzer: Analyzer) -> None:
    east = "Labour's gains came mainly in the east, where it won 14 of the 19 wards."
    west = (
        "The Independents remained strongest in the rural west, winning 11 of the region's "
        "26 wards."
    )
    assert told_flags(analyzer, "number-conflict", east, west) == []
    # a whole told before, then as the whole of a part, is still one count
    counts = "The jury found him guilty of all 30 counts on Friday."
    part = "Seventeen of the 31 counts were charges of fraud."
    assert len(told_flags(analyzer, "number-conflict", counts, part)) == 1


def test_a_projection_is_not_the_result(analyzer: Analyzer) -> None:
    projected = (
        "Polls had pointed to a closer race, with most projections giving Labour about 41 seats."
    )
    region = (
        "The Independents remained strongest in the rural west, winning 20 of the region's "
        "37 seats."
    )
    assert told_flags(analyzer, "number-conflict", projected, region) == []


def test_a_list_of_shares_may_begin_in_the_sentence_before(analyzer: Analyzer) -> None:
    first = "The Greens are on 24 per cent, behind the Liberals on 31 per cent, the poll found."
    rest = (
        "The Farmers' Party is on 12 per cent and the Pirates on 9 per cent, with the "
        "remaining 24 per cent undecided."
    )
    assert told_flags(analyzer, "arithmetic", first + " " + rest) == []
    # a list that makes 100% with no sentence before it is still short
    alone = "Roads take 42% of the budget and schools 31%, with the remaining 17% going to parks."
    assert [s for s, _ in told_flags(analyzer, "arithmetic", alone)] == ["high"]


def test_an_age_closing_an_attribution_is_the_speakers(analyzer: Analyzer) -> None:
    said = '"We began with two volunteers and a van," said founder Kieran Walsh, 29.'
    later = "Walsh, 31, set up the charity after his father's death."
    flags = told_flags(analyzer, "age-conflict", said, later)
    assert len(flags) == 1 and said in flags[0][1] and later in flags[0][1], flags
    assert told_flags(analyzer, "age-conflict", said, later.replace("31", "29")) == []
