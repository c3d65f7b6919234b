"""Finding the offices an article gives named people, for planting role- and title-conflicts:
"Kilmarnock manager Gary Locke", "Jim Mann, the club's chairman", "Dave Prentis, general
secretary of Unison", "Prime Minister Tony Blair". Offices a second person may legitimately
hold at the same time (interim, acting, former, deputy ...) are left out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bench.planted_names import Person, people
from bench.planted_text import words

# office (lower case) -> (desk, offices the same person cannot also hold in the same body).
# Pairs that do co-exist (chairman and chief executive, player-manager, president and chief
# executive of a US firm) are deliberately absent from the conflicts.
OFFICES: dict[str, tuple[str, tuple[str, ...]]] = {
    "manager": ("sport", ("chairman", "chief executive", "assistant manager")),
    "head coach": ("sport", ("chairman", "chief executive", "assistant coach")),
    "coach": ("sport", ("chairman", "chief executive")),
    "captain": ("sport", ("chairman", "chief executive", "physiotherapist")),
    "chairman": ("business", ("vice-chairman", "deputy chairman", "finance director")),
    "chairwoman": ("business", ("vice-chairwoman", "deputy chairwoman", "finance director")),
    "chief executive": (
        "business",
        ("finance director", "chief operating officer", "deputy chief executive"),
    ),
    "managing director": ("business", ("finance director", "deputy managing director")),
    "president": ("public", ("vice-president", "general secretary", "treasurer")),
    "editor": ("public", ("deputy editor", "managing editor")),
    "director-general": ("public", ("deputy director-general", "chairman")),
    "director general": ("public", ("deputy director general", "chairman")),
    "general secretary": ("public", ("deputy general secretary", "president")),
    "chief constable": ("public", ("deputy chief constable", "assistant chief constable")),
    "head teacher": ("public", ("deputy head", "chair of governors")),
    "headteacher": ("public", ("deputy head", "chair of governors")),
    "prime minister": ("gov", ("Deputy Prime Minister", "Foreign Secretary", "Chancellor")),
    "chancellor": ("gov", ("Foreign Secretary", "Home Secretary", "Shadow Chancellor")),
    "foreign secretary": ("gov", ("Home Secretary", "Chancellor", "Defence Secretary")),
    "home secretary": ("gov", ("Foreign Secretary", "Health Secretary")),
    "health secretary": ("gov", ("Home Secretary", "Education Secretary")),
    "education secretary": ("gov", ("Health Secretary", "Foreign Secretary")),
    "defence secretary": ("gov", ("Foreign Secretary", "Home Secretary")),
    "governor": ("gov", ("Lieutenant Governor",)),
    "mayor": ("gov", ("Deputy Mayor",)),
}
# Capitalised offices are governments'; "President" with no body or a country is one too.
_GOV_WORDS = {"President"}

# Words that make a second holder legitimate (so a mention after them is not an anchor either).
_NOT_SOLE = {
    "former", "interim", "caretaker", "acting", "assistant", "joint", "co", "ex", "then", "late",
    "outgoing", "incoming", "deputy", "vice", "shadow", "future", "honorary", "life", "player",
    "women's", "youth", "reserve", "under-21", "under-21s", "elected", "designate", "new-look",
}  # fmt: skip
# Sentence openers and time words that the capitalised run before an office can swallow.
_LEAD = set(
    words(
        "the but and as when after while however if yesterday today with on in at for from to by "
        "last this then now its his her their committee club party board council union group "
        "team association monday tuesday wednesday thursday friday saturday sunday"
    )
)
# Lower-case words that may stand before a bare office ("new chairman X"); any other
# ("party President X", "club captain X") names a body the regex did not catch.
_BARE_OK = set(words("new the and said says with that from when after told while by of to as but"))

_T = r"[A-ZÀ-Þ][^\W\d_]+(?:[-'’][A-ZÀ-Þ]?[^\W\d_]+)?"
_NAME = rf"{_T}(?: [A-Z]\.?(?= ))?(?: {_T}){{0,2}}"
_ORG = r"(?:[A-Z][\w&-]*(?:\.[\w&-]+)*(?:['’]s)? ){0,3}?"
_ROLE = "(?i:" + "|".join(sorted(map(re.escape, OFFICES), key=len, reverse=True)) + ")"
_PRE = re.compile(rf"(?P<org>{_ORG})(?P<role>{_ROLE}) (?P<name>{_NAME})")
_OF_ORG = _ORG.replace(" ){", " ?){")  # "of Unison", "of the Police Federation"
_APP = re.compile(
    rf"(?P<name>{_NAME}), (?:the )?(?P<org>{_ORG})(?P<role>{_ROLE})"
    rf"(?: of (?:the )?(?P<of>{_OF_ORG}))?(?=[,.;])"
)


@dataclass(frozen=True)
class Office:
    span: tuple[int, int]  # the mention in the text
    org: str  # "Arsenal", "US", "" when bare
    role: str  # as written
    person: Person

    @property
    def key(self) -> str:
        return self.role.lower()

    @property
    def gov(self) -> bool:
        desk = OFFICES[self.key][0]
        return desk == "gov" or (self.role in _GOV_WORDS and self.org in ("", "US", "French"))


def _holder(text: str, name: str) -> Person | None:
    """The article person a matched name refers to (the name may run into a following word)."""
    tokens = name.split()
    for person in people(text):
        for cut in range(len(tokens), 0, -1):
            if tokens[cut - 1] == person.surname and " ".join(tokens[:cut]) in person.full:
                return person
    return None


def offices(text: str) -> list[Office]:
    """Sole offices the article gives a named person, pre-modifying or in apposition."""
    found: list[Office] = []
    for m in list(_PRE.finditer(text)) + list(_APP.finditer(text)):
        org = (m.group("org") or "").strip()
        words = org.split()
        while words and words[0].lower() in _LEAD:
            words.pop(0)
        if words == ["New"]:
            words = []  # "New Home Secretary X" (but "New Zealand coach X" keeps its body)
        if any(w.lower().rstrip("’'s") in _NOT_SOLE for w in words):
            continue
        before = text[max(0, m.start("role") - 14) : m.start("role")].lower()
        prev = re.findall(r"[\w'’-]+", before)
        if text[m.start("role") - 1 : m.start("role")] == "-" or (prev and prev[-1] in _NOT_SOLE):
            continue
        if (
            not words
            and prev
            and prev[-1] not in _BARE_OK
            and not prev[-1][:1].isupper()
            and text[m.start("role") - 2 : m.start("role")] != ", "
        ):
            continue
        org = " ".join(words)
        if "of" in m.groupdict() and m.group("of"):
            org = m.group("of").strip()
        person = _holder(text, m.group("name"))
        role = m.group("role")
        if person is None or (role[0].islower() and OFFICES[role.lower()][0] == "gov"):
            continue  # "the governor" with no name, "chancellor" as a common noun
        found.append(Office(m.span(), re.sub(r"['’]s$", "", org), role, person))
    return found
