"""An office phrase read leftwards from its last word: "Arsenal manager", "the club's
caretaker manager", "former British Prime Minister", with the body or country it belongs to,
whether it is held now, and a word that makes it another post ("bowling coach"), all from
the parse; for :mod:`bot.analysis.person_details` and :mod:`bot.analysis.person_names`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from bot.analysis.offices import (
    MODIFIER_WORDS,
    PHRASES_BY_LAST_WORD,
    STATUS_WORDS,
    Office,
)

QUALIFIER_LABELS = {"NORP", "GPE", "ORG", "LOC", "FAC"}
DETERMINERS = {"the", "a", "an"}
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
PLACE_LABELS = {"GPE", "LOC", "NORP"}
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


def _names_inside(doc: Doc) -> set[str]:
    """Capitalised words the text writes inside a sentence, not first: names."""
    found: set[str] | None = doc.user_data.get("newsroom_names_inside")
    if found is None:
        found = {t.text for t in doc if t.is_title and not t.is_sent_start and t.i > 0}
        found -= {t.text for t in doc if t.i > 0 and doc[t.i - 1].text in _OPENERS}
        found = {w for w in found if w.lower() not in STATUS_WORDS}  # "Acting Chief Constable"
        doc.user_data["newsroom_names_inside"] = found
    return found


_OPENERS = {'"', "“", "‘", "'", ":", "(", "-", "–", "—"}  # a capital after these opens words


def names_a_body(doc: Doc, tok: Token, continues: bool = False) -> bool:
    """A word naming a body or country: a name, a demonym, or a capitalised word the parser
    left untagged ("Arsenal" read as an adjective) that the text never writes in lower case
    or that starts a name of several words (``continues``: "All Blacks")."""
    if tok.ent_type_ in _NOT_A_BODY_LABELS or (tok.lower_ in _NOT_A_BODY and not tok.ent_type_):
        return False
    if tok.is_sent_start and not continues and tok.lower_ in GENERIC_BODIES:
        return False  # "Council leader X", "Club captain Y": the word for the body, capitalised
    if not tok.text[:1].isupper() and not tok.ent_type_:
        return False  # a body's name is capitalised, but for "of" in "Republic of Ireland"
    if tok.ent_type_ in QUALIFIER_LABELS or tok.pos_ == "PROPN":
        return tok.lower_ not in _SPECIFIER_WORDS or bool(tok.ent_type_)
    if not (tok.is_title or (tok.is_upper and len(tok) > 1)):
        return False
    if tok.pos_ not in _BODY_POS and tok.lower_ != "all" and tok.text not in _names_inside(doc):
        # "All Blacks" is a team; "But", "The", "This" never are; "Castlegate" opening a
        # sentence, read as a verb, is the firm the text names mid-sentence
        return False
    if tok.lower_ in _SPECIFIER_WORDS:
        return False
    if not tok.is_sent_start or continues:
        return True
    return tok.lower_ not in lower_words(doc) and tok.lower_ not in GENERIC_BODIES


class OfficeReading:
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
        if not (names_a_body(doc, doc[j], True) or low in {",", "-", "'s", "’s"}):
            break
    return status


def read_left(doc: Doc, left: int, end: int, floor: int) -> OfficeReading:
    """Read leftwards from ``left`` (exclusive) for a body or country, status words, a common
    noun for the body, and a word making the office (which ends at ``end``) another post."""
    r = OfficeReading()
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
        elif names_a_body(doc, tok, bool(r.qualifier)) and (
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
            and low not in DETERMINERS
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
