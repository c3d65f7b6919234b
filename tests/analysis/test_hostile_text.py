"""Text made to hurt the analysis: every check's output is capped, every pass bounded in
time, and a text too slow to check gets one clear line."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.analysis.text import decode
from bot.analyzer import Analyzer
from bot.cache import text_hash
from bot.checks import MAX_FLAGS, MAX_FLAGS_PER_CHECK
from bot.errors import AnalysisTimeout, BinaryInput
from tests.helpers import flags_of

BUDGET = 10.0  # seconds: the README's bound for any text up to the paste limit
# Tests of what comes out are not timed: bench.hostile measures the time of these texts, and
# on a slow or busy machine a test under BUDGET would fail for the machine, not the code
NO_RUSH = 120.0


def _surnames(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(string.ascii_lowercase) for _ in range(7)).title() for _ in range(n)]


def test_a_thousand_holders_of_one_office_give_capped_flags(analyzer: Analyzer) -> None:
    text = " ".join(f"Prime Minister Anna {s} said it was over." for s in _surnames(1000))
    report = analyzer.analyze(text, time_budget=NO_RUSH)
    roles = [f for f in report.flags if f.check == "role-conflict"]
    assert 0 < len(roles) <= MAX_FLAGS_PER_CHECK
    assert report.flags_omitted["role-conflict"] > 100
    assert report.to_json()["flags_omitted"] == report.flags_omitted


def test_thousands_of_repeated_quotes_give_capped_flags(analyzer: Analyzer) -> None:
    text = " ".join(f'"We will build the new stand by May," {s} said.' for s in _surnames(1500))
    report = analyzer.analyze(text, time_budget=NO_RUSH)
    quotes = [f for f in report.flags if f.check == "quote-attribution"]
    assert 0 < len(quotes) <= MAX_FLAGS_PER_CHECK
    assert report.flags_omitted.get("quote-attribution", 0) > 0
    assert len(report.flags) <= MAX_FLAGS


def _seconds(analyzer: Analyzer, text: str) -> float:
    return analyzer.analyze(text, time_budget=NO_RUSH).timings_ms["total"] / 1000


def _prose(tokens: int) -> str:
    """Ordinary copy of about ``tokens`` tokens: what a hostile text's time is measured
    against in the same run, so that the bound holds on any machine."""
    sentence = "The {} council approved the plan on Monday after a long debate, she said."
    return " ".join(sentence.format(s) for s in _surnames(tokens // 15 + 1, seed=3))


def test_a_long_run_of_quote_marks_is_checked_quickly(analyzer: Analyzer) -> None:
    # 16,000 quote marks once took the tokenizer 26 s on its own: four times ordinary copy
    # of as many tokens (one a mark)
    hostile = _seconds(analyzer, 'He said "' + '"' * 16_000 + " and left.")
    assert hostile < 2.5 * _seconds(analyzer, _prose(16_000))


def test_past_the_budget_the_analysis_stops_with_one_clear_line(analyzer: Analyzer) -> None:
    text = " ".join(f"Chancellor Ed {s} met Mayor Jo {s} on Monday." for s in _surnames(400))
    with pytest.raises(AnalysisTimeout, match="too complex to check in time"):
        analyzer.analyze(text, time_budget=0.05)


def test_a_long_article_is_parsed_in_pieces_with_the_same_findings(analyzer: Analyzer) -> None:
    paragraph = (
        "Harbour master Tom Reyes, 52, said 14 boats were lost. The council will meet on "
        "Friday to decide how the £4m repair is paid for, he said."
    )
    filler = "\n\n".join(
        f"Residents on street {i} said the clean-up had gone well and they were grateful."
        for i in range(400)
    )
    text = f"{paragraph}\n\n{filler}\n\nTom Reyes, 53, said the harbour would reopen."
    assert len(text) > 30_000  # the long path
    report = analyzer.analyze(text, time_budget=NO_RUSH)
    assert report.text == text
    ages = [f for f in report.flags if f.check == "age-conflict"]
    assert len(ages) == 1 and "52" in ages[0].message and "53" in ages[0].message


_UNITS = {
    "quote marks": lambda r: '"' * r.randint(50, 3000),
    "punctuation": lambda r: "".join(
        r.choice("!?.,;:()[]-'\"") for _ in range(r.randint(50, 3000))
    ),
    "quotes": lambda r: f'"It is over and we go on," {r.choice(NAMES)} said.',
    "titles": lambda r: f"Prime Minister {r.choice(NAMES)} and Chancellor {r.choice(NAMES)} met.",
    "numbers": lambda r: (
        f"The toll rose to {r.randint(1, 999)} people, {r.randint(1, 9)} children."
    ),
    "dates": lambda r: f"On Monday, {r.randint(1, 28)} March 2021, it rained.",
    "ages": lambda r: f"{r.choice(NAMES)}, {r.randint(18, 90)}, said no.",
    "fragments": lambda r: f"A{r.randint(0, 9)}.",
}
NAMES = [f"Jo {s}" for s in _surnames(3000, seed=11)]


@settings(
    max_examples=5,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kinds=st.lists(st.sampled_from(sorted(_UNITS)), min_size=1, max_size=4),
    seed=st.integers(0, 10_000),
)
def test_any_hostile_text_up_to_the_paste_limit_is_bounded(
    analyzer: Analyzer, kinds: list[str], seed: int
) -> None:
    rng = random.Random(seed)
    limit = analyzer.settings.max_text_chars
    parts: list[str] = []
    size = 0
    while size < limit - 3100:
        part = _UNITS[rng.choice(kinds)](rng)
        parts.append(part)
        size += len(part) + 1
    text = " ".join(parts)
    try:
        report = analyzer.analyze(text, time_budget=BUDGET)
    except AnalysisTimeout:
        return  # a clear answer within the budget is a bounded answer
    assert report.timings_ms["total"] < BUDGET * 1000
    assert len(report.flags) <= MAX_FLAGS
    assert all(n <= 10_000 for n in report.flags_omitted.values())


def test_a_lone_surrogate_from_slack_json_is_checked_not_a_crash(analyzer: Analyzer) -> None:
    # Valid JSON ("\ud800"), not valid UTF-8: it once broke the cache key with a traceback.
    text = "Harbour master Tom Reyes \ud800 said 14 boats were lost in the storm on Tuesday."
    assert len(text_hash(text)) == 40
    report = analyzer.analyze(text, time_budget=NO_RUSH)
    assert "\ud800" not in report.text and report.summary


def test_a_sentence_carrying_a_pasted_blob_is_no_summary_sentence(analyzer: Analyzer) -> None:
    rng = random.Random(3)
    # forty words of ninety letters: few enough words for a sentence, 3,600 characters
    words = ("".join(rng.choice(string.ascii_lowercase) for _ in range(90)) for _ in range(40))
    blob = " ".join(words)
    text = (
        f"The harbour board said the words {blob} showed the plan would cost £4m in all. "
        "The harbour board will vote on the £4m repair plan at its meeting on Friday. "
        "Fishermen on the north quay said the repairs were long overdue after the storm. "
        "The board's chairman said the work would start in the spring if the vote passed."
    )
    summary = analyzer.analyze(text, time_budget=NO_RUSH).summary
    assert len(summary) == 3
    assert all(len(sentence) <= 600 for sentence in summary)


def test_a_number_longer_than_any_quantity_is_no_key_figure(analyzer: Analyzer) -> None:
    digits = "3." + "1415926535" * 4
    text = (
        f"The council said the ratio was {digits} after the audit. "
        "The council will spend £4m on the harbour and £2m on roads, it said."
    )
    values = [f.value for f in analyzer.analyze(text, time_budget=NO_RUSH).figures]
    assert "£4m" in values
    assert all(sum(ch.isdigit() for ch in value) <= 15 for value in values)


def test_invisible_characters_inside_figures_and_names_are_dropped(analyzer: Analyzer) -> None:
    # a zero-width space or a soft hyphen pasted from a content system split "14" in two
    text = (
        "The fire destroyed 14 homes on the quay.\n\n"
        "Later the council said the fire destroyed 1\u200b4 homes, and Ja\u00adne Hollis "
        "put the cost at £112\u00a0000."
    )
    report = analyzer.analyze(text)
    assert flags_of(report, "number-conflict") == []
    assert "14 homes" in report.text and "Jane Hollis" in report.text and "£112,000" in report.text


def test_keycap_digits_and_the_arabic_percent_sign_read_as_plain_ones(analyzer: Analyzer) -> None:
    text = (
        "The fire destroyed 1\ufe0f\u20e34\ufe0f\u20e3 homes on the quay, and 40\u066a of the "
        "harbour's boats.\n\nThe council said later that the fire destroyed 17 homes."
    )
    report = analyzer.analyze(text)
    assert "destroyed 14 homes" in report.text and "40%" in report.text
    assert len(flags_of(report, "number-conflict")) == 1


def test_mojibake_is_decoded_back_so_sums_and_names_read(analyzer: Analyzer) -> None:
    # UTF-8 read as Windows-1252 upstream: "£" arrives as "Â£", an apostrophe as "â€™"
    text = (
        "The council spent £6.2m on the ferry pier, its accounts show.\n\n"
        "The council’s café said it welcomed the work."
    )
    broken = text.encode("utf-8").decode("cp1252")
    assert "Â£6.2m" in broken and "â€™" in broken
    report = analyzer.analyze(broken)
    assert report.text == text
    assert [f.value for f in report.figures] == ["£6.2m"]
    # copy that only looks foreign is left as written
    french = "The château near Dijon sold for €3m, the agency said, after a crème brûlée contest."
    assert analyzer.analyze(french).text == french


def test_markup_past_a_page_of_tags_is_stripped_not_extracted() -> None:
    from bot.analysis.text import html_to_text

    page = "<p>The council met on Monday.</p>" + "<<" * 5000 + "<div><p>It agreed.</p></div>"
    text = html_to_text(page)
    assert "The council met on Monday." in text and "It agreed." in text
    assert "<p>" not in text


def test_short_copy_is_never_filled_out_with_a_pasted_blob(analyzer: Analyzer) -> None:
    # two sentences and a blob of shares: the summary is the two, not the blob
    shares = ", ".join(f"{i % 97}%" for i in range(600))
    text = (
        "The harbour board will vote on the repair plan on Friday.\n\n"
        f"Shares were {shares} and the remaining 4%.\n\n"
        "Fishermen on the north quay said the repairs were long overdue."
    )
    summary = analyzer.analyze(text, time_budget=NO_RUSH).summary
    assert summary and all(len(sentence) <= 600 for sentence in summary)


def test_a_short_text_dense_with_tokens_is_parsed_in_pieces() -> None:
    from bot.analysis.long_text import is_long

    prose = "The council met on Monday and agreed the budget for the year. " * 300
    dense = "Shares were " + ", ".join(f"{i % 97}%" for i in range(5000)) + "."
    assert len(prose) < 30_000 and not is_long(prose)
    assert len(dense) < 30_000 and is_long(dense)  # one token for every two characters


def test_an_article_pasted_twice_gives_each_finding_once(analyzer: Analyzer) -> None:
    article = (
        "The storm destroyed 14 homes along the coast road on Tuesday, officials said.\n\n"
        "Council leader Mary Tennant said the town would rebuild.\n\n"
        "Insurers said the storm destroyed 17 homes, most of them timber-framed.\n\n"
        "Mary Tenant, 54, has led the council since 2019."
    )
    once = analyzer.analyze(article)
    twice = analyzer.analyze(f"{article}\n\n{article}")
    assert [f.check for f in once.flags] == ["name-variant", "number-conflict"]
    # The same two passages flagged by the same check are one finding, however often the
    # paste repeats them or whichever way round the check read them.
    assert [f.check for f in twice.flags] == ["name-variant", "number-conflict"]


def test_nul_bytes_padding_the_end_are_not_binary_but_one_inside_is() -> None:
    article = b"The council approved 310 flats on the old dairy site on Monday.\n"
    assert decode(article + b"\x00\x00").strip() == article.decode().strip()
    with pytest.raises(BinaryInput):
        decode(b"The council \x00approved 310 flats.")


def test_one_sentence_listing_thousands_of_counts_by_place_is_checked_in_time(
    analyzer: Analyzer,
) -> None:
    # every figure is read against its sentence for the counts set beside it and the whole
    # it is "made up of": those reads are bounded, however long the sentence runs
    places = ", ".join(f"{n % 9 + 2} in {s} County" for n, s in enumerate(_surnames(1500)))
    text = f"At least 14 people died. The toll is made up of six in Alder County, {places}."
    assert _seconds(analyzer, text) < 3 * _seconds(analyzer, _prose(len(text) // 5))
