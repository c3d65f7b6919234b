"""Comparing the shipped table with a reference dataset, term by term.

Conventions the comparison settles, because the sources differ in them and not in fact:

* A term is a person's uninterrupted time in an office: the IfG database opens a new
  appointment at every change of government (Thatcher 1979, 1983, 1987) and the US file a
  new term at every inauguration, so back-to-back terms of one person (a gap of at most a
  day) are merged before comparing.
* Dates agree within a day (a handover day is the outgoing holder's last day in one
  source and the incoming holder's first in another). Where a source gives only the
  month (REIGN's ends) a date agrees when it falls within that month, a day either side.
* Only the overlap is compared: terms running past either source's window are compared
  at the end that lies inside it, and a term still open in one source agrees with one
  that ends after the other source was compiled.
* People are the same when they share a full name (first and last word), or, against a
  source that gives surnames only, when that surname is one of their name's words or one
  letter away from their surname (REIGN writes "Mitterand").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from bot.analysis.names import edit_distance
from bot.knowledge.names import words
from bot.knowledge.records import DAY, MONTH, ONGOING, Records, When

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Term:
    who: str
    names: frozenset[tuple[str, ...]]
    start: When
    end: When | None  # None: open as far as the source knows

    def last_day(self) -> date:
        return self.end.day if self.end else date.max


Selection = str | tuple[str, date, date]  # an office id, or one between two dates


def terms(records: Records, selections: Iterable[Selection]) -> list[Term]:
    """The terms of the selected offices (an id, or (id, since, until) for the terms that
    overlap that span), back-to-back terms of one person merged, across the offices too
    (Erdogan as prime minister, then as president)."""
    wanted: dict[str, tuple[date, date]] = {}
    for selection in selections:
        office, since, until = (
            (selection, date.min, date.max) if isinstance(selection, str) else selection
        )
        wanted[office] = (since, until)
    people = {p.id: p.names for p in records.people}
    picked = []
    for h in records.holdings:
        if h.office not in wanted or h.start is None:
            continue
        since, until = wanted[h.office]
        end = None if h.end is None or h.end.precision == ONGOING else h.end
        if h.start.day < until and (end is None or end.day > since):
            names = people.get(h.person, ())
            who = names[0] if names else h.person
            picked.append(Term(who, frozenset(map(words, names)), h.start, end))
    merged: list[Term] = []
    for term in sorted(picked, key=lambda t: (sorted(t.names), t.start)):
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.names == term.names
            and last.end is not None
            and term.start.day - last.end.day <= ONE_DAY
        ):
            later = None if term.end is None else max(term.end, last.end)
            merged[-1] = Term(last.who, last.names, last.start, later)
        else:
            merged.append(term)
    return sorted(merged, key=lambda t: t.start)


def same_person(mine: Term, theirs: Term, surnames: bool) -> bool:
    if not surnames:
        return any(
            a == b or (len(a) > 1 and len(b) > 1 and (a[0], a[-1]) == (b[0], b[-1]))
            for a in mine.names
            for b in theirs.names
        )
    # REIGN writes "Thatcher", "G.W. Bush", "Gandhi, I.", "Chun Doo Hwan", "deKlerk".
    for b in theirs.names:
        solid = "".join(b).replace("-", "")
        for a in mine.names:
            if not a:
                continue
            if any(len(w) > 2 and w in a for w in b) or solid in "".join(a).replace("-", ""):
                return True
            if edit_distance(a[-1], b[-1], limit=1) <= 1:
                return True
    return False


def _agree(mine: When, theirs: When) -> bool:
    if theirs.precision == DAY:
        return abs(mine.day - theirs.day) <= ONE_DAY
    if theirs.precision == MONTH:
        return theirs.first - ONE_DAY <= mine.day <= theirs.last + ONE_DAY
    return theirs.first <= mine.day <= theirs.last


def compare(
    label: str,
    mine: list[Term],
    theirs: list[Term],
    window: tuple[date, date],
    surnames: bool = False,
) -> tuple[int, list[str]]:
    """(terms of the reference matched in the table, one line per disagreement): a term
    found in one list and not the other, or found with other dates. Only terms
    overlapping ``window`` (the span both sources cover) count."""
    first, last = window

    def inside(t: Term) -> bool:
        return t.start.day < last and t.last_day() > first

    mine = [t for t in mine if inside(t)]
    theirs = [t for t in theirs if inside(t)]
    found: list[str] = []
    paired: set[int] = set()
    for t in theirs:
        candidates = [
            (i, m)
            for i, m in enumerate(mine)
            if same_person(m, t, surnames)
            and m.start.day <= t.last_day()
            and m.last_day() >= t.start.day
        ]
        if not candidates:
            found.append(f"{label}: {t.who} {_span(t)} is not in the table")
            continue
        i, m = min(candidates, key=lambda c: abs(c[1].start.day - t.start.day))
        paired.add(i)
        if t.start.day >= first and m.start.day >= first and not _agree(m.start, t.start):
            found.append(f"{label}: {m.who} starts {m.start.iso()}, reference {t.start.iso()}")
        open_m = m.end is None or m.end.day > last
        open_t = t.end is None or t.end.day > last
        if open_m != open_t or (
            m.end is not None and t.end is not None and not open_t and not _agree(m.end, t.end)
        ):
            found.append(
                f"{label}: {m.who} ends {m.end.iso() if m.end else 'open'}, "
                f"reference {t.end.iso() if t.end else 'open'}"
            )
    for i, m in enumerate(mine):
        if i not in paired:
            found.append(f"{label}: {m.who} {_span(m)} is not in the reference")
    return len(paired), found


def _span(t: Term) -> str:
    return f"{t.start.iso()} to {t.end.iso() if t.end else 'open'}"
