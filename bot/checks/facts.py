"""What every consistency check reads: the text and the facts extracted from it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from bot.analysis.durations import Length
from bot.analysis.model import Age, DateMention, Figure, Passage, Person, Quote

_HOME_SHARE = 0.8  # a country named at least this share as often as the most named one


@dataclass
class Facts:
    """The extracted facts of one article.

    Attributes:
        countries: how often each country (as :func:`bot.analysis.places.country_key`)
            is named, by name or demonym.
    """

    text: str
    sentences: list[tuple[int, int]]
    people: list[Person]
    quotes: list[Quote]
    figures: list[Figure]
    dates: list[DateMention]
    loose_ages: list[Age]
    published: date | None = None
    countries: Counter[str] = field(default_factory=Counter)
    durations: list[Length] = field(default_factory=list)

    def home_countries(self) -> set[str]:
        """The article's own countries: named at least twice, and about as often as the
        most named one. An office with no country stated is taken to be theirs."""
        if not self.countries:
            return set()
        top = max(self.countries.values())
        return {c for c, n in self.countries.items() if n >= 2 and n >= _HOME_SHARE * top}

    def sentence(self, index: int) -> Passage:
        """The whole sentence ``index`` as evidence."""
        start, end = self.sentences[index]
        return Passage(self.text[start:end], start, end)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding character ``offset``."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid][0] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def passages(
        self, *sentence_indexes: int, marks: Iterable[tuple[int, int]] = ()
    ) -> tuple[Passage, ...]:
        """Evidence for several sentences, each once, in text order; ``marks`` (text
        offsets of the words the flag is about) go to the passage holding them."""
        spans = sorted(set(marks))
        found = []
        for i in sorted(set(sentence_indexes)):
            passage = self.sentence(i)
            inside = tuple((a, b) for a, b in spans if passage.start <= a < b <= passage.end)
            found.append(replace(passage, marks=inside) if inside else passage)
        return tuple(found)
