"""``python -m bot knowledge ...``: fill the office-holder store and say what it holds.

    knowledge import ifg DIR            the IfG Ministers Database's data/ folder
    knowledge import us-executive FILE  congress-legislators executive.yaml
    knowledge import reign FILE         a REIGN leader list CSV
    knowledge update                    ask Wikidata (WIKIDATA_SPARQL_URL, WIKIDATA_OFFICES)
    knowledge stats                     offices, people and terms known, per source

The store is the SQLite file ``KNOWLEDGE_DB`` (or ``--db``); a bot already running reads
it again when restarted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.errors import KnowledgeError
from bot.knowledge.imports import IFG, US_EXECUTIVE, import_ifg, import_us_executive
from bot.knowledge.index import Knowledge
from bot.knowledge.records import SOURCES, Records
from bot.knowledge.reign import REIGN, import_reign
from bot.knowledge.shipped import load_shipped
from bot.knowledge.store import KnowledgeStore
from bot.knowledge.wikidata import fetch, load_targets

IMPORTERS: dict[str, tuple[Callable[[Path], Records], str]] = {
    IFG: (import_ifg, "DIR"),
    US_EXECUTIVE: (import_us_executive, "FILE"),
    REIGN: (import_reign, "FILE"),
}


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``knowledge`` command to a parser's subcommands (``add_subparsers()``)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "knowledge", help="who held which office: import, update from Wikidata, stats"
    )
    parser.add_argument("--db", type=Path, help="the store (default: KNOWLEDGE_DB)")
    actions = parser.add_subparsers(dest="knowledge_command", required=True)
    importing = actions.add_parser("import", help="import a public dataset into the store")
    kinds = importing.add_subparsers(dest="kind", required=True)
    for kind, (_importer, metavar) in IMPORTERS.items():
        kinds.add_parser(kind, help=SOURCES[kind].label).add_argument(
            "path", type=Path, metavar=metavar
        )
    update = actions.add_parser("update", help="update the store from Wikidata")
    update.add_argument(
        "--offices", type=Path, help="list of offices (default: WIKIDATA_OFFICES, else shipped)"
    )
    actions.add_parser("stats", help="offices, people and holdings known, per source")
    return parser


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _store(args: argparse.Namespace, settings: Settings) -> KnowledgeStore:
    path = args.db or (Path(settings.knowledge_db) if settings.knowledge_db else None)
    if path is None:
        raise KnowledgeError("no store: set KNOWLEDGE_DB or pass --db")
    return KnowledgeStore(path)


def _import(args: argparse.Namespace, store: KnowledgeStore) -> int:
    importer, _metavar = IMPORTERS[args.kind]
    _say(f"knowledge: reading {args.kind} from {args.path}")
    records = importer(args.path)
    changes = store.write(records, str(args.path))
    print(f"{args.kind}: {changes.describe()}")
    return 0


def _update(args: argparse.Namespace, settings: Settings, store: KnowledgeStore) -> int:
    offices_file = args.offices or (
        Path(settings.wikidata_offices) if settings.wikidata_offices else None
    )
    offices, organisations = load_targets(offices_file)
    url = settings.wikidata_sparql_url
    _say(f"wikidata: asking {url} about {len(offices)} offices, {len(organisations)} organisations")
    records = fetch(url, offices, organisations, _say, date.today())
    changes = store.write(records, url)
    print(f"wikidata: {changes.describe()}")
    return 0


def _stats(store: KnowledgeStore) -> int:
    knowledge = Knowledge([load_shipped(), *store.read()])
    written = store.sources()
    print(f"{'source':<14}{'offices':>9}{'people':>9}{'holdings':>10}  updated")
    totals = [0, 0, 0]
    for name, counts in knowledge.counts.items():
        row = [counts["offices"], counts["people"], counts["holdings"]]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        when = "shipped with the bot" if name == "shipped" else written.get(name, ("", "?"))[1]
        print(f"{name:<14}{row[0]:>9}{row[1]:>9}{row[2]:>10}  {when}")
    print(f"{'all':<14}{totals[0]:>9}{totals[1]:>9}{totals[2]:>10}")
    offices = {key for office in knowledge.offices.values() for key in knowledge.keys(office)}
    print(f"store: {store.path}; titles it can check: {len(offices)} (office, country or body)")
    return 0


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``knowledge ...``; 0 on success, 1 when the import or update failed."""
    try:
        store = _store(args, settings)
        if args.knowledge_command == "import":
            return _import(args, store)
        if args.knowledge_command == "update":
            return _update(args, settings, store)
        return _stats(store)
    except KnowledgeError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
