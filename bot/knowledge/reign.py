"""Importer for the REIGN leader list (``python -m bot knowledge import reign FILE``).

REIGN names the effective leader of every country, 1950 to the file's last month: a
prime minister in one country, a president, king or party chief in another, sometimes
someone holding no office at all (Deng Xiaoping). So its terms are imported as one
"leader" office per country, which titles such as "Chinese leader Xi Jinping" name, and
not as any particular office. Leaders are mostly given by surname alone ("Thatcher"),
which the lookup takes into account. Start dates are days; ends are months.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from importlib import resources
from pathlib import Path

from bot.knowledge.imports import ImportFormatError
from bot.knowledge.records import DAY, MONTH, Holding, Office, PersonRecord, Records, When

REIGN = "reign"
_COLUMNS = ("stateabb", "leadid", "leader", "sdate", "smonth", "syear", "emonth", "eyear")
# REIGN files Soviet leaders under RUS; the Soviet Union ended on 25 December 1991.
_SOVIET_END = date(1991, 12, 25)
_SOVIET = ("su", "soviet union", "soviet", "ussr")


def _countries() -> dict[str, tuple[str, ...]]:
    """Correlates of War state abbreviation -> (key, names and demonyms)."""
    text = (resources.files("bot.knowledge") / "data" / "cow-countries.csv").read_text(
        encoding="utf-8"
    )
    return {
        row["abb"]: (row["key"], *row["names"].split(";"))
        for row in csv.DictReader(text.splitlines())
    }


def _number(row: dict[str, str], column: str) -> int | None:
    value = row[column].strip()
    if not value:
        return None
    try:
        return int(float(value))
    except ValueError as e:
        raise ImportFormatError(f"REIGN row {row['leadid']}: {column} is {value!r}") from e


def _when(year: int | None, month: int | None, day: int | None) -> When | None:
    if year is None or month is None:
        return None
    try:
        return When(date(year, month, day or 1), DAY if day else MONTH)
    except ValueError as e:
        raise ImportFormatError(f"not a date: {year}-{month}-{day}") from e


def import_reign(path: Path) -> Records:
    """The leader list CSV (``leaderlist_*.csv``)."""
    try:
        # The file is UTF-8 with a few stray Windows-1252 bytes in its notes column.
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError as e:
        raise ImportFormatError(f"cannot read {path}: {e.strerror or e}") from e
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows or any(c not in rows[0] for c in _COLUMNS):
        raise ImportFormatError(f"{path} is not a REIGN leader list (columns {_COLUMNS})")
    countries = _countries()
    parsed = []
    for row in rows:
        start = _when(_number(row, "syear"), _number(row, "smonth"), _number(row, "sdate"))
        end = _when(_number(row, "eyear"), _number(row, "emonth"), None)
        if start is None:
            raise ImportFormatError(f"REIGN row {row['leadid']} has no start")
        parsed.append((row, start, end))
    # A leader without an end was in office when the file was compiled: its last month.
    latest = max(max(start.first, end.first if end else start.first) for _r, start, end in parsed)
    records = Records(REIGN, as_of=latest)
    offices: dict[str, Office] = {}
    names: dict[str, list[str]] = {}
    seen: set[str] = set()
    for row, start, end in parsed:
        abb = row["stateabb"]
        key, *aliases = countries.get(abb, (f"cow:{abb.lower()}",))
        office_id = f"reign:{abb}"
        if abb == "RUS" and start.first < _SOVIET_END:
            key, aliases, office_id = _SOVIET[0], list(_SOVIET[1:]), "reign:RUS/su"
        if office_id not in offices:
            place = aliases[0].title() if aliases else key
            offices[office_id] = Office(
                office_id, f"leader of {place}", ("leader",), (key, *aliases), REIGN
            )
        pid = f"reign:{row['leadid']}"
        leader = row["leader"].strip()
        if leader and leader not in names.setdefault(pid, []):
            names[pid].append(leader)
        hid = f"reign:{abb}:{row['leadid']}:{start.iso()}"
        while hid in seen:  # a row given twice keeps both, under distinct ids
            hid += "+"
        seen.add(hid)
        records.holdings.append(
            Holding(
                hid,
                office_id,
                pid,
                start,
                end or records.ongoing(),
                REIGN,
            )
        )
    records.offices = list(offices.values())
    records.people = [PersonRecord(pid, tuple(n), REIGN) for pid, n in names.items() if n]
    return records
