"""The office table shipped with the project: ``bot/knowledge/data/*.csv``.

Written by hand from the public record (not copied or derived from the reference datasets
the tests compare it with): heads of state and government of the G20 countries, Ireland
and the permanent members of the UN Security Council (the Soviet Union before 1992), the
UK's Prime Minister, Chancellor, Foreign and Home Secretaries, and the US President,
Vice-President and Secretary of State, everyone in office at any time since 1979.

* ``offices.csv``: id, label, roles and jurisdictions (``;`` between several).
* ``people.csv``: id and every name the person went by, the usual one first.
* ``holdings.csv``: office, person, start and end (ISO days; the end is the day the next
  holder took over, so a handover day belongs to both; empty: still in office on
  :data:`AS_OF`). Acting holders of a few days are left out.
"""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources

from bot.knowledge.records import Holding, Office, PersonRecord, Records, When

SOURCE = "shipped"
#: the day the table was last brought up to date: an open term is known to run until then
AS_OF = date(2025, 11, 30)


def _rows(name: str) -> list[dict[str, str]]:
    text = (resources.files("bot.knowledge") / "data" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


def load_shipped() -> Records:
    """The shipped table; raises ValueError when a row names an unknown office or person
    (the tests read it, so a bad edit fails there first)."""
    records = Records(SOURCE, as_of=AS_OF)
    for row in _rows("offices.csv"):
        records.offices.append(
            Office(
                row["id"], row["label"], _split(row["roles"]), _split(row["jurisdictions"]), SOURCE
            )
        )
    for row in _rows("people.csv"):
        records.people.append(PersonRecord(row["id"], _split(row["names"]), SOURCE))
    offices = {o.id for o in records.offices}
    people = {p.id for p in records.people}
    for row in _rows("holdings.csv"):
        if row["office"] not in offices or row["person"] not in people:
            raise ValueError(f"holdings.csv names an unknown office or person: {row}")
        start = When.parse(row["start"])
        end = When.parse(row["end"]) if row["end"] else records.ongoing()
        records.holdings.append(
            Holding(
                f"{row['office']}/{row['person']}/{row['start']}",
                row["office"],
                row["person"],
                start,
                end,
                SOURCE,
            )
        )
    return records
