"""office-holder on real analysis: titles checked against who held the office when."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.analysis.model import Flag
from bot.analyzer import Analyzer
from bot.knowledge.index import Knowledge
from tests.helpers import flags_of

CHECK = "office-holder"
SEPT_2021 = date(2021, 9, 1)
COME_UNDER_FIRE = " Prime Minister Boris Johnson has come under fire."


def holder_flags(analyzer: Analyzer, text: str, published: date | None) -> list[Flag]:
    return flags_of(analyzer.analyze(text, published=published), CHECK)


def test_seed_rewrite_naming_only_cameron_is_caught(
    analyzer: Analyzer, corpus_dir: Path, shipped_only: Knowledge
):
    text = (corpus_dir / "seed-article.txt").read_text(encoding="utf-8")
    assert COME_UNDER_FIRE in text
    rewrite = text.replace(COME_UNDER_FIRE, "")
    report = analyzer.analyze(rewrite, published=SEPT_2021)
    assert [f.check for f in report.flags if f.severity == "high"] == [CHECK]
    (flag,) = flags_of(report, CHECK)
    assert flag.message == (
        "David Cameron was UK Prime Minister from 11 May 2010 to 13 July 2016; "
        "on 1 September 2021 it was Boris Johnson (source: copydesk office table)."
    )
    (evidence,) = flag.evidence
    assert "British Prime Minister David Cameron said" in evidence.quote
    assert rewrite[evidence.start : evidence.end] == evidence.quote


def test_unchanged_seed_has_both_the_role_conflict_and_the_wrong_holder(
    analyzer: Analyzer, corpus_dir: Path, shipped_only: Knowledge
):
    text = (corpus_dir / "seed-article.txt").read_text(encoding="utf-8")
    report = analyzer.analyze(text, published=SEPT_2021)
    high = [f.check for f in report.flags if f.severity == "high"]
    assert sorted(high) == ["office-holder", "role-conflict"]
    (flag,) = flags_of(report, CHECK)
    assert "David Cameron" in flag.message and "Boris Johnson" in flag.message


def test_a_sentence_about_another_time_is_checked_against_that_time(
    analyzer: Analyzer, shipped_only: Knowledge
):
    right = "In 2012, Prime Minister David Cameron visited troops in Helmand."
    assert holder_flags(analyzer, right, SEPT_2021) == []
    wrong = "In 2012, Prime Minister Boris Johnson visited troops in Helmand."
    (flag,) = holder_flags(analyzer, wrong, SEPT_2021)
    assert flag.severity == "high"
    assert "in 2012 it was David Cameron" in flag.message


@pytest.mark.parametrize(
    "text",
    [
        "Former Prime Minister David Cameron said the talks were vital.",
        "The then-Prime Minister David Cameron said the talks were vital.",
        "Outgoing Prime Minister Boris Johnson said the talks were vital.",
        "The late Prime Minister Margaret Thatcher was remembered on Tuesday.",
        "Acting President Kamala Harris signed nothing.",
        "At the time, Prime Minister Tony Blair backed the war.",
        "Under Prime Minister Margaret Thatcher, most of the pits closed.",
        "Prime Minister Margaret Thatcher's 1984 budget cut taxes on shares.",
        "Prime Minister Laura Whitfield said the talks were vital.",
        "Russian Foreign Minister Sergei Lavrov said the talks were vital.",
    ],
)
def test_past_stand_in_and_unknown_holders_say_nothing(
    analyzer: Analyzer, shipped_only: Knowledge, text: str
):
    assert holder_flags(analyzer, text, SEPT_2021) == []


def test_no_date_no_check(analyzer: Analyzer, shipped_only: Knowledge):
    text = "British Prime Minister David Cameron said the Taliban should be judged on actions."
    assert holder_flags(analyzer, text, None) == []


def test_a_known_person_in_an_office_never_held_is_medium_naming_the_holder(
    analyzer: Analyzer, shipped_only: Knowledge
):
    text = "Britain's budget was set out by Chancellor Boris Johnson in London on Monday."
    (flag,) = holder_flags(analyzer, text, date(2017, 3, 8))
    assert flag.severity == "medium"
    assert flag.message == (
        "Boris Johnson is not known to have been UK Chancellor of the Exchequer; on "
        "8 March 2017 it was Philip Hammond (source: copydesk office table)."
    )


def test_each_country_has_its_own_office(analyzer: Analyzer, shipped_only: Knowledge):
    both = (
        "German Chancellor Angela Merkel met Chancellor George Osborne in Berlin.\n\n"
        "US Secretary of State John Kerry joined them."
    )
    assert holder_flags(analyzer, both, date(2015, 6, 1)) == []
    (merkel,) = holder_flags(
        analyzer, "Chancellor Angela Merkel spoke in Berlin.", date(2023, 1, 9)
    )
    assert "German Chancellor" in merkel.message and "Olaf Scholz" in merkel.message
    (kerry,) = holder_flags(analyzer, "Secretary of State John Kerry flew in.", date(2018, 6, 1))
    assert "US Secretary of State" in kerry.message and "Mike Pompeo" in kerry.message


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Foreign Secretary William Hague arrived in Kabul.", "Philip Hammond"),
        ("British Foreign Minister William Hague arrived in Kabul.", "Philip Hammond"),
        ("UK Home Secretary Jacqui Smith arrived in Kabul.", "Theresa May"),
        ("William Hague, the British foreign secretary, arrived in Kabul.", "Philip Hammond"),
    ],
)
def test_synonyms_and_country_words_name_one_office(
    analyzer: Analyzer, shipped_only: Knowledge, text: str, holder: str
):
    (flag,) = holder_flags(analyzer, text, date(2016, 3, 1))
    assert flag.severity == "high" and f"it was {holder}" in flag.message


def test_a_title_after_under_fire_is_still_checked(analyzer: Analyzer, shipped_only: Knowledge):
    text = "The plan came under fire from Prime Minister David Cameron on Tuesday."
    (flag,) = holder_flags(analyzer, text, SEPT_2021)
    assert "it was Boris Johnson" in flag.message


def test_an_event_during_a_holders_visit_is_still_checked(
    analyzer: Analyzer, shipped_only: Knowledge
):
    text = "During US Vice-President Dick Cheney's visit to Kiev on 20 November, hackers struck."
    (flag,) = holder_flags(analyzer, text, date(2017, 1, 3))
    assert "it was Joe Biden" in flag.message


def test_times_named_after_the_title_or_a_current_holder_do_not_move_the_date(
    analyzer: Analyzer, shipped_only: Knowledge
):
    text = (
        "Prime Minister Theresa May, who became an MP in 1997, said on Tuesday that talks "
        "would go on.\n\nThe current Home Secretary Amber Rudd, a banker in 1991, agreed."
    )
    assert holder_flags(analyzer, text, date(2018, 3, 1)) == []


def test_a_junior_minister_of_the_imported_store_named_as_foreign_secretary(
    analyzer: Analyzer, with_imports: Knowledge
):
    text = "Foreign Secretary James Brokenshire told MPs the embassy would stay open."
    (flag,) = holder_flags(analyzer, text, date(2015, 6, 1))
    assert flag.severity == "medium"
    assert flag.message == (
        "James Brokenshire is not known to have been UK Foreign Secretary; on 1 June 2015 "
        "it was Philip Hammond (source: copydesk office table)."
    )
    (home,) = holder_flags(analyzer, "Home Secretary Karen Bradley spoke.", date(2015, 6, 1))
    assert home.severity == "medium" and "it was Theresa May" in home.message


def test_imported_cabinet_posts_are_checked_and_loose_minister_words_are_not(
    analyzer: Analyzer, with_imports: Knowledge
):
    (flag,) = holder_flags(analyzer, "Defence Secretary Penny Mordaunt spoke.", date(2016, 3, 1))
    assert flag.severity == "high"
    assert "Secretary of State for Defence from 1 May 2019 to 24 July 2019" in flag.message
    assert "Institute for Government" in flag.message
    # She was then a junior defence minister, whom copy may well call "Defence Minister".
    assert holder_flags(analyzer, "Defence Minister Penny Mordaunt spoke.", date(2016, 3, 1)) == []


# Copy that names several office holders of one earlier time, none of the stated date's:
# the likelier error is the date (an old story re-run or archived late), and the desk
# wants that said once, not one flag per name.
STALE_TOGETHER = (
    "Prime Minister David Cameron met US President Barack Obama at Windsor Castle. "
    "Chancellor George Osborne joined them for lunch."
)


def test_several_holders_of_one_earlier_time_make_one_flag_about_the_date(
    analyzer: Analyzer, shipped_only: Knowledge
):
    (flag,) = holder_flags(analyzer, STALE_TOGETHER, date(2017, 4, 23))
    assert flag.severity == "high"
    for name in ("David Cameron", "Barack Obama", "George Osborne"):
        assert name in flag.message
    assert "13 July 2016" in flag.message  # the last day all three were in office
    assert "Theresa May" in flag.message and "Donald Trump" in flag.message
    quoted = " ".join(e.quote for e in flag.evidence)
    assert "Barack Obama" in quoted and "George Osborne" in quoted


def test_one_holder_of_the_date_keeps_the_stale_ones_apart(
    analyzer: Analyzer, shipped_only: Knowledge
):
    # Theresa May was Prime Minister on this date, so the date stands and each stale
    # title is its own error.
    text = (
        "Prime Minister Theresa May met US President Barack Obama at Windsor Castle. "
        "Chancellor George Osborne joined them for lunch."
    )
    flags = holder_flags(analyzer, text, date(2017, 4, 23))
    assert len(flags) == 2
    assert ["Obama" in f.message for f in flags] == [True, False]


def test_holders_who_never_served_together_stay_apart(analyzer: Analyzer, shipped_only: Knowledge):
    # Thatcher left office in 1990 and Obama took it in 2009: no one date fits both.
    text = "Prime Minister Margaret Thatcher met US President Barack Obama at Windsor Castle."
    flags = holder_flags(analyzer, text, date(2021, 9, 1))
    assert len(flags) == 2


# Found by a red-team helper writing its own wire copy (2026-11-26); sentences here are ours.
@pytest.mark.parametrize(
    ("text", "published", "holder"),
    [
        # a bare "CITY - " dateline is not part of the title
        ("TOKYO - Japanese Prime Minister Shinzo Abe opened the summit.", "2021-06-01",
         "Yoshihide Suga"),
        ("OTTAWA - Canada's prime minister, Stephen Harper, opened the summit.", "2019-06-01",
         "Justin Trudeau"),
        # Ireland's head of government by its own title
        ("Taoiseach Enda Kenny opened the summit in Dublin.", "2021-06-01", "Micheál Martin"),
        # a hyphenated given name the recogniser cuts short after a title
        ("South Korean President Moon Jae-in opened the summit.", "2023-06-01", "Yoon Suk Yeol"),
        # a name of five words, one of them a particle
        ("BRASILIA - President Luiz Inacio Lula da Silva opened the summit in Brazil, and "
         "Brazil's senators cheered.", "2021-07-08", "Jair Bolsonaro"),
        # the title's clause is dated now; the time of a clause of its own is not its time
        ("French President Francois Hollande on Monday opened a bridge, which he first "
         "proposed last year.", "2018-06-04", "Emmanuel Macron"),
    ],
)  # fmt: skip
def test_wire_datelines_irish_titles_and_hyphenated_names_are_read(
    analyzer: Analyzer, shipped_only: Knowledge, text: str, published: str, holder: str
):
    (flag,) = holder_flags(analyzer, text, date.fromisoformat(published))
    assert flag.severity == "high"
    assert holder in flag.message


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The president-elect's choice for secretary of state, Antony Blinken, met envoys.",
         "2020-12-01"),
        ("Chancellor Helmut Kohl, who led Germany to unity, has died at the age of 87. "
         "Chancellor Angela Merkel said he had changed her life.", "2017-06-17"),
        ("In 1982, Argentina invaded the islands. US President Ronald Reagan tried to mediate "
         "in the early weeks of the war that year.", "2022-04-02"),
        ("The strike pitted the miners against the government of Prime Minister Margaret "
         "Thatcher.", "2024-03-09"),
        ("Prime Minister David Cameron opened the summit.", "1850-01-01"),
        ("Prime Minister David Cameron opened the summit.", "2150-01-01"),
        ("Prime Minister David Cameron opened the summit.", "9999-12-30"),
    ],
)  # fmt: skip
def test_nominees_obituaries_that_year_and_dates_the_records_cannot_speak_for_are_silent(
    analyzer: Analyzer, shipped_only: Knowledge, text: str, published: str
):
    report = analyzer.analyze(text, published=date.fromisoformat(published))
    assert [f for f in report.flags if f.severity in ("high", "medium")] == []


def test_a_son_is_not_his_father(analyzer: Analyzer, shipped_only: Knowledge):
    text = "President George W. Bush visited the troops in the Gulf."
    (flag,) = holder_flags(analyzer, text, date(1990, 11, 5))
    assert flag.message.startswith("George W. Bush was US President from 20 January 2001")
    assert "1989" not in flag.message
    assert "on 5 November 1990 it was George H. W. Bush" in flag.message
