"""Planting role-conflict (one office, two holders) and title-conflict (one person, two
incompatible offices), and their non-error controls ("former ... manager", career history).

Both start from an office the article itself gives a named person ("Kilmarnock manager Gary
Locke", "Jim Mann, the club's chairman") so the planted claim is about the article's own world.
"""

from __future__ import annotations

import random
import re

from bench.planted_names import invent_person
from bench.planted_offices import OFFICES, Office, offices
from bench.planted_text import (
    SPEECH,
    Edit,
    Planted,
    cap,
    insert_sentence,
    insertion_points,
    make,
    sentence_at,
)

_PREDICATES = {
    "sport": (
        "said the squad would not be distracted by the speculation",
        "refused to criticise the referee after the game",
        "confirmed that the whole squad was fit for the weekend",
        "described the performance as the best of the season",
    ),
    "business": (
        "told analysts the company was in good shape",
        "declined to comment on the figures",
        "said the board would consider all of its options",
        "said no decision had yet been taken",
    ),
    "gov": (
        "is due to make a statement on the issue later this week",
        "said the government would not be rushed into a decision",
        "declined to comment on the reports",
        "told reporters the matter was being dealt with",
    ),
    "public": (
        "declined to comment",
        "said an internal review was under way",
        "told staff the changes would be introduced gradually",
        "said lessons would be learned",
    ),
}


def _desk(office: Office) -> str:
    return "gov" if office.gov else OFFICES[office.key][0]


def _pre(org: str, role: str, who: str = "", mod: str = "") -> str:
    """ "former Arsenal manager X", "the club's former manager X" (modifier before the body)."""
    parts = (org, mod, role, who) if org.endswith("'s") else (mod, org, role, who)
    return " ".join(x for x in parts if x)


# What a former or caretaker holder can say without claiming to hold the office now.
_CONTROL_PREDICATES = (
    "said the decision was the right one",
    "declined to comment",
    "welcomed the news",
)


def _later_speech(text: str, office: Office, after: int) -> list[tuple[int, int]]:
    """Later mentions of the holder as a speaker ("Locke said", "said Mr Locke")."""
    name = re.escape(office.person.surname)
    pat = re.compile(
        rf"(?P<a>(?:(?:Mr|Mrs|Ms)\.? )?(?<![\w-]){name})(?= {SPEECH}\b)"
        rf"|\b{SPEECH} (?P<b>(?:Mr\.? )?{name})\b"
    )
    spots = []
    for m in pat.finditer(text, after):
        span = m.span("a") if m.group("a") else m.span("b")
        s, e = sentence_at(text, span[0])
        if office.role.lower() not in text[s:e].lower():
            spots.append(span)
    return spots


def _claim(
    text: str, rng: random.Random, office: Office, claim: tuple[str, str, str, str], bare: str
) -> tuple[Edit, str] | None:
    """One sentence giving a person (`who`) the office (`mod`, `org`, `role`), in one of several
    surface forms: a later "X said" rewritten, or a sentence added after the office's mention."""
    mod, org, role, who = claim
    preds = _CONTROL_PREDICATES if mod else _PREDICATES[_desk(office)]
    # "told analysts" only where the copy is about a listed company.
    pred = rng.choice([p for p in preds if "analysts" not in p or "analyst" in text])
    after = sentence_at(text, office.span[1])[1]
    forms = ["pre", "appos", "appos"]
    poss = org.endswith("'s")  # "the club's", standing in for a body the copy left implicit
    if org and not office.gov and not poss:
        forms.append("of")
    if office.gov:
        forms.append("gov-appos")
    spots = _later_speech(text, office, after)
    if spots:  # the seed article's form: a later "X said" given to the wrong name
        forms += ["rewrite"] * 4
    form = rng.choice(forms)
    if form == "rewrite":
        s, e = rng.choice(spots)
        phrase = _pre(org, role, who, mod)
        if s == sentence_at(text, s)[0]:
            phrase = cap(phrase)
        return Edit(s, e, phrase), "rewrote a later attribution"
    points = insertion_points(text, after)
    if not points:
        return None
    if form == "pre":
        line = cap(_pre(org, role, who, mod)) + f" {pred}."
    elif form == "of":
        the = "the " if " " in org else ""
        line = f"{who}, the {_pre('', role, '', mod)} of {the}{org}, {pred}."
    elif form == "gov-appos":
        line = f"The {_pre(org, role, '', mod)}, {bare}, {pred}."
    elif (
        not office.gov
        and re.fullmatch(r"[A-Z][\w&-]*(?<!an|sh|ch|se|ic)", org)
        and rng.random() < 0.5
    ):
        line = f"{who}, {org}'s {_pre('', role, '', mod)}, {pred}."
    else:
        line = f"{who}, {'' if poss else 'the '}{_pre(org, role, '', mod)}, {pred}."
    return insert_sentence(text, rng.choice(points), line), "added a sentence"


# An office given "under the previous government" belongs to a past holder: no anchor.
_PAST = re.compile(r"\b(?:previous|former|then|predecessor|ex-|late|until|succeeded|replaced)")


def _pick(text: str, rng: random.Random) -> Office | None:
    found = [
        o for o in offices(text) if not _PAST.search(text[slice(*sentence_at(text, o.span[0]))])
    ]
    return rng.choice(found) if found else None


def plant_role(text: str, rng: random.Random, control: bool = False) -> Planted | None:
    """Give the office of an article's named holder to a second, invented person (or, as a
    control, to a former/caretaker holder, which is not an error)."""
    office = _pick(text, rng)
    if office is None or (not office.org and _desk(office) == "sport"):
        return None  # a bare "coach X" in a match report may be either side's: no clash
    # Same sex as the holder where known: a slip swaps one name for another plausible one.
    new, _ = invent_person(rng, text, office.person.male)
    mod = ""
    if control:  # a past or stand-in holder beside the current one is not an error
        mod = rng.choice(
            ["former", "former", "interim", "acting"] + ["caretaker"] * (not office.gov)
        )
    claim = _claim(text, rng, office, (mod, office.org, office.role, new), new)
    if claim is None:
        return None
    edit, how = claim
    desc = f"{how}: {_pre(office.org, office.role, new, mod)} (held by {office.person.full})"
    anchor = sentence_at(text, office.span[0])
    return make("role-conflict", text, [edit], ("control: " if control else "") + desc, [anchor])


_UK = ("", "UK", "British", "Labour", "Tory", "Conservative", "Lib Dem", "Liberal Democrat")


def _conflicts(office: Office) -> tuple[str, ...]:
    """Offices the holder cannot also hold; foreign governments have ministers, not secretaries."""
    if office.gov and office.key == "president":
        return ("Vice President", "Prime Minister")
    if office.gov and office.org not in _UK and office.key in ("prime minister", "chancellor"):
        return ("Deputy Prime Minister", "Foreign Minister", "Finance Minister")
    return OFFICES[office.key][1]


def plant_title(text: str, rng: random.Random, control: bool = False) -> Planted | None:
    """Give an article's office holder a second office they cannot also hold (or, as a
    control, a former office: career history is not an error)."""
    office = _pick(text, rng)
    if office is None:
        return None
    # Company posts only where the copy is about a company.
    corporate = re.search(r"\b(?:firm|company|shares|profits?)\b", text)
    seconds = [
        r
        for r in _conflicts(office)
        if corporate or r not in ("finance director", "chief operating officer")
    ]
    if not seconds:
        return None
    second = rng.choice(seconds)
    if office.gov:
        second = " ".join(w.capitalize() for w in second.split())
    org = office.org
    if not org and not office.gov:
        # The body the copy talks about most: a football club's chief executive is the club's.
        clubs = len(re.findall(r"\bclub\b", text))
        firms = len(re.findall(r"\b(?:company|firm)\b", text))
        org = "the club's" if clubs > firms else "the company's" if firms else ""
        org = org if _desk(office) in ("sport", "business") else ""
    person = office.person
    who = rng.choice([person.full, person.surname])
    mod = "former" if control else ""  # career history is not a conflict
    claim = _claim(text, rng, office, (mod, org, second, who), person.full)
    if claim is None:
        return None
    edit, how = claim
    desc = f"{how}: {_pre(org, second, who, mod)} (also {office.org} {office.role})"
    anchor = sentence_at(text, office.span[0])
    prefix = "control: " if control else ""
    return make("title-conflict", text, [edit], prefix + desc.replace("  ", " "), [anchor])
