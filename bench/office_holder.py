"""office-holder: wrong holders planted into dated corpus articles, and clean copy.

    python -m bench.office_holder [--split test|tuning] [--db STORE]

An article's date is the archive timestamp in its ``url`` (web.archive.org/web/20150403...
is 3 April 2015), else its own ``date`` field; articles with neither (the BBC 2004-05 set)
are skipped. For each article that names a current holder of an office the knowledge
knows, with a title ("Prime Minister David Cameron", "David Cameron, the Prime Minister"),
a copy has that holder's name replaced by their predecessor's or successor's; it counts
as found when an office-holder flag quotes the planted sentence. Clean articles count
false alarms. Speed: the same analysis with and without the check, alternating in chunks.
Holders are found by a scan of the text independent of the analysis (names from the
knowledge, title words from bot.analysis.offices), so missed parses count as misses.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bench.split import CORPUS_DIR, SOURCES, article_text, is_tuning
from bot.analysis.offices import PHRASES
from bot.analyzer import Analyzer
from bot.checks import CHECKS, office_holder
from bot.errors import InputError
from bot.knowledge.index import Knowledge, Term, load_knowledge, use_knowledge
from bot.knowledge.names import words

RESULTS = Path(__file__).resolve().parent / "results"
_ARCHIVED = re.compile(r"/web/(\d{4})(\d{2})(\d{2})")
_CHUNK = 16
Article = tuple[str, str, date]  # id, text, date


@dataclass(frozen=True)
class Holder:
    """A current holder named with a title in an article."""

    name: str  # as written
    role: str
    place: str
    term: Term


def dated_articles(split: str) -> tuple[list[Article], int]:
    """(id, text, date) of the split's articles that can be dated, and how many cannot."""
    found, skipped = [], 0
    for name in SOURCES:
        with (CORPUS_DIR / name).open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if is_tuning(row["id"]) != (split == "tuning"):
                    continue
                m = _ARCHIVED.search(row.get("url") or "")
                if m:
                    day = date(*(int(g) for g in m.groups()))
                elif row.get("date"):
                    day = date.fromisoformat(str(row["date"])[:10])
                else:
                    skipped += 1
                    continue
                found.append((row["id"], article_text(row["paragraphs"]), day))
    return found, skipped


def _phrases_for(role: str) -> list[str]:
    return sorted((p for p, o in PHRASES.items() if o.name == role), key=len, reverse=True)


def holders_named(knowledge: Knowledge, text: str, day: date) -> list[Holder]:
    """Current holders of known offices named in ``text`` with one of the office's titles."""
    found: dict[str, Holder] = {}
    for (role, place), terms in knowledge.items():
        phrases = _phrases_for(role)
        if not phrases:
            continue
        for term in terms:
            if not term.surely_during(day, day):
                continue
            for written in knowledge.people[term.holding.person].names:
                if len(words(written)) < 2 or written in found:
                    continue
                for m in re.finditer(rf"\b{re.escape(written)}\b", text):
                    before = text[max(0, m.start() - 40) : m.start()].lower()
                    after = text[m.end() : m.end() + 50].lower()
                    titled = any(
                        re.search(rf"\b{re.escape(p)},?\s+$", before)
                        or re.match(rf",\s+(?:the\s+)?(?:[a-z'’.]+\s+){{0,2}}{re.escape(p)}\b",
                                    after)
                        for p in phrases
                    )  # fmt: skip
                    if titled:
                        found[written] = Holder(written, role, place, term)
                        break
    return list(found.values())


def substitutes(knowledge: Knowledge, holder: Holder) -> list[str]:
    """The full names of the holder's predecessor and successor in that office, as known
    (each makes one planted copy)."""
    terms = [t for t in knowledge.terms(holder.role, holder.place) if t.rank == holder.term.rank]
    person = holder.term.holding.person
    before = [t for t in terms if t.end_hi <= holder.term.start_hi and t.holding.person != person]
    after = [t for t in terms if t.start_lo >= holder.term.end_lo and t.holding.person != person]
    options = []
    if before:
        options.append(max(before, key=lambda t: t.end_hi))
    if after:
        options.append(min(after, key=lambda t: t.start_lo))
    names = [knowledge.name(t.holding.person) for t in options]
    return [n for n in names if len(words(n)) > 1 and words(n)[-1] != words(holder.name)[-1]]


def plant(text: str, holder: Holder, other: str) -> str:
    """Every mention of the holder, by full name or surname, given to ``other``."""
    text = re.sub(rf"\b{re.escape(holder.name)}\b", other, text)
    surname, new_surname = holder.name.split()[-1], other.split()[-1]
    return re.sub(rf"\b{re.escape(surname)}\b", new_surname, text)


def _flags(report: Any) -> list[Any]:
    return [f for f in report.flags if f.check == office_holder.CHECK_ID]


def _timed(analyzer: Analyzer, items: list[Article], with_check: bool) -> float:
    saved = CHECKS.pop(office_holder.CHECK_ID) if not with_check else None
    try:
        start = time.perf_counter()
        for _id, text, day in items:
            analyzer.analyze(text, published=day)
        return time.perf_counter() - start
    finally:
        if saved is not None:
            CHECKS[office_holder.CHECK_ID] = saved


def evaluate(
    analyzer: Analyzer, knowledge: Knowledge, articles: list[Article], show: bool
) -> tuple[dict[str, Any], list[Article]]:
    """Recall on planted copies and false alarms on clean ones; and the readable articles."""
    use_knowledge(knowledge)
    readable: list[Article] = []
    clean_flags, planted, found = 0, 0, 0
    severities: Counter[str] = Counter()
    for article_id, text, day in articles:
        try:
            flags = _flags(analyzer.analyze(text, published=day))
        except InputError:
            continue  # the two Welsh-language pages: refused, as the bot refuses them
        readable.append((article_id, text, day))
        clean_flags += len(flags)
        if show:
            for f in flags:
                print(f"CLEAN {article_id} {day}: {f.message}\n    {f.evidence[0].quote[:160]}")
        for holder, other in (
            (h, o) for h in holders_named(knowledge, text, day) for o in substitutes(knowledge, h)
        ):
            planted += 1
            hits = [
                f for f in _flags(analyzer.analyze(plant(text, holder, other), published=day))
                if any(other in e.quote for e in f.evidence)
            ]  # fmt: skip
            if hits:
                found += 1
                severities[hits[0].severity] += 1
            elif show:
                print(f"MISS {article_id} {day}: {holder.name} -> {other} ({holder.role})")
    return {
        "planted": planted,
        "found": found,
        "recall": round(found / planted, 3) if planted else None,
        "found_by_severity": dict(severities),
        "clean_flags": clean_flags,
        "clean_flags_per_article": round(clean_flags / len(readable), 4) if readable else None,
    }, readable


def speed(analyzer: Analyzer, readable: list[Article]) -> dict[str, Any]:
    """The analysis with and without the check, alternating in chunks so that drift in a
    shared machine's load falls on both alike; and the time spent inside the check."""
    inside = [0.0]
    check = CHECKS[office_holder.CHECK_ID]

    def timed_check(facts: Any) -> list[Any]:
        started = time.perf_counter()
        flags = list(check(facts))
        inside[0] += time.perf_counter() - started
        return flags

    CHECKS[office_holder.CHECK_ID] = timed_check
    with_s = without_s = 0.0
    try:
        for i in range(0, len(readable), _CHUNK):
            chunk = readable[i : i + _CHUNK]
            first = i // _CHUNK % 2 == 0
            for with_check in (first, not first):
                spent = _timed(analyzer, chunk, with_check)
                if with_check:
                    with_s += spent
                else:
                    without_s += spent
    finally:
        CHECKS[office_holder.CHECK_ID] = check
    return {
        "analysis_with_check_s": round(with_s, 2),
        "analysis_without_check_s": round(without_s, 2),
        "speed_ratio": round(with_s / without_s, 4) if without_s else None,
        "time_inside_check_s": round(inside[0], 3),
        "check_share_of_analysis": round(inside[0] / with_s, 5) if with_s else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tuning", "test"), default="test")
    parser.add_argument("--db", type=Path, help="also measure with this knowledge store")
    parser.add_argument("--show", action="store_true", help="print flags and misses")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    args = parser.parse_args(argv)
    analyzer = Analyzer()
    articles, undated = dated_articles(args.split)
    results: dict[str, Any] = {"split": args.split, "articles_undated_skipped": undated}
    stores: list[tuple[str, Path | None]] = [("shipped table", None)]
    if args.db:
        stores.append((f"shipped table and store {args.db}", args.db))
    readable: list[Article] = []
    for label, path in stores:
        started = time.perf_counter()
        knowledge = load_knowledge(path)
        loaded_ms = (time.perf_counter() - started) * 1000
        figures, readable = evaluate(analyzer, knowledge, articles, args.show)
        results[label] = {"knowledge_load_ms": round(loaded_ms, 1), **figures}
    results["articles_dated"] = len(readable)
    if not args.no_speed:  # with the last (largest) knowledge loaded
        results["speed"] = speed(analyzer, readable)
    use_knowledge(None)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "office-holder.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
