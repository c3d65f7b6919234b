"""Offices a person can hold, the words newsrooms use for them, and how they relate.

Synonyms ("Foreign Secretary", "Foreign Minister") share one canonical name so
that house style never looks like a contradiction.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Office:
    """An office and what the checks may assume about it.

    Attributes:
        name: canonical name.
        scope: "national" (one holder per country: an unstated country can be
            assumed to be the article's own), "body" (one holder per organisation,
            town or state: only a stated body can be compared), or "" (many
            holders at once: senators, spokesmen).
        family: offices in the same family cannot be held at once by one person.
    """

    name: str
    scope: str
    family: str


_GOV = "government"

_OFFICES: dict[str, tuple[Office, tuple[str, ...]]] = {}


def _add(name: str, scope: str, family: str, *phrases: str) -> None:
    _OFFICES[name] = (Office(name, scope, family), (name, *phrases))


_add("prime minister", "national", _GOV, "pm", "premier", "taoiseach")
_add("deputy prime minister", "national", _GOV, "deputy pm", "tanaiste", "tánaiste")
_add("president", "national", _GOV)
_add("vice president", "national", _GOV, "vice-president")
_add("chancellor", "national", _GOV, "chancellor of the exchequer")
_add("foreign minister", "national", _GOV, "foreign secretary", "foreign affairs minister")
_add("secretary of state", "national", _GOV)
_add("interior minister", "national", _GOV, "home secretary", "home minister")
_add(
    "defence minister",
    "national",
    _GOV,
    "defence secretary",
    "defense secretary",
    "defense minister",
    "secretary of defense",
)
_add("finance minister", "national", _GOV, "treasury secretary", "secretary of the treasury")
_add("health minister", "national", _GOV, "health secretary")
_add("education minister", "national", _GOV, "education secretary")
_add("justice minister", "national", _GOV, "justice secretary")
_add("attorney general", "national", _GOV, "attorney-general")
_add("first minister", "national", _GOV)
_add("mayor", "body", _GOV)
_add("governor", "body", _GOV, "gov.")
_add("senator", "", _GOV, "sen.")
_add("congressman", "", _GOV, "congresswoman", "rep.")
_add("chief executive", "body", "", "ceo", "chief executive officer")
_add("chairman", "body", "", "chairwoman", "chairperson")
_add("manager", "body", "", "boss")
_add("captain", "body", "", "skipper")
_add("leader", "body", "")
_add("secretary general", "body", "", "secretary-general", "general secretary")
_add("director general", "body", "", "director-general")
_add("spokesman", "", "", "spokeswoman", "spokesperson")
# A team has one head coach; "bowling coach" or "women's coach" is another post, read as
# a specifier by bot.analysis.person_details, never as this one.
_add("coach", "body", "", "head coach")
_add("editor", "body", "", "editor-in-chief")
_add("chief constable", "body", "")
_add("head teacher", "body", "", "headteacher", "headmaster", "headmistress")
_add("managing director", "body", "")
_add("finance director", "body", "", "chief financial officer", "cfo", "financial director")
_add("chief operating officer", "body", "", "coo")
_add("chief technology officer", "body", "", "cto")
_add("treasurer", "body", "")
_add("managing editor", "body", "")
_add("deputy head", "body", "", "deputy headteacher", "deputy headmaster", "deputy headmistress")
_add("minister", "", "")
_add("mp", "", "")

#: phrase (lower case, words separated by single spaces) -> office
PHRASES: dict[str, Office] = {
    phrase: office for office, phrases in _OFFICES.values() for phrase in phrases
}
#: longest phrase first, as word tuples, for suffix matching
PHRASE_WORDS: list[tuple[tuple[str, ...], Office]] = sorted(
    ((tuple(p.split()), o) for p, o in PHRASES.items()), key=lambda item: -len(item[0])
)
MAX_PHRASE_WORDS = max(len(words) for words, _ in PHRASE_WORDS)
#: the same, by last word, so a lookup starts from the word before a name
PHRASES_BY_LAST_WORD: dict[str, list[tuple[tuple[str, ...], Office]]] = {}
#: and by first word, so a name's leading office is looked up from its first word
PHRASES_BY_FIRST_WORD: dict[str, list[tuple[tuple[str, ...], Office]]] = {}
for _words, _office in PHRASE_WORDS:
    PHRASES_BY_LAST_WORD.setdefault(_words[-1], []).append((_words, _office))
    PHRASES_BY_FIRST_WORD.setdefault(_words[0], []).append((_words, _office))

#: words before an office that change whether it is held now
STATUS_WORDS = {
    "former": "former",
    "ex": "former",
    "then": "then",
    "late": "late",
    "acting": "acting",
    "interim": "acting",
    "caretaker": "acting",
    "incoming": "incoming",
    "outgoing": "former",
    "future": "incoming",
    "elected": "incoming",
    "designate": "incoming",
    "retiring": "former",
    "departing": "former",
    "ousted": "former",
    "deposed": "former",
    "sacked": "former",
    "erstwhile": "former",
    "previous": "former",
    "onetime": "former",
    "temporary": "acting",
    "stand-in": "acting",
    "prospective": "incoming",
    "would-be": "incoming",
}

#: words before an office that make it another office ("deputy leader", "shadow chancellor")
MODIFIER_WORDS = {"deputy", "shadow", "assistant", "junior", "vice", "associate", "co", "joint",
                  "lieutenant"}  # fmt: skip

#: offices a club, firm, union, paper, force or school has one of at a time, whatever body
#: it is; "president" is one too when its body is not a country ("Fifa president")
ORGANISATION_ROLES = frozenset({
    "manager", "coach", "captain", "chairman", "chief executive", "president", "editor",
    "director general", "secretary general", "chief constable", "head teacher",
    "managing director", "finance director", "chief operating officer", "treasurer",
    "managing editor", "deputy head", "chief technology officer",
})  # fmt: skip
