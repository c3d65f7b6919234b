"""Plain data the analysis produces; every position is a character offset into the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Severity = Literal["high", "medium", "low"]
#: most severe first
SEVERITY_ORDER: dict[str, int] = {"high": 0, "medium": 1, "low": 2}
#: which text a passage is from, when a draft is checked against its source
Side = Literal["draft", "source"]


@dataclass(frozen=True)
class Passage:
    """A stretch of the original text, quoted as it is."""

    quote: str
    start: int
    end: int
    side: Side | None = None
    #: the words the flag is about (the two values, the two names), as text offsets
    marks: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Mention:
    """One place a person is named."""

    text: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Title:
    """An office given to a person at one mention.

    Attributes:
        office: canonical office name ("prime minister"); synonyms share one name.
        text: the words as written ("British Prime Minister").
        qualifier: normalised jurisdiction or body ("gb", "us", "kilmarnock"), if stated.
        status: "current", or "former", "acting", "late", "incoming", "then".
        specifier: a word that makes the post another one ("bowling" coach, "women's"
            coach, "factory" manager), "" when none.
        generic: the common noun standing for the body ("club" in "the club's manager",
            "its"), "" when none.
        body: the organisation an organisation's office belongs to: the one stated, or
            the article's one club or firm when the office names none; None when unknown.
        bound: "stated" when ``body`` is written at the office, "article" when inferred.
        when: "other" when the office is given in a clause about another time ("On the
            2008 campaign trail, Senator X"; status is then "then"), "" otherwise.
    """

    office: str
    text: str
    qualifier: str | None
    status: str
    start: int
    end: int
    sentence: int
    specifier: str = ""
    generic: str = ""
    body: str | None = None
    bound: str = ""
    when: str = ""


@dataclass(frozen=True)
class Age:
    """An age given for a person; ``attached`` when written next to the name."""

    value: int
    text: str
    start: int
    end: int
    sentence: int
    attached: bool


@dataclass
class Person:
    """One person, however many ways the article names them."""

    name: str
    mentions: list[Mention] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    ages: list[Age] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def first_name(self) -> str | None:
        parts = self.name.split()
        return parts[0] if len(parts) > 1 else None


@dataclass(frozen=True)
class Entity:
    """An organisation or place as named in the text."""

    text: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class DateMention:
    """A date or time expression; ``resolved`` when it could be pinned to a day."""

    text: str
    start: int
    end: int
    sentence: int
    weekday: int | None
    resolved: date | None
    relative: bool


@dataclass(frozen=True)
class Quote:
    """Words inside quotation marks, with the person they are given to."""

    text: str
    start: int
    end: int
    sentence: int
    speaker: str | None


@dataclass(frozen=True)
class Figure:
    """A number in the text and what it counts.

    Attributes:
        value: as written, with its qualifier ("over 100,000").
        low / high: numeric bounds (equal for a plain number).
        qualifier: "over", "under", "about", "at least", "up to" or "" for exact.
        kind: "count", "money", "percent", "range" or "vague" (words like "hundreds"); among
            key figures also "measure" ("12ft"), "rank" ("500th"), "score" ("7-6 6-1") and
            "ratio" ("1 in 10"), and "name" for a name with a number the story returns to
            ("Flight 9525"; bot.analysis.figure_identifiers).
        counted: lemma of the noun counted ("people"), "" if none found.
        predicate: lemma of the word governing the counted noun ("evacuate"), or "".
        context: a short phrase saying what the figure counts.
    """

    value: str
    low: float | None
    high: float | None
    qualifier: str
    kind: str
    counted: str
    predicate: str
    context: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Flag:
    """One place where the copy contradicts itself."""

    check: str
    severity: Severity
    message: str
    evidence: tuple[Passage, ...]
    kind: str | None = None  # what a source mismatch is about: figure, name, quote...
    change: str | None = None  # how an altered quote differs from the source
