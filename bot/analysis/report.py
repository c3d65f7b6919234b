"""The report on one article, and its JSON form: :class:`ReportJSON`, the one typed shape
that crosses processes and travels through the cache, the queue, Slack and the CLI.

The analysis builds a :class:`Report` (with its parse-level objects); ``to_json`` turns it
into the documented JSON object at once, because that is what an analysis child process
sends back, what Redis keeps and what the README documents. Past that point the report is
a ``ReportJSON`` everywhere, checked by mypy; :mod:`bot.cache` validates stored ones back
into the type.
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Any, NotRequired, TypedDict, cast

from bot.analysis.model import (
    DateMention,
    Entity,
    Figure,
    Flag,
    Person,
    Quote,
    Severity,
)
from bot.fetch.extract import SourceJSON

__all__ = ["FlagJSON", "Report", "ReportJSON", "SourceJSON", "flag_json"]


class EvidenceJSON(TypedDict):
    side: NotRequired[str]  # "draft" or "source", for a draft checked against its source
    quote: str
    start: int
    end: int
    marks: NotRequired[list[list[int]]]  # [start, end] of the words the flag is about


class FlagJSON(TypedDict):
    check: str
    kind: NotRequired[str]
    severity: Severity
    message: str
    evidence: list[EvidenceJSON]
    change: NotRequired[str]


class FigureJSON(TypedDict):
    value: str
    context: str
    sentence_index: int
    kind: str
    counted: str
    start: int
    end: int


class TitleJSON(TypedDict):
    office: str
    text: str
    qualifier: str | None
    status: str


class MentionJSON(TypedDict):
    text: str
    start: int
    end: int


class PersonJSON(TypedDict):
    name: str
    titles: list[TitleJSON]
    ages: list[int]
    mentions: list[MentionJSON]


class QuoteJSON(TypedDict):
    text: str
    speaker: str | None
    start: int
    end: int


class DateJSON(TypedDict):
    text: str
    date: str | None
    relative: bool
    start: int
    end: int


class ReportJSON(TypedDict):
    """The JSON report documented in the README ("The JSON report")."""

    input: str
    source: SourceJSON | None
    published: str | None
    summary: list[str]
    figures: list[FigureJSON]
    people: list[PersonJSON]
    flags: list[FlagJSON]
    flags_omitted: dict[str, int]
    quotes: list[QuoteJSON]
    dates: list[DateJSON]
    organisations: list[str]
    places: list[str]
    timings_ms: dict[str, float]
    # Added by the checker on the way out, never stored:
    cached: NotRequired[bool]  # served from the cache
    cache_key: NotRequired[str]  # the key it is (or would be) cached under


@dataclass
class Report:
    """Everything the bot says about one article."""

    input: str
    text: str
    published: date | None
    summary: list[str]
    figures: list[Figure]
    people: list[Person]
    flags: list[Flag]
    sentences: list[tuple[int, int]] = field(default_factory=list)  # (start, end) in text
    all_figures: list[Figure] = field(default_factory=list)  # every figure, not only the key ones
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    organisations: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    flags_omitted: dict[str, int] = field(default_factory=dict)  # check -> flags not kept

    def to_json(self) -> ReportJSON:
        """The JSON object documented in the README."""
        return {
            "input": self.input,
            # where a linked article came from; the checker fills it in for links
            "source": None,
            "published": self.published.isoformat() if self.published else None,
            "summary": self.summary,
            "figures": [
                {
                    "value": f.value,
                    "context": f.context,
                    "sentence_index": f.sentence,
                    "kind": f.kind,
                    "counted": f.counted,
                    "start": f.start,
                    "end": f.end,
                }
                for f in self.figures
            ],
            "people": [
                {
                    "name": p.name,
                    "titles": [
                        {
                            "office": t.office,
                            "text": t.text,
                            "qualifier": t.qualifier,
                            "status": t.status,
                        }
                        for t in p.titles
                    ],
                    "ages": sorted({a.value for a in p.ages}),
                    "mentions": [
                        {"text": m.text, "start": m.start, "end": m.end} for m in p.mentions
                    ],
                }
                for p in self.people
            ],
            "flags": [flag_json(f) for f in self.flags],
            "flags_omitted": dict(self.flags_omitted),
            "quotes": [
                {"text": q.text, "speaker": q.speaker, "start": q.start, "end": q.end}
                for q in self.quotes
            ],
            "dates": [
                {
                    "text": d.text,
                    "date": d.resolved.isoformat() if d.resolved else None,
                    "relative": d.relative,
                    "start": d.start,
                    "end": d.end,
                }
                for d in self.dates
            ],
            "organisations": sorted({e.text for e in self.organisations}),
            "places": sorted({e.text for e in self.places}),
            "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()},
        }


def flag_json(flag: Flag) -> FlagJSON:
    """A flag's JSON: ``kind``, ``change`` and an evidence ``side`` only where they apply,
    each in its documented place (built as a plain dict for the key order, then typed)."""
    found: dict[str, Any] = {"check": flag.check}
    if flag.kind is not None:
        found["kind"] = flag.kind
    found["severity"] = flag.severity
    found["message"] = flag.message
    found["evidence"] = [
        {
            **({"side": e.side} if e.side else {}),
            "quote": e.quote,
            "start": e.start,
            "end": e.end,
            **({"marks": [list(m) for m in e.marks]} if e.marks else {}),
        }
        for e in flag.evidence
    ]
    if flag.change:
        found["change"] = flag.change
    return cast(FlagJSON, found)
