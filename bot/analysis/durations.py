"""Lengths of time and what each is the length of: "jailed for 30 months" (the jailing),
"the three-month price freeze" (the freeze), "over the festival's five days" (the
festival), "closes after nine years" (the show that closes), "the strike will last 48
hours" and "the festival runs for a fortnight" (the strike, the festival).

Lengths are not figures: a figure's clause keeps them as its time. number-conflict reads
them here for one thing's length told twice with two values
(bot.checks.retold_durations). Runs as the ``newsroom_durations`` pipeline component and
stores ``doc._.durations``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from bot.analysis import budget
from bot.analysis.numbers import QUALIFIERS, parse_amount

# days in each unit of phrase_parts.DURATIONS (a month and a year: the calendar's averages)
_DAYS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
    "fortnight": 14.0, "month": 30.44, "year": 365.25, "decade": 3652.5,
}  # fmt: skip
# verbs whose length is their subject's: "the strike will last 48 hours", "the festival
# runs for a fortnight" (the strike, the festival)
_LASTING = {"last", "run", "continue", "span"}
_NOUN_TAGS = {"NOUN", "PROPN"}  # "The Kingsbridge Arts Festival will run for a fortnight"
# What a length of these is not one thing's: a period a figure is counted over ("the
# 12-month period", "a three-year high"), a stretch of a story's time.
_NOT_A_THING = {
    "period", "high", "low", "time", "history", "record", "span", "average", "window",
    "mark", "old", "age", "timescale", "timeframe", "horizon", "cycle", "basis", "gap",
    "interval", "break", "lead", "deadline", "limit", "maximum", "minimum", "spell",
    # products a length names, one of a range ("the 10-year yield", "a two-year fix")
    "yield", "bond", "note", "gilt", "treasury", "bill", "mortgage", "rate", "fix", "swap",
    "loan", "ticket", "pass", "visa", "warranty", "subscription", "plan",
}  # fmt: skip
# words that pick one of several lengths, or another one ("the first three days", "the
# next two years", "another six months", "the final 10 minutes")
_PICKING = {
    "first", "last", "next", "past", "final", "previous", "coming", "opening", "remaining",
    "following", "additional", "extra", "further", "other", "another", "more", "new",
    "original", "initial", "second", "third", "same", "each", "every", "per",
}  # fmt: skip
_AFTER_WORDS = {"later", "ago", "earlier", "before", "after", "old", "since", "into"}
_SIZE_DEPS = {"compound", "nmod", "amod"}
_QUALIFIERS_LONGEST_FIRST = sorted(QUALIFIERS.items(), key=lambda q: -len(q[0]))
_QUALIFIER_WORDS = 3  # words read before a number for its qualifier ("just over", "more than")
_CLAUSE_STEPS = 6  # heads climbed from a noun to its clause's verb
MAX_LENGTHS = 400  # a text of thousands of lengths is a table: the story's first are read


@dataclass(frozen=True)
class Length:
    """One length of time and what it is the length of.

    Attributes:
        days: its value in days (a month and a year as averaged).
        units: the units it was told in ("month", "year"; two for "three hours and 12
            minutes"): told in one unit, two tellings must agree exactly.
        qualifier: "over", "under", "about", "up to", "at least" or "".
        thing: the lemma of the noun it sizes ("freeze" in "the three-month price
            freeze"), or whose it is ("festival" in "the festival's five days"); "".
        prefix: the compound before that noun ("prison" in "prison term").
        holder: the possessor of the noun it sizes ("Whitlow" in "Whitlow's three-year
            term", "show" in "the show's run"), or "" .
        verb: the lemma of the verb it is the length of ("jail" in "jailed for 30
            months"), or ""; subject: that verb's subject, a lemma or a name.
        definite: "the" or a possessive opens the thing: one told before.
    """

    text: str
    start: int
    end: int
    sentence: int
    days: float
    units: tuple[str, ...]
    qualifier: str = ""
    thing: str = ""
    prefix: str = ""
    holder: str = ""
    verb: str = ""
    subject: str = ""
    definite: bool = False


def _number(unit: Token) -> Token | None:
    number = next((c for c in unit.children if c.dep_ == "nummod" and c.like_num), None)
    if number is None and unit.lemma_.lower() == "fortnight":
        # "a fortnight": one, told by its article
        return next((c for c in unit.children if c.dep_ == "det" and c.lower_ == "a"), None)
    return number


def _value(number: Token) -> float | None:
    """The number's value, "and a half" added ("two and a half years")."""
    value = 1.0 if number.lower_ == "a" else parse_amount(number.text)
    if value is None or value <= 0:
        return None
    halves = [c for c in number.children if c.dep_ == "conj" and c.lower_ == "half"]
    return value + 0.5 if halves else value


def _qualifier(doc: Doc, number: Token) -> str:
    before = doc[max(0, number.i - _QUALIFIER_WORDS) : number.i].text.lower()
    for words, qualifier in _QUALIFIERS_LONGEST_FIRST:
        if before.endswith(words):
            return qualifier
    return ""


def _picked(unit: Token, number: Token) -> bool:
    """ "the first three days", "another six months": one of several lengths."""
    words = [c.lower_ for c in (*unit.children, *number.children)]
    before = unit.doc[max(0, number.i - 2) : number.i]
    # "will last 48 hours": the verb, not "the last three days"
    picking = (t for t in before if t.lower_ in _PICKING and t.pos_ not in {"VERB", "AUX"})
    return any(w in _PICKING for w in words) or any(picking)


def _read(unit: Token) -> Length | None:
    number = _number(unit)
    if number is None or unit.pos_ != "NOUN":
        return None
    value = _value(number)
    following = unit.doc[unit.i + 1 : unit.i + 3]
    after = next((t for t in following if t.text != "-"), None)  # "four-year-old": "old"
    if value is None or (after is not None and after.lower_ in _AFTER_WORDS):
        return None  # "three days later", "six years ago", "a four-year-old"
    if _picked(unit, number):
        return None
    units: tuple[str, ...] = (unit.lemma_.lower(),)
    days = value * _DAYS[units[0]]
    start, end = min(number.i, unit.i), unit.i + 1
    for more in (c for c in unit.children if c.dep_ == "conj" and c.lemma_.lower() in _DAYS):
        # "three hours and 12 minutes": one length in two units
        more_number = _number(more)
        more_value = _value(more_number) if more_number is not None else None
        if more_value is not None:
            units += (more.lemma_.lower(),)
            days += more_value * _DAYS[units[-1]]
            end = more.i + 1
    doc = unit.doc
    found = Length(
        text=doc[start:end].text,
        start=doc[start].idx,
        end=doc[end - 1].idx + len(doc[end - 1]),
        sentence=int(doc._.token_sentence[unit.i]),
        days=days,
        units=units,
        qualifier=_qualifier(doc, number),
    )
    return _framed(found, unit)


def _framed(found: Length, unit: Token) -> Length | None:
    """What the length is of, read from where the parse puts it."""
    head = unit.head
    possessor = next((c for c in unit.children if c.dep_ == "poss"), None)
    if possessor is not None and possessor.pos_ in {"NOUN", "PROPN"}:
        # "over the festival's five days"
        return _of(found, thing=possessor.lemma_.lower(), definite=True)
    if unit.dep_ in _SIZE_DEPS and head.pos_ == "NOUN" and head.i > unit.i:
        # "the three-month price freeze", "Whitlow's three-year prison term"
        held = next((c for c in head.children if c.dep_ == "poss"), None)
        opened = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children)
        prefix = " ".join(
            c.lemma_.lower() for c in head.children if c.dep_ == "compound" and c.i != unit.i
        )
        holder = "" if held is None else _name_or_lemma(held)
        return _of(
            found, thing=head.lemma_.lower(), prefix=prefix, holder=holder,
            subject=_clause_subject(head), definite=opened or held is not None,
        )  # fmt: skip
    if unit.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return _of(found, thing=head.head.lemma_.lower())  # "a sentence of 30 months"
    verb = None
    if unit.dep_ == "pobj" and head.lower_ in {"for", "after", "in", "within", "over"}:
        verb = head.head
    elif unit.dep_ in {"dobj", "npadvmod"} and head.lemma_.lower() in _LASTING:
        verb = head  # "will last 48 hours"
    if verb is not None and verb.pos_ in {"VERB", "AUX"}:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            subject = verb.head  # "The festival, which runs for 11 days": the festival
        named = "" if subject is None else _name_or_lemma(subject)
        if verb.lemma_.lower() in _LASTING and subject is not None and subject.pos_ in _NOUN_TAGS:
            return _lasting(found, verb.lemma_.lower(), subject)
        return _of(found, verb=verb.lemma_.lower(), subject=named)
    return None


def _lasting(found: Length, verb: str, subject: Token) -> Length | None:
    """ "The strike will last 48 hours": the length of the strike, told back when the
    strike is one told before ("the", a possessive); "the second strike" is one of
    several."""
    if any(c.lower_ in _PICKING for c in subject.children):
        return None
    held = next((c for c in subject.children if c.dep_ == "poss"), None)
    opened = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in subject.children)
    prefix = " ".join(c.lemma_.lower() for c in subject.children if c.dep_ == "compound")
    thing = subject.lemma_.lower()
    return _of(
        found, thing=thing, prefix=prefix, verb=verb, subject=thing,
        holder="" if held is None else _name_or_lemma(held), definite=opened or held is not None,
    )  # fmt: skip


def _clause_subject(noun: Token) -> str:
    """The subject of the clause a noun stands in ("Friends ended its 10-year run":
    Friends), read up through at most a few heads."""
    head = noun
    for _ in range(_CLAUSE_STEPS):
        if head.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            return "" if subject is None or subject == noun else _name_or_lemma(subject)
        if head.head == head:
            break
        head = head.head
    return ""


def _name_or_lemma(token: Token) -> str:
    return token.text if token.pos_ == "PROPN" else token.lemma_.lower()


def _of(
    found: Length, *, thing: str = "", prefix: str = "", holder: str = "", verb: str = "",
    subject: str = "", definite: bool = False,
) -> Length | None:  # fmt: skip
    if thing in _NOT_A_THING or thing in _DAYS:
        return None
    return replace(
        found, thing=thing, prefix=prefix, holder=holder, verb=verb, subject=subject,
        definite=definite,
    )  # fmt: skip


def extract_durations(doc: Doc) -> list[Length]:
    """The lengths of time in ``doc`` that say what they are the length of, in order."""
    found: list[Length] = []
    # compared as the vocabulary's hashes: no string is made for the other tokens
    units = {doc.vocab.strings.add(form) for unit in _DAYS for form in (unit, f"{unit}s")}
    for token in doc:
        if token.lower in units and token.pos_ == "NOUN" and token.lemma_.lower() in _DAYS:
            length = _read(token)
            if length is not None:
                found.append(length)
                if len(found) >= MAX_LENGTHS:
                    break
        if token.i % 2048 == 0:
            budget.check()
    return found


@Language.component("newsroom_durations")
def durations_component(doc: Doc) -> Doc:
    """Pipeline step: fill ``doc._.durations``."""
    budget.check()
    doc._.durations = extract_durations(doc)
    return doc
