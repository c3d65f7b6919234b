"""What a named person is given where they are named: an office before or after the name
("Prime Minister X", "X, the club's manager"), for :mod:`bot.analysis.people` (ages are
read in :mod:`bot.analysis.person_ages`).

An office is read with the words in front of it: the body or country it belongs to
("Arsenal", "Arsenal's", "the club's"), whether it is held now ("former", "caretaker"), and
a word that makes it another post ("bowling coach", "factory manager"), all from the parse.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from bot.analysis.model import Title
from bot.analysis.office_reading import (
    DETERMINERS,
    PLACE_LABELS,
    QUALIFIER_LABELS,
    names_a_body,
    office_ending_at,
    read_left,
)
from bot.analysis.offices import MAX_PHRASE_WORDS, ORGANISATION_ROLES, Office
from bot.analysis.places import body_key, qualifier_key
from bot.analysis.sentences import sentence_of

# Posts "executive" makes another one: an executive headteacher runs several schools over
# their heads, an executive editor works under the editor ("executive chairman" is the
# chairman).
_EXECUTIVE_OTHER = {"head teacher", "editor"}


def _make_title(
    doc: Doc, office: Office, modifier: str, office_start: int, office_end: int, floor: int
) -> Title:
    r = read_left(doc, office_start, office_end, floor)
    if office.name in _EXECUTIVE_OTHER and any(
        t.lower_ == "executive" for t in doc[r.start : office_start]
    ):
        r.specifier = r.specifier or "executive"
    name = f"{modifier} {office.name}" if modifier else office.name
    span = doc[r.start : office_end]
    written = " ".join(t.text for t in r.qualifier)
    qualifier = qualifier_key(written) if r.qualifier else None
    team = f"{written} {r.sport}" if r.sport else written
    return Title(
        office=name,
        text=span.text,
        qualifier=qualifier,
        status=r.status,
        start=span.start_char,
        end=span.end_char,
        sentence=-1,
        specifier=r.specifier,
        generic=r.generic,
        body=body_key(team) if r.qualifier else None,
        bound="stated" if r.qualifier else "",
    )


def _with_body_after(
    doc: Doc, title: Title, start: int, stop: int, places_only: bool = False
) -> Title:
    """The body after "of": "prime minister of (the) United Kingdom", "manager of Arsenal";
    with ``places_only``, a country or place only ("President Kirchner of Argentina", but
    not "Treasury Secretary X of Wells Fargo", where "of" says whose employee X is)."""
    run: list[str] = []
    for t in doc[start:stop]:
        if t.lower_ in DETERMINERS and not run:
            continue
        if places_only and t.ent_type_ not in PLACE_LABELS:
            break
        if not (t.ent_type_ in QUALIFIER_LABELS or t.pos_ == "PROPN" or names_a_body(doc, t)):
            break
        run.append(t.text)
    if not run:
        return title
    written = " ".join(run)
    return replace(title, qualifier=qualifier_key(written), body=body_key(written), bound="stated")


def _after_dash(doc: Doc, start: int, end: int) -> int:
    """The first token after the last dash in doc[start:end], else ``start``: a title never
    runs across "BERLIN - German Chancellor ..." (a wire dateline) or "... - Prime Minister"."""
    for i in range(end - 1, start - 1, -1):
        token = doc[i]
        spaced = token.text == "-" and token.whitespace_ and (i == 0 or doc[i - 1].whitespace_)
        if spaced or token.text in {"—", "–", "--"}:
            return i + 1
    return start


_BODY_WORDS = 6  # words of a body's name read back from a comma


def _of_body_before(doc: Doc, comma: int, floor: int) -> int | None:
    """Where the body starts in "... of Westmarch Police" ending at ``comma``, when the
    words after "of" are a name; else None."""
    i = comma - 1
    while i > floor and comma - i <= _BODY_WORDS:
        t = doc[i]
        if t.lower_ == "of":
            return i + 1 if i + 1 < comma else None
        if not (t.is_title or t.is_upper or t.lower_ in DETERMINERS or t.text in {"'s", "&"}):
            return None
        i -= 1
    return None


def title_before(doc: Doc, name: Span) -> Title | None:
    """ "British Prime Minister David Cameron", "the Prime Minister, Boris Johnson"."""
    sentence = sentence_of(doc, name.start)
    floor = _after_dash(doc, sentence.start, name.start)
    end = name.start
    if end - 1 >= floor and doc[end - 1].text == ",":
        end -= 1  # apposition: the office, the name
    found = office_ending_at(doc, end, floor)
    body_at = None
    if found is None and end < name.start:
        # "The Chief Constable of Westmarch Police, Andrew Callow,": the office, its body
        body_at = _of_body_before(doc, end, floor)
        found = office_ending_at(doc, body_at - 1, floor) if body_at is not None else None
    if found is None:
        return None
    office, start, modifier = found
    title = _make_title(doc, office, modifier, start, end, floor)
    government = office.name not in ORGANISATION_ROLES
    if body_at is not None:
        return _with_body_after(doc, title, body_at, end, places_only=government)
    if title.qualifier is None and name.end < sentence.end and doc[name.end].lower_ == "of":
        title = _with_body_after(doc, title, name.end + 1, sentence.end, places_only=government)
    return title


def title_after(doc: Doc, name: Span) -> Title | None:
    """ "David Cameron, the British prime minister," and "..., prime minister of Britain"."""
    titles = titles_after(doc, name)
    return titles[0] if titles else None


def titles_after(doc: Doc, name: Span) -> list[Title]:
    """The office in apposition after a name, as :func:`title_after` reads it, and a
    second one joined to it by "and" ("Alan Ferris, Ardent's chairman and chief
    executive,": Ardent's chief executive too)."""
    sent_end = sentence_of(doc, name.start).end
    i = name.end
    if i >= sent_end or doc[i].text != ",":
        return []
    j = i + 1
    stop = j
    while (
        stop < sent_end
        and stop - j < MAX_PHRASE_WORDS + 5
        and (not doc[stop].is_punct or doc[stop].text in {"-", "'s", "’s"})
    ):
        if doc[stop].lower_ in {"of", "for", "at", "who", "and"}:
            break
        stop += 1
    joint = _joined_office(doc, stop, sent_end) if stop < sent_end else None
    if stop >= sent_end or (
        doc[stop].text not in {",", ".", "of", "for", "at", ")", ";", "—"} and joint is None
    ):
        return []
    found = office_ending_at(doc, stop, j)
    if found is None:
        return []
    office, start, modifier = found
    title = _make_title(doc, office, modifier, start, stop, j)
    # Nothing but a determiner between the comma and what the office was read with.
    first = doc.char_span(title.start, title.end, alignment_mode="expand")
    if first is None or any(t.lower_ not in DETERMINERS for t in doc[j : first.start]):
        return []
    if doc[stop].lower_ in {"of", "for", "at"} and title.qualifier is None:
        title = _with_body_after(doc, title, stop + 1, sent_end)
    if joint is None:
        return [title]
    second = replace(
        joint, status=title.status, qualifier=title.qualifier, body=title.body, bound=title.bound
    )
    return [title, second]


def _joined_office(doc: Doc, conj: int, sent_end: int) -> Title | None:
    """After "and", another office up to the apposition's end ("chairman and chief
    executive,"); None when the words after "and" are no office."""
    if doc[conj].lower_ != "and":
        return None
    stop = conj + 1
    while stop < sent_end and stop - conj <= MAX_PHRASE_WORDS and not doc[stop].is_punct:
        stop += 1
    if stop >= sent_end or doc[stop].text not in {",", "."}:
        return None
    found = office_ending_at(doc, stop, conj + 1)
    if found is None:
        return None
    office, start, modifier = found
    if start != conj + 1:
        return None  # "chairman and the club's chief executive": words of their own
    return _make_title(doc, office, modifier, start, stop, conj + 1)


def sentence_index(doc: Doc, token_index: int) -> int:
    return int(doc._.token_sentence[token_index])
