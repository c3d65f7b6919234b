"""role-conflict outside government: one club's or firm's office, two holders."""

from bot.analyzer import Analyzer
from tests.helpers import flags_of


def _serious(analyzer: Analyzer, text: str) -> list[str]:
    """The messages of the high and medium role-conflict flags."""
    flags = flags_of(analyzer.analyze(text), "role-conflict")
    return [f.message for f in flags if f.severity != "low"]


def test_two_managers_of_one_club(analyzer: Analyzer):
    text = (
        "Rotherham manager Dan Rowe said his players had run themselves into the ground.\n\n"
        "The home side led at the break through a header from a corner.\n\n"
        "Rotherham manager Tom Greer told reporters he was proud of the second half."
    )
    flags = flags_of(analyzer.analyze(text), "role-conflict")
    assert len(flags) == 1 and flags[0].severity == "high"
    quotes = " ".join(e.quote for e in flags[0].evidence)
    assert "Dan Rowe" in quotes and "Tom Greer" in quotes


def test_body_after_the_office_and_possessive(analyzer: Analyzer):
    text = (
        "Tom Greer, the manager of Rotherham, praised the crowd.\n\n"
        "Later Dan Rowe, Rotherham's manager, said the result was deserved."
    )
    assert len(_serious(analyzer, text)) == 1


def test_bare_offices_in_a_story_about_one_firm(analyzer: Analyzer):
    text = (
        "Shares in Northgate Logistics fell 8% after the haulier cut its forecast.\n\n"
        "Chairman Ruth Okafor took the decision to close two depots, Northgate Logistics said.\n\n"
        "Northgate Logistics has struggled since fuel costs rose last year.\n\n"
        "The board backed chairman Gavin Stroud, who said the cuts would protect 400 jobs."
    )
    flags = flags_of(analyzer.analyze(text), "role-conflict")
    assert len(flags) == 1 and flags[0].severity == "medium"
    assert "Ruth Okafor" in flags[0].message and "Gavin Stroud" in flags[0].message


def test_the_clubs_manager_in_a_story_about_one_club(analyzer: Analyzer):
    text = (
        "Rotherham have been fined for fielding an ineligible player.\n\n"
        "Rotherham manager Dan Rowe said the club would appeal against the ruling.\n\n"
        "Rotherham must pay the fine within 14 days.\n\n"
        "The club's manager, Tom Greer, said the registration form had been lost in the post."
    )
    assert len(_serious(analyzer, text)) == 1


def test_different_clubs_never_conflict(analyzer: Analyzer):
    text = (
        "Rotherham manager Dan Rowe praised his players.\n\n"
        "Tom Greer, the manager of Barnsley, was less happy with the referee.\n\n"
        "Barnsley's captain Lee Pratt and Rotherham captain Sam Vine shook hands."
    )
    assert flags_of(analyzer.analyze(text), "role-conflict") == []


def test_stand_ins_deputies_and_joint_holders_never_conflict(analyzer: Analyzer):
    text = (
        "Rotherham manager Dan Rowe is in hospital after a minor operation.\n\n"
        "Interim manager Tom Greer took charge of training, with assistant manager Lee Pratt.\n\n"
        "Caretaker manager Sam Vine will pick the side if Greer is unwell.\n\n"
        "Rotherham's acting manager Kyle Ward spoke to reporters.\n\n"
        "Co-chairman Ruth Okafor and joint chairman Gavin Stroud attended the game, and "
        "Rotherham chairman Peter Lund sent his best wishes."
    )
    assert _serious(analyzer, text) == []


def test_past_and_future_holders_never_conflict(analyzer: Analyzer):
    text = (
        "Rotherham manager Dan Rowe was unveiled on Monday.\n\n"
        "Former Rotherham manager Tom Greer wished him well, as did the then-manager "
        "Lee Pratt.\n\n"
        "The late Rotherham manager Sam Vine is remembered with a stand at the ground.\n\n"
        "Outgoing chairman Ruth Okafor and incoming chairman Gavin Stroud, and Rotherham "
        "chairman Peter Lund, met on Tuesday."
    )
    assert _serious(analyzer, text) == []


def test_a_predecessor_is_not_a_second_holder(analyzer: Analyzer):
    text = (
        "Northgate Logistics chief executive Ruth Okafor said trading had improved.\n\n"
        "She took over after her predecessor as chief executive, Gavin Stroud, retired."
    )
    assert _serious(analyzer, text) == []


def test_bare_offices_in_a_match_report_are_at_most_a_hint(analyzer: Analyzer):
    text = (
        "Rotherham beat Barnsley 2-1 in a tense derby on Saturday.\n\n"
        "Barnsley had led through an early penalty before Rotherham hit back.\n\n"
        "Manager Dan Rowe said his side had deserved the win.\n\n"
        "Manager Tom Greer said Barnsley had been robbed by the referee."
    )
    assert _serious(analyzer, text) == []


def test_another_post_with_the_same_word_is_not_the_office(analyzer: Analyzer):
    text = (
        "England head coach Dan Rowe named his squad on Monday.\n\n"
        "England bowling coach Tom Greer and England women's coach Lee Pratt watched.\n\n"
        "Sam Vine, his batting coach, was also there."
    )
    assert _serious(analyzer, text) == []


def test_a_specialist_coach_is_another_post(analyzer: Analyzer):
    text = (
        "Wales coach Ian Probert picked an unchanged side for Cardiff.\n\n"
        "Wales forwards coach Gareth Lyle said the pack was ready."
    )
    assert _serious(analyzer, text) == []


def test_a_bare_office_beside_a_named_one_is_a_hint(analyzer: Analyzer):
    text = (
        "Hartley Town manager Rob Ince praised his players after the cup win.\n\n"
        "Manager Jim Dacre said the side had never played better."
    )
    flags = flags_of(analyzer.analyze(text), "role-conflict")
    assert [f.severity for f in flags] == ["low"]


def test_a_firms_employee_named_with_a_government_title(analyzer: Analyzer):
    # "of Mercer Bank" says whose employee he is: the office stays the US Treasury's.
    text = (
        "Treasury Secretary Paul Harlan of Mercer Bank spoke at the summit.\n\n"
        "Treasury Secretary Owen Tate of Dunmore Capital spoke after him."
    )
    assert _serious(analyzer, text) == []


def test_the_same_government_office_twice_in_copy_naming_no_country(analyzer: Analyzer):
    text = (
        "The Home Secretary, Rachel Dunn, has ordered a review of police vetting.\n\n"
        "The review will report in the spring.\n\n"
        "The Home Secretary, Mark Ellery, said on Tuesday that forces would share records."
    )
    flags = flags_of(analyzer.analyze(text), "role-conflict")
    assert [f.severity for f in flags] == ["medium"]


def test_its_office_after_another_body_is_that_bodys(analyzer: Analyzer):
    # "its chairwoman" is the trust's, named just before, not the club the story is about
    text = (
        "Wexley United have appointed Paul Hart as manager. Wexley United are fourth in the "
        "league. Its chairman, Richard Tolley, said Wexley United had moved quickly.\n\n"
        "The Wexley Supporters' Trust said it welcomed the change, but its chairwoman, "
        "Lorraine Tully, criticised the board."
    )
    assert _serious(analyzer, text) == []


def test_a_firm_opening_its_sentence_is_still_the_body(analyzer: Analyzer):
    # The parser reads a made-up firm's name opening a sentence as a verb; the text names
    # it mid-sentence too, so it is a firm, and two firms' chief executives are two posts.
    merger = (
        "Shipping groups Highbank and Ostler have agreed to merge.\n\n"
        "Highbank chief executive Lena Fitch will run the merged firm, while Ostler chief "
        "executive Dev Ramsay will become her deputy.\n\n"
        "Fitch said the deal made sense for both."
    )
    assert _serious(analyzer, merger) == []
    one_firm = (
        "Shipping group Highbank has had a turbulent year.\n\n"
        "Highbank chief executive Lena Fitch will run the firm, while Highbank chief "
        "executive Dev Ramsay will focus on the ports.\n\n"
        "Fitch said the year had been hard."
    )
    assert len(_serious(analyzer, one_firm)) == 1


def test_two_managers_of_a_club_named_after_a_headline(analyzer: Analyzer):
    text = (
        "Quarry Town come from behind to sink Dunmore\n\n"
        "Quarry Town manager Tom Ashby hailed his side's spirit on Saturday.\n\n"
        "The winner came in the 89th minute.\n\n"
        "Quarry Town manager Neil Crane said the striker would have a scan on Monday."
    )
    assert len(_serious(analyzer, text)) == 1


def test_the_office_of_a_body_then_the_name(analyzer: Analyzer):
    one_force = (
        "The Chief Constable of Kestrel Police, Alan Moody, apologised on Tuesday.\n\n"
        "The inspection found hundreds of calls had gone unanswered.\n\n"
        "Kestrel Police Chief Constable Ruth Fenwick said more call handlers were coming."
    )
    assert len(_serious(analyzer, one_force)) == 1
    two_forces = one_force.replace("Kestrel Police Chief", "Mereshire Police Chief")
    assert _serious(analyzer, two_forces) == []


def test_a_school_named_with_and_without_academy(analyzer: Analyzer):
    one_school = (
        "The headteacher of St Bede's Academy, Joan Pryce, told parents the sixth form "
        "would close.\n\n"
        "Parents said they were angry.\n\n"
        "St Bede's headteacher Colin Marsh said pupils would be offered places elsewhere."
    )
    assert len(_serious(analyzer, one_school)) == 1
    two_schools = one_school.replace("St Bede's headteacher", "St Anne's headteacher")
    assert _serious(analyzer, two_schools) == []


def test_the_word_for_the_body_opening_a_sentence_is_the_articles_body(analyzer: Analyzer):
    # "Club captain" opening its sentence is the club the story is about, not a body
    # called "Club"
    text = (
        "Harbour Town captain Lee Dunne scored twice on Saturday.\n\n"
        "The win lifted Harbour Town to third in the table.\n\n"
        "Club captain Sam Oduya said the squad had earned a rest."
    )
    assert len(_serious(analyzer, text)) == 1
    # in a report on two clubs, whose captain "Club captain" is, the copy does not say
    two_clubs = text.replace(
        "The win lifted Harbour Town to third in the table.",
        "Westbury Rovers stay bottom; Westbury Rovers have lost six in a row.",
    )
    assert _serious(analyzer, two_clubs) == []


def test_an_executive_headteacher_or_editor_is_another_post(analyzer: Analyzer):
    text = (
        "Westfield Academy headteacher Paul Dixon said the school would keep its name.\n\n"
        "Westfield Academy executive headteacher Anne Marsh said the trust's three schools "
        "would share staff.\n\n"
        "Courier editor Jo Bright and Courier executive editor Sam Lee wrote to readers."
    )
    assert _serious(analyzer, text) == []
    two_heads = text.replace("executive headteacher", "headteacher")
    assert len(_serious(analyzer, two_heads)) == 1


def test_a_club_named_in_full_and_by_its_first_word(analyzer: Analyzer):
    text = (
        "Harbury Athletic manager Keith Dunmore praised his side after the 2-0 win.\n\n"
        "The home side scored twice after the break.\n\n"
        "The Harbury manager, Neil Crane, said the club would appeal against the red card."
    )
    flags = flags_of(analyzer.analyze(text), "role-conflict")
    assert [f.severity for f in flags] == ["medium"]
    # two clubs the short name could be: either, so no serious flag
    two = text.replace(
        "The home side scored twice after the break.",
        "Harbury Town manager Dan Pike watched from the stand.",
    )
    assert _serious(analyzer, two) == []
