"""Draft against source: recall per injected change, and quiet on faithful drafts.

    python -m bench.sourcecheck [--limit N]

Each corpus article is a source; drafts are the source with one change (a hit needs a
``source-mismatch`` flag of the right kind whose draft evidence covers the change), and
three faithful drafts: unchanged, its first half, its paragraphs reordered.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from bench.corpus import ARTICLES, load_articles
from bench.injection import Injection, _misspell, _surely_a_person
from bot.analysis.model import Mention, Person
from bot.analysis.report import Report, flag_json
from bot.analyzer import Analyzer
from bot.checks.source_mismatch import compare
from bot.errors import InputError

RESULTS = Path(__file__).resolve().parent / "results"
KINDS = {
    "figure": {"figure"},
    "name": {"name"},
    "office to another person": {"attribution", "title"},
    "quote altered": {"quote"},
    "quote to another speaker": {"attribution"},
    "date": {"date"},
}


def _replace(text: str, start: int, end: int, new: str) -> Injection:
    return Injection(text[:start] + new + text[end:], start, start + len(new))


def figure(text: str, report: Report, rng: random.Random) -> Injection | None:
    figures = [f for f in report.all_figures
               if re.search(r"\d", f.value) and f.qualifier in {"", "about"}
               and text[f.end : f.end + 1] != "-" and f.kind != "range"]  # fmt: skip
    if not figures:
        return None
    f = rng.choice(figures)
    digits = re.search(r"\d[\d,]*\d|\d", text[f.start : f.end])
    assert digits is not None
    number = int(digits.group(0).replace(",", ""))
    new = str(number + max(1, number // 4) + rng.randrange(1, 4))
    return _replace(text, f.start + digits.start(), f.start + digits.end(), new)


def name(text: str, report: Report, rng: random.Random) -> Injection | None:
    speakers = {q.speaker for q in report.quotes}
    people = [p for p in report.people if len(p.surname) >= 5 and p.surname.isalpha()
              and _surely_a_person(p, speakers)]  # fmt: skip
    if not people:
        return None
    person = rng.choice(people)
    mention = rng.choice(person.mentions)
    at = text.rfind(person.surname, mention.start, mention.end)
    if at < 0:
        return None
    return _replace(text, at, at + len(person.surname), _misspell(person.surname, rng))


def office(text: str, report: Report, rng: random.Random) -> Injection | None:
    candidates = []
    for p in report.people:
        for t in p.titles:
            mention = next((m for m in p.mentions if 0 <= m.start - t.end <= 2), None)
            if t.status == "current" and mention is not None:
                candidates.append((p, mention))
    return _give_to_another(text, report, candidates, rng)


def _give_to_another(
    text: str, report: Report, candidates: list[tuple[Person, Mention]], rng: random.Random
) -> Injection | None:
    """Put another person's full name where one of ``candidates`` is named."""
    if not candidates:
        return None
    person, mention = rng.choice(candidates)
    others = [p for p in report.people if p is not person and len(p.name.split()) > 1]
    if not others:
        return None
    return _replace(text, mention.start, mention.end, rng.choice(others).name)


def quote_altered(text: str, report: Report, rng: random.Random) -> Injection | None:
    quotes = [q for q in report.quotes if len(q.text.split()) >= 6]
    if not quotes:
        return None
    q = rng.choice(quotes)
    words = [m for m in re.finditer(r"[A-Za-z]{4,}", text[q.start : q.end])]
    if not words:
        return None
    w = rng.choice(words)
    new = rng.choice(["never", "always", "nothing", "everyone", "rarely", "certainly"])
    return _replace(text, q.start + w.start(), q.start + w.end(), new)


def quote_speaker(text: str, report: Report, rng: random.Random) -> Injection | None:
    named = []
    for q in report.quotes:
        speaker = next((p for p in report.people if p.name == q.speaker), None)
        if speaker is None:
            continue
        mention = next((m for m in speaker.mentions if m.sentence == q.sentence), None)
        if mention is not None and not (mention.start < q.end and q.start < mention.end):
            named.append((speaker, mention))
    return _give_to_another(text, report, named, rng)


def date_changed(text: str, report: Report, rng: random.Random) -> Injection | None:
    dates = [d for d in report.dates if not d.relative and re.search(r"\b\d{1,2}\b", d.text)]
    if not dates:
        return None
    d = rng.choice(dates)
    day = re.search(r"\b(\d{1,2})\b", d.text)
    assert day is not None
    new = str((int(day.group(1)) % 27) + 2)
    return _replace(text, d.start + day.start(1), d.start + day.end(1), new)


INJECTORS = {
    "figure": figure,
    "name": name,
    "office to another person": office,
    "quote altered": quote_altered,
    "quote to another speaker": quote_speaker,
    "date": date_changed,
}


def _faithful(text: str, rng: random.Random) -> dict[str, str]:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    shuffled = paragraphs[:]
    rng.shuffle(shuffled)
    return {
        "unchanged": text,
        "first half": "\n\n".join(paragraphs[: max(1, len(paragraphs) // 2)]),
        "reordered": "\n\n".join(shuffled),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    if not ARTICLES.exists():
        print(f"corpus not found at {ARTICLES}", file=sys.stderr)
        return 1
    analyzer = Analyzer()
    rng = random.Random(6)
    eligible: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    quiet: Counter[str] = Counter()
    noisy: dict[str, list[str]] = {}
    articles = 0
    for n, article in enumerate(load_articles()):
        if args.limit is not None and n >= args.limit:
            break
        try:
            source = analyzer.analyze(article.text)
        except InputError:
            continue
        articles += 1
        for kind, text in _faithful(source.text, rng).items():
            flags = [flag_json(f) for f in compare(source, analyzer.analyze(text))]
            loud = [f for f in flags if f["severity"] != "low"]
            quiet[kind] += not loud
            if loud:
                noisy.setdefault(kind, []).append(f"{article.id[:12]} {loud[0]['message']}")
        for kind, inject in INJECTORS.items():
            injection = inject(source.text, source, rng)
            if injection is None:
                continue
            eligible[kind] += 1
            flags = [flag_json(f) for f in compare(source, analyzer.analyze(injection.text))]
            if any(
                f["kind"] in KINDS[kind]
                and any(
                    e["side"] == "draft"
                    and e["start"] < injection.end
                    and injection.start < e["end"]
                    for e in f["evidence"]
                )
                and any(e["side"] == "source" for e in f["evidence"])
                for f in flags
            ):
                hits[kind] += 1
    results = {
        "articles": articles,
        "recall": {k: {"eligible": eligible[k], "recall": hits[k] / eligible[k]} for k in eligible},
        "quiet_share": {k: v / articles for k, v in quiet.items()},
        "noisy_examples": {k: v[:8] for k, v in noisy.items()},
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "sourcecheck.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(json.dumps({k: v for k, v in results.items() if k != "noisy_examples"}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
