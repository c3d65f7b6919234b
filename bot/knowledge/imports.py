"""Importers for two public formats: the Institute for Government Ministers Database
(``python -m bot knowledge import ifg DIR``) and the US executive file of
unitedstates/congress-legislators (``... import us-executive FILE``). REIGN is in
:mod:`bot.knowledge.reign`.

Each returns the source's :class:`~bot.knowledge.records.Records`; the CLI writes them
to the store, replacing what the same source held before.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import srsly  # type: ignore[import-untyped]  # spaCy's serialisers: YAML without a new dependency

from bot.errors import KnowledgeError
from bot.knowledge.records import Holding, Office, PersonRecord, Records, When

IFG = "ifg"
US_EXECUTIVE = "us-executive"

# IfG post names that titles in copy name, by the canonical office of bot.analysis.offices.
# Junior posts ("Minister for Foreign Affairs", a PUSS) are deliberately absent: the people
# holding them are known (so "Foreign Secretary <a junior minister>" is caught) but no
# title points at their post.
IFG_ROLES: dict[str, tuple[str, ...]] = {
    "Prime Minister": ("prime minister", "leader"),
    "Deputy Prime Minister": ("deputy prime minister",),
    "Chancellor of the Exchequer": ("chancellor",),
    "Secretary of State for Foreign and Commonwealth Affairs": ("foreign minister",),
    "Secretary of State for Foreign, Commonwealth and Development Affairs": ("foreign minister",),
    "Secretary of State for the Home Department": ("interior minister",),
    "Secretary of State for Defence": ("defence minister",),
    "Secretary of State for Health": ("health minister",),
    "Secretary of State for Health and Social Care": ("health minister",),
    "Secretary of State for Education": ("education minister",),
    "Secretary of State for Education and Science": ("education minister",),
    "Secretary of State for Education and Employment": ("education minister",),
    "Secretary of State for Education and Skills": ("education minister",),
    "Secretary of State for Justice and Lord Chancellor": ("justice minister",),
    "Attorney General": ("attorney general",),
}
_IFG_FILES = ("person.csv", "post.csv", "organisation.csv", "appointment.csv")


class ImportFormatError(KnowledgeError):
    """The input is not in the format the importer reads; the message says what is wrong."""


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _require(row: dict[str, str], *columns: str, where: str) -> None:
    missing = [c for c in columns if c not in row]
    if missing:
        raise ImportFormatError(f"{where} has no column {', '.join(missing)}")


def import_ifg(directory: Path) -> Records:
    """The IfG database's CSV files in ``directory`` (its ``data/`` folder)."""
    missing = [name for name in _IFG_FILES if not (directory / name).is_file()]
    if missing:
        raise ImportFormatError(f"{directory} lacks {', '.join(missing)} (the IfG data/ folder)")
    people = _csv(directory / "person.csv")
    posts = _csv(directory / "post.csv")
    organisations = {row["id"]: row for row in _csv(directory / "organisation.csv")}
    appointments = _csv(directory / "appointment.csv")
    for rows, name, columns in (
        (people, "person.csv", ("id", "name", "display_name", "start_date")),
        (posts, "post.csv", ("id", "name", "organisation_id")),
        (appointments, "appointment.csv", ("id", "person_id", "post_id", "start_date",
                                           "end_date")),
    ):  # fmt: skip
        if rows:
            _require(rows[0], *columns, where=name)
    records = Records(IFG)
    # A person's rows are the names they went by, oldest first ("David Cameron", then
    # "Lord Cameron of Chipping Norton"); rows without a start date come first.
    names: defaultdict[str, list[str]] = defaultdict(list)
    for row in sorted(people, key=lambda r: r["start_date"] or ""):
        for name in (row["name"], row["display_name"]):
            if name and name not in names[row["id"]]:
                names[row["id"]].append(name)
    records.people = [PersonRecord(f"ifg:{pid}", tuple(n), IFG) for pid, n in names.items()]
    for row in posts:
        organisation = organisations.get(row["organisation_id"], {}).get("name", "")
        label = (
            row["name"]
            if row["name"] in IFG_ROLES or not organisation
            else (f"{row['name']} ({organisation})")
        )
        roles = IFG_ROLES.get(row["name"], ())
        records.offices.append(Office(f"ifg:{row['id']}", label, roles, ("gb",), IFG))
    # An appointment still running is known to run until the latest date in the data.
    dates = [d for row in appointments for d in (row["start_date"], row["end_date"]) if d]
    records.as_of = When.parse(max(dates)).day if dates else None
    for row in appointments:
        end = When.parse(row["end_date"]) if row["end_date"] else records.ongoing()
        records.holdings.append(
            Holding(
                f"ifg:{row['id']}",
                f"ifg:{row['post_id']}",
                f"ifg:{row['person_id']}",
                When.parse(row["start_date"]),
                end,
                IFG,
            )
        )
    return records


_US_OFFICES = {
    "prez": Office("usx:prez", "US President", ("president", "leader"), ("us",), US_EXECUTIVE),
    "viceprez": Office("usx:viceprez", "US Vice-President", ("vice president",), ("us",),
                       US_EXECUTIVE),
}  # fmt: skip


def _us_names(name: dict[str, Any]) -> tuple[str, ...]:
    first, last = str(name.get("first", "")), str(name.get("last", ""))
    middle, nickname = str(name.get("middle", "")), str(name.get("nickname", ""))
    found = [
        f"{nickname} {last}" if nickname else "",
        str(name.get("official_full", "")),
        f"{first} {last}",
        f"{first} {middle} {last}" if middle else "",
    ]
    return tuple(dict.fromkeys(n.strip() for n in found if n.strip() and last))


def import_us_executive(path: Path) -> Records:
    """Presidents and vice-presidents from ``executive.yaml``."""
    try:
        people = srsly.read_yaml(path)
    except (OSError, ValueError) as e:
        raise ImportFormatError(f"cannot read {path} as YAML: {e}") from e
    if not isinstance(people, list):
        raise ImportFormatError(f"{path} is not a list of people")
    records = Records(US_EXECUTIVE, offices=list(_US_OFFICES.values()))
    for person in people:
        ids, terms = person.get("id", {}), person.get("terms", [])
        key = ids.get("govtrack") or ids.get("bioguide")
        names = _us_names(person.get("name", {}))
        if not key or not names:
            raise ImportFormatError(f"{path}: a person without an id or a name: {person!r:.200}")
        pid = f"usx:{key}"
        records.people.append(PersonRecord(pid, names, US_EXECUTIVE))
        for term in terms:
            office = _US_OFFICES.get(term.get("type"))
            if office is None:
                continue
            start, end = _day(term.get("start")), _day(term.get("end"))
            hid = f"{pid}:{term['type']}:{start.iso()}"
            records.holdings.append(Holding(hid, office.id, pid, start, end, US_EXECUTIVE))
    return records


def _day(value: object) -> When:
    # YAML may hand a date over already parsed, or as a string.
    if isinstance(value, date):
        return When(value)
    try:
        return When.parse(str(value))
    except ValueError as e:
        raise ImportFormatError(f"not a date: {value!r}") from e
