"""What a named person is given where they are named: an office before or after the name
("Prime Minister X", "X, the club's manager") and an age ("X, 43,"), for
:mod:`bot.analysis.people`.

An office is read with the words in front of it: the body or country it belongs to
("Arsenal", "Arsenal's", "the club's"), whether it is held now ("former", "caretaker"), and
a word that makes it another post ("bowling coach", "factory manager"), all from the parse.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from bot.analysis.model import Age, Title
from bot.analysis.offices import (
    MAX_PHRASE_WORDS,
    MODIFIER_WORDS,
    ORGANISATION_ROLES,
    PHRASES_BY_LAST_WORD,
    STATUS_WORDS,
    Office,
)
from bot.analysis.places import body_key, qualifier_key
from bot.analysis.sentences import sentence_of

QUALIFIER_LABELS = {"NORP", "GPE", "ORG", "LOC", "FAC"}
AGE_AFTER_NAME = re.compile(r"\s*,\s*(?:aged\s+)?(\d{1,3})\s*,")
# "39-year-old Gary Locke", "the 18-year-old centre Mathew Tait": up to two words between,
# which must describe the person ("a 30-year-old man and John Smith" is two people)
_AGE_BEFORE_NAME = re.compile(r"(\d{1,3})-year-old\s+((?:[a-z][\w-]*\s+){0,2})$")
_DETERMINERS = {"the", "a", "an"}
#: common nouns standing for the body an office belongs to: "the club's manager",
#: "club captain X", "the company's chairman"
GENERIC_BODIES = {
    "club", "team", "side", "squad", "company", "firm", "group", "business", "party", "union",
    "board", "federation", "association", "league", "council", "school", "paper", "newspaper",
    "magazine", "bank", "airline", "carmaker", "retailer", "charity", "organisation",
    "organization", "corporation", "network", "broadcaster", "publisher", "label", "studio",
    "society", "institute", "chain", "operator", "insurer", "lender", "supermarket", "force",
    "franchise", "brand", "giant", "conglomerate", "exchange", "body", "college", "university",
}  # fmt: skip
#: words that describe a holder without changing the post ("long-serving manager")
DESCRIPTIVE = {
    "new", "current", "present", "long", "serving", "time", "standing", "longtime", "popular",
    "veteran", "embattled", "beleaguered", "experienced", "young", "respected", "outspoken",
    "controversial", "charismatic", "flamboyant", "influential", "powerful", "wealthy",
    "billionaire", "millionaire", "newly", "appointed", "recently", "permanent", "full",
    "incumbent", "sitting", "fiery", "under", "fire", "pressure", "highly", "rated", "widely",
    "well", "known", "famous", "legendary", "founding", "executive", "non", "straight",
    "talking", "colourful", "colorful", "unpredictable", "ambitious", "beloved",
    "player",  # a player-manager is the manager
}  # fmt: skip
_PLACE_NOUNS = {"country", "nation", "state", "city", "town"}
#: capitalised words that, unless the parser calls them a name, make the post another one
_SPECIFIER_WORDS = {
    "general", "technical", "sporting", "commercial", "operations", "sales", "marketing",
    "senior", "team", "first", "national", "regional", "finance", "financial", "stage",
    "forwards", "backs", "defence", "attack", "skills", "kicking", "scrum", "fitness",
    "goalkeeping", "bowling", "batting", "fielding", "youth", "academy", "reserve", "reserves",
}  # fmt: skip
_NOT_A_BODY = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "mr", "mrs", "ms", "dr",
}  # fmt: skip
_BODY_POS = {"NOUN", "ADJ", "X", "NUM"}  # what an untagged word of a body's name is read as
#: a sport after a country names one of its teams ("England cricket captain")
SPORTS = {
    "football", "rugby", "cricket", "hockey", "tennis", "netball", "basketball", "baseball",
    "golf", "athletics", "cycling", "rowing", "boxing", "swimming", "soccer", "volleyball",
    "handball", "squash", "badminton", "snooker", "darts",
}  # fmt: skip
_PLACE_LABELS = {"GPE", "LOC", "NORP"}
_PERSONAL = {"his", "her", "my", "our", "your"}
#: "his predecessor as chief executive", "Biden's choice for secretary of state"
_SUCCESSION = {
    "predecessor": "former", "successor": "incoming", "choice": "incoming",
    "nominee": "incoming", "pick": "incoming", "candidate": "incoming",
    "nomination": "incoming",
}  # fmt: skip
_NOT_A_BODY_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_POSSESSIVE = {"'s", "’s", "'", "’"}


def norm(token: Token) -> str:
    return token.lower_.rstrip(".") if token.text not in {"gov.", "sen.", "rep."} else token.lower_


def lower_words(doc: Doc) -> set[str]:
    """Words the text writes in lower case somewhere: a capitalised one of them opening a
    sentence is a common word ("Factory manager"), not a body ("Arsenal manager")."""
    found: set[str] | None = doc.user_data.get("newsroom_lower_words")
    if found is None:
        found = {t.text for t in doc if t.text.islower()}
        doc.user_data["newsroom_lower_words"] = found
    return found


def _names_a_body(doc: Doc, tok: Token, continues: bool = False) -> bool:
    """A word naming a body or country: a name, a demonym, or a capitalised word the parser
    left untagged ("Arsenal" read as an adjective) that the text never writes in lower case
    or that starts a name of several words (``continues``: "All Blacks")."""
    if tok.ent_type_ in _NOT_A_BODY_LABELS or (tok.lower_ in _NOT_A_BODY and not tok.ent_type_):
        return False
    if not tok.text[:1].isupper() and not tok.ent_type_:
        return False  # a body's name is capitalised, but for "of" in "Republic of Ireland"
    if tok.ent_type_ in QUALIFIER_LABELS or tok.pos_ == "PROPN":
        return tok.lower_ not in _SPECIFIER_WORDS or bool(tok.ent_type_)
    if not (tok.is_title or (tok.is_upper and len(tok) > 1)):
        return False
    if tok.pos_ not in _BODY_POS and tok.lower_ != "all":
        return False  # "All Blacks" is a team; "But", "The", "This" never are
    if tok.lower_ in _SPECIFIER_WORDS:
        return False
    if not tok.is_sent_start or continues:
        return True
    return tok.lower_ not in lower_words(doc) and tok.lower_ not in GENERIC_BODIES


class _Reading:
    """What the words in front of an office say about it."""

    def __init__(self) -> None:
        self.qualifier: list[Token] = []
        self.status = "current"
        self.generic = ""
        self.specifier = ""
        self.sport = ""
        self.start = 0


def _status_before_bodies(doc: Doc, i: int, floor: int, status: str) -> str:
    """The status word before a list of bodies ending at ``doc[i]`` ("former Arsenal and")."""
    for j in range(i - 1, max(floor, i - 8) - 1, -1):
        low = doc[j].lower_
        if low in STATUS_WORDS:
            return STATUS_WORDS[low] if status == "current" else status
        if not (_names_a_body(doc, doc[j], True) or low in {",", "-", "'s", "’s"}):
            break
    return status


def _read_left(doc: Doc, left: int, end: int, floor: int) -> _Reading:
    """Read leftwards from ``left`` (exclusive) for a body or country, status words, a common
    noun for the body, and a word making the office (which ends at ``end``) another post."""
    r = _Reading()
    # A capitalised title is a formal one, which a common noun before it does not change:
    # "actor Health Secretary X" is an actor and Health Secretary; "bowling coach" another post.
    formal = doc[left].is_title and not doc[left].is_sent_start
    i = left - 1
    while i >= floor:
        tok = doc[i]
        low = tok.lower_
        if tok.is_punct and low not in {"-", "'"}:
            break  # a comma ends the phrase, even inside an entity ("Empire, Glaad's")
        if tok.is_space:
            pass  # "Wrexham  manager": a double space
        elif low in STATUS_WORDS:
            if r.status == "current":
                r.status = STATUS_WORDS[low]
        elif low in {"-", "'"} or tok.text in _POSSESSIVE:
            pass
        elif tok.is_lower and low in _PLACE_NOUNS:
            pass  # "the country's president", "city mayor" ("City boss" names a club)
        elif _names_a_body(doc, tok, bool(r.qualifier)) and (
            low not in DESCRIPTIVE or r.qualifier  # "New Home Secretary", "New York mayor"
        ):
            r.qualifier.insert(0, tok)
        elif low in DESCRIPTIVE:
            pass
        elif low in SPORTS and not r.qualifier and not r.sport:
            r.sport = low  # "England rugby coach": England's rugby team, not its cricket one
        elif r.qualifier and low in {"and", "&"}:
            r.status = _status_before_bodies(doc, i, floor, r.status)
            break  # "former Arsenal and England captain": England's, and a former one
        elif r.qualifier or r.specifier:
            break
        elif low in GENERIC_BODIES and not r.generic and not (i > 0 and doc[i - 1].text == "-"):
            r.generic = low
        elif low in {"its", "their"}:
            r.generic = r.generic or "its"
            i -= 1
            break
        elif low in _PERSONAL and not r.generic:
            r.specifier = low  # "his captain", "her manager": someone's, whoever they are
            i -= 1
            break
        elif low in {"as", "for"} and i > floor and doc[i - 1].lower_ in _SUCCESSION:
            r.status = _SUCCESSION[doc[i - 1].lower_]
            break
        elif (
            not r.generic
            and not formal
            and low not in _DETERMINERS
            and (tok.pos_ in {"NOUN", "ADJ", "NUM", "PROPN"} or tok.tag_ == "VBG")
            and tok.dep_ in {"compound", "amod", "nmod", "poss", "nummod", "npadvmod"}
            and tok.i < tok.head.i < end
        ):
            # "bowling coach", "women's coach", "his manager": another post, or someone's
            r.specifier = low
            i -= 1
            break
        else:
            break
        if tok.is_sent_start:
            i -= 1
            break
        i -= 1
    if r.sport and not r.qualifier:
        r.specifier = r.specifier or r.sport  # "the rugby coach": whose team is not said
    r.start = i + 1
    while r.start < left and (doc[r.start].is_punct or doc[r.start].text in _POSSESSIVE):
        r.start += 1  # never open on the hyphen of "then-" or a stray possessive
    return r


def office_ending_at(doc: Doc, end: int, floor: int) -> tuple[Office, int, str] | None:
    """An office phrase whose last word is ``doc[end - 1]``: (office, start, modifier)."""
    if end - 1 < floor:
        return None
    for words, office in PHRASES_BY_LAST_WORD.get(norm(doc[end - 1]), ()):
        n = len(words)
        start = end - n
        if start < floor:
            continue
        if tuple(norm(t) for t in doc[start:end]) == words:
            modifier = ""
            before = start - 1
            if before - 1 >= floor and doc[before].text == "-":
                before -= 1  # "vice-chairman", "co-chairman"
            if before >= floor and doc[before].lower_ in MODIFIER_WORDS:
                modifier = doc[before].lower_
                start = before
            return office, start, modifier
    return None


def _make_title(
    doc: Doc, office: Office, modifier: str, office_start: int, office_end: int, floor: int
) -> Title:
    r = _read_left(doc, office_start, office_end, floor)
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
        if t.lower_ in _DETERMINERS and not run:
            continue
        if places_only and t.ent_type_ not in _PLACE_LABELS:
            break
        if not (t.ent_type_ in QUALIFIER_LABELS or t.pos_ == "PROPN" or _names_a_body(doc, t)):
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


def title_before(doc: Doc, name: Span) -> Title | None:
    """ "British Prime Minister David Cameron", "the Prime Minister, Boris Johnson"."""
    sentence = sentence_of(doc, name.start)
    floor = _after_dash(doc, sentence.start, name.start)
    end = name.start
    if end - 1 >= floor and doc[end - 1].text == ",":
        end -= 1  # apposition: the office, the name
    found = office_ending_at(doc, end, floor)
    if found is None:
        return None
    office, start, modifier = found
    title = _make_title(doc, office, modifier, start, end, floor)
    if title.qualifier is None and name.end < sentence.end and doc[name.end].lower_ == "of":
        government = office.name not in ORGANISATION_ROLES
        title = _with_body_after(doc, title, name.end + 1, sentence.end, places_only=government)
    return title


def title_after(doc: Doc, name: Span) -> Title | None:
    """ "David Cameron, the British prime minister," and "..., prime minister of Britain"."""
    sent_end = sentence_of(doc, name.start).end
    i = name.end
    if i >= sent_end or doc[i].text != ",":
        return None
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
    if stop >= sent_end or doc[stop].text not in {",", ".", "of", "for", "at", ")", ";", "—"}:
        return None
    found = office_ending_at(doc, stop, j)
    if found is None:
        return None
    office, start, modifier = found
    title = _make_title(doc, office, modifier, start, stop, j)
    # Nothing but a determiner between the comma and what the office was read with.
    first = doc.char_span(title.start, title.end, alignment_mode="expand")
    if first is None or any(t.lower_ not in _DETERMINERS for t in doc[j : first.start]):
        return None
    if doc[stop].lower_ in {"of", "for", "at"} and title.qualifier is None:
        title = _with_body_after(doc, title, stop + 1, sent_end)
    return title


def ages_attached(doc: Doc, name: Span) -> list[Age]:
    """ "Gary Locke, 39," or "39-year-old Gary Locke" (both, when a slip wrote both)."""
    text = doc._.text
    found = []
    m = AGE_AFTER_NAME.match(text, name.end_char)
    if m:
        value = int(m.group(1))
        if 0 < value < 120:
            found.append(Age(value, m.group(1), m.start(1), m.end(1), -1, True))
    window_start = max(sentence_of(doc, name.start).start_char, name.start_char - 40)
    before = text[window_start : name.start_char]
    m2 = _AGE_BEFORE_NAME.search(before)
    between = (
        doc.char_span(window_start + m2.start(2), name.start_char, alignment_mode="contract")
        if m2
        else None
    )
    if m2 and (
        not m2.group(2) or (between is not None and all(t.pos_ in {"NOUN", "ADJ"} for t in between))
    ):
        value = int(m2.group(1))
        start = window_start + m2.start(1)
        written = f"{m2.group(1)}-year-old"
        found.append(Age(value, written, start, start + len(written), -1, True))
    return found


def age_attached(doc: Doc, name: Span) -> Age | None:
    """The first age written beside a name, if any."""
    found = ages_attached(doc, name)
    return found[0] if found else None


def sentence_index(doc: Doc, token_index: int) -> int:
    return int(doc._.token_sentence[token_index])
