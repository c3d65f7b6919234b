"""source-mismatch: a draft checked against its source. Unlike the other checks, which read
one article's facts, this one reads two reports: ``compare(source, draft) -> list[Flag]``.

Every figure, name, office, date and quote in the
draft is looked up in the source.

Each draft sentence is paired with the source sentence that shares most of its words, so
paraphrase, reordering and shortening still line up. Within a pair, a figure, date or
office that differs is a mismatch; a quote is looked up across the whole source. House
style is not a mismatch: "per cent" and "%", numerals and words, "more than" and "over"
read the same. Facts found nowhere in the source are reported once, with low severity.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, replace

from bot.analysis import budget
from bot.analysis.model import Figure, Flag, Passage, Person, Severity
from bot.analysis.names import edit_distance, name_key
from bot.analysis.report import Report
from bot.checks.source_alignment import Side, align, index, words_of

CHECK_ID = "source-mismatch"
_SIMILAR_QUOTE = 0.5
# Source quotes compared character by character with each draft quote: the most alike.
_QUOTE_CANDIDATES = 5
#: source-mismatch flags kept; the rest are counted
MAX_FLAGS = 40


@dataclass(frozen=True)
class Mismatch:
    kind: str  # figure, name, title, date, quote, attribution, unsupported
    severity: Severity
    message: str
    draft: Passage
    source: Passage | None
    change: str | None = None
    #: the words that differ (text offsets), in the draft and in the source
    draft_marks: tuple[tuple[int, int], ...] = ()
    source_marks: tuple[tuple[int, int], ...] = ()

    def to_flag(self) -> Flag:
        evidence = [replace(self.draft, side="draft", marks=_inside(self.draft, self.draft_marks))]
        if self.source is not None:
            marks = _inside(self.source, self.source_marks)
            evidence.append(replace(self.source, side="source", marks=marks))
        return Flag(CHECK_ID, self.severity, self.message, tuple(evidence), self.kind, self.change)


def _inside(passage: Passage, marks: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    return tuple((a, b) for a, b in marks if passage.start <= a < b <= passage.end)


def _word_at(passage: Passage, word: str) -> tuple[tuple[int, int], ...]:
    """Where ``word`` first stands in the passage, as text offsets (none if absent)."""
    at = passage.quote.find(word)
    return ((passage.start + at, passage.start + at + len(word)),) if at >= 0 and word else ()


def _same_figure(a: Figure, b: Figure) -> bool:
    return (a.low, a.high) == (b.low, b.high) and a.kind == b.kind


def _figures(
    draft: Side, source: Side, pairs: list[int | None]
) -> tuple[list[Mismatch], list[str]]:
    found, missing = [], []
    source_values = {(f.low, f.high) for f in source.report.all_figures}
    for figure in draft.report.all_figures:
        j = pairs[figure.sentence]
        if (figure.low, figure.high) in source_values and (
            j is None or any(_same_figure(figure, g) for g in source.figures_in(j))
        ):
            continue
        rivals = [] if j is None else [
            g for g in source.figures_in(j)
            if g.kind == figure.kind and (g.counted == figure.counted or not figure.counted)
            and not _same_figure(figure, g)
        ]  # fmt: skip
        if rivals:
            rival = rivals[0]
            found.append(Mismatch(
                "figure", "high",
                f"The draft has {figure.value!r} where the source has {rival.value!r}.",
                draft.passage(figure.sentence), source.passage(rival.sentence),
                draft_marks=((figure.start, figure.end),),
                source_marks=((rival.start, rival.end),),
            ))  # fmt: skip
        elif (figure.low, figure.high) not in source_values:
            missing.append(figure.value)
    return found, missing


_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")


def _numbers(side: Side, index: int) -> list[str]:
    """Numbers written in a sentence, outside its dates, commas dropped."""
    start, end = side.sentences[index]
    dated = [(d.start, d.end) for d in side.report.dates if d.sentence == index]
    return [
        m.group(0).replace(",", "").rstrip(".")
        for m in _NUMBER.finditer(side.text, start, end)
        if not any(s <= m.start() < e for s, e in dated)
    ]


def _other_numbers(draft: Side, source: Side, pairs: list[int | None]) -> list[Mismatch]:
    """Numbers the figure reader skipped ("aged 15", odd amounts) that differ between a
    sentence and its source, when the draft's number is nowhere in the source."""
    everywhere = {n for j in range(len(source.sentences)) for n in _numbers(source, j)}
    found = []
    for i, j in enumerate(pairs):
        if j is None:
            continue
        ours, theirs = Counter(_numbers(draft, i)), Counter(_numbers(source, j))
        new = [n for n in (ours - theirs) if n not in everywhere]
        gone = list(theirs - ours)
        if new and gone:
            found.append(Mismatch(
                "figure", "high",
                f"The draft has {new[0]!r} where the source has {gone[0]!r}.",
                draft.passage(i), source.passage(j),
                draft_marks=_word_at(draft.passage(i), new[0]),
                source_marks=_word_at(source.passage(j), gone[0]),
            ))  # fmt: skip
    return found


def _near(person: Person, people: list[Person]) -> Person | None:
    """The source person a draft name is a misspelling of."""
    for other in people:
        same_first = (person.first_name or "").lower() in {"", (other.first_name or "").lower()}
        long_enough = min(len(person.surname), len(other.surname)) >= 4
        plural = name_key(person.surname) in {
            name_key(other.surname) + "s",
            name_key(other.surname) + "es",
        }
        slip = edit_distance(name_key(person.surname), name_key(other.surname), 1) == 1
        if same_first and long_enough and slip and not plural:
            return other
    return None


def _known(person: Person, people: list[Person]) -> Person | None:
    """The source's entry for a draft person: the same full name, else the same surname."""
    full = name_key(person.name)
    exact = next((p for p in people if name_key(p.name) == full), None)
    if exact is not None:
        return exact
    key = name_key(person.surname)
    return next((p for p in people if name_key(p.surname) == key), None)


def _names(draft: Side, source: Side) -> tuple[list[Mismatch], list[str]]:
    found, missing = [], []
    for person in draft.report.people:
        if _known(person, source.report.people):
            continue
        other = _near(person, source.report.people)
        if other is not None:
            mention = next(m for m in person.mentions)
            found.append(Mismatch(
                "name", "high",
                f"{mention.text!r} in the draft is {other.name!r} in the source.",
                draft.passage(mention.sentence), source.passage(other.mentions[0].sentence),
                draft_marks=((mention.start, mention.end),),
                source_marks=((other.mentions[0].start, other.mentions[0].end),),
            ))  # fmt: skip
        else:
            missing.append(person.name)
    return found, missing


def _offices(draft: Side, source: Side, pairs: list[int | None]) -> list[Mismatch]:
    """An office given to someone else than in the source's matching sentence
    (attribution), or a person given another office than the source gives them (title)."""
    found = []
    for person in draft.report.people:
        same = _known(person, source.report.people) or _near(person, source.report.people)
        for title in person.titles:
            if title.status != "current":
                continue
            j = pairs[title.sentence]
            holders = [
                p for p in source.report.people
                if any(t.office == title.office and t.status == "current" for t in p.titles)
            ]  # fmt: skip
            in_pair = [
                p for p in holders
                if p is not same and j is not None and any(m.sentence == j for m in p.mentions)
                and any(t.office == title.office and t.qualifier == title.qualifier
                        for t in p.titles)
            ]  # fmt: skip
            same_holds = same is not None and any(
                t.office == title.office and t.qualifier == title.qualifier for t in same.titles
            )
            if in_pair and j is not None and not same_holds:
                found.append(Mismatch(
                    "attribution", "high",
                    f"The draft gives {title.text} to {person.name}; "
                    f"the source, to {in_pair[0].name}.",
                    draft.passage(title.sentence), source.passage(j),
                    draft_marks=((title.start, title.end),),
                ))  # fmt: skip
            elif same is not None and same not in holders:
                offices = [t for t in same.titles if t.status == "current"]
                if offices:
                    found.append(Mismatch(
                        "title", "high",
                        f"The draft calls {person.name} {title.text}; the source, "
                        f"{offices[0].text}.",
                        draft.passage(title.sentence), source.passage(offices[0].sentence),
                        draft_marks=((title.start, title.end),),
                        source_marks=((offices[0].start, offices[0].end),),
                    ))  # fmt: skip
    return found


def _quote_change(draft: list[str], source: list[str]) -> str:
    parts = []
    matcher = difflib.SequenceMatcher(a=source, b=draft, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "replace":
            parts.append(f"replaced {' '.join(source[a1:a2])!r} with {' '.join(draft[b1:b2])!r}")
        elif op == "delete":
            parts.append(f"dropped {' '.join(source[a1:a2])!r}")
        elif op == "insert":
            parts.append(f"added {' '.join(draft[b1:b2])!r}")
    return "; ".join(parts)


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _named_in_sentence(side: Side, speaker: str | None, sentence: int) -> bool:
    """The speaker is named beside the quote ("said Smith"), not read from "he said"."""
    person = next((p for p in side.report.people if p.name == speaker), None)
    return person is not None and any(m.sentence == sentence for m in person.mentions)


def _quotes(draft: Side, source: Side) -> tuple[list[Mismatch], list[str]]:
    found, missing = [], []
    source_quotes = [(q, words_of(q.text)) for q in source.report.quotes]
    postings = index([set(cwords) for _q, cwords in source_quotes])
    for quote in draft.report.quotes:
        budget.check()
        words = words_of(quote.text)
        best, score = None, 0.0
        # The source quotes sharing the most words, in source order, compared in full.
        shared = Counter(j for w in set(words) for j in postings.get(w, ()))
        nearest = sorted(j for j, _n in shared.most_common(_QUOTE_CANDIDATES))
        for candidate, cwords in (source_quotes[j] for j in nearest):
            if _contains(cwords, words):
                best, score = (candidate, cwords), 1.0
                break
            ratio = difflib.SequenceMatcher(a=cwords, b=words, autojunk=False).ratio()
            if ratio > score:
                best, score = (candidate, cwords), ratio
        if best is None or score < _SIMILAR_QUOTE:
            missing.append(f"“{quote.text.strip()[:60]}”")
            continue
        original, owords = best
        d_sentence = draft.passage(quote.sentence)
        s_sentence = source.passage(original.sentence)
        if score < 1.0:
            found.append(Mismatch(
                "quote", "high", "A quote differs from the source.",
                d_sentence, s_sentence, _quote_change(words, owords),
            ))  # fmt: skip
        elif (
            _named_in_sentence(draft, quote.speaker, quote.sentence)
            and _named_in_sentence(source, original.speaker, original.sentence)
            and name_key(str(quote.speaker).split()[-1])
            != name_key(str(original.speaker).split()[-1])
        ):
            found.append(Mismatch(
                "attribution", "high",
                f"The draft gives this quote to {quote.speaker}; "
                f"the source, to {original.speaker}.",
                d_sentence, s_sentence,
            ))  # fmt: skip
    return found, missing


def _dates(draft: Side, source: Side, pairs: list[int | None]) -> list[Mismatch]:
    found = []
    for mention in draft.report.dates:
        j = pairs[mention.sentence]
        if j is None or mention.relative:
            continue
        theirs = [d for d in source.report.dates if d.sentence == j and not d.relative]
        if not theirs or any(d.text.lower() == mention.text.lower() for d in theirs):
            continue
        if any(d.resolved is not None and d.resolved == mention.resolved for d in theirs):
            continue
        found.append(Mismatch(
            "date", "high",
            f"The draft has {mention.text!r} where the source has {theirs[0].text!r}.",
            draft.passage(mention.sentence), source.passage(j),
            draft_marks=((mention.start, mention.end),),
            source_marks=((theirs[0].start, theirs[0].end),),
        ))  # fmt: skip
    return found


def compare(source_report: Report, draft_report: Report) -> list[Flag]:
    """``source-mismatch`` flags for a draft against its source, most severe first."""
    draft, source = Side(draft_report), Side(source_report)
    pairs = align(draft, source)
    figure_flags, missing_figures = _figures(draft, source, pairs)
    name_flags, missing_names = _names(draft, source)
    quote_flags, missing_quotes = _quotes(draft, source)
    mismatches = [
        *figure_flags, *_other_numbers(draft, source, pairs), *name_flags,
        *_offices(draft, source, pairs), *quote_flags, *_dates(draft, source, pairs),
    ]  # fmt: skip
    seen: set[tuple[str, int]] = set()
    unique = []
    for m in mismatches:  # one flag of a kind per draft sentence
        if (m.kind, m.draft.start) not in seen:
            seen.add((m.kind, m.draft.start))
            unique.append(m)
    flags = [m.to_flag() for m in sorted(unique, key=lambda m: m.draft.start)[:MAX_FLAGS]]
    reassigned = {m.message for m in mismatches if m.kind == "attribution"}
    missing_names = [n for n in missing_names if not any(n in message for message in reassigned)]
    missing = missing_figures + missing_names + missing_quotes
    if missing:
        shown = ", ".join(missing[:6]) + (
            f" and {len(missing) - 6} more" if len(missing) > 6 else ""
        )
        flags.append(Flag(CHECK_ID, "low", f"Not found in the source: {shown}.", (), "unsupported"))
    return flags
