"""The time a sentence speaks of, for checking a title against it.

A title is checked against the report's published date, unless its sentence places
itself in another time before naming it: "In 2012, Prime Minister David Cameron ..." is
about 2012, "in March 2010" about that month, "On 23 June 2016" about that day, "last
year" about the year before publication. A time named after the title may be another
event's ("President Obama, elected in 2008, ...", "Prime Minister X said in 2012"), so
there the title holds if it held then or at publication; so too where the sentence also
speaks of now ("on Tuesday", "currently"), or calls the holder "current". A year named
anywhere else ("Thatcher's 1984 budget") counts the same way. Words that put a sentence
in an unstated past ("at the time", "years ago", "under Prime Minister X") leave it
unchecked. Years after publication are plans ("by 2030"), not the time spoken of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.analysis.model import Person, Title
from bot.analysis.numbers import WRITTEN_YEAR
from bot.checks.facts import Facts
from bot.knowledge.records import DAY, MONTH, YEAR, When

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")  # fmt: skip
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_IN_TIME = re.compile(
    rf"\b(?:in|during|throughout|by)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?P<mon>{_MONTH})\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b(?![\s-]*(?:%|per\s*cent))",
    re.I,
)
_DECADE = re.compile(r"\bin the (?:early |late |mid-?)?(?P<decade>(?:19|20)\d0)s\b", re.I)
_LAST_YEAR = re.compile(r"\blast year\b", re.I)
_PRESENT = re.compile(
    r"\b(?:now|currently|today|tonight|yesterday|this (?:week|month|year|morning|afternoon)|"
    r"last (?:night|week))\b",
    re.I,
)
_VAGUE_PAST = re.compile(
    r"\b(?:ago|at the time|back then|in the past|formerly|previously|predecessor|"
    r"successor|the then|in those days|(?:that|the same|the following|the previous) "
    r"(?:year|month|week|day|summer|winter|spring|autumn|decade))\b",
    re.I,
)
_DIED_AFTER = re.compile(r"^(?:,[^.;!?]{0,160}?,)?\s+(?:has |had )?(?:died|dies|is dead)\b")
_DIED_BEFORE = re.compile(r"\b(?:death|funeral) of\s+$", re.I)
_RECENT = timedelta(days=8)  # "on Tuesday": a relative date this close is the present
# Words right ahead of a title's office: just before the title, or leading its own text
# (the analysis counts some of them in).
_NOW_WORDS = r"(?:current|incumbent|sitting|serving|present)"
_NOW_AHEAD = re.compile(rf"\b{_NOW_WORDS}\s+$|^(?:the\s+)?{_NOW_WORDS}\b", re.I)
# "under President X" and "the government of Prime Minister X" name an era; "during
# President X's visit" does not.
_ERA_AHEAD = re.compile(
    r"\b(?:under|(?:government|administration|premiership|presidency|era|years|days|tenure|"
    r"reign|rule|leadership) of)\s+(?:the\s+)?$|^under\b",
    re.I,
)
# A clause of its own after the title: its time is its own event's ("President X on
# Thursday unveiled a plan ... since he scrapped a tax last year").
_SUBORDINATE = re.compile(
    r"\b(?:which|who|whom|whose|that|since|when|after|before|because|while|where)\b", re.I
)
_BARE_YEAR = re.compile(r"(?<![£$€\d.,])\b(?:19|20)\d\d\b(?![\s-]*(?:%|per\s*cent)|[.,]?\d)")


@dataclass(frozen=True)
class Period:
    """A stretch of days a sentence speaks of; ``precision`` as :mod:`records` counts."""

    first: date
    last: date
    precision: int

    @classmethod
    def of(cls, when: When) -> Period:
        return cls(when.first, when.last, when.precision)

    def describe(self) -> str:
        """ "on 1 September 2021", "in March 2012", "in 2012", "in the 1990s"."""
        if self.precision == DAY:
            return f"on {When(self.first).describe()}"
        if self.precision in (MONTH, YEAR):
            return f"in {When(self.first, self.precision).describe()}"
        return f"in the {self.first.year}s"


def periods_of(facts: Facts, title: Title, elsewhen: bool = False) -> list[Period]:
    """The times a title's sentence speaks of; empty when it cannot be told.

    ``elsewhen``: the analysis found the title's clause set in another time (a time
    adverbial with an earlier year): only the times the sentence names count then."""
    published = facts.published
    if published is None:
        return []
    now = Period(published, published, DAY)
    index, at = title.sentence, title.start
    sentence = facts.sentence(index)
    text = sentence.quote
    ahead = (facts.text[max(0, at - 30) : at], title.text)
    if any(_NOW_AHEAD.search(part) for part in ahead) and not elsewhen:
        return [now]
    if _VAGUE_PAST.search(text) or any(_ERA_AHEAD.search(part) for part in ahead):
        return []
    before: list[Period] = []  # "In 2012, ..." ahead of the title: the sentence's own time
    after: list[Period] = []  # other times: another event's, or the sentence's
    clause: list[Period] = []  # times of a clause after the title's, when it has its own
    title_end = at + len(title.text) - sentence.start
    for offset, period, leading in _named_times(facts, index, published):
        if leading and sentence.start + offset < at:
            before.append(period)
        elif offset > title_end and _SUBORDINATE.search(text[title_end:offset]):
            clause.append(period)
        else:
            after.append(period)
    if elsewhen:
        return before + after + clause
    present = bool(_PRESENT.search(text)) or any(
        d.sentence == index
        and d.resolved is not None
        and (d.relative or not WRITTEN_YEAR.search(d.text))
        and abs(d.resolved - published) <= _RECENT
        for d in facts.dates
    )
    if present:
        return [*before, *after, now]  # the title's clause speaks of now, not the other's
    if not before:
        return [*after, *clause, now]
    return before + after + clause


def _named_times(facts: Facts, index: int, published: date) -> list[tuple[int, Period, bool]]:
    """(offset in the sentence, period, whether it can set the sentence's time) of each
    past time the sentence names: "in 2012", dates and "last year" can; a bare year can
    only add to the times a title may hold at."""
    text = facts.sentence(index).quote
    start = facts.sentence(index).start
    found: list[tuple[int, Period, bool]] = []
    taken: list[tuple[int, int]] = []
    for m in _IN_TIME.finditer(text):
        year = int(m.group("year"))
        taken.append(m.span())
        if year > published.year:
            continue
        if m.group("mon"):
            month = _MONTHS.index(m.group("mon").lower()) + 1
            found.append((m.start(), Period.of(When(date(year, month, 1), MONTH)), True))
        else:
            found.append((m.start(), Period.of(When(date(year, 1, 1), YEAR)), True))
    for m in _DECADE.finditer(text):
        decade = int(m.group("decade"))
        taken.append(m.span())
        if decade <= published.year:
            decade_period = Period(date(decade, 1, 1), date(decade + 9, 12, 31), 8)
            found.append((m.start(), decade_period, True))
    for m in _LAST_YEAR.finditer(text):
        found.append((m.start(), Period.of(When(date(published.year - 1, 1, 1), YEAR)), True))
    for d in facts.dates:
        if d.sentence == index and d.resolved is not None and not d.relative:
            taken.append((d.start - start, d.end - start))
            if WRITTEN_YEAR.search(d.text) and d.resolved <= published:
                found.append((d.start - start, Period(d.resolved, d.resolved, DAY), True))
    for m in _BARE_YEAR.finditer(text):
        year = int(m.group())
        if year <= published.year and not any(s <= m.start() < e for s, e in taken):
            found.append((m.start(), Period.of(When(date(year, 1, 1), YEAR)), False))
    return found


def reported_dead(facts: Facts, person: Person) -> bool:
    """The copy reports the person's death: their titles are an obituary's, not claims
    about now ("X dies at 87", "X, who led ..., has died", "X's death", "the death of X")."""
    for mention in person.mentions:
        after = facts.text[mention.end : mention.end + 200]
        before = facts.text[max(0, mention.start - 20) : mention.start]
        if _DIED_AFTER.search(after) or _DIED_BEFORE.search(before):
            return True
        if after.startswith(("'s death", "’s death", "'s funeral", "’s funeral")):
            return True
    return False
