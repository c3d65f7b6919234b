"""Planting quote-attribution errors (one quote, two speakers) and their control (the same
speaker quoted again).

A quote the article gives a named speaker is repeated later in the copy and given to someone
else: another person in the story, a body ("..., the club said"), a pronoun that can only mean
another person ("he said" straight after a sentence about him), or a relative of the speaker
("Ron Lane's brother Mark Lane said").
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench.planted_names import Person, invent_person, organisations, people
from bench.planted_text import (
    SPEECH,
    Planted,
    Span,
    insert_sentence,
    insertion_points,
    make,
    sentence_at,
)

_T = r"[A-ZÀ-Þ][^\W\d_]+(?:[-'’][A-ZÀ-Þ]?[^\W\d_]+)?"
_WHO = rf"(?:(?:Mr|Mrs|Ms|Dr)\.? )?{_T}(?: {_T}){{0,2}}"
_QUOTES = (
    ('"', '"', re.compile(r'"(?P<q>[^"\n]{25,400}?)"')),
    ("“", "”", re.compile(r"“(?P<q>[^”\n]{25,400}?)”")),
    # ’ doubles as the apostrophe: a closing quote follows punctuation and precedes no letter.
    ("‘", "’", re.compile(r"‘(?P<q>[^‘\n]{25,400}?[.,!?])’(?![A-Za-z])")),
)
_VERB = rf"(?:{SPEECH[3:-1]}|tweeted|wrote|continued|argued|stated|replied|revealed|joked)"
# '"...," said X' on the same line; 'X said: "..."' or 'X told the BBC: "..."'; "he said".
_AFTER = re.compile(
    rf"[ \t]*(?:{_VERB} (?P<a>{_WHO})|(?P<b>{_WHO}) {_VERB}|(?P<p>he|she) {_VERB})\b"
)
_BEFORE = re.compile(rf"(?P<c>{_WHO}|He|She|he|she) {_VERB}(?: [^:,\"“‘\n]{{1,40}})?[:,] $")


@dataclass(frozen=True)
class Quote:
    words: str  # the quote's first sentence, without closing punctuation
    marks: tuple[str, str]
    speaker: Person
    span: Span  # the quoted passage in the copy


def quotes(text: str) -> list[Quote]:
    """Quotes with a named speaker just before ("X said: ...") or after ("...," said X)."""
    by_surname = {p.surname: p for p in people(text)}
    found = []
    for open_, close, pattern in _QUOTES:
        for m in pattern.finditer(text):
            if not m.group("q")[:1].isupper():
                continue  # a fragment woven into a sentence, not a quote of its own
            after = _AFTER.match(text, m.end()) if m.group("q")[-1] in ",?!" else None
            before = _BEFORE.search(text[max(0, m.start() - 120) : m.start()])
            who = (after and (after.group("a") or after.group("b") or after.group("p"))) or (
                before and before.group("c")
            )
            if who and who.lower() in ("he", "she"):
                speaker = _antecedent(text, m.start(), who.lower() == "he", m.group("q"))
            else:
                speaker = by_surname.get(who.split()[-1]) if who else None
            if speaker is None:
                continue
            words = re.split(r"(?<=[.!?])\s+(?=[A-Z])", m.group("q").strip())[0]
            words = words.rstrip(" ,.;:")
            if len(words.split()) >= 6 and not re.search(r"[\"“”‘]", words):
                found.append(Quote(words, (open_, close), speaker, m.span()))
    return found


def _antecedent(text: str, pos: int, male: bool, quote: str) -> Person | None:
    """Who "he"/"she" is at `pos`: the last person named in the 400 characters before it, if
    of that sex. Not when the quote itself speaks of a "he"/"she" (it may be about that
    person, said by someone unnamed): giving it to "another" speaker could then give it to
    its real one."""
    if re.search(r"\b(?:he|him|his)\b" if male else r"\b(?:she|her)\b", quote, re.I):
        return None
    last: tuple[int, Person] | None = None
    for p in people(text):
        for s, _ in p.mentions:
            if pos - 400 <= s < pos and (last is None or s > last[0]):
                last = (s, p)
    return last[1] if last and last[1].male == male and last[1].cued else None


def _ref(text: str, person: Person, pos: int) -> str:
    """How copy refers to a person at `pos`: in full the first time, then "Mr X" or "X"."""
    if not person.mentions or person.mentions[0][0] > pos:
        return person.full
    for title in ("Mr", "Mrs", "Ms"):
        if f"{title} {person.surname}" in text:
            return f"{title} {person.surname}"
    return person.surname


def _said(rng: random.Random, quote: Quote, who: str) -> str:
    """`"...," who said.` in one of several orders, in the copy's own quote marks."""
    o, c = quote.marks
    end = quote.words[-1] if quote.words[-1] in "?!" else ","
    body = quote.words.rstrip("?!")
    return rng.choice(
        [
            f"{o}{body}{end}{c} {who} said.",
            f"{o}{body}{end}{c} said {who}.",
            f"{who} said: {o}{quote.words}{'.' if end == ',' else ''}{c}",
        ]
    )


def _pronoun_spots(text: str, quote: Quote, after: int) -> list[tuple[int, Person]]:
    """Ends of later sentences that open on another person of known sex, with no quote in
    them: a "he said" straight after can only mean that person."""
    spots = []
    points = set(insertion_points(text, after))
    for other in people(text):
        if other.surname == quote.speaker.surname or other.male is None:
            continue
        for s, _ in other.mentions:
            start, end = sentence_at(text, s)
            lead = text[start:s]
            if (
                end in points
                and lead in ("", "Mr ", "Mrs ", "Ms ", other.full.rsplit(" ", 1)[0] + " ")
                and quote.speaker.surname not in text[start:end]
                and not re.search(r"[\"“”‘]", text[start:end])
            ):
                spots.append((end, other))
    return spots


def _bodies(text: str) -> list[str]:
    """Bodies a quote can be given to, as the copy writes them ("the Home Office", "Nasa").
    spaCy's ORG is noisy, so: an acronym or a name used at least twice, never a word that
    is part of a person's name, never a capitalised common word ("Group", "Digital")."""
    names = {w for p in people(text) for w in p.full.split()}
    found = []
    for org in organisations(text):
        single = " " not in org
        if set(org.split()) & names or text.count(org) < (3 if single else 2):
            continue
        if (
            single
            and not org.isupper()
            and (not org[1:].islower() or re.search(rf"\b{re.escape(org.lower())}\b", text))
        ):
            continue  # "PoW", or "Group" when the copy also has "group"
        the = len(re.findall(rf"\b[Tt]he {re.escape(org)}", text)) * 2 >= text.count(org)
        found.append(("the " if the else "") + org)
    return found


def plant_quote(text: str, rng: random.Random, control: bool = False) -> Planted | None:
    """Repeat a speaker's quote later, given to a second speaker (the control gives it to
    the same speaker again, which is not an error)."""
    found = quotes(text)
    if not found:
        return None
    quote = rng.choice(found)
    anchor = sentence_at(text, quote.span[0])
    after = max(quote.span[1], anchor[1])
    points = insertion_points(text, after)
    if not points:
        return None
    pos = rng.choice(points)
    a = quote.speaker
    if control:
        line = _said(rng, quote, _ref(text, a, pos))
        desc = f"control: quote of {a.full} repeated by {a.full}"
        return make("quote-attribution", text, [insert_sentence(text, pos, line)], desc, [anchor])
    # Other speakers: people written as people, with a known sex or a plain two-word name.
    others = [
        p
        for p in people(text)
        if p.cued and p.surname != a.surname and (p.male is not None or len(p.full.split()) == 2)
    ]
    # Bodies named at least twice: a one-off ORG from spaCy is often noise ("European Indoors").
    bodies = _bodies(text)
    pronoun = _pronoun_spots(text, quote, after)
    forms = (
        ["relative"] * (a.male is not None)
        + ["person"] * 2 * bool(others)
        + ["body"] * bool(bodies)
    )
    forms += ["pronoun"] * 2 * bool(pronoun)
    if not forms:
        return None
    form = rng.choice(forms)
    if form == "person":
        b = rng.choice(others)
        line, who = _said(rng, quote, _ref(text, b, pos)), b.full
    elif form == "body":
        body = rng.choice(bodies)
        o, c = quote.marks
        line = rng.choice(
            [
                f"{o}{quote.words},{c} {body} said in a statement.",
                f"A spokesman for {body} said: {o}{quote.words}.{c}",
                f"In a statement, {body} said: {o}{quote.words}.{c}",
            ]
        )
        who = body
    elif form == "pronoun":
        pos, b = rng.choice(pronoun)
        o, c = quote.marks
        line = f"{o}{quote.words},{c} {'he' if b.male else 'she'} said."
        who = f"{b.full} (as a pronoun)"
    else:
        male = rng.random() < 0.6
        rel = rng.choice(["brother", "son", "father"] if male else ["sister", "daughter", "wife"])
        first = invent_person(rng, text, male)[0].split()[0]
        o, c = quote.marks
        who = f"{a.full}'s {rel} {first} {a.surname}"
        line = f"{who} said: {o}{quote.words}{'' if quote.words[-1] in '?!' else '.'}{c}"
    desc = f"quote of {a.full} given to {who}"
    return make("quote-attribution", text, [insert_sentence(text, pos, line)], desc, [anchor])
