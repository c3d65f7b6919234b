"""Key figures against the numbers an editor kept: the cnndm highlights.

    python -m bench.key_figures [--split tuning|test] [--source cnndm|xsum] [--limit N] [--show N]

For each cnndm article of the split (bench/split.py; xsum's with ``--source xsum``), the
numbers its highlights repeat from the article (written in digits, years aside) are looked
for among the report's key figures (at most six), and among the article's first k distinct
numbers, k being the number of key figures the report gave for that article: a baseline
that reads nothing but position (and, for reference, the first six). Numbers are runs of
digits; a run written into a word ("G20", "4chan") is part of a name. Three denominators,
each with its baseline:

- ``all``: every repeated number but years;
- ``ages_aside``: also leaving out numbers that are only ever ages in the article
  ("Locke, 39,", "the 54-year-old"): the report gives ages with their person, not as
  key figures, and the baseline skips ages too;
- ``own_fields_aside``: also leaving out numbers that are only ever ages, days of dates
  or clock times ("May 7", "3pm"): the report lists those under people and dates.

Contexts: the share of key figures whose context has three or more words and a noun
(tagged by the same spaCy model). Sports results: how many key figures group two or more
scores ("7-6 6-1 7-5"). ``--show N`` prints N reports, evenly spread, to read by eye.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench.corpus import ARTICLES, load_articles
from bench.split import SPLITS, is_tuning
from bot.analysis.report import Report
from bot.analyzer import Analyzer

RESULTS = Path(__file__).resolve().parent / "results"
LIMIT = 6
# A digit run inside a name ("G20", "K2") is no number.
_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")


# Letters written onto a number that still leave it a number: units, scales, ordinals.
_GLUED = re.compile(
    r"(?:[kmb]n?|tn|million|billion|trillion|thousand|ft|feet|in|yds?|lbs?|oz|st|kg|g|mg|"
    r"km|cm|mm|m|mi|mph|kph|kmh|ml|l|mw|kw|gb|mb|tb|hz|s|am|pm|th|st|nd|rd|x|p)\b",
    re.I,
)


def _numbers(text: str) -> list[tuple[str, int, int]]:
    """(number without commas, start, end) of every number in digits, years aside; a digit
    run written into a word ("4chan", "G20") is part of a name."""
    found = []
    for m in _NUMBER.finditer(text):
        glued = text[m.end() : m.end() + 1].isalpha()
        if glued and not _GLUED.match(text, m.end()):
            continue
        if not _YEAR.match(m.group(0)):
            found.append((m.group(0).replace(",", ""), m.start(), m.end()))
    return found


def _is_age(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 12) : start], text[end : end + 14]
    if re.match(r"\s?-?\s?years?[- ]old|-year", after):
        return True
    if re.search(r"(?:\baged|\bage of|\bages of)\s$", before):
        return True
    return bool(re.search(r"[A-Za-z],\s$", before) and re.match(r"\s?[,)]", after))


def _is_date(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 12) : start], text[end : end + 12]
    if re.search(rf"\b{_MONTH}\s$", before) or re.match(rf"\s?(?:th|st|nd|rd)?\s{_MONTH}", after):
        return True
    return bool(re.match(r"\s?(?:[ap]\.?m\b)|[.:]\d\d\s?[ap]\.?m", after))


def _only(text: str, number: str, test: Any) -> bool:
    """True when every occurrence of ``number`` in the article passes ``test``."""
    spots = [(s, e) for n, s, e in _numbers(text) if n == number]
    return bool(spots) and all(test(text, s, e) for s, e in spots)


def first_numbers(text: str, k: int, skip: set[str]) -> set[str]:
    """The first ``k`` distinct numbers of the article, leaving out ``skip``."""
    order: list[str] = []
    for number, _s, _e in _numbers(text):
        if number not in order and number not in skip:
            order.append(number)
    return set(order[:k])


def in_figures(values: Iterable[str]) -> set[str]:
    return {n for value in values for n, _s, _e in _numbers(value)}


def score_article(text: str, reference: str, values: list[str]) -> dict[str, dict[str, int]]:
    """Per denominator: highlight numbers, found among the figures, found by the baseline."""
    article = {n for n, _s, _e in _numbers(text)}
    wanted = {n for n, _s, _e in _numbers(reference)} & article
    ages = {n for n in article if _only(text, n, _is_age)}
    own = {n for n in article if _only(text, n, lambda *a: _is_age(*a) or _is_date(*a))}
    ours = in_figures(values[:LIMIT])
    k = min(len(values), LIMIT)
    rows = {}
    for name, aside in (("all", set()), ("ages_aside", ages), ("own_fields_aside", own)):
        kept = wanted - aside
        rows[name] = {
            "numbers": len(kept),
            "ours": len(kept & ours),
            "first_k": len(kept & first_numbers(text, k, aside)),
            "first_6": len(kept & first_numbers(text, LIMIT, aside)),
        }
    return rows


def _has_noun_and_words(doc: Any) -> bool:
    words = [t for t in doc if any(c.isalnum() for c in t.text)]
    return len(words) >= 3 and any(t.pos_ in {"NOUN", "PROPN"} for t in doc)


def show(article_id: str, reference: str, report: Report) -> str:
    lines = [f"== {article_id[:12]}", f"highlights: {reference[:300]}"]
    for f in report.figures:
        lines.append(f"  {f.value} — {f.context}")
        start, end = report.sentences[f.sentence]
        lines.append(f"      [s{f.sentence}] {report.text[start:end][:160]}")
    lines += [f"  > {s}" for s in report.summary]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="tuning")
    parser.add_argument("--source", choices=("cnndm", "xsum"), default="cnndm")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--show", type=int, default=0, help="print N reports to read")
    args = parser.parse_args(argv)
    if not ARTICLES.exists():
        print(f"corpus not found at {ARTICLES}", file=sys.stderr)
        return 1
    want_tuning = args.split == "tuning"
    articles = [a for a in load_articles(args.source) if is_tuning(a.id) == want_tuning]
    if args.limit:
        articles = articles[: args.limit]
    analyzer = Analyzer()
    totals: dict[str, dict[str, int]] = {}
    contexts: list[str] = []
    grouped: list[str] = []
    sizes = []
    every = max(1, len(articles) // args.show) if args.show else 0
    reports = analyzer.analyze_many((a.id, a.text) for a in articles)
    for i, (article, report) in enumerate(zip(articles, reports, strict=True)):
        values = [f.value for f in report.figures]
        sizes.append(len(values))
        for name, row in score_article(report.text, article.reference_summary, values).items():
            for key, n in row.items():
                totals.setdefault(name, {}).setdefault(key, 0)
                totals[name][key] += n
        contexts += [f.context for f in report.figures]
        grouped += [f.value for f in report.figures if len(_SCORE.findall(f.value)) > 1]
        if every and i % every == 0 and i // every < args.show:
            print(show(article.id, article.reference_summary, report), end="\n\n")
    with analyzer.nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler"]):
        readable = sum(_has_noun_and_words(d) for d in analyzer.nlp.pipe(contexts))
    recall = {
        name: {
            "numbers": row["numbers"],
            "key_figures": round(row["ours"] / row["numbers"], 3) if row["numbers"] else None,
            "first_k": round(row["first_k"] / row["numbers"], 3) if row["numbers"] else None,
            "first_6": round(row["first_6"] / row["numbers"], 3) if row["numbers"] else None,
        }
        for name, row in totals.items()
    }
    results = {
        "split": args.split,
        "source": args.source,
        "articles": len(articles),
        "figures": len(contexts),
        "mean_figures_per_article": round(sum(sizes) / max(1, len(sizes)), 2),
        "recall_of_highlight_numbers": recall,
        "context_three_words_and_noun": round(readable / max(1, len(contexts)), 3),
        "grouped_sports_results": len(grouped),
        "grouped_examples": grouped[:8],
    }
    if not args.limit:
        RESULTS.mkdir(exist_ok=True)
        tag = "" if args.source == "cnndm" else f"-{args.source}"
        out = RESULTS / f"key-figures-{args.split}{tag}.json"
        out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
