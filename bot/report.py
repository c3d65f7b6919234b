"""The report on one article, and its JSON form (the CLI's and, later, the cache's)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.analysis.model import DateMention, Entity, Figure, Flag, Person, Quote


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

    def to_dict(self) -> dict[str, Any]:
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


def flag_json(flag: Flag) -> dict[str, Any]:
    """A flag's JSON: ``kind``, ``change`` and an evidence ``side`` only where they apply."""
    found: dict[str, Any] = {"check": flag.check}
    if flag.kind is not None:
        found["kind"] = flag.kind
    found["severity"] = flag.severity
    found["message"] = flag.message
    found["evidence"] = [
        {**({"side": e.side} if e.side else {}), "quote": e.quote, "start": e.start, "end": e.end}
        for e in flag.evidence
    ]
    if flag.change:
        found["change"] = flag.change
    return found
