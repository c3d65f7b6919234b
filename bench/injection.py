"""Planting one error of a known kind into a copy of a clean article.

Each injector takes the clean text and its report and returns the changed text with the
character range of the change, or None when the article offers no place for that error.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.analysis.model import Figure, Person
from bot.analysis.offices import MODIFIER_WORDS, PHRASES, STATUS_WORDS
from bot.analysis.report import Report


@dataclass(frozen=True)
class Injection:
    text: str
    start: int  # the changed range, in the new text
    end: int


Injector = Callable[[str, Report, random.Random], Injection | None]

_GOV_POSTS = ["Home Secretary", "Foreign Secretary", "Health Secretary", "Defence Secretary"]


def _insert(text: str, at: int, words: str) -> Injection:
    return Injection(text[:at] + words + text[at:], at, at + len(words))


def _later_mentions(person: Person) -> list:
    first = person.mentions[0].sentence
    return [m for m in person.mentions if m.sentence != first]


_NOT_BEFORE_A_TITLE = {*STATUS_WORDS, *MODIFIER_WORDS, "his", "her", "their", "its"}


def _bare(text: str, start: int) -> bool:
    """Nothing before this mention that would change what an office put there means: no
    capitalised word or possessive (a body: "the BBC's"), no "former" or "deputy"."""
    before = text[max(0, start - 25) : start]
    if re.search(r"(?:[A-Z][\w.]*|['’]s|-)\s*$", before):
        return False
    words = before.split()
    return not words or words[-1].lower() not in _NOT_BEFORE_A_TITLE


def _at_sentence_start(text: str, at: int) -> bool:
    return re.search(r"(?:^|[.!?]\s+|\n\s*)$", text[max(0, at - 3) : at]) is not None


def role_conflict(text: str, report: Report, rng: random.Random) -> Injection | None:
    """Give one person's office to another person named elsewhere (the seed article's slip)."""

    def written_in_full(office: str, qualifier: str | None, title_text: str) -> bool:
        # The copied words must carry the body they name ("Kilmarnock manager"), or be a
        # national office, which needs none; "chief executive" of "..., chief executive of
        # X" would name no body where it is put.
        meta = PHRASES.get(office)
        if meta is None or not meta.scope:
            return False
        return meta.scope == "national" or (
            qualifier is not None and len(title_text.split()) > len(office.split())
        )

    titled = [
        (p, t)
        for p in report.people
        for t in p.titles
        if t.status == "current" and written_in_full(t.office, t.qualifier, t.text)
    ]
    rng.shuffle(titled)
    for holder, title in titled:
        others = [
            m
            for p in report.people
            if p is not holder and len(p.name.split()) > 1
            for m in p.mentions
            if m.sentence != title.sentence and len(m.text.split()) > 1 and _bare(text, m.start)
        ]
        if others:
            target = rng.choice(others)
            words = title.text.strip()
            if _at_sentence_start(text, target.start):
                words = words[0].upper() + words[1:]
            return _insert(text, target.start, words + " ")
    return None


def title_conflict(text: str, report: Report, rng: random.Random) -> Injection | None:
    """Call one person by two different government posts."""
    people = [p for p in report.people if len(p.name.split()) > 1 and _later_mentions(p)]
    if not people:
        return None
    person = rng.choice(people)
    first, later = person.mentions[0], rng.choice(_later_mentions(person))
    if not (_bare(text, first.start) and _bare(text, later.start)):
        return None
    one, two = rng.sample(_GOV_POSTS, 2)  # capitalised: fit at a sentence start too
    changed = text[: later.start] + two + " " + text[later.start :]
    changed = changed[: first.start] + one + " " + changed[first.start :]
    shift = len(one) + 1
    return Injection(changed, later.start + shift, later.start + shift + len(two) + 1)


def _misspell(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    how = rng.choice(["swap", "drop", "change"])
    if how == "swap" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if how == "drop":
        return word[:i] + word[i + 1 :]
    letters = "aeiou" if word[i] in "aeiou" else "bcdfghklmnprstvz"
    choice = rng.choice([c for c in letters if c != word[i]])
    return word[:i] + choice + word[i + 1 :]


def _surely_a_person(person: Person, speakers: set[str | None]) -> bool:
    """The recogniser also tags teams and firms as people ("Delhi Daredevils"); plant name
    slips only in names used the way people's are: by surname alone, with a title or an
    age, or as a quote's speaker."""
    full_name = len(person.name.split()) > 1
    by_surname = full_name and any(m.text == person.surname for m in person.mentions)
    return by_surname or bool(person.titles or person.ages) or person.name in speakers


def name_variant(text: str, report: Report, rng: random.Random) -> Injection | None:
    """Misspell a person's surname at one later mention."""
    speakers = {q.speaker for q in report.quotes}
    people = [
        p for p in report.people
        if len(p.name.split()) > 1 and len(p.surname) >= 5 and p.surname.isalpha()
        and _later_mentions(p) and _surely_a_person(p, speakers)
    ]  # fmt: skip
    if not people:
        return None
    person = rng.choice(people)
    mention = rng.choice(_later_mentions(person))
    at = text.rfind(person.surname, mention.start, mention.end)
    if at < 0:
        return None
    wrong = _misspell(person.surname, rng)
    changed = text[:at] + wrong + text[at + len(person.surname) :]
    return Injection(changed, at, at + len(wrong))


def age_conflict(text: str, report: Report, rng: random.Random) -> Injection | None:
    """Give a person a second, different age at a later mention."""
    people = [p for p in report.people if len(p.name.split()) > 1 and _later_mentions(p)]
    if not people:
        return None
    person = rng.choice(people)
    later = rng.choice(_later_mentions(person))
    if text[later.end : later.end + 1] in {",", "'", "’", "-"}:
        return None  # an age is already there, or a possessive: no place for one
    if person.ages:
        age = person.ages[0].value
        return _insert(text, later.end, f", {age + rng.choice([1, 2, 10])},")
    first = person.mentions[0]
    age = rng.randrange(20, 70)
    changed = text[: later.end] + f", {age + 1}," + text[later.end :]
    changed = changed[: first.end] + f", {age}," + changed[first.end :]
    shift = len(f", {age},")
    return Injection(changed, later.end + shift, later.end + shift + len(f", {age + 1},"))


def _changed_digits(written: str, rng: random.Random) -> str:
    number = int(written.replace(",", ""))
    new = number + max(1, number // 4) + rng.randrange(1, 4)
    return f"{new:,}" if "," in written else str(new)


def _changeable(text: str, f: Figure) -> bool:
    """A count of a thing, written in digits, whose change makes a contradiction: not a
    duration or unit ("years", "km"), not part of a compound ("24-race"), and exact or
    "about" ("more than 70,000" and "more than 87,501" can both be true)."""
    from bot.checks.figure_ties import GENERIC_NOUNS

    return (
        f.kind in {"count", "money"}
        and bool(f.counted)
        and f.counted not in GENERIC_NOUNS
        and re.search(r"\d", f.value) is not None
        and text[f.end : f.end + 1] != "-"
        and f.qualifier in {"", "about"}
    )


def number_restated(text: str, report: Report, rng: random.Random) -> Injection | None:
    """A later caption restates a sentence's figure, shortened, with the number changed
    (the Daily Mail pattern: "Flying high: teams from over 17 countries took part")."""
    figures = [f for f in report.all_figures if _changeable(text, f)]
    if not figures:
        return None
    figure = rng.choice(figures)
    start, end = report.sentences[figure.sentence]
    words_after = text[figure.end : end].split()
    caption = text[start : figure.end] + " " + " ".join(words_after[: rng.randrange(3, 9)])
    digits = re.search(r"\d[\d,]*\d|\d", text[figure.start : figure.end])
    if digits is None:
        return None
    at = figure.start - start + digits.start()
    caption = (
        caption[:at] + _changed_digits(digits.group(0), rng) + caption[at + len(digits.group(0)) :]
    )
    caption = caption.strip().rstrip(",;:") + "."
    paragraphs = [m.end() for m in re.finditer(r"\n\s*\n", text) if m.end() > end]
    insert_at = rng.choice(paragraphs) if paragraphs else len(text)
    block = caption + "\n\n" if paragraphs else "\n\n" + caption
    offset = 0 if paragraphs else 2
    changed = text[:insert_at] + block + text[insert_at:]
    return Injection(changed, insert_at + offset, insert_at + offset + len(caption))


def number_conflict(text: str, report: Report, rng: random.Random) -> Injection | None:
    """Where an article repeats a count, change the repeat."""
    figures = [f for f in report.all_figures if _changeable(text, f)]
    pairs = [
        (a, b)
        for i, a in enumerate(figures)
        for b in figures[i + 1 :]
        if a.counted == b.counted and a.low == b.low and a.sentence != b.sentence
    ]
    if not pairs:
        return None
    _a, b = rng.choice(pairs)
    digits = re.search(r"\d[\d,]*\d|\d", text[b.start : b.end])
    if digits is None:
        return None
    new = _changed_digits(digits.group(0), rng)  # as written: "10" of "10million"
    at = b.start + digits.start()
    changed = text[:at] + new + text[at + len(digits.group(0)) :]
    return Injection(changed, at, at + len(new))


def quote_attribution(text: str, report: Report, rng: random.Random) -> Injection | None:
    """Repeat a quote at the end of the article, given to someone else."""
    quotes = [q for q in report.quotes if q.speaker and len(q.text.split()) >= 5]
    if not quotes:
        return None
    quote = rng.choice(quotes)
    others = [p for p in report.people if p.name != quote.speaker and len(p.name.split()) > 1]
    if not others:
        return None
    speaker = rng.choice(others).name
    words = quote.text.strip().rstrip(",.")
    sentence = f"“{words},” said {speaker}."
    addition = "\n\n" + sentence
    return Injection(text + addition, len(text) + 2, len(text) + len(addition))


def weekday_date(text: str, report: Report, rng: random.Random) -> Injection | None:
    """Turn "on Tuesday" into "on Tuesday, March 3, 2015" with a date that is not a Tuesday."""
    import datetime as dt

    candidates = list(
        re.finditer(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text)
    )
    if not candidates:
        return None
    m = rng.choice(candidates)
    weekday = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].index(
        m.group(1)
    )
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 365))
    while day.weekday() == weekday:
        day += dt.timedelta(days=1)
    written = rng.choice([f"{day:%B} {day.day}, {day.year}", f"{day.day} {day:%B} {day.year}"])
    return _insert(text, m.end(), f", {written},")


#: injected set name -> (the check that should catch it, the injector)
INJECTORS: dict[str, tuple[str, Injector]] = {
    "role-conflict": ("role-conflict", role_conflict),
    "title-conflict": ("title-conflict", title_conflict),
    "name-variant": ("name-variant", name_variant),
    "age-conflict": ("age-conflict", age_conflict),
    "number-conflict (restated)": ("number-conflict", number_restated),
    "number-conflict (repeats)": ("number-conflict", number_conflict),
    "quote-attribution": ("quote-attribution", quote_attribution),
    "weekday-date": ("weekday-date", weekday_date),
}
