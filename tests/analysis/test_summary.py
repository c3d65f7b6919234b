"""The summary: three sentences of the text, in order, about what the story is about.

The articles here are made up for the tests.
"""

from __future__ import annotations

from bot.analyzer import Analyzer

LEAD = (
    "Floodwater swept through 200 homes in the village of Lowmarsh after the River Awen "
    "burst its banks on Sunday, the Environment Agency said."
)
ASIDE = "Local cafe owner Sam Price said the spring had been lovely and sunny until last week."
RESCUE = (
    "Firefighters rescued 40 people from flooded homes in Lowmarsh, and the agency warned "
    "the River Awen could burst its banks again."
)
RISE = "The agency said the River Awen rose by two metres in six hours after a week of heavy rain."
FLOOD = "\n\n".join(
    [
        "By Jane Ross and Tom Hill for Newsdesk",
        "Published: 10:02 GMT, 4 May 2015",
        LEAD,
        "Scroll down for video",
        "Rescue: A family is carried to safety (pictured) by firefighters in Lowmarsh",
        ASIDE,
        RESCUE,
        RISE,
        "'It was terrifying,' one resident of Lowmarsh told reporters on Monday.",
    ]
)


def test_three_sentences_of_the_text_in_text_order(analyzer: Analyzer) -> None:
    report = analyzer.analyze(FLOOD)
    assert len(report.summary) == 3
    positions = [report.text.index(s) for s in report.summary]
    assert positions == sorted(positions)


def test_bylines_datelines_captions_and_boilerplate_are_passed_over(analyzer: Analyzer):
    summary = " ".join(analyzer.analyze(FLOOD).summary)
    for junk in ("By Jane Ross", "Published:", "Scroll down", "(pictured)", "terrifying"):
        assert junk not in summary


def test_what_the_story_is_about_outranks_an_aside(analyzer: Analyzer) -> None:
    assert analyzer.analyze(FLOOD).summary == [LEAD, RESCUE, RISE]


def test_a_sentence_repeating_a_chosen_one_is_skipped(analyzer: Analyzer) -> None:
    caption = "Floodwater swept through 200 homes in Lowmarsh after the River Awen burst its banks"
    text = "\n\n".join([LEAD, caption, RESCUE, RISE, ASIDE])
    summary = analyzer.analyze(text).summary
    assert caption not in summary
    assert summary == [LEAD, RESCUE, RISE]


def test_short_copy_still_gets_its_sentences(analyzer: Analyzer) -> None:
    summary = analyzer.analyze("Rain fell.\n\nThe river rose.\n\nNobody was hurt.").summary
    assert summary == ["Rain fell.", "The river rose.", "Nobody was hurt."]


def test_a_long_winding_sentence_gives_way_to_a_short_one_saying_as_much(
    analyzer: Analyzer,
) -> None:
    # The third sentence runs to 59 words of background; the fourth says the story's news
    # in 13. Highlights are short, so the short one is taken.
    winding = (
        "The River Awen, which rises in the hills above Carnby and runs for some forty miles "
        "through farmland, small market towns and the old mill villages of the valley before "
        "it reaches the sea at Porth Awen, has flooded Lowmarsh four times since the records "
        "kept by the parish began, the last time in a wet winter long ago."
    )
    text = "\n\n".join(
        [
            LEAD,
            RESCUE,
            winding,
            "Forecasters warned that more heavy rain would keep Lowmarsh under water all week.",
        ]
    )
    summary = analyzer.analyze(text).summary
    assert winding not in summary
    assert summary[-1].startswith("Forecasters warned that more heavy rain")


def test_bylines_credits_and_follow_lines_are_left_even_in_short_copy(
    analyzer: Analyzer,
) -> None:
    # Short copy fills its three sentences with whatever is left, but never with a byline,
    # a "Published" line or a credit run into the next sentence.
    text = "\n\n".join(
        [
            "By Sarah Jones and Tom Brown, Newsdesk reporters, in Westminster",
            "Published 3 hours ago",
            LEAD,
            "(Photo: PA)\nFollow us on Twitter @Newsdesk\nIt was the worst flood in Lowmarsh.",
            "Rain fell all night.",
        ]
    )
    assert analyzer.analyze(text).summary == [LEAD, "Rain fell all night."]


def test_a_headline_the_lead_tells_again_is_not_said_twice(analyzer: Analyzer) -> None:
    text = "\n\n".join(
        [
            "Floodwater sweeps through Lowmarsh homes as River Awen bursts banks",
            LEAD,
            RESCUE,
            RISE,
        ]
    )
    assert analyzer.analyze(text).summary == [LEAD, RESCUE, RISE]


def test_a_sentence_leaning_on_the_one_before_gives_way_to_one_saying_as_much(
    analyzer: Analyzer,
) -> None:
    # The fourth and fifth sentences say the same; "They" reads only after a sentence the
    # summary leaves out, so the one naming who said it is taken.
    they = "They said the river was still rising near the village on Monday night."
    engineers = "Engineers said the river was still rising near the village on Monday night."
    text = "\n\n".join([LEAD, RESCUE, ASIDE, they, engineers])
    assert analyzer.analyze(text).summary == [LEAD, RESCUE, engineers]
