"""Planting name-variant (one person, two spellings) and age-conflict (one person, two ages),
and their non-error controls (the full name restated, the same age restated).

Both work on people the article itself names more than once, so the planted mention is
unmistakably the same person as the untouched one.
"""

from __future__ import annotations

import random
import re

from bench.planted_names import Person, people
from bench.planted_text import (
    SPEECH,
    Edit,
    Planted,
    Span,
    cap,
    in_quote,
    make,
    sentence_at,
)

# Common first-name spellings a careless desk swaps ("Steven" for "Stephen").
_FIRST_SWAPS = dict(
    pair
    for a, b in [
        ("Steven", "Stephen"), ("Jon", "John"), ("Philip", "Phillip"), ("Geoff", "Jeff"),
        ("Catherine", "Katherine"), ("Sean", "Shaun"), ("Alan", "Allan"), ("Ian", "Iain"),
        ("Neil", "Neal"), ("Mohammed", "Mohamed"), ("Matthew", "Mathew"), ("Rafael", "Raphael"),
        ("Sarah", "Sara"), ("Anne", "Ann"), ("Carl", "Karl"), ("Eric", "Erik"), ("Mark", "Marc"),
        ("Louis", "Lewis"), ("Teresa", "Theresa"), ("Jeremy", "Jeremey"), ("Gareth", "Garath"),
        ("Nicola", "Nichola"), ("Rebecca", "Rebekah"), ("Dominic", "Dominick"),
    ]
    for pair in ((a, b), (b, a))
)  # fmt: skip
_VOWELS = "aeiou"


def misspell(rng: random.Random, word: str) -> str | None:
    """One plausible slip in a surname, by kind of slip: a doubled or undoubled letter, a
    confusable vowel, two letters swapped, a silent letter dropped, a common ending changed,
    an umlaut spelt out or dropped ("Mueller"/"Muller"). Capitals are never touched."""
    slips: dict[str, list[str]] = {k: [] for k in ("double", "vowel", "swap", "drop", "end")}
    for umlaut, plain in (("ue", "u"), ("oe", "o"), ("ü", "u"), ("ö", "o"), ("ü", "ue")):
        i = word.find(umlaut, 1)
        if i > 0:
            slips["vowel"].append(word[:i] + plain + word[i + len(umlaut) :])
    for i in range(1, len(word) - 1):
        a, b, prev = word[i], word[i + 1], word[i - 1]
        if not (a.islower() and b.islower()):
            continue
        if a == b:
            slips["double"].append(word[:i] + word[i + 1 :])  # Russell -> Russel
        elif a in "lnrtsp" and prev in _VOWELS and b in _VOWELS:
            slips["double"].append(word[: i + 1] + a + word[i + 1 :])  # Molina -> Mollina
        if a in _CONFUSED and prev.islower():
            slips["vowel"].append(word[:i] + _CONFUSED[a] + word[i + 1 :])  # Guzan -> Guzen
        if a != b and i + 2 < len(word):
            slips["swap"].append(word[:i] + b + a + word[i + 2 :])  # Mubanga -> Mubnaga
        if a == "h" and prev in "cgtp" and i + 1 < len(word):
            slips["drop"].append(word[:i] + word[i + 1 :])  # Thompson -> Tompson
        if a == "h" and prev in _VOWELS + "n" and b not in _VOWELS:
            slips["drop"].append(word[:i] + word[i + 1 :])  # Johnson -> Jonson
    for end, other in (("son", "sen"), ("sen", "son"), ("ey", "y"), ("ie", "y"), ("er", "ar")):
        if word.endswith(end) and len(word) > len(end) + 2:
            slips["end"].append(word[: -len(end)] + other)
    kinds = [k for k, v in slips.items() if any(o != word for o in v)]
    if not kinds:
        return None
    return rng.choice([o for o in slips[rng.choice(kinds)] if o != word])


_CONFUSED = {"a": "e", "e": "a", "i": "y", "y": "i", "o": "a"}


def _repeated(text: str, min_len: int = 4) -> list[Person]:
    return [
        p for p in people(text) if p.cued and len(p.mentions) >= 2 and len(p.surname) >= min_len
    ]


def plant_name_variant(text: str, rng: random.Random, control: bool = False) -> Planted | None:
    """Spell a person's name a second way at one of their later mentions (the control
    restates the full name there instead, which is not an error)."""
    cands = _repeated(text)
    if not cands:
        return None
    person = rng.choice(cands)
    anchor = sentence_at(text, person.mentions[0][0])
    first, _, _ = person.full.partition(" ")
    fulls = [m.span() for m in re.finditer(re.escape(person.full), text)]
    if control:
        spots = [(s, e) for s, e in person.mentions[1:] if text[s - 3 : s] not in ("Mr ", "Ms ")]
        spots = [sp for sp in spots if text[sp[0] - len(first) - 1 : sp[0]] != first + " "]
        if not spots:
            return None
        s, e = rng.choice(spots)
        desc = f"control: restated the full name {person.full}"
        return make("name-variant", text, [Edit(s, e, person.full)], desc, [anchor])
    if first in _FIRST_SWAPS and len(fulls) >= 2 and rng.random() < 0.5:
        s, _ = rng.choice(fulls[1:])
        other = _FIRST_SWAPS[first]
        desc = f"first name {first} -> {other} ({person.full})"
        return make("name-variant", text, [Edit(s, s + len(first), other)], desc, [anchor])
    for _ in range(4):
        variant = misspell(rng, person.surname)
        if variant and not re.search(rf"\b{re.escape(variant)}\b", text):
            break
    else:
        return None
    s, e = rng.choice(person.mentions[1:])
    desc = f"surname {person.surname} -> {variant} ({person.full})"
    return make("name-variant", text, [Edit(s, e, variant)], desc, [anchor])


_T = r"[A-ZÀ-Þ][^\W\d_]+(?:[-'’][A-ZÀ-Þ]?[^\W\d_]+)?"
_NAME = rf"{_T}(?: {_T}){{0,2}}"
_AGES = (
    re.compile(rf"(?P<name>{_NAME}), (?:aged )?(?P<age>\d{{1,2}}),"),
    re.compile(rf"\b(?P<age>\d{{1,2}})-year-old (?:[a-z]+ ){{0,2}}(?P<name>{_NAME})"),
    re.compile(rf"(?P<name>{_NAME}) \((?P<age>\d{{1,2}})\)"),
)
# After a surname these verbs take an age apposition naturally: "Smith, 36, said".
_APPOS_NEXT = re.compile(rf" (?:{SPEECH}|was|is|has|had|who|will|would|also|later)\b")


def ages(text: str) -> list[tuple[Person, int, Span]]:
    """(person, age, span of the age figure) for every age given to a named person."""
    by_surname = {p.surname: p for p in people(text)}
    found = []
    for pattern in _AGES:
        for m in pattern.finditer(text):
            person = by_surname.get(m.group("name").split()[-1])
            if person is not None and not person.cued:
                continue
            if person is not None and 10 <= int(m.group("age")) <= 99:
                found.append((person, int(m.group("age")), m.span("age")))
    return found


def _other_age(rng: random.Random, age: int) -> int:
    """A different age a slip could produce: transposed digits or off by 2-9 years (a
    one-year gap could be a birthday, so it is never used)."""
    flipped = int(str(age)[::-1])
    if flipped != age and 16 <= flipped <= 90 and abs(flipped - age) <= 27 and rng.random() < 0.4:
        return flipped
    step = rng.randint(2, 9) * rng.choice((-1, 1))
    return age + step if 16 <= age + step <= 95 else age - step


def _age_spots(text: str, person: Person, taken: Span) -> list[tuple[Span, str]]:
    """Mentions of the person where an age can go: (surname span, form)."""
    spots = []
    for s, e in person.mentions:
        if s <= taken[0] <= e + 6 or abs(s - taken[0]) < 40 or in_quote(text, s):
            continue  # the mention that already carries the age, or one inside a quote
        if _APPOS_NEXT.match(text, e):
            spots.append(((s, e), "appos"))
        head = sentence_at(text, s)[0]
        if s == head or text[s - 5 : s] == "said ":  # "The 36-year-old Smith said"
            spots.append(((s, e), "year-old"))
    return spots


def _age_edit(text: str, span: Span, form: str, age: int) -> Edit:
    s, e = span
    if form == "appos":
        return Edit(e, e, f", {age},")
    at_start = s == sentence_at(text, s)[0]
    phrase = f"the {age}-year-old {text[span[0] : e]}"
    return Edit(s, e, cap(phrase) if at_start else phrase)


def plant_age(text: str, rng: random.Random, control: bool = False) -> Planted | None:
    """Give a person a second, different age at another mention (the control restates the
    same age). With no age in the copy, two mentions get different ages."""
    found = ages(text)
    if found:
        person, age, taken = rng.choice(found)
        same = [f for f in found if f[0] == person and f[2] != taken]
        new = age if control else _other_age(rng, age)
        anchor = sentence_at(text, taken[0])
        if same and rng.random() < 0.7:  # a second age is already there: change it
            s, e = same[0][2]
            if int(text[s:e]) == new:
                return None
            edit = Edit(s, e, str(new))
        else:
            spots = _age_spots(text, person, taken)
            if not spots:
                return None
            span, form = rng.choice(spots)
            edit = _age_edit(text, span, form, new)
        desc = f"{person.full}: age {age} -> {new}"
        return make("age-conflict", text, [edit], ("control: " if control else "") + desc, [anchor])
    # No age in the copy: a rewrite that merged two versions gives one person two ages.
    cands = [p for p in _repeated(text) if len(_age_spots(text, p, (-99, -99))) >= 2]
    if not cands:
        return None
    person = rng.choice(cands)
    spots = _age_spots(text, person, (-99, -99))
    first = spots[0]
    rest = [sp for sp in spots if sp[0][0] > first[0][1] + 40]
    if not rest:
        return None
    second = rng.choice(rest)
    age = rng.randint(24, 62)
    new = age if control else _other_age(rng, age)
    edits = [_age_edit(text, *first, age), _age_edit(text, *second, new)]
    desc = f"{person.full}: given ages {age} and {new}"
    return make("age-conflict", text, edits, ("control: " if control else "") + desc)
