"""A draft checked against its source."""

from __future__ import annotations

from pathlib import Path

from bot.analysis.report import flag_json
from bot.analyzer import Analyzer
from bot.checks.source_mismatch import compare

SOURCE = (
    "Officials said more than 8,000 people were evacuated from the coast on Tuesday, "
    "March 3, 2015.\n\n"
    "Mayor Helen Okafor said the town would pay for emergency housing for 20 per cent "
    "of the families.\n\n"
    '"Nobody who lost a home will spend a night on the street," Okafor said.\n\n'
    "Fire chief Daniel Abernathy said five crews fought the blaze for nine hours."
)


def _flags(analyzer: Analyzer, source: str, draft: str) -> list[dict]:
    """The flags in their JSON form, as the report documents them."""
    return [flag_json(f) for f in compare(analyzer.analyze(source), analyzer.analyze(draft))]


def _loud(flags: list[dict]) -> list[dict]:
    return [f for f in flags if f["severity"] != "low"]


def test_house_style_and_reordering_are_not_mismatches(analyzer: Analyzer):
    draft = (
        "Fire chief Daniel Abernathy said 5 crews fought the blaze for nine hours.\n\n"
        "Officials said over 8,000 people were evacuated from the coast on Tuesday, "
        "March 3, 2015.\n\n"
        "Mayor Helen Okafor said the town would pay for emergency housing for 20% of the "
        "families."
    )
    assert _loud(_flags(analyzer, SOURCE, draft)) == []
    assert _flags(analyzer, SOURCE, SOURCE) == []


def test_each_kind_of_change_is_flagged_with_both_sides(analyzer: Analyzer):
    changes = {
        "figure": ("more than 8,000", "more than 9,000"),
        "name": ("Daniel Abernathy", "Daniel Abernethy"),
        "date": ("March 3, 2015", "March 5, 2015"),
        "quote": ("spend a night", "spend one night"),
    }
    for kind, (old, new) in changes.items():
        flags = _loud(_flags(analyzer, SOURCE, SOURCE.replace(old, new)))
        assert [f["kind"] for f in flags] == [kind], (kind, flags)
        sides = {e["side"]: e["quote"] for e in flags[0]["evidence"]}
        assert new in sides["draft"] and old in sides["source"], kind
    quote = _loud(_flags(analyzer, SOURCE, SOURCE.replace("spend a night", "spend one night")))
    assert "replaced 'a' with 'one'" in quote[0]["change"]


def test_a_quote_given_to_another_speaker(analyzer: Analyzer):
    draft = SOURCE.replace("home will spend a night on the street,\" Okafor said",
                           "home will spend a night on the street,\" Abernathy said")  # fmt: skip
    flags = _loud(_flags(analyzer, SOURCE, draft))
    assert [f["kind"] for f in flags] == ["attribution"]


def test_facts_the_source_lacks_are_reported_once_with_low_severity(analyzer: Analyzer):
    draft = SOURCE + "\n\nCouncillor Rhys Evans said 300 homes had been lost."
    flags = _flags(analyzer, SOURCE, draft)
    assert _loud(flags) == []
    unsupported = [f for f in flags if f["kind"] == "unsupported"]
    assert len(unsupported) == 1 and "Rhys Evans" in unsupported[0]["message"]


def test_the_seed_article_against_a_source_where_johnson_spoke(
    analyzer: Analyzer, corpus_dir: Path
):
    seed = (corpus_dir / "seed-article.txt").read_text(encoding="utf-8")
    source = seed.replace(
        "British Prime Minister David Cameron said", "Prime Minister Boris Johnson said"
    )
    flags = _loud(_flags(analyzer, source, seed))
    assert [f["kind"] for f in flags] == ["attribution"]
    sides = {e["side"]: e["quote"] for e in flags[0]["evidence"]}
    assert "British Prime Minister David Cameron said" in sides["draft"]
    assert "Prime Minister Boris Johnson said" in sides["source"]
