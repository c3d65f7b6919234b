"""The knowledge store on disk: one SQLite file (standard library) holding what the
importers and the Wikidata updater brought in; the shipped table stays in the package.

Every write is a diff against what the source held before, in one transaction: rows
that did not change are not touched, so a second import or update of the same data
changes nothing, and a failed run leaves the store as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from bot.errors import KnowledgeError
from bot.knowledge.records import (
    ONGOING,
    Holding,
    Office,
    PersonRecord,
    Records,
    When,
)

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    name TEXT PRIMARY KEY, origin TEXT NOT NULL, updated TEXT NOT NULL, as_of TEXT);
CREATE TABLE IF NOT EXISTS offices (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, label TEXT NOT NULL,
    roles TEXT NOT NULL, jurisdictions TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS people (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, names TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS holdings (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, office TEXT NOT NULL, person TEXT NOT NULL,
    start TEXT, start_precision INTEGER, "end" TEXT, end_precision INTEGER);
CREATE INDEX IF NOT EXISTS offices_source ON offices (source);
CREATE INDEX IF NOT EXISTS people_source ON people (source);
CREATE INDEX IF NOT EXISTS holdings_source ON holdings (source);
"""
# Several names or roles in one column: no name or role contains this character.
_SEP = "\x1f"
Row = tuple[str | int | None, ...]
_COLUMNS = {
    "offices": ("id", "source", "label", "roles", "jurisdictions"),
    "people": ("id", "source", "names"),
    "holdings": ("id", "source", "office", "person", "start", "start_precision", '"end"',
                 "end_precision"),
}  # fmt: skip


@dataclass
class Changes:
    """What one write did, per table: ``{"holdings": 3}`` under ``added`` and so on."""

    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    def total(self) -> int:
        """Rows added, changed or removed."""
        return sum(
            n for counts in (self.added, self.changed, self.removed) for n in counts.values()
        )

    def describe(self) -> str:
        parts = []
        for table in _COLUMNS:
            counts = [
                f"{self.added.get(table, 0)} added",
                f"{self.changed.get(table, 0)} changed",
                f"{self.removed.get(table, 0)} removed",
                f"{self.unchanged.get(table, 0)} unchanged",
            ]
            parts.append(f"{table}: {', '.join(counts)}")
        return "; ".join(parts)


def _rows(records: Records) -> dict[str, dict[str, Row]]:
    source = records.source
    ongoing = records.ongoing()

    def _when_columns(when: When | None) -> tuple[str | None, int | None]:
        # A term running when the source was compiled is stored without a day, so that a
        # later update of the same data does not rewrite every running term.
        if when is not None and when == ongoing:
            return None, ONGOING
        return (when.iso(), when.precision) if when else (None, None)

    return {
        "offices": {
            o.id: (o.id, source, o.label, _SEP.join(o.roles), _SEP.join(o.jurisdictions))
            for o in records.offices
        },
        "people": {p.id: (p.id, source, _SEP.join(p.names)) for p in records.people},
        "holdings": {
            h.id: (h.id, source, h.office, h.person, *_when_columns(h.start), *_when_columns(h.end))
            for h in records.holdings
        },
    }


def _when(text: str | None, precision: int | None) -> When | None:
    return When.parse(text, precision) if text is not None and precision is not None else None


class KnowledgeStore:
    """The SQLite file at ``path``; it is created on the first write."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextlib.contextmanager
    def _connect(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        # Readers open the file read-only: the bot may run where it cannot write.
        target = str(self.path) if write else f"{self.path.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(target, timeout=30, uri=not write)) as conn:
            if write:
                conn.executescript(_SCHEMA)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            yield conn

    def write(self, records: Records, origin: str) -> Changes:
        """Make the store's rows of ``records.source`` exactly ``records``.

        ``origin`` says where they came from (a directory, a file, an endpoint)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._write(records, origin)
        except (OSError, sqlite3.Error) as e:
            raise KnowledgeError(f"cannot write the knowledge store {self.path}: {e}") from e

    def _write(self, records: Records, origin: str) -> Changes:
        changes = Changes()
        new = _rows(records)
        with self._connect(write=True) as conn, conn:  # the second ``with``: one transaction
            for table, rows in new.items():
                columns = _COLUMNS[table]
                old = {
                    row[0]: tuple(row)
                    for row in conn.execute(
                        f"SELECT {', '.join(columns)} FROM {table} WHERE source = ?",
                        (records.source,),
                    )
                }
                added = [row for key, row in rows.items() if key not in old]
                changed = [row for key, row in rows.items() if key in old and old[key] != row]
                gone = [(key,) for key in old if key not in rows]
                marks = ", ".join("?" * len(columns))
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", added)
                conn.executemany(f"REPLACE INTO {table} VALUES ({marks})", changed)
                conn.executemany(f"DELETE FROM {table} WHERE id = ?", gone)
                changes.added[table] = len(added)
                changes.changed[table] = len(changed)
                changes.removed[table] = len(gone)
                changes.unchanged[table] = len(rows) - len(added) - len(changed)
            conn.execute(
                "REPLACE INTO sources VALUES (?, ?, ?, ?)",
                (
                    records.source,
                    origin,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    records.as_of.isoformat() if records.as_of else None,
                ),
            )
        return changes

    def read(self) -> list[Records]:
        """Every source's records; none when the file does not exist yet.

        Raises:
            KnowledgeError: the file is not a readable store.
        """
        if not self.path.exists():
            return []
        try:
            return self._read()
        except (sqlite3.Error, ValueError) as e:
            raise KnowledgeError(f"cannot read the knowledge store {self.path}: {e}") from e

    def _read(self) -> list[Records]:
        by_source: dict[str, Records] = {}

        def records(source: str) -> Records:
            return by_source.setdefault(source, Records(source))

        with self._connect(write=False) as conn:
            for source, as_of in conn.execute("SELECT name, as_of FROM sources"):
                records(source).as_of = date.fromisoformat(as_of) if as_of else None
            for oid, source, label, roles, places in conn.execute(
                "SELECT id, source, label, roles, jurisdictions FROM offices"
            ):
                office = Office(oid, label, _split(roles), _split(places), source)
                records(source).offices.append(office)
            for pid, source, names in conn.execute("SELECT id, source, names FROM people"):
                records(source).people.append(PersonRecord(pid, _split(names), source))
            for hid, source, office, person, start, sp, end, ep in conn.execute(
                f"SELECT {', '.join(_COLUMNS['holdings'])} FROM holdings"
            ):
                owner = records(source)
                finish = owner.ongoing() if end is None and ep == ONGOING else _when(end, ep)
                holding = Holding(hid, office, person, _when(start, sp), finish, source)
                owner.holdings.append(holding)
        return list(by_source.values())

    def sources(self) -> dict[str, tuple[str, str]]:
        """Source name -> (origin, when it was last written, UTC ISO)."""
        if not self.path.exists():
            return {}
        try:
            with self._connect(write=False) as conn:
                rows = conn.execute("SELECT name, origin, updated FROM sources").fetchall()
        except sqlite3.Error as e:
            raise KnowledgeError(f"cannot read the knowledge store {self.path}: {e}") from e
        return {name: (origin, updated) for name, origin, updated in rows}


def _split(value: str) -> tuple[str, ...]:
    return tuple(value.split(_SEP)) if value else ()
