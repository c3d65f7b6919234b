"""People: one entry per person with every mention, the offices given and the ages.

Runs as the ``newsroom_people`` pipeline component after the entity recogniser
and stores its result in ``doc._.people``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from bot.analysis import budget
from bot.analysis.model import Age, Mention, Person
from bot.analysis.names import edit_distance
from bot.analysis.office_reading import norm
from bot.analysis.organisations import about_another_time, bind_bodies
from bot.analysis.person_ages import ages_attached
from bot.analysis.person_details import (
    sentence_index,
    title_before,
    titles_after,
)
from bot.analysis.person_names import (
    HONORIFICS,
    PERSON_NOUNS,
    name_key,
    named_spans,
)
from bot.analysis.untagged_names import untagged_surnames

# "the 40-year-old" points back at someone named; "an 11-year-old" or "her 49-year-old son"
# introduces someone else, so only the first form is read.
# (not the "40" of "12.40-year-old" or "aged 40.5")
_MORE_AGES = re.compile(r"\s*(?:,|and|or|to)\s+\d{1,3}\b")
_AGE_PHRASE = re.compile(r"\bthe\s+(\d{1,3})-year-old\b|\baged\s+(\d{1,3})\b(?![.,]\d)", re.I)
_PARTICLES = {"van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "le", "la",
              "al", "el", "bin", "ibn", "st"}  # fmt: skip
# Words before a full name, or its honorific, that say which of a couple or a family
# sharing a surname a later "Mr Tennant" or "Mrs Tennant" is ("his wife Alison Tennant").
_HER = {"mrs", "ms", "miss", "lady", "dame"}
_HIM = {"mr", "sir", "lord"}
_WOMEN = _HER | {"wife", "widow", "mother", "daughter", "sister", "girlfriend", "grandmother",
                 "granddaughter", "aunt", "niece"}  # fmt: skip
_MEN = _HIM | {"husband", "widower", "father", "son", "brother", "boyfriend", "grandfather",
               "grandson", "uncle", "nephew"}  # fmt: skip
_RELATIVES = {"son", "daughter", "wife", "husband", "mother", "father", "brother", "sister",
              "partner", "boyfriend", "girlfriend", "grandson", "granddaughter"}  # fmt: skip


def extract_people(doc: Doc) -> list[Person]:
    """One :class:`Person` per person named in the document, in order of first mention."""
    people: list[Person] = []
    by_full: dict[tuple[str, str], Person] = {}
    recent_by_surname: dict[str, Person] = {}
    bare = _SurnameAlone()
    sexes: dict[int, str] = {}  # id(person) -> "f" or "m", from the words before a full name
    named = named_spans(doc)
    named += untagged_surnames(doc, named)
    for span, parts in sorted(named, key=lambda item: item[0].start):
        budget.check()
        sentence = sentence_index(doc, span.start)
        mention = Mention(span.text, span.start_char, span.end_char, sentence)
        sharing = _sharing_surname(parts, people)
        shared = len(sharing) > 1
        honorific = _honorific(doc, span)
        owner = bare.owner(parts, honorific) if shared else None
        if shared and owner is None:
            owner = _by_honorific(honorific, sharing, sexes)
        person = owner or _resolve(parts, people, by_full, recent_by_surname)
        if len(parts) > 1 and id(person) not in sexes:
            _tell_sexes(_sexes_before(doc, span), person, people, sexes)
        person.mentions.append(mention)
        recent_by_surname[name_key(parts[-1])] = person
        if not shared:
            bare.saw(parts, person, honorific)
        elif owner is None:
            # "Smith, 45," in a story about Mr and Mrs Smith: whose age or office it is
            # cannot be told from the surname alone.
            continue
        for title in (title_before(doc, span), *titles_after(doc, span)):
            if title is not None:
                if title.status == "current" and about_another_time(doc, span.root):
                    title = replace(title, status="then", when="other")
                person.titles.append(replace(title, sentence=sentence))
        person.ages.extend(replace(a, sentence=sentence) for a in ages_attached(doc, span))
    bind_bodies(doc, people)
    return people


class _SurnameAlone:
    """Whom a surname alone names once relatives sharing it are named in full. Copy calls
    its subject by surname ("Frank Doyle, 67, ... Doyle said") and names the family in
    full ("his wife, Maureen Doyle"), so a later "Doyle, 76," is still Frank: the one
    person the surname alone named before, unless a title says otherwise ("Mrs Doyle"
    after "Mr Doyle")."""

    def __init__(self) -> None:
        self._owner: dict[str, Person | None] = {}
        self._titles: dict[str, set[str]] = {}

    def saw(self, parts: list[str], person: Person, title: str) -> None:
        if len(parts) != 1:
            return
        key = name_key(parts[0])
        known = self._owner.get(key, person)
        self._owner[key] = person if known is person else None  # two people: nobody's
        if title:
            self._titles.setdefault(key, set()).add(title)

    def owner(self, parts: list[str], title: str) -> Person | None:
        if len(parts) != 1:
            return None
        key = name_key(parts[0])
        titles = self._titles.get(key, set())
        if title and titles and title not in titles:
            return None
        return self._owner.get(key)


def _sexes_before(doc: Doc, span: Span) -> tuple[str, str]:
    """What the words before a full name say of sexes: ("f", "m") for "his wife Alison
    Tennant" or "his wife, Alison Tennant" (hers, and his who is named with her), ("m", "")
    for "Mr David Tennant" or "husband David Tennant", ("", "") for "the son of Mary
    Smith"; "f" for a woman, "m" for a man."""
    first = span[0] if norm(span[0]) in HONORIFICS else None
    at = span.start - 1
    if at >= 0 and doc[at].text == ",":
        at -= 1  # "his wife, Alison Tennant"
    word = first if first is not None else doc[at] if at >= 0 else None
    if word is None:
        return "", ""
    key = norm(word)
    named = "f" if key in _WOMEN else "m" if key in _MEN else ""
    if not named or first is not None or word.i == 0:
        return named, ""
    owner = doc[word.i - 1].lower_
    return named, "m" if owner == "his" else "f" if owner == "her" else ""


def _tell_sexes(
    told: tuple[str, str], person: Person, people: list[Person], sexes: dict[int, str]
) -> None:
    """Record the person's sex, and that of the one a possessive before a relative word
    stands for: the last other person named in full with the surname ("David Tennant ...
    and his wife Alison Tennant": David is a man)."""
    named, owner = told
    if named:
        sexes[id(person)] = named
    surname = name_key(person.surname)
    family = [
        p for p in people if p is not person and p.first_name and name_key(p.surname) == surname
    ]
    if owner and family and id(family[-1]) not in sexes:
        sexes[id(family[-1])] = owner


def _by_honorific(title: str, sharing: list[Person], sexes: dict[int, str]) -> Person | None:
    """Of a couple or a family named in full, the one "Mr" or "Mrs" names: the only one
    not known to be of the other sex (a father and son, two sisters: nobody's)."""
    sex = "m" if title in _HIM else "f" if title in _HER else ""
    if not sex:
        return None
    fits = [p for p in sharing if sexes.get(id(p), sex) == sex]
    return fits[0] if len(fits) == 1 and len(fits) < len(sharing) else None


def _honorific(doc: Doc, span: Span) -> str:
    """ "mr", "mrs", "ms", "dr" ... written before the name, or ""."""
    for token in (span[0], doc[span.start - 1] if span.start else None):
        if token is not None and norm(token) in HONORIFICS:
            return norm(token)
    return ""


def one_first_name(a: str, b: str) -> bool:
    """Two first names that are one person's, written twice: the same, a short form
    ("John", "Johnny") or a slip of a doubled letter ("Liana", "Lianna"). Different names
    ("Mary", "John"; "Marie", "Mario") keep a couple or a family apart."""
    a, b = name_key(a), name_key(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and long.startswith(short):
        return True
    return len(long) == len(short) + 1 >= 5 and edit_distance(a, b, limit=1) == 1


def _sharing_surname(parts: list[str], people: list[Person]) -> list[Person]:
    """People named in full with this surname, when the mention is a surname alone; of
    people whose first names are one person's, the first."""
    if len(parts) > 1:
        return []
    word = name_key(parts[0])
    found: list[Person] = []
    for p in people:
        if (
            p.first_name
            and name_key(p.surname) == word
            and not any(one_first_name(p.first_name, q.first_name or "") for q in found)
        ):
            found.append(p)
    return found


def _resolve(
    parts: list[str],
    people: list[Person],
    by_full: dict[tuple[str, str], Person],
    recent_by_surname: dict[str, Person],
) -> Person:
    surname = name_key(parts[-1])
    if len(parts) > 1 and name_key(parts[0]) in _PARTICLES:
        # "Van De Ven" after "Yves Van De Ven": a surname of several words.
        whole = " " + name_key(" ".join(parts))
        named = next((p for p in people if name_key(p.name).endswith(whole)), None)
        if named is not None:
            return named
    if len(parts) >= 2:
        key = (name_key(parts[0]), surname)
        person = by_full.get(key)
        if person is None:
            # A person first named by surname alone takes the full name when it comes.
            single = next((p for p in people if name_key(p.name) == surname), None)
            if single is not None:
                single.name = " ".join(parts)
                person = single
            else:
                person = Person(" ".join(parts))
                people.append(person)
            by_full[key] = person
        return person
    word = name_key(parts[0])
    if word in recent_by_surname:
        return recent_by_surname[word]
    same_surname = [p for p in people if name_key(p.surname) == word]
    if same_surname:
        return same_surname[-1]
    same_first = [p for p in people if name_key(p.first_name or "") == word]
    if len(same_first) == 1:
        return same_first[0]
    person = Person(parts[0])
    people.append(person)
    return person


def unattached_ages(doc: Doc) -> list[Age]:
    """Ages not written next to a name ("the 40-year-old said")."""
    ages = []
    for m in _AGE_PHRASE.finditer(doc._.text):
        digits = m.group(1) or m.group(2)
        value = int(digits)
        if not 0 < value < 120:
            continue
        tail = doc._.text[m.end() : m.end() + 40]
        if m.group(1) and re.match(r"\s+[A-Z][a-z]+\s+[A-Z]", tail):
            continue  # "39-year-old Gary Locke": attached, read with the name
        if _MORE_AGES.match(tail):
            continue  # "Two others, aged 17 and 16": several people's ages
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.pos_ == "NOUN" and after.lemma_ not in PERSON_NOUNS:
            continue  # "the 100-year-old bridge"
        if after is not None and (after.lower_ in _RELATIVES or after.ent_type_ == "NORP"):
            continue  # "her 49-year-old son", "the 66-year-old Frenchman": someone else
        sentence = sentence_index(doc, span.start)
        ages.append(Age(value, m.group(0), m.start(), m.end(), sentence, attached=False))
    return ages


@Language.component("newsroom_people")
def people_component(doc: Doc) -> Doc:
    """Pipeline step: fill ``doc._.people``."""
    budget.check()
    doc._.people = extract_people(doc)
    return doc


__all__ = ["extract_people", "one_first_name", "people_component", "unattached_ages"]
