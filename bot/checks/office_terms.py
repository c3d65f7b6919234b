"""What the office records say about terms, in words for an editor.

The best-ranked source's terms of a person, described as "from 11 May 2010 to 13 July
2016"; who held an office during a period; the stretch on which several people all held
theirs; the sources named in a flag.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.analysis import budget
from bot.checks.statement_time import Period
from bot.knowledge.index import Knowledge, Term
from bot.knowledge.records import ONGOING, SOURCES, When


def best_terms(terms: list[Term]) -> list[Term]:
    """The terms of the best-ranked source among them."""
    rank = min(t.rank for t in terms)
    return [t for t in terms if t.rank == rank]


def describe_terms(terms: list[Term]) -> str:
    """ "from 11 May 2010 to 13 July 2016": one source's terms of one person, back-to-back
    ones merged (the IfG database opens a new appointment with each government)."""
    spans: list[tuple[When | None, When | None, Term]] = []
    for t in sorted(best_terms(terms), key=lambda t: t.start_lo):
        if spans and t.start_lo - spans[-1][2].end_hi <= timedelta(days=1):
            start, _end, last = spans[-1]
            spans[-1] = (start, t.holding.end, t) if t.end_hi >= last.end_hi else spans[-1]
        else:
            spans.append((t.holding.start, t.holding.end, t))
    parts = []
    for start, end, _t in spans[:4]:
        since = start.describe() if start else "an unknown date"
        if end is None or end.precision == ONGOING:
            parts.append(f"since {since}")
        else:
            parts.append(f"from {since} to {end.describe()}")
    return " and ".join(parts)


def holders_during(
    knowledge: Knowledge, terms: list[Term], period: Period
) -> tuple[list[str], str, str]:
    """Who surely held the office during ``period`` by the best source, that source, and
    the office's name there."""
    during = [t for t in terms if t.surely_during(period.first, period.last)]
    if not during:
        return [], "", ""
    best = best_terms(during)
    names = list(dict.fromkeys(knowledge.name(t.holding.person) for t in best))
    return names, best[0].holding.source, best[0].office.label


def sources_label(*names: str) -> str:
    labels = list(dict.fromkeys(SOURCES[n].label for n in names if n in SOURCES))
    return ("source: " if len(labels) == 1 else "sources: ") + "; ".join(labels)


def shared_stretch(people_terms: list[list[Term]]) -> tuple[date, date] | None:
    """The latest stretch of days on which each person surely held one of their terms."""
    spans = _merged([(t.start_hi, t.end_lo) for t in people_terms[0]])
    for terms in people_terms[1:]:
        budget.check()
        spans = _merged(
            [
                (max(first, t.start_hi), min(last, t.end_lo))
                for first, last in spans
                for t in terms
                if max(first, t.start_hi) <= min(last, t.end_lo)
            ]
        )
    return spans[-1] if spans else None


def _merged(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Overlapping stretches joined, in order: the list never outgrows the disjoint terms
    of one person, however many overlapping records the sources hold."""
    joined: list[tuple[date, date]] = []
    for first, last in sorted(spans):
        if joined and first <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(last, joined[-1][1]))
        else:
            joined.append((first, last))
    return joined


def listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
