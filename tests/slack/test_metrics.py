"""``GET /metrics`` over real HTTP, read back with Prometheus's own text parser."""

from __future__ import annotations

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.slack import metrics
from tests.slack.harness import Bot

Series = dict[tuple[str, frozenset[tuple[str, str]]], float]


def _scrape(bot: Bot) -> Series:
    """Every sample of ``/metrics``, by name and labels."""
    response = bot.http.get(bot.url.replace("/slack/events", "/metrics"))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def _value(series: Series, name: str, **labels: str) -> float:
    return series.get((name, frozenset(labels.items())), 0.0)


def test_every_metric_is_there_from_the_start(bot: Bot):
    series = _scrape(bot)
    names = {name for name, _ in series}
    for name in ("copydesk_checks_total", "copydesk_check_seconds_bucket",
                 "copydesk_cache_hits_total", "process_resident_memory_bytes"):  # fmt: skip
        assert name in names, name
    for entry in metrics.ENTRY_POINTS:
        for outcome in metrics.OUTCOMES:
            assert ("copydesk_checks_total", frozenset(
                {("entry_point", entry), ("outcome", outcome)})) in series  # fmt: skip


def test_a_check_is_counted_with_its_flags_latency_and_cache(bot: Bot):
    before = _scrape(bot)
    metrics.observe_check("command", "report", 0.3, False, {"number-conflict": 2, "arithmetic": 0})
    metrics.observe_check("unfurl", "report", 0.004, True, {"name-variant": 1})
    after = _scrape(bot)

    def grew(name: str, **labels: str) -> float:
        return _value(after, name, **labels) - _value(before, name, **labels)

    assert grew("copydesk_checks_total", entry_point="command", outcome="report") == 1
    assert grew("copydesk_checks_total", entry_point="unfurl", outcome="report") == 1
    assert grew("copydesk_flags_total", check="number-conflict") == 2
    assert grew("copydesk_flags_total", check="name-variant") == 1
    assert grew("copydesk_flags_total", check="arithmetic") == 0
    assert grew("copydesk_cache_hits_total", entry_point="unfurl") == 1
    assert grew("copydesk_cache_hits_total", entry_point="command") == 0
    assert grew("copydesk_check_seconds_count", cached="false") == 1
    assert grew("copydesk_check_seconds_bucket", cached="false", le="0.25") == 0
    assert grew("copydesk_check_seconds_bucket", cached="false", le="0.5") == 1
    assert grew("copydesk_check_seconds_bucket", cached="true", le="0.01") == 1


def test_refusals_and_dismissals_are_counted(bot: Bot):
    before = _scrape(bot)
    assert bot.http.post(bot.url, content=b"{}").status_code == 401  # unsigned
    metrics.count_dismissal("role-conflict")
    after = _scrape(bot)
    assert _value(after, "copydesk_http_refusals_total", status="401") == (
        _value(before, "copydesk_http_refusals_total", status="401") + 1
    )
    assert _value(after, "copydesk_dismissals_total", check="role-conflict") == (
        _value(before, "copydesk_dismissals_total", check="role-conflict") + 1
    )


@pytest.mark.parametrize(
    ("entry_point", "outcome"), [("slash", "report"), ("command", "ok")], ids=["entry", "outcome"]
)
def test_an_unknown_label_is_a_bug_not_a_new_series(entry_point: str, outcome: str):
    with pytest.raises(ValueError, match="unknown"):
        metrics.observe_check(entry_point, outcome, 0.1, False, {})


def test_a_check_id_that_is_not_a_word_is_counted_as_other(bot: Bot):
    before = _scrape(bot)
    metrics.count_dismissal("<script>alert(1)</script>")
    after = _scrape(bot)
    assert _value(after, "copydesk_dismissals_total", check="other") == (
        _value(before, "copydesk_dismissals_total", check="other") + 1
    )


def test_flag_counts_include_the_flags_a_report_only_counts():
    report = {
        "flags": [{"check": "age-conflict"}, {"check": "age-conflict"}, {"check": "arithmetic"}],
        "flags_omitted": {"age-conflict": 5},
    }
    assert metrics.flag_counts(report) == {"age-conflict": 7, "arithmetic": 1}  # type: ignore[arg-type]


def test_a_slash_command_through_the_app_is_counted(bot: Bot):
    before = _scrape(bot)
    response = bot.command("The council met on Tuesday. The mayor said 12 homes were built.")
    assert response.status_code == 200
    bot.slack.wait_for("chat.update")
    bot.settle()
    after = _scrape(bot)
    counted = sum(
        _value(after, "copydesk_checks_total", entry_point="command", outcome=outcome)
        - _value(before, "copydesk_checks_total", entry_point="command", outcome=outcome)
        for outcome in metrics.OUTCOMES
    )
    assert counted == 1
    assert (
        _value(after, "copydesk_check_seconds_count", cached="false")
        - _value(before, "copydesk_check_seconds_count", cached="false")
    ) == 1


def test_a_scraper_asking_for_openmetrics_gets_it(bot: Bot):
    response = bot.http.get(
        bot.url.replace("/slack/events", "/metrics"),
        headers={"Accept": "application/openmetrics-text; version=1.0.0"},
    )
    assert response.headers["content-type"].startswith("application/openmetrics-text")
    assert response.text.rstrip().endswith("# EOF")
