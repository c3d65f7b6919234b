from bot.analysis.model import Flag
from bot.analyzer import Analyzer
from tests.helpers import flags_of


def _conflicts(analyzer: Analyzer, text: str) -> list[Flag]:
    return flags_of(analyzer.analyze(text), "number-conflict")


def test_same_count_two_values(analyzer: Analyzer):
    text = (
        "The storm destroyed 14 homes along the coast road.\n\n"
        "Volunteers cleared debris through the night.\n\n"
        "Insurers said the storm destroyed 17 homes, most of them timber-framed."
    )
    flags = _conflicts(analyzer, text)
    assert len(flags) == 1 and flags[0].severity == "medium"
    assert "14 homes here, 17 there" in flags[0].message  # the copy's words, not a lemma


def test_qualified_figures_that_agree_and_changes_over_time(analyzer: Analyzer):
    text = (
        "The storm destroyed more than 100 homes along the coast road.\n\n"
        "Insurers said the storm destroyed 112 homes.\n\n"
        "Claims rose from 40 last year to 52 this year."
    )
    assert _conflicts(analyzer, text) == []


def test_caption_restating_a_sentence_with_another_figure(analyzer: Analyzer):
    text = (
        "Kite teams from over 17 countries took part in the four-day festival in Wulong.\n\n"
        "Organisers said the dragon kite was the longest ever flown there.\n\n"
        "Global appeal: kite teams from over 13 countries took part in the festival."
    )
    flags = _conflicts(analyzer, text)
    assert len(flags) == 1
    quotes = " ".join(e.quote for e in flags[0].evidence)
    assert "17 countries" in quotes and "13 countries" in quotes


def test_restated_sentence_with_the_same_figure_is_fine(analyzer: Analyzer):
    text = (
        "Kite teams from 17 countries took part in the four-day festival in Wulong.\n\n"
        "Global appeal: kite teams from 17 countries took part in the festival."
    )
    assert _conflicts(analyzer, text) == []


def test_a_recap_rounding_a_floor_to_its_figure_is_fine_one_below_it_is_not(analyzer: Analyzer):
    opening = "The storm destroyed more than 100 homes along the coast road.\n\n"
    middle = "Volunteers cleared debris through the night.\n\n"
    recap = "In all, 100 homes were destroyed."
    assert _conflicts(analyzer, opening + middle + recap) == []
    below = "In all, 90 homes were destroyed."
    assert len(_conflicts(analyzer, opening + middle + below)) == 1


def test_a_count_told_by_another_verb_of_its_event_is_a_medium_flag(analyzer: Analyzer):
    # "died" and "were killed" are one toll: the copy's own words for it, as strong as the
    # same word (an owner told in other words stays a hint: see the gale and the storm).
    text = (
        "Nine miners died when the shaft flooded near Quetta on Tuesday.\n\n"
        "Rescuers reached the lower galleries by nightfall.\n\n"
        "In all, 11 miners were killed, the provincial government said."
    )
    flags = _conflicts(analyzer, text)
    assert [f.severity for f in flags] == ["medium"]
    same_words = text.replace("were killed", "died")
    flags = _conflicts(analyzer, same_words)
    assert [f.severity for f in flags] == ["medium"]
    elsewhere = text.replace("In all, 11 miners", "In a second mine, 11 miners")
    assert _conflicts(analyzer, elsewhere) == []


def test_sums_in_two_currencies_are_not_compared(analyzer: Analyzer):
    text = (
        "The studio agreed a $4bn deal with the streaming service.\n\n"
        "Its shares rose in early trading.\n\n"
        "The deal is worth £2.5bn, the company said."
    )
    assert _conflicts(analyzer, text) == []
    same_currency = text.replace("£2.5bn", "$2.5bn")
    assert len(_conflicts(analyzer, same_currency)) == 1


def test_a_floor_far_below_the_recap_is_a_hint_near_it_silent(analyzer: Analyzer):
    # Copy that knew of 4,000 dead would not say "more than 3,000": worth a question.
    opening = "More than 3,000 people were killed in the floods across the delta.\n\n"
    middle = "Aid agencies flew in tents and water filters on Friday.\n\n"
    far = "Officials said 4,000 people were killed."
    flags = _conflicts(analyzer, opening + middle + far)
    assert [f.severity for f in flags] == ["low"]
    near = "Officials said 3,200 people were killed."
    assert _conflicts(analyzer, opening + middle + near) == []


def test_a_bare_back_reference_keeps_the_narrowing_said_once(analyzer: Analyzer):
    opening = "The shareholders will oppose any formal £800m takeover bid for the brewery.\n\n"
    middle = "The family has run the firm since the war and wants to keep it.\n\n"
    flags = _conflicts(analyzer, opening + middle + "The bid is worth £950m.")
    assert len(flags) == 1 and flags[0].severity == "medium"
    # A later figure with its own narrowing is another thing.
    other = "The rival cash bid is worth £950m."
    assert _conflicts(analyzer, opening + middle + other) == []


def test_a_count_supposed_in_an_if_clause_is_not_a_count_given(analyzer: Analyzer):
    text = (
        "Some 72,000 copies of the charity single were sold on its first day.\n\n"
        "The band thanked fans on Monday.\n\n"
        "If the single sold 150,000 copies, more than £1m would go to the appeal."
    )
    assert _conflicts(analyzer, text) == []
    given = text.replace(
        "If the single sold 150,000 copies,", "The single sold 150,000 copies, and"
    )
    assert len(_conflicts(analyzer, given)) == 1


def test_a_conversion_far_from_the_copys_other_conversions(analyzer: Analyzer):
    text = (
        "The chip maker raised $20m (£10.5m) from investors in May.\n\n"
        "In June it borrowed $30m (£16m) from two banks.\n\n"
        "Its rival raised $19.5m (£14.9m) in July."
    )
    flags = _conflicts(analyzer, text)
    assert len(flags) == 1 and "£14.9m" in flags[0].message
    assert any("$19.5m (£14.9m)" in e.quote for e in flags[0].evidence)
    rounded = text.replace("£14.9m", "£10.3m")  # the same rate, rounded
    assert _conflicts(analyzer, rounded) == []


def test_a_conversion_at_no_rate_the_currencies_have_had(analyzer: Analyzer):
    slip = "The group paid $1.8 billion (£94 million) for the software firm last year."
    flags = _conflicts(analyzer, slip)
    assert len(flags) == 1 and flags[0].severity == "medium"
    fine = "The group paid $1.8 billion (£940 million) for the software firm last year."
    assert _conflicts(analyzer, fine) == []
    # Australian dollars are not US dollars: no band is read for them.
    other_dollar = "The group paid A$1.8 billion (£940 million) for the software firm."
    assert _conflicts(analyzer, other_dollar) == []


def test_one_conversion_given_for_two_sums(analyzer: Analyzer):
    text = (
        "The handheld will sell for £129 in Britain (189 euros) from March.\n\n"
        "Twelve games will be ready at launch.\n\n"
        "At £119 (189 euros), it undercuts its main rival."
    )
    flags = _conflicts(analyzer, text)
    assert any("189 euros" in f.message and "£119" in f.message for f in flags)
    same = text.replace("At £119", "At £129")
    assert _conflicts(analyzer, same) == []


def test_conversions_rounded_ranged_or_made_at_their_own_time(analyzer: Analyzer):
    # "about" rounds; it does not make an impossible rate possible.
    assert _conflicts(analyzer, "The club agreed a fee of about €80m (about £15m) for the winger.")
    assert not _conflicts(
        analyzer, "The club agreed a fee of about €80m (about £68m) for the winger."
    )
    # A range is converted end for end.
    assert _conflicts(analyzer, "Bids of €30m-€40m (£25m-£62m) are expected for the stake.")
    assert not _conflicts(analyzer, "Bids of €30m-€40m (£25m-£34m) are expected for the stake.")
    # Sums converted at the rates of their own years are not held to one rate.
    dated = (
        "In 1986 the mill was sold for $90m (£60m) at the rate of the time.\n\n"
        "The owners spent heavily on new looms.\n\n"
        "In 2008 it changed hands again for $300m (£150m)."
    )
    assert not _conflicts(analyzer, dated)
    # Two sums rounded to one converted amount are not one price given twice.
    assert not _conflicts(
        analyzer,
        "The first print sold for €5.9m (about £5m).\n\nA second sold for €6.1m (about £5m).",
    )


def test_about_stretches_a_rounded_figure_not_an_exact_one(analyzer: Analyzer):
    study = "Cutting the speed limit would save 40 lives a year, the study found.\n\n"
    exact = study + "Its author said a lower limit could save around 46 lives a year."
    rounded = study + "Its author said a lower limit could save about 42 lives a year."
    assert _conflicts(analyzer, exact)  # "around 46" was given to the unit: not 40
    assert not _conflicts(analyzer, rounded)
    assert not _conflicts(analyzer, study + "Its author said it could save about 40 lives.")


def test_a_new_thing_named_again_with_its_modifiers_split_otherwise(analyzer: Analyzer):
    offered = (
        "The minister offered pensioners a £150 winter fuel grant.\n\n"
        "Critics said the scheme was too small.\n\n"
    )
    assert _conflicts(analyzer, offered + "The new £120 winter fuel grant is too small, they said.")
    # the old grant is another thing than the one offered
    assert not _conflicts(
        analyzer, offered + "The old £120 winter fuel grant was not enough, they said."
    )
    # "new" without "the" is more of the thing, not the thing named again
    more = (
        "The carmaker has announced £90m of new investment in its Oxford plant.\n\n"
        "Before the announcement, the carmaker had invested some £250m in the plant."
    )
    assert not _conflicts(analyzer, more)


def test_a_noun_the_tagger_took_for_a_verb_after_a_sum(analyzer: Analyzer):
    bid = "Rovers have received an £8m bid for their striker, the club said.\n\n"
    flags = _conflicts(analyzer, bid + "The bid was worth £6m, chairman Alan Pike said.")
    assert any("£8m bid" in f.message for f in flags)
    assert not _conflicts(analyzer, bid + "They rejected an earlier bid of £6m in May.")
    # after "the", where the parse puts the word as a subject
    formal = (
        "The consortium made a formal £90m takeover bid for the club on Monday.\n\n"
        "The board has not replied.\n\n"
    )
    assert _conflicts(analyzer, formal + "The £70m bid has yet to be put to shareholders.")
    assert not _conflicts(analyzer, formal + "The £90m bid has yet to be put to shareholders.")
    # after a possessive and an adjective; another club's deal is another deal
    deal = "The size of United's stunning £60m deal for a new stand has changed the landscape.\n\n"
    assert _conflicts(analyzer, deal + "The £80m deal has yet to be signed off.")
    assert not _conflicts(analyzer, deal + "City's £80m deal has yet to be signed off.")
    plain = "United's £60m deal for a new stand has changed the landscape.\n\n"
    assert not _conflicts(analyzer, plain + "City's £80m deal has yet to be signed off.")


def test_a_count_of_people_the_recogniser_called_a_date(analyzer: Analyzer):
    # "Around 46" reads to the recogniser as an age or a date; "46 people" is a count.
    text = (
        "Around 46 people were killed when the ferry sank, officials said.\n\n"
        "Rescuers worked through the night.\n\n"
        "The coastguard said 61 people were killed in the sinking."
    )
    assert _conflicts(analyzer, text)
    assert not _conflicts(analyzer, text.replace("61 people", "the passengers"))


def test_a_sentence_ending_on_a_sum_in_millions_ends_there(analyzer: Analyzer):
    # The tokenizer reads "m." as an abbreviation; the next sentence's words ("latest")
    # must not be read as words of change around the sum.
    text = (
        "The firm announced a deal for a stake in a Kenyan explorer.\n\n"
        "The £9.5m deal gives the firm access to the Kenyan market.\n\n"
        "The deal is worth £12.5m. This latest contract expands its portfolio."
    )
    report = analyzer.analyze(text)
    last = report.text[slice(*report.sentences[-1])]
    assert last == "This latest contract expands its portfolio."
    assert _conflicts(analyzer, text)


def test_a_dash_after_a_sum_ends_its_phrase(analyzer: Analyzer):
    # "£3bn - officials": the officials are not what the £3bn counts, nor is it a label
    # the way "a 24-race calendar" is.
    text = (
        "The treaty could cost Britain £2bn, the Treasury said.\n\n"
        "Ministers met on Monday.\n\n"
        "Under the treaty, which could cost Britain £3bn - officials disagree - ministers "
        "must report each year."
    )
    assert _conflicts(analyzer, text)
    assert not _conflicts(analyzer, text.replace("£3bn", "£2bn"))


def test_a_noun_referring_back_a_possessive_and_a_sum_tagged_a_verb(analyzer: Analyzer):
    # "The storm" refers back to "A gale": one owner told in other words, so a hint.
    gale = "A gale tore through the harbour town on Monday and sank 12 boats.\n\n"
    told_again = gale + "Crews worked all night.\n\nThe storm sank 15 boats, the council said."
    assert [f.severity for f in _conflicts(analyzer, told_again)] == ["low"]
    # "the Labour candidate's 2,341 votes" refers back to the candidate's count
    votes = (
        "Labour candidate Omar Reid received 2,314 votes, ahead of the Liberal Democrat.\n\n"
        "Turnout was low.\n\n"
        "Officials said the Labour candidate's 2,341 votes showed the party's strength."
    )
    assert _conflicts(analyzer, votes)
    assert not _conflicts(analyzer, votes.replace("2,341", "2,314"))
    # "£9.6m and is expected": the "m" tagged as a verb is no clause of its own
    sale = (
        "The brewer agreed to sell its pub chain to a rival in a £7.9m deal.\n\n"
        "Shares rose.\n\n"
        "The deal is worth £12.8m and is expected to complete in the spring, subject to "
        "approval by regulators."
    )
    assert _conflicts(analyzer, sale)
    assert not _conflicts(analyzer, sale.replace("£12.8m", "£7.9m"))


def test_a_change_from_one_number_to_another_is_that_numbers_not_the_next(analyzer: Analyzer):
    first = "Cutting the drink-drive limit would save 65 lives a year, a Harwick report says."
    later = (
        "Professor Ann Hale said reducing the limit from 80mg to 50mg could be expected to "
        "save around 72 lives a year."
    )
    flags = _conflicts(analyzer, f"{first}\n\n{later}")
    assert len(flags) == 1 and flags[0].severity == "medium", flags
    assert "65" in flags[0].evidence[0].quote and "around 72" in flags[0].message
    # the figure changed itself: two values of a story, not a slip
    ranged = "Professor Ann Hale said the saving would grow from 65 to 72 lives a year."
    assert _conflicts(analyzer, f"{first}\n\n{ranged}") == []
    # an earlier estimate, however far back in its sentence the words putting it there
    earlier = (
        "A previous estimate, contained in a 1998 Harwick County Council paper, suggested "
        "such a move could save 50 lives a year."
    )
    assert _conflicts(analyzer, f"{earlier}\n\n{later}") == []


def test_a_rate_is_the_number_before_it_not_the_next_figure(analyzer: Analyzer):
    first = (
        "The Harwick regulator set the sugar limit at 5g per can, a rule that will cover "
        "400 drinks sold in shops."
    )
    later = "Of the 430 drinks covered, most are sold in supermarkets."
    flags = _conflicts(analyzer, f"{first}\n\n{later}")
    assert len(flags) == 1 and "400" in flags[0].message, flags
    # a rate the figure itself is given at is another quantity, still
    own = "The Harwick regulator said 400 drinks per shop would be covered."
    assert _conflicts(analyzer, f"{own}\n\n{later}") == []
    # "each" before another number is that number's: 40 panels, each of a size
    panels = "The council approved 40 solar panels, each 10ft x 12ft, for the Harwick school."
    fitted = "Installers said the 36 panels would be fitted over the summer."
    assert len(_conflicts(analyzer, f"{panels}\n\n{fitted}")) == 1
    apiece = "The council bought 40 solar panels at £500 each for the Harwick school."
    assert len(_conflicts(analyzer, f"{apiece}\n\n{fitted}")) == 1
