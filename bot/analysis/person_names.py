"""Finding where people are named: the recogniser's names, less what is not a person's, and
names it missed: a surname used alone ("Cameron said", "DiCaprio, 60,"), a slip in a name
("Ashton Kutcehr"), and a name written with an office ("head coach Conor Sowerby", "Niall
Pennock, BA's chief executive,") that it took for an organisation or tagged in part.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from bot.analysis.names import name_key as _name_key
from bot.analysis.office_reading import (
    DETERMINERS,
    GENERIC_BODIES,
    QUALIFIER_LABELS,
    lower_words,
    norm,
    office_ending_at,
)
from bot.analysis.offices import PHRASES_BY_FIRST_WORD, PHRASES_BY_LAST_WORD
from bot.analysis.person_details import title_after

# Resolving a name compares it with everyone named before it; a text naming thousands of
# people would fold the same few names hundreds of thousands of times.
name_key = functools.lru_cache(maxsize=8192)(_name_key)

HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof",
    "professor", "rev", "reverend", "father", "sister", "brother", "judge", "justice",
    "detective", "officer", "sgt", "sergeant", "constable", "pc", "lieutenant", "lt",
    "colonel", "col", "general", "gen", "captain", "capt", "major", "private", "pte",
    "baroness", "viscount", "viscountess", "countess",  # not "Earl", "Duke": first names too
    "councillor", "cllr", "alderman",
}  # fmt: skip
#: nouns an age can describe ("the 40-year-old striker")
PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "player", "star",
    "striker", "midfielder", "defender", "goalkeeper", "manager", "actor", "actress", "singer",
    "victim", "suspect", "driver", "teenager", "student", "grandmother", "grandfather", "mum",
    "dad", "wife", "husband", "model", "businessman", "businesswoman", "pensioner", "veteran",
    "officer", "soldier", "chef", "teacher", "nurse", "doctor", "mother-of-two", "father-of-two",
    "diplomat", "reporter", "journalist", "coach", "winger", "forward", "boss", "chairman",
    "president", "minister", "senator", "governor", "mayor", "director", "spokesman",
    "spokeswoman", "author", "writer", "presenter", "comedian", "rapper", "lawyer", "judge",
}  # fmt: skip
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "jnr", "snr"}
#: lower-case words inside a name ("Lula da Silva", "Ludwig van Beethoven")
_PARTICLES = {"de", "da", "van", "von", "der", "al", "el", "bin", "ibn", "le", "la", "dos", "do"}
_NAME_PART = re.compile(rf"^[A-Z](?:[\w'’-]*\w)?$|^[A-Z]\.$|^(?:{'|'.join(sorted(_PARTICLES))})$")


_NOT_A_SYLLABLE = {
    "off", "up", "out", "old", "led", "run", "era", "ish", "born", "like", "free", "wide",
    "long", "made", "fed", "high", "low", "time", "year", "tier", "side", "type", "size",
    "mad", "less", "back", "down", "over", "law",
}  # fmt: skip


def _clean_name(ent: Span) -> tuple[Span, list[str]] | None:
    """Trim honorifics, offices and possessives off a PERSON entity; None if no name remains."""
    start, end = ent.start, ent.end
    doc = ent.doc
    # The recogniser stops inside a Korean given name after a title: "Moon Jae" of "Moon
    # Jae-in". Only a short lower-case syllable joins, so "Oscar-winning" stays out.
    if (
        end - start > 1
        and end + 1 < len(doc)
        and not doc[end - 1].whitespace_
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and doc[end + 1].is_lower
        and doc[end + 1].is_alpha
        and len(doc[end + 1]) <= 4
        and doc[end + 1].lower_ not in _NOT_A_SYLLABLE
    ):
        end += 2
    while end > start and (doc[end - 1].text in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct):
        end -= 1
    while start < end and (
        norm(doc[start]) in HONORIFICS
        or doc[start].is_punct
        or doc[start].lower_ in DETERMINERS
        or doc[start].lower_ in PERSON_NOUNS  # "Goalkeeper Brad Tolley"
    ):
        start += 1
    # An office swallowed by the recogniser ("Prime Minister Boris Johnson"), longest first.
    first = norm(doc[start]) if start < end else ""
    for words, _office in PHRASES_BY_FIRST_WORD.get(first, ()):
        n = len(words)
        if end - start > n and tuple(norm(t) for t in doc[start : start + n]) == words:
            start += n
            break
    # Split on spaces, not tokens: "Hill-Wood" and "Jean-Michel" are one word of a name.
    parts = doc[start:end].text.split()
    while parts and parts[-1].lower().rstrip(".") in SUFFIXES:
        parts.pop()
    # Particles ("Luiz Inacio Lula da Silva") do not count towards a name's four words.
    if not parts or len(parts) > 6 or len([p for p in parts if p not in _PARTICLES]) > 4:
        return None
    if not all(_NAME_PART.match(p) for p in parts) or not any(p[0].isupper() for p in parts):
        return None
    if len(parts[0]) < 2 or len(parts[-1]) < 2:
        return None  # a middle initial is a name's ("George W Bush"), a lone letter is not
    return doc[start:end], parts


def named_spans(doc: Doc) -> list[tuple[Span, list[str]]]:
    """Names the recogniser tagged as people, less places it tagged as people by mistake."""
    elsewhere = {name_key(e.text) for e in doc.ents if e.label_ in QUALIFIER_LABELS and len(e) == 1}
    by_office = _names_after_offices(doc) + _names_before_offices(doc) + _after_datelines(doc)
    taken = {i for span in by_office for i in range(span.start, span.end)}
    spans = [
        _with_first_name(ent)
        for ent in doc.ents
        if ent.label_ == "PERSON" and not any(i in taken for i in range(ent.start, ent.end))
    ]
    found = [cleaned for span in spans + by_office if (cleaned := _clean_name(span))]
    full_name_words = {name_key(w) for _span, parts in found if len(parts) > 1 for w in parts}
    return [
        (span, parts)
        for span, parts in found
        if len(parts) > 1 or (key := name_key(parts[0])) in full_name_words or key not in elsewhere
    ]


NOT_NAME_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
_DASHES = {"-", "–", "—"}
_NAME_WORDS = (2, 3)  # words of a name run into a dateline ("BIRMINGHAM - Grace Adeyemi")


def _after_datelines(doc: Doc) -> list[Span]:
    """A name the recogniser ran into the wire dateline before it and tagged as a firm or
    a place ("BIRMINGHAM - Grace Adeyemi broke ..."): the words after the dash."""
    found = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" or ent.label_ not in _NAME_MISTAGS:
            continue
        dash = next((t for t in ent if t.text in _DASHES), None)
        if (
            dash is None
            or dash.i == ent.start
            or not all(t.is_upper for t in ent[: dash.i - ent.start])
        ):
            continue
        name = doc[dash.i + 1 : ent.end]
        if len(name) in _NAME_WORDS and all(t.is_title and t.pos_ == "PROPN" for t in name):
            found.append(name)
    return found


def _with_first_name(ent: Span) -> Span:
    """A surname the recogniser tagged without the first name before it ("Rhodri Giggs"
    tagged "Giggs"): an untagged capitalised name that is no common word, office or title."""
    doc = ent.doc
    # "Volkov 6-3" is one word of name too
    if sum(1 for t in ent if t.is_alpha) != 1 or not ent[0].is_alpha or ent.start == 0:
        return ent
    if first_name_before(doc[ent.start - 1], tagged=False):
        return doc[ent.start - 1 : ent.end]
    return ent


# what the recogniser calls a person's full name at times
_NAME_MISTAGS = {"ORG", "PERSON", "GPE", "FAC"}


def first_name_before(before: Token, tagged: bool) -> bool:
    """A capitalised name before a surname that is no common word, office or title; with
    ``tagged``, also one the recogniser put in an organisation or a place ending with the
    surname ("Imogen Lydgate", "the Scot Ewan MacDowell" tagged as firms, "his daughter
    Rebecca Halden" as a place)."""
    doc = before.doc
    after = doc[before.i + 2] if before.i + 2 < len(doc) else None
    pair = before.ent_iob_ in {"B", "I"} and doc[before.i + 1].ent_iob_ == "I"
    pair = pair and (after is None or after.ent_iob_ != "I")
    return (
        before.pos_ == "PROPN"
        and before.is_alpha  # not "1993.Mr", a sentence run into the next
        and before.is_title
        and (not before.ent_type_ or (tagged and pair and before.ent_type_ in _NAME_MISTAGS))
        and norm(before) not in HONORIFICS
        and norm(before) not in PHRASES_BY_LAST_WORD
        and before.lower_ not in PERSON_NOUNS
        and before.lower_ not in lower_words(doc)
    )


def _names_after_offices(doc: Doc) -> list[Span]:
    """Two or three capitalised words straight after an office ("head coach Conor Sowerby"),
    where the recogniser tagged a name only in part, or as an organisation."""
    found = []
    for tok in doc:
        if norm(tok) not in PHRASES_BY_LAST_WORD or office_ending_at(doc, tok.i + 1, 0) is None:
            continue  # "General" ends "Attorney General", not "General Workers Union"
        first = tok.i + 1
        if first < len(doc) and doc[first].text == ",":
            first += 1  # "The German Chancellor, Marcus Fairbairn,"
        end = first
        while (
            end < len(doc)
            and end - first < 3
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and doc[end].ent_type_ not in NOT_NAME_LABELS
        ):
            end += 1
        if end - first < 2 or (end < len(doc) and doc[end].pos_ == "PROPN"):
            continue  # one word, or a longer run of names than a person's
        span = doc[first:end]
        if span[-1].lower_ in GENERIC_BODIES:
            continue  # "Workers Union", "Football Club": a body
        if all(t.ent_type_ == "PERSON" for t in span) and span[0].ent_iob_ == "B":
            continue  # the recogniser has it already
        found.append(span)
    return found


def _names_before_offices(doc: Doc) -> list[Span]:
    """Two or three capitalised words the recogniser did not call a person, given an office
    in apposition: "Niall Pennock, BA's chief executive," ("BA, the airline's chairman" is
    one word, and a place is not read as one)."""
    found = []
    for comma in doc:
        if comma.text != "," or comma.i < 2:
            continue
        start = comma.i
        while (
            start > 0
            and comma.i - start < 3
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_title
            and doc[start - 1].ent_type_ not in NOT_NAME_LABELS | {"PERSON"}
        ):
            start -= 1
        if comma.i - start < 2 or (start > 0 and doc[start - 1].pos_ == "PROPN"):
            continue
        span = doc[start : comma.i]
        if title_after(doc, span) is not None:
            found.append(span)
    return found
