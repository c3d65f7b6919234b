"""The updater from Wikidata (``python -m bot knowledge update``).

Asks the Wikidata Query Service (``WIKIDATA_SPARQL_URL``) for the position-held statements
(P39, with start P580 and end P582 qualifiers) of a list of offices, and for organisations'
chief executive (P169), head coach (P286) and chairperson (P488) statements. The list is
``bot/knowledge/data/wikidata.json`` or the file ``WIKIDATA_OFFICES`` names.

Every run fetches the whole list and writes the difference: statements that did not
change are not touched, so a second run of unchanged data changes nothing. A failed
request fails the run before anything is written.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import httpx

from bot.errors import KnowledgeError
from bot.knowledge.records import (
    ONGOING,
    Holding,
    Office,
    PersonRecord,
    Records,
    When,
)

WIKIDATA = "wikidata"
USER_AGENT = "copydesk-bot/0.1 (newsroom copy checker; office-holder knowledge update)"
TIMEOUT = httpx.Timeout(90.0, connect=10.0)  # the service's own query limit is 60 s
BATCH = 20  # offices or organisations per query: one slow query never holds the rest
RETRIES = 3
MAX_RETRY_AFTER = 60.0
# Organisation properties and the canonical offices (bot.analysis.offices) they fill.
ORGANISATION_ROLES = {
    "P169": ("chief executive", ("chief executive",)),
    "P286": ("manager", ("manager", "coach")),
    "P488": ("chairman", ("chairman",)),
}
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T")
_ENTITY = "http://www.wikidata.org/entity/"
Progress = Callable[[str], None]


class UpdateError(KnowledgeError):
    """The query service could not be asked, or answered with something else."""


@dataclass(frozen=True)
class Target:
    """An office (or organisation) to ask about, as the list file gives it."""

    id: str
    label: str
    roles: tuple[str, ...]
    jurisdictions: tuple[str, ...]


def load_targets(path: Path | None) -> tuple[list[Target], list[Target]]:
    """(offices, organisations) of the list file; the shipped list when ``path`` is None."""
    try:
        if path is None:
            text = (resources.files("bot.knowledge") / "data" / "wikidata.json").read_text("utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        data = json.loads(text)
        offices = [_target(item) for item in data.get("offices", [])]
        organisations = [_target(item) for item in data.get("organisations", [])]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise UpdateError(f"cannot read the list of Wikidata offices {path}: {e}") from e
    return offices, organisations


def _target(item: dict[str, Any]) -> Target:
    qid = str(item["id"])
    if not re.fullmatch(r"Q\d+", qid):
        raise ValueError(f"not a Wikidata item id: {qid!r}")
    return Target(
        qid,
        str(item.get("label") or qid),
        tuple(item.get("roles", ())),
        tuple(item["jurisdictions"]),
    )


_HEAD = """SELECT ?item ?prop ?person ?personLabel ?statement ?start ?startPrecision ?end
       ?endPrecision ?endValue (GROUP_CONCAT(DISTINCT ?alias; separator="|") AS ?aliases)
WHERE {"""
_TAIL = """
  FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank }
  OPTIONAL { ?statement pqv:P580 [ wikibase:timeValue ?start;
                                   wikibase:timePrecision ?startPrecision ] }
  OPTIONAL { ?statement pq:P582 ?endValue }
  OPTIONAL { ?statement pqv:P582 [ wikibase:timeValue ?end; wikibase:timePrecision ?endPrecision ] }
  OPTIONAL { ?person rdfs:label ?personLabel FILTER(LANG(?personLabel) = "en") }
  OPTIONAL { ?person skos:altLabel ?alias FILTER(LANG(?alias) = "en") }
}
GROUP BY ?item ?prop ?person ?personLabel ?statement ?start ?startPrecision ?end
         ?endPrecision ?endValue"""


def office_query(qids: list[str]) -> str:
    """Who held these offices (P39), when: one row per statement."""
    values = " ".join(f"wd:{q}" for q in qids)
    return (
        f'{_HEAD}\n  VALUES ?item {{ {values} }}\n  BIND("P39" AS ?prop)\n'
        f"  ?person p:P39 ?statement .\n  ?statement ps:P39 ?item .{_TAIL}"
    )


def organisation_query(qids: list[str]) -> str:
    """Who ran these organisations (P169, P286, P488), when."""
    values = " ".join(f"wd:{q}" for q in qids)
    properties = " ".join(f'("{p}" p:{p} ps:{p})' for p in ORGANISATION_ROLES)
    return (
        f"{_HEAD}\n  VALUES ?item {{ {values} }}\n"
        f"  VALUES (?prop ?claim ?value) {{ {properties} }}\n"
        f"  ?item ?claim ?statement .\n  ?statement ?value ?person .{_TAIL}"
    )


def ask(client: httpx.Client, url: str, query: str) -> list[dict[str, Any]]:
    """The bindings of one query; retries a busy service (429, 5xx) as Retry-After says."""
    for attempt in range(1, RETRIES + 1):
        try:
            response = client.get(url, params={"query": query, "format": "json"})
        except httpx.HTTPError as e:
            if attempt == RETRIES:
                raise UpdateError(f"cannot reach the query service at {url}: {e}") from e
            time.sleep(2.0 * attempt)
            continue
        if response.status_code in {429, 500, 502, 503, 504} and attempt < RETRIES:
            time.sleep(_retry_after(response.headers.get("Retry-After"), attempt))
            continue
        if response.status_code != 200:
            raise UpdateError(f"the query service at {url} answered HTTP {response.status_code}")
        try:
            bindings = response.json()["results"]["bindings"]
        except (ValueError, KeyError, TypeError) as e:
            raise UpdateError(f"the query service at {url} did not answer SPARQL JSON") from e
        if not isinstance(bindings, list):
            raise UpdateError(f"the query service at {url} did not answer SPARQL JSON")
        return bindings
    raise AssertionError("unreachable: the last attempt returns or raises")


def _retry_after(header: str | None, attempt: int) -> float:
    try:
        return min(max(float(header or ""), 0.0), MAX_RETRY_AFTER)
    except ValueError:
        return 2.0 * attempt


def _value(row: dict[str, Any], name: str) -> str | None:
    cell = row.get(name)
    return str(cell["value"]) if isinstance(cell, dict) and "value" in cell else None


def _when(value: str | None, precision: str | None) -> When | None:
    """A Wikidata time value as a day, month or year; None for coarser or BCE values."""
    match = _DATE.match(value or "")
    if match is None or precision is None or not precision.isdigit():
        return None
    level = min(int(precision), 11)
    if level < 9:
        return None  # a decade or a century says nothing useful about a term
    year, month, day = (int(g) for g in match.groups())
    try:
        return When(date(year, max(month, 1), max(day, 1)), level)
    except ValueError:
        return None


def _local(uri: str | None) -> str:
    return (uri or "").removeprefix(_ENTITY).rsplit("/", 1)[-1]


def _statements(
    client: httpx.Client,
    url: str,
    targets: list[Target],
    build: Callable[[list[str]], str],
    what: str,
    progress: Progress,
) -> Iterator[dict[str, Any]]:
    for first in range(0, len(targets), BATCH):
        batch = targets[first : first + BATCH]
        started = time.monotonic()
        rows = ask(client, url, build([t.id for t in batch]))
        progress(
            f"wikidata: {what} {first + 1}-{first + len(batch)} of {len(targets)}: "
            f"{len(rows)} statements ({time.monotonic() - started:.1f} s)"
        )
        yield from rows


def fetch(
    url: str,
    offices: list[Target],
    organisations: list[Target],
    progress: Progress,
    today: date,
) -> Records:
    """Everything Wikidata says about the targets, as the store's records."""
    records = Records(WIKIDATA, as_of=today)
    by_office: dict[tuple[str, str], Office] = {}
    for t in offices:
        by_office[t.id, "P39"] = Office(f"wd:{t.id}", t.label, t.roles, t.jurisdictions, WIKIDATA)
    for t in organisations:
        for prop, (noun, roles) in ORGANISATION_ROLES.items():
            office = Office(f"wd:{t.id}/{prop}", f"{t.label} {noun}", roles, t.jurisdictions,
                            WIKIDATA)  # fmt: skip
            by_office[t.id, prop] = office
    records.offices = list(by_office.values())
    people: dict[str, list[str]] = {}
    headers = {"User-Agent": USER_AGENT, "Accept": "application/sparql-results+json"}
    with httpx.Client(timeout=TIMEOUT, headers=headers, follow_redirects=True) as client:
        rows = [
            *_statements(client, url, offices, office_query, "offices", progress),
            *_statements(client, url, organisations, organisation_query, "organisations",
                         progress),
        ]  # fmt: skip
    seen: set[str] = set()
    for row in rows:
        asked = by_office.get((_local(_value(row, "item")), _value(row, "prop") or ""))
        person, statement = _local(_value(row, "person")), _value(row, "statement")
        if asked is None or not person.startswith("Q") or not statement or statement in seen:
            continue  # an unknown holder, a row not asked for, or a second start value
        seen.add(statement)
        names = people.setdefault(f"wd:{person}", [])
        for name in [_value(row, "personLabel"), *(_value(row, "aliases") or "").split("|")]:
            if name and name not in names:
                names.append(name)
        start = _when(_value(row, "start"), _value(row, "startPrecision"))
        end = _when(_value(row, "end"), _value(row, "endPrecision"))
        if end is None:
            # No end: still in office. An end of unknown value: it ended, nobody says when,
            # so only the start is certain.
            unknown_end = _value(row, "endValue") is not None
            end = When(start.first, ONGOING) if unknown_end and start else records.ongoing()
        records.holdings.append(
            Holding(f"wd:{_local(statement)}", asked.id, f"wd:{person}", start, end, WIKIDATA)
        )
    records.people = [
        PersonRecord(pid, tuple(names) or (pid,), WIKIDATA) for pid, names in people.items()
    ]
    return records
