"""number-conflict: a sum or a count restated through whom "her" or "his" stands for, or
through the noun of the first one's verb (issue 9: restated counts in other words); and a
total a change takes a thing to, which is no restatement of the change."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags

CHECK = "number-conflict"


def _flags(analyzer: Analyzer, *paragraphs: str) -> list[tuple[str, str]]:
    return told_flags(analyzer, CHECK, *paragraphs)


def test_her_votes_are_the_votes_of_the_woman_named_before(analyzer: Analyzer) -> None:
    first = "Green candidate Rosa Mills won 2,614 votes in the Fenwick ward by-election."
    later = "Her 2,416 votes were the most the party has had in the ward."
    flags = _flags(analyzer, first, "The count at the town hall ended after midnight.", later)
    assert len(flags) == 1 and flags[0][0] == "medium", flags
    assert first in flags[0][1] and later in flags[0][1]


def test_her_votes_after_another_woman_named_are_hers(analyzer: Analyzer) -> None:
    first = "Green candidate Rosa Mills won 2,614 votes in the Fenwick ward by-election."
    other = "Labour's Jane Orr came second and said she was proud of her campaign."
    later = "Her 2,416 votes were the most the party has had in the ward."
    assert _flags(analyzer, first, other, later) == []


def test_his_votes_are_not_a_womans(analyzer: Analyzer) -> None:
    first = "Green candidate Rosa Mills won 2,614 votes in the Fenwick ward by-election."
    thanks = "Mrs Mills thanked the volunteers who had knocked on doors for a month."
    later = "His 2,416 votes were the most the party has had in the ward."
    assert _flags(analyzer, first, thanks, later) == []
    hers = later.replace("His", "Her")
    assert len(_flags(analyzer, first, thanks, hers)) == 1


def test_a_fine_restated_as_the_penalty_is_a_medium_flag(analyzer: Analyzer) -> None:
    first = "A Dunmore takeaway owner has been fined £12,500 after inspectors found mice."
    later = "As well as the £15,000 penalty, the court ordered him to pay costs."
    flags = _flags(analyzer, first, "He admitted four hygiene offences.", later)
    assert len(flags) == 1 and flags[0][0] == "medium", flags
    same = later.replace("£15,000", "£12,500")
    assert _flags(analyzer, first, "He admitted four hygiene offences.", same) == []


def test_an_award_restated_by_the_noun_of_its_verb(analyzer: Analyzer) -> None:
    first = "A nurse who slipped on a wet ward floor has been awarded £42,000 in damages."
    middle = "The hospital trust admitted it had failed to put up warning signs."
    later = "Speaking after the hearing, Mrs Lyle said the judge's award of £24,000 was fair."
    flags = _flags(analyzer, first, middle, later)
    assert len(flags) == 1 and first in flags[0][1] and later in flags[0][1], flags
    same = later.replace("£24,000", "£42,000")
    assert _flags(analyzer, first, middle, same) == []


def test_a_total_a_launch_takes_a_fleet_to_is_no_restatement(analyzer: Analyzer) -> None:
    headline = "Orbital launches 48 satellites to take on rivals"
    first = "Orbital Link put 48 broadband satellites into orbit on Tuesday."
    total = "The launch takes the company's fleet to 312 satellites."
    later = 'Chief executive Neil Chandra said: "Today\'s launch of 46 satellites is a big step."'
    flags = _flags(analyzer, headline, first, total, later)
    assert len(flags) == 1 and headline in flags[0][1] and total not in flags[0][1], flags


def test_a_count_of_a_compound_noun_is_of_its_plural_head(analyzer: Analyzer) -> None:
    first = "Dunmore council issued 486 penalty charge notices to bus lane drivers in June."
    later = "Of those 468 notices, 112 have already been paid, the council said."
    middle = "The camera was installed in May."
    flags = _flags(analyzer, first, middle, later)
    assert len(flags) == 1 and first in flags[0][1] and later in flags[0][1], flags
    assert _flags(analyzer, first, middle, later.replace("468", "486")) == []


def test_staff_who_lost_their_jobs_are_the_staff_made_redundant(analyzer: Analyzer) -> None:
    first = "Harbour Freight has made 41 staff redundant at its Kelsby depot."
    middle = "The firm blamed a sharp fall in trade through the port."
    later = "It said the 44 staff who lost their jobs would get extra pay."
    flags = _flags(analyzer, first, middle, later)
    assert len(flags) == 1 and flags[0][0] == "medium", flags
    kept = "It said the 44 staff who kept their jobs would get extra pay."
    assert _flags(analyzer, first, middle, kept) == []


def test_a_sum_raised_previously_is_another_sum(analyzer: Analyzer) -> None:
    first = "The Dunmore hospice charity raised £45,000 at its summer fair on Saturday."
    later = (
        "Organisers said the charity{} with the help of hundreds of volunteers from across "
        "the county, raised £52,000 at the fair."
    )
    assert len(_flags(analyzer, first, later.format(","))) == 1
    assert _flags(analyzer, first, later.format(" had previously,")) == []


def test_a_time_told_again_with_the_is_the_time_named_before(analyzer: Analyzer) -> None:
    first = "Dunmore councillors approved 14 housing schemes on Wednesday night."
    middle = "Residents had objected to the height of two of the blocks."
    later = "In all, councillors approved 16 housing schemes on the night."
    flags = _flags(analyzer, first, middle, later)
    assert len(flags) == 1 and first in flags[0][1] and later in flags[0][1], flags
    named = later.replace("on the night", "on Thursday night")
    assert _flags(analyzer, first, middle, named) == []


def test_a_total_of_counts_its_noun(analyzer: Analyzer) -> None:
    first = "A total of 1,450 runners finished the Dunmore marathon on Sunday."
    later = "Organisers said 1,540 runners finished the marathon."
    flags = _flags(analyzer, first, "The winner ran 2:11:04.", later)
    assert len(flags) == 1 and first in flags[0][1] and later in flags[0][1], flags


def test_a_count_with_swapped_digits_in_other_words_is_a_medium_flag(analyzer: Analyzer) -> None:
    first = "Rovers beat City 2-1, watched by 41,382 spectators at Dunmore Park."
    later = "The attendance of 41,832 was the largest at the ground this season."
    flags = _flags(analyzer, first, "City had led at half-time.", later)
    assert len(flags) == 1 and flags[0][0] == "medium", flags


def test_a_count_standing_in_the_phrase_of_its_subject_is_nobodys(analyzer: Analyzer) -> None:
    """ "Sentencing on the 12 counts is set": the counts are not sentencing's own."""
    first = "Carl Wynn was convicted of 14 counts of fraud at Leeds Crown Court on Monday."
    later = "Sentencing on the 12 counts is set for May."
    flags = _flags(analyzer, first, "The jury took two days.", later)
    assert len(flags) == 1 and first in flags[0][1] and later in flags[0][1], flags
    assert _flags(analyzer, first, "The jury took two days.", later.replace("12", "14")) == []
