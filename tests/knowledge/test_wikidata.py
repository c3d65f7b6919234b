"""The Wikidata updater against a fake query service: a real HTTP server on loopback that
answers in the SPARQL JSON results format (the real service is never contacted)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.analyzer import Analyzer
from bot.config import Settings
from bot.knowledge.cli import add_parser, run
from bot.knowledge.index import load_knowledge, use_knowledge
from bot.knowledge.store import KnowledgeStore
from bot.knowledge.wikidata import load_targets, office_query, organisation_query
from tests.helpers import flags_of
from tests.localserver import LocalServer, send

ENTITY = "http://www.wikidata.org/entity/"
# Item ids of people here are made up: the fake service answers whatever the test says.
TARGETS = {
    "offices": [{"id": "Q14211", "label": "UK Prime Minister",
                 "roles": ["prime minister", "leader"], "jurisdictions": ["gb"]}],
    "organisations": [{"id": "Q9617", "label": "Arsenal", "jurisdictions": ["arsenal"]}],
}  # fmt: skip


def _time(value: str, precision: int) -> dict[str, dict[str, str]]:
    return {
        "value": {"type": "literal", "value": f"{value}T00:00:00Z",
                  "datatype": "http://www.w3.org/2001/XMLSchema#dateTime"},
        "precision": {"type": "literal", "value": str(precision),
                      "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
    }  # fmt: skip


def statement(
    item: str, prop: str, person: str, label: str, sid: str, start: str | None,
    end: str | None, precision: int = 11, aliases: str = "",
) -> dict[str, Any]:  # fmt: skip
    row: dict[str, Any] = {
        "item": {"type": "uri", "value": ENTITY + item},
        "prop": {"type": "literal", "value": prop},
        "person": {"type": "uri", "value": ENTITY + person},
        "personLabel": {"type": "literal", "value": label, "xml:lang": "en"},
        "statement": {"type": "uri", "value": f"{ENTITY}statement/{sid}"},
        "aliases": {"type": "literal", "value": aliases},
    }
    if start:
        t = _time(start, precision)
        row["start"], row["startPrecision"] = t["value"], t["precision"]
    if end:
        t = _time(end, precision)
        row["end"], row["endPrecision"] = t["value"], t["precision"]
        row["endValue"] = t["value"]
    return row


class FakeService:
    """Answers P39 queries with ``offices`` and organisation queries with ``organisations``."""

    def __init__(self) -> None:
        self.offices = [
            statement("Q14211", "P39", "Q9001", "David Cameron", "Q9001-a", "2010-05-11",
                      "2016-07-13", aliases="David William Donald Cameron"),
            statement("Q14211", "P39", "Q9002", "Theresa May", "Q9002-a", "2016-07-13",
                      "2019-07-24"),
            statement("Q14211", "P39", "Q9003", "Boris Johnson", "Q9003-a", "2019-07-24",
                      "2022-09-06"),
        ]  # fmt: skip
        self.organisations = [
            # Wikidata often gives one term as several statements, back to back.
            statement("Q9617", "P286", "Q9101", "Arsène Wenger", "Q9617-w1", "1996-10-01",
                      "2007-06-30"),
            statement("Q9617", "P286", "Q9101", "Arsène Wenger", "Q9617-w2", "2007-06-30",
                      "2018-05-13"),
            statement("Q9617", "P286", "Q9102", "Mikel Arteta", "Q9617-m", "2019-12-20", None),
        ]  # fmt: skip
        self.queries: list[str] = []
        self.agents: list[str] = []
        self.failures = 0  # answer this many requests with 503 first

    def route(self, handler: BaseHTTPRequestHandler) -> None:
        params = parse_qs(urlsplit(handler.path).query)
        self.queries.append(params["query"][0])
        self.agents.append(handler.headers.get("User-Agent", ""))
        if self.failures:
            self.failures -= 1
            send(handler, 503, b"busy", "text/plain", {"Retry-After": "0"})
            return
        rows = self.offices if "ps:P39" in params["query"][0] else self.organisations
        body = {"head": {"vars": []}, "results": {"bindings": rows}}
        send(handler, 200, json.dumps(body).encode(), "application/sparql-results+json")


@pytest.fixture()
def service() -> Any:
    fake = FakeService()
    with LocalServer({"/sparql": fake.route}) as server:
        fake.url = server.url("/sparql")  # type: ignore[attr-defined]
        yield fake


def update(tmp_path: Path, url: str) -> int:
    targets = tmp_path / "targets.json"
    targets.write_text(json.dumps(TARGETS))
    settings = Settings(
        knowledge_db=str(tmp_path / "k.sqlite3"), wikidata_sparql_url=url,
        wikidata_offices=str(targets),
    )  # fmt: skip
    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers(dest="command"))
    return run(parser.parse_args(["knowledge", "update"]), settings)


def test_update_sends_the_sparql_and_stores_what_comes_back(
    service: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert update(tmp_path, service.url) == 0
    offices_query, organisations_query = service.queries
    for part in ("p:P39 ?statement", "ps:P39 ?item", "wd:Q14211", "pqv:P580", "pqv:P582",
                 "wikibase:timePrecision", "skos:altLabel"):  # fmt: skip
        assert part in offices_query
    for part in ("wd:Q9617", "p:P169", "p:P286", "p:P488", "pqv:P580"):
        assert part in organisations_query
    assert offices_query == office_query(["Q14211"])
    assert organisations_query == organisation_query(["Q9617"])
    assert all(agent.startswith("copydesk-bot/") for agent in service.agents)
    out, err = capsys.readouterr()
    assert "wikidata: offices 1-1 of 1: 3 statements" in err
    assert "wikidata: organisations 1-1 of 1: 3 statements" in err
    assert "holdings: 6 added, 0 changed, 0 removed" in out
    (records,) = KnowledgeStore(tmp_path / "k.sqlite3").read()
    assert records.source == "wikidata"
    names = {p.id: p.names for p in records.people}
    assert names["wd:Q9001"] == ("David Cameron", "David William Donald Cameron")
    arteta = next(h for h in records.holdings if h.id == "wd:Q9617-m")
    assert arteta.office == "wd:Q9617/P286" and arteta.end is not None


def test_a_second_update_changes_only_what_changed(
    service: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert update(tmp_path, service.url) == 0
    assert update(tmp_path, service.url) == 0
    second = capsys.readouterr().out.splitlines()[-1]
    assert "holdings: 0 added, 0 changed, 0 removed, 6 unchanged" in second
    assert "people: 0 added, 0 changed, 0 removed, 5 unchanged" in second
    service.offices[2] = statement("Q14211", "P39", "Q9003", "Boris Johnson", "Q9003-a",
                                   "2019-07-24", "2022-09-07")  # fmt: skip
    del service.offices[1]
    assert update(tmp_path, service.url) == 0
    third = capsys.readouterr().out
    assert "holdings: 0 added, 1 changed, 1 removed, 4 unchanged" in third
    (records,) = KnowledgeStore(tmp_path / "k.sqlite3").read()
    johnson = next(h for h in records.holdings if h.id == "wd:Q9003-a")
    assert johnson.end is not None and johnson.end.day == date(2022, 9, 7)


def test_a_busy_service_is_asked_again_and_a_failing_one_changes_nothing(
    service: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    service.failures = 1
    assert update(tmp_path, service.url) == 0
    assert len(service.queries) == 3  # the refused query, again, then the organisations
    service.failures = 99
    assert update(tmp_path, service.url) == 1
    assert "answered HTTP 503" in capsys.readouterr().err
    (records,) = KnowledgeStore(tmp_path / "k.sqlite3").read()
    assert len(records.holdings) == 6


def test_organisation_roles_reach_the_check(service: Any, tmp_path: Path, analyzer: Analyzer):
    assert update(tmp_path, service.url) == 0
    use_knowledge(load_knowledge(tmp_path / "k.sqlite3"))
    try:
        report = analyzer.analyze(
            "After the game, Arsenal manager Arsène Wenger praised his players.",
            published=date(2021, 2, 1),
        )
    finally:
        use_knowledge(None)
    (flag,) = flags_of(report, "office-holder")
    assert flag.message == (
        "Arsène Wenger was Arsenal manager from 1 October 1996 to 13 May 2018; on "
        "1 February 2021 it was Mikel Arteta (source: Wikidata)."
    )


def test_the_shipped_list_of_offices_reads():
    offices, organisations = load_targets(None)
    assert {"Q14211", "Q11696"} <= {o.id for o in offices}
    assert all(o.roles and o.jurisdictions for o in offices)
    assert organisations and all(o.jurisdictions for o in organisations)
