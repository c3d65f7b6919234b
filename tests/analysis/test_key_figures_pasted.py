"""Key figures of pasted web copy (session 19, issue 14): a record figure, and a lead that
comes after a byline and a caption. The
articles are made up for the tests."""

from __future__ import annotations

from bot.analyzer import Analyzer

MIGRATION = (
    "Net migration to Ruritania hit a record 612,000 last year, official figures showed.\n\n"
    "The total was revised up from an earlier estimate of 588,000.\n\n"
    "Visas for care workers reached 98,000, more than double the year before.\n\n"
    "About 40 people protested outside the ministry, and 12 people were arrested."
)
PASTED = (
    "By Ellen Marsh for MailOnline\n\n"
    "PUBLISHED: 09:14 EST, 4 March 2025 | UPDATED: 11:02 EST, 4 March 2025\n\n"
    "Scroll down for video\n\n"
    "Pictured: The mill at Hartwell, where the blaze began\n\n"
    "A fire at a textile mill in Hartwell has caused damage estimated at £4.2m, its owners "
    "said on Tuesday.\n\n"
    "Firefighters used 6 engines to bring it under control.\n\n"
    "The mill employs 140 staff.\n\n"
    "Two firefighters were treated for smoke inhalation.\n\n"
    "Residents in 30 nearby homes were told to keep their windows shut.\n\n"
    "The owners said insurance would cover most of the cost.\n\n"
    "A resident said 25 people had gathered to watch.\n\n"
    "About 60 people live on the street, and 14 children attend the nearby school."
)


def test_a_record_figure_is_the_figure_not_a_label(analyzer: Analyzer) -> None:
    values = [f.value for f in analyzer.analyze(MIGRATION).figures]
    assert values[0] == "612,000", values


def test_a_byline_and_a_caption_do_not_push_the_story_down(analyzer: Analyzer) -> None:
    body = PASTED.split("Pictured: The mill at Hartwell, where the blaze began\n\n", 1)[1]
    told = [f.value for f in analyzer.analyze(body).figures]
    pasted = [f.value for f in analyzer.analyze(PASTED).figures]
    # the page's byline, dateline and caption above the lead move none of the story's
    # figures down against the others
    assert pasted == told, (pasted, told)
    # nor is the dateline's line of times and dates, split off "PUBLISHED:", a summary sentence
    assert not any("EST" in s for s in analyzer.analyze(PASTED).summary)


def test_one_of_a_named_group_is_no_key_figure(analyzer: Analyzer) -> None:
    text = (
        "One of Ruritania's biggest banks has admitted that a computer fault left 2.1 million "
        "customers unable to pay by card.\n\n"
        "The bank said the fault lasted 14 hours and cost it about £3m in refunds."
    )
    values = [f.value for f in analyzer.analyze(text).figures]
    assert "2.1 million" in values, values
    assert "One" not in values, values


HEADLINE_OVER_DATELINE = (
    "Gas blast kills 3, injures 8\n"
    "PUBLISHED: 06:40 EST, 9 June 2025 | UPDATED: 08:15 EST, 9 June 2025\n\n"
    "A gas explosion at a bakery in Dunmore killed three people and injured eight, police "
    "said on Monday.\n\n"
    "The bakery had been closed for repairs since the spring, its owner said."
)


def test_a_dateline_under_a_headline_is_no_part_of_it(analyzer: Analyzer) -> None:
    report = analyzer.analyze(HEADLINE_OVER_DATELINE)
    # the dateline's clock times and dates are no parts of the headline's "8"
    assert [f for f in report.flags if f.check == "arithmetic"] == []
    # and a line of times and dates with no word of prose is no summary sentence
    assert not any("EST" in s for s in report.summary), report.summary


def test_a_caption_line_with_no_full_stop_ends_its_sentence(analyzer: Analyzer) -> None:
    lines = (
        "The Harbour Rowing Club has raised £86,000 for a new boathouse.\n"
        "Pictured: Members carry a boat past the old shed, built in the 1930s for 40 rowers\n"
        "The club's chair said 310 members had given money.\n"
        "Scroll down for video\n"
        "Work on the boathouse starts in May."
    )
    report = analyzer.analyze(lines)
    told = [report.text[start:end] for start, end in report.sentences]
    assert "The club's chair said 310 members had given money." in told, told
    assert "Work on the boathouse starts in May." in told, told
