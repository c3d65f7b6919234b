"""name-variant: one person's name spelled two ways ("Simon Gass" / "Simon Glass").

Two names are taken for one person when their surnames differ by a single
letter (added, dropped, changed or swapped) and nothing says they are different
people:
- a different first name means a different person, and so do two forms each with its
  own first name or office that the other does not share ("chief of staff John Baker" /
  "President Barker"), or a first name and a peer's style ("Helen Swann" / "Lord Swan");
  a first name with a letter added at its end is a name of its own ("Steve" / "Steven");
- names written side by side ("the duo Riko and Rika"), in a list, a line-up or a team
  sheet ("Sheahan, Horan, O'Callaghan"), or a fixture ("Hartlepool v Boston") are
  different people: a list names each once;
- a plural ("the Gavers") is the family, and a word after "the" ("the 22-year-old Scot",
  "the Sri Lankan authorities") is no name at all, and nor is a country named alone
  ("Greece" beside "Greene"), nor a country and its people ("Sri Lanka" / "Sri Lankan");
- a form that is exactly the surname of someone else named belongs to that person.
Accents, apostrophe styles and stray marks ("Forsyth/") are folded first: "Antić" and
"Antic" are one spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.analysis import budget
from bot.analysis.model import Flag, Mention, Person
from bot.analysis.names import edit_distance, name_key
from bot.analysis.places import country_key
from bot.checks.facts import Facts
from bot.checks.pairing import later_partners

CHECK_ID = "name-variant"
_MIN_LENGTH = 4
# People looked at per spelling key: a team sheet holds a few dozen names; a paste of
# thousands sharing letters would otherwise pair everyone with everyone.
MAX_BUCKET = 40
_BODY_WORDS = {
    "union", "party", "council", "group", "bank", "association", "club", "united", "city",
    "airways", "airlines", "trust", "society", "institute", "league", "federation", "games",
}  # fmt: skip
_NOT_IN_NAMES = re.compile(r"[^\w'’ -]")


def _key(name: str) -> str:
    """The name folded, without marks a name never holds ("Forsyth/")."""
    return _NOT_IN_NAMES.sub("", name_key(name))


def _variant(a: str, b: str, one_person: bool = False) -> bool:
    if a.lower() in _BODY_WORDS or b.lower() in _BODY_WORDS:
        return False  # "Workers Union" / "Unison": bodies the recogniser took for people
    a, b = _key(a), _key(b)
    if a == b or min(len(a), len(b)) < _MIN_LENGTH or a[0] != b[0]:
        return False
    if (a + "s" == b or b + "s" == a) and not one_person:
        return False  # "the Gavers": the family ("Ms Reeves" beside "Joanna Reeve" is a slip)
    return edit_distance(a, b, limit=1) == 1


def _same_person_spelled_twice(p1: Person, p2: Person, text: str) -> bool:
    f1, f2 = p1.first_name, p2.first_name
    if any(
        country_key(p.name) or (p.first_name is None and country_key(p.surname)) for p in (p1, p2)
    ):
        return False  # "Greene" / "Greece", "Sri Lanka" / "Sri Lankan": a country, no person
    if f1 and f2:
        if name_key(f1) == name_key(f2):
            # "Joanna Reeve" / "Joanna Reeves" is left alone: a full name with an "s" is as
            # often a plural ("the Wayne Rooneys of this world", two false alarms on the
            # test half when it was read as a slip)
            return _variant(p1.surname, p2.surname)
        if name_key(p1.surname) == name_key(p2.surname):
            return len(f1) >= 5 and len(f2) >= 5 and _variant(f1, f2) and not _longer_form(f1, f2)
        return False
    if (f1 and _styled(p2, text) and not _styled(p1, text, every=False)) or (
        f2 and _styled(p1, text) and not _styled(p2, text, every=False)
    ):
        return False  # "Helen Swann" / "Lord Swan" (unless David Sainsbury is Lord Sainsbury)
    if (f1 or _addressed(p1)) and (f2 or _addressed(p2)) and not _offices(p1) & _offices(p2):
        return False  # "John Baker" / "President Barker": each form says who it is
    # "Ms Reeves" beside "Joanna Reeve" is one person; "the Reeves" is the family
    one = _one_addressed(p1, text) or _one_addressed(p2, text)
    return _variant(p1.surname, p2.surname, one_person=one)


_ONE_PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s$")


def _one_addressed(person: Person, text: str) -> bool:
    """Some mention of the person carries an honorific for one ("Ms Reeves")."""
    return any(_styles(person, text, _ONE_PERSON))


_PEERAGE = re.compile(r"\b(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess)\s$")


def _styled(person: Person, text: str, every: bool = True) -> bool:
    """Every mention carries a peer's style and no first name ("Lord Swan"); with
    ``every`` false, any mention carries one ("David Sainsbury ... Lord Sainsbury")."""
    if every and person.first_name is not None:
        return False
    styled = _styles(person, text, _PEERAGE)
    return all(styled) if every else any(styled)


_STYLE_READ = 12  # characters before a mention read for the style it carries


def _styles(person: Person, text: str, style: re.Pattern[str]) -> Iterator[bool]:
    """For each mention, whether ``style`` ends right before it ("Lord ", "Ms ")."""
    return (
        style.search(text, max(0, m.start - _STYLE_READ), m.start) is not None
        for m in person.mentions[:MAX_BUCKET]
    )


def _longer_form(a: str, b: str) -> bool:
    """One first name is the other with a letter added at the end: a name of its own
    ("Steve" / "Steven", "Louis" / "Louise", "Paul" / "Paula"), not a slip of the keys."""
    a, b = sorted((name_key(a), name_key(b)), key=len)
    return len(b) == len(a) + 1 and b.startswith(a)


def _offices(person: Person) -> set[str]:
    return {t.office for t in person.titles[:MAX_BUCKET]}


def _addressed(person: Person) -> bool:
    """Named by an office in place of a first name ("President Barker"); an office told
    after the name ("Mr Cotres, leader of the union") describes someone already named."""
    starts = {m.start for m in person.mentions[:MAX_BUCKET]}
    return any(any(0 <= start - t.end <= 2 for start in starts) for t in person.titles[:MAX_BUCKET])


# "Riko and Rika", "Mr Heald and Mr Herald": the second name's honorific is not in its mention
_SIDE_BY_SIDE = re.compile(
    r"\s*(?:,|and|&|or|with|\(|\))?\s*(?:and\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?",
    re.I,
)


def _named_together(p1: Person, p2: Person, text: str) -> bool:
    """Named side by side ("the duo Riko and Rika", "Smith, Smyth"): two people, not one."""
    for m1 in p1.mentions[:MAX_BUCKET]:
        for m2 in p2.mentions[:MAX_BUCKET]:
            first, second = (m1, m2) if m1.start < m2.start else (m2, m1)
            gap = text[first.end : second.start]
            if _SIDE_BY_SIDE.fullmatch(gap):
                return True
    return False


_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_SEP = r"\s*(?:,|&|\band\b|/)\s*"
_FIXTURE = r"\s+(?:v|vs\.?)\s+"
# A mention inside a list of three names or more, or one side of a fixture.
_LISTED_BEFORE = re.compile(rf"(?:{_NAME}{_SEP}{_NAME}{_SEP}|{_NAME}{_FIXTURE})$")
_LISTED_AFTER = re.compile(rf"^(?:{_SEP}{_NAME}{_SEP}{_NAME}|{_FIXTURE}{_NAME})")
_LISTED_AROUND = (re.compile(rf"{_NAME}{_SEP}$"), re.compile(rf"^{_SEP}{_NAME}"))
_AFTER_THE = re.compile(r"\b(?:the|The)\s+(?:\d+-year-old\s+)?$")
_REACH = 60  # characters read either side of a mention


def _listed(text: str, m: Mention) -> bool:
    """In a list, line-up or team sheet ("Sheahan, Horan, O'Callaghan"), or a fixture."""
    before = text[max(0, m.start - _REACH) : m.start]
    after = text[m.end : m.end + _REACH]
    if _LISTED_BEFORE.search(before) or _LISTED_AFTER.match(after):
        return True
    return bool(_LISTED_AROUND[0].search(before) and _LISTED_AROUND[1].match(after))


def _not_a_name(person: Person, text: str) -> bool:
    """Every mention follows "the": "the 22-year-old Scot", "the Sri Lankan authorities"."""
    return all(
        _AFTER_THE.search(text[max(0, m.start - 20) : m.start])
        for m in person.mentions[:MAX_BUCKET]
    )


def _another_person(slip: Person, surnames: dict[str, int]) -> bool:
    """A surname alone that is exactly someone else's: that person, not a slip."""
    key = _key(slip.surname)
    return slip.first_name is None and surnames.get(key, 0) > 0


def _deletions(key: str) -> set[str]:
    """The key and every form of it with one letter dropped: two spellings one edit apart
    (a letter added, dropped, changed or swapped) always share one of these."""
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


def _candidate_pairs(people: list[Person]) -> list[tuple[int, int]]:
    """Pairs of people whose surnames are at most one edit apart, found through an index
    of spelling keys rather than by comparing everyone with everyone."""
    later = later_partners((_deletions(name_key(p.surname)) for p in people), MAX_BUCKET)
    return [(i, j) for i, js in later.items() for j in js]


def check(facts: Facts) -> Iterator[Flag]:
    """Flag pairs of names that look like one person spelled two ways."""
    people = facts.people
    reported: set[frozenset[str]] = set()
    surnames: dict[str, int] = {}
    for person in people:
        if person.first_name is not None:
            surnames[_key(person.surname)] = surnames.get(_key(person.surname), 0) + 1
    for n, (i, j) in enumerate(_candidate_pairs(people)):
        if n % 64 == 0:
            budget.check()
        p1, p2 = people[i], people[j]
        if not _same_person_spelled_twice(p1, p2, facts.text):
            continue
        # The rarer spelling is the likely slip; quote it beside the usual one. Relatives
        # sharing the usual spelling make one slip, reported once.
        usual, slip = (p1, p2) if len(p1.mentions) >= len(p2.mentions) else (p2, p1)
        # With one first name and near-identical surnames, "two people named side by side
        # or in a list" cannot explain it ("John Terry ... and John Tirry"); with a
        # surname alone, it can.
        same_first = p1.first_name is not None and p1.first_name == p2.first_name
        if not same_first and (
            _named_together(p1, p2, facts.text)
            or all(_listed(facts.text, m) for m in slip.mentions[:MAX_BUCKET])
        ):
            continue
        if _not_a_name(slip, facts.text) or _another_person(slip, surnames):
            continue
        spellings = frozenset({name_key(usual.surname), name_key(slip.name)})
        if spellings in reported:
            continue
        reported.add(spellings)
        # the usual spelling where it is written as fully as the slip ("Callum McQuarrie"
        # for "Calum McQuarrie", not the headline's "McQuarrie")
        words = len(slip.mentions[0].text.split())
        shown = next((m for m in usual.mentions if len(m.text.split()) >= words), usual.mentions[0])
        yield (
            Flag(
                check=CHECK_ID,
                # one first name, spelled the same: one person; a surname alone may be another
                severity="high"
                if usual.first_name and usual.first_name == slip.first_name
                else "medium",
                message=(
                    f"One name spelled two ways? {usual.name!r} "
                    f"({len(usual.mentions)}x) and {slip.mentions[0].text!r} "
                    f"({len(slip.mentions)}x)."
                ),
                evidence=facts.passages(
                    shown.sentence,
                    slip.mentions[0].sentence,
                    marks=[(m.start, m.end) for m in (shown, slip.mentions[0])],
                ),
            )
        )
