"""Patterns read in session 21 (issue 9) from red team rt39's CNN/Daily Mail-style copy
(figures told twice, one telling changed; clean articles dense with figures side by side),
in both directions, in sentences of our own."""

from __future__ import annotations

from bot.analyzer import Analyzer
from tests.helpers import told_flags

_BETWEEN = "Roads in the area were closed for several hours while crews worked at the scene."


def _one_flag_on(flags: list[tuple[str, str]], *sentences: str) -> None:
    assert len(flags) == 1, flags
    assert all(s in flags[0][1] for s in sentences), flags


def test_a_toll_put_in_another_month_is_another_events(analyzer: Analyzer) -> None:
    lead = "Twenty-three people were injured when a coach overturned on the A9 yesterday."
    other = "In March, 11 people were hurt when a minibus hit a wall near Perth."
    assert told_flags(analyzer, "number-conflict", lead, _BETWEEN, other) == []
    retold = "Eleven people were hurt when the coach overturned, police said."
    _one_flag_on(told_flags(analyzer, "number-conflict", lead, _BETWEEN, retold), lead, retold)


def test_a_smaller_one_is_another(analyzer: Analyzer) -> None:
    lead = "A ferry carrying 280 passengers ran aground off Mull last night."
    other = "The route is now served by a smaller ferry that carries up to 190 passengers."
    assert told_flags(analyzer, "number-conflict", lead, _BETWEEN, other) == []
    same = other.replace("a smaller ferry", "a ferry")
    _one_flag_on(told_flags(analyzer, "number-conflict", lead, _BETWEEN, same), lead, same)


def test_values_listed_after_a_comma_and_of_are_no_whole(analyzer: Analyzer) -> None:
    listed = (
        "In one afternoon, Mr Reed made three payments, of £6,000, £4,500 and £2,800, to "
        "an account the caller controlled."
    )
    assert told_flags(analyzer, "arithmetic", listed) == []
    whole = (
        "The club named its squad for the tour, of the 26 players, 15 were forwards and 14 backs."
    )
    assert len(told_flags(analyzer, "arithmetic", whole)) == 1


def test_a_change_and_a_loss_in_another_clause(analyzer: Analyzer) -> None:
    loss = (
        "Sales at Brayford Mills fell from £6.2million to £5.1million, and it made a loss of "
        "£420,000."
    )
    assert told_flags(analyzer, "arithmetic", loss) == []
    fall = "Sales at Brayford Mills fell from £6.2million to £5.1million, a fall of £420,000."
    assert len(told_flags(analyzer, "arithmetic", fall)) == 1


def test_its_opening_a_sentence_is_the_body_named_before(analyzer: Analyzer) -> None:
    first = "Norwell Motors will close its plant in Dunford, chief executive Tom Ashby said."
    firm = "Norwell Motors said the plant had lost money for five years."
    chamber = "The Dunford Chamber of Trade said every job there supports two more in the town."
    later = "Its chief executive, Ruth Cole, said the town would struggle to recover."
    flags = told_flags(analyzer, "role-conflict", first, firm, chamber, later)
    assert [f for f in flags if f[0] != "low"] == []  # whose "its" is, a hint at most
    flags = told_flags(analyzer, "role-conflict", first, chamber, firm, later)
    assert len(flags) == 1 and flags[0][0] != "low" and later in flags[0][1], flags


def test_a_level_reached_is_the_count_the_story_points_back_to(analyzer: Analyzer) -> None:
    lead = "A measles outbreak in Dunford has grown to 48 confirmed cases, health officials said."
    later = "Almost all of the 84 confirmed cases were in children under five."
    _one_flag_on(told_flags(analyzer, "number-conflict", lead, _BETWEEN, later), lead, later)
    agrees = later.replace("84", "48")
    assert told_flags(analyzer, "number-conflict", lead, _BETWEEN, agrees) == []


def test_a_ban_is_a_term_imposed(analyzer: Analyzer) -> None:
    lead = "Dunford prop Alun Price has been banned for eight weeks for a dangerous tackle."
    later = "His coach said the six-week ban was harsh but fair."
    _one_flag_on(told_flags(analyzer, "number-conflict", lead, _BETWEEN, later), lead, later)
    agrees = later.replace("six-week", "eight-week")
    assert told_flags(analyzer, "number-conflict", lead, _BETWEEN, agrees) == []


def test_a_headlines_sum_told_by_its_verb(analyzer: Analyzer) -> None:
    headline = (
        "School cook and her husband scoop £2.4million EuroMillions prize with the numbers "
        "they have played for 30 years"
    )
    lead = (
        "A school cook and her husband have scooped £2.1million on the EuroMillions after "
        "playing the same numbers for 30 years."
    )
    _one_flag_on(told_flags(analyzer, "number-conflict", headline, lead), headline, lead)
    agrees = lead.replace("£2.1million", "£2.4million")
    assert told_flags(analyzer, "number-conflict", headline, agrees) == []


def test_confirmed_dead_is_the_toll(analyzer: Analyzer) -> None:
    lead = "At least 14 people were killed when a storm hit the coast of Dunford on Monday."
    later = "Twelve people have been confirmed dead, the police chief said."
    _one_flag_on(told_flags(analyzer, "number-conflict", lead, _BETWEEN, later), lead, later)
    above = later.replace("Twelve", "Fifteen")
    assert told_flags(analyzer, "number-conflict", lead, _BETWEEN, above) == []


def test_handsets_told_again_as_phones(analyzer: Analyzer) -> None:
    lead = "A phone maker has recalled 42,000 handsets sold in Britain after battery fires."
    later = "The 24,000 phones were sold between March and June."
    _one_flag_on(told_flags(analyzer, "number-conflict", lead, _BETWEEN, later), lead, later)
    agrees = later.replace("24,000", "42,000")
    assert told_flags(analyzer, "number-conflict", lead, _BETWEEN, agrees) == []
