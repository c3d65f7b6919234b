"""The frame of a figure, which number-conflict compares: what it counts, whose, narrowed
how, when and where, read from the parse around it (:class:`ReadFigure`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeGuard

from spacy.tokens import Span, Token

from bot.analysis.figure_events import event_of, same_thing
from bot.analysis.figure_reference import ANNOUNCED, named_before, opened_through_of, picked_by
from bot.analysis.model import Figure
from bot.analysis.numbers import (
    MEASURE_VERBS,
    ClauseSettings,
    clause_verb,
    narrowing_of,
    owner_of,
    role_of,
    subject_of,
)

_TOTALS = {"total", "tally"}  # "a total of 1,450 runners": the runners, counted
_DESCRIBING_WORDS = 3  # adjectives read back from a figure to the article opening its phrase
_PHRASE_DEPTH = 8  # heads climbed from a figure to the subject phrase holding it


@dataclass(frozen=True)
class ReadFigure(Figure):
    """A figure with the frame number-conflict compares: two figures are one quantity only
    when they are the same thing of the same owner, narrowed alike, at one time and place.

    Attributes:
        role: "amount" (how many or how much of a thing); "label" (names one item: "the
            60m title", "number eight", "a 24-race calendar"); "part" ("seventeen of the
            31 counts", the "one" of "one in ten"); "rate" ("$50 a barrel", the "ten" of
            "one in ten"); "extra" ("another five").
        thing: the noun whose quantity it is (the counted noun, the noun it is "of":
            "profits of $2m", or the subject a verb like "be" measures: "the fine was
            $20,000"), by the name things told in other words share ("attendance" and
            "spectators" are a "crowd"; bot.analysis.figure_events).
        owner: lemma or name of the subject of the figure's verb, "" when unstated or a
            pronoun; owner_words its modifiers. holder: the thing's possessor ("Sarah's
            costs"), kept apart: who pays and whose costs are different relations;
            holder_words its modifiers ("South Holland District Council's").
        narrowing: the words narrowing the thing ("marginal" seats, "net" profit, "42-inch").
        times / places: date and place names in the figure's own clause, and in the
            clause reporting it ("In Syria, officials said 45 people died").
        definite: the thing is referred back to ("the 31 counts", "all 30 counts").
        participle: the event of a participle describing the thing ("28 people detained
            globally"), the verb of its count as much as the clause's.
        picked_by: for a thing opened by "the" whose only clause is a bare verb ("the 1.4
            million Canadians who filed late"), that verb's lemma: the clause picks a
            subset, unless it tells again what the count told before did ("1.2 million
            Canadians filed late"); "" otherwise.
        wording: the text's own lemmas of the verb and the thing, before the events and
            things told in other words are named alike ("killed" and "died" are "die").
        owner_kind: "name" ("Royle"), "one" (a noun for one: "a man", "a wildfire"),
            "the one" (one referred back to: "the firm", "the blaze"), "many" ("the 19
            member countries") or "one of several" ("the cheapest"); "" when there is no
            owner. holder_kind: the same for the holder, or "pronoun" ("their 12 points").
        size: for a figure joined to its unit before a noun ("a 240-unit complex", "the
            eight-game ban", "Her 9,278-vote tally"), the unit, the noun whose size it
            gives, and whether that noun points back ("the", a possessive); else None.
    """

    role: str = "amount"
    thing: str = ""
    owner: str = ""
    owner_words: frozenset[str] = frozenset()
    holder: str = ""
    holder_words: frozenset[str] = frozenset()
    narrowing: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    definite: bool = False
    participle: str = ""
    picked_by: str = ""
    owner_kind: str = ""
    holder_kind: str = ""
    wording: tuple[str, str] = ("", "")
    size: tuple[str, str, bool] | None = None


def _kind_of(owner: Token | None) -> str:
    if owner is None:
        return ""
    if owner.pos_ == "PRON":
        return "pronoun"  # "their 12 points": someone's, unnamed
    if owner.pos_ == "PROPN":
        return "name"
    if owner.tag_ == "JJS":
        return "one of several"  # "the cheapest": never the one named elsewhere
    if owner.tag_ in {"NNS", "NNPS"}:
        return "many"
    return "the one" if any(c.lower_ == "the" for c in owner.children) else "one"


def determiner_before(span: Span) -> Token | None:
    """The article or possessive opening a figure's noun phrase, over the adjectives
    between ("Arsenal's stunning £100m deal"), or None."""
    doc = span.doc
    for i in range(span.start - 1, max(-1, span.start - 1 - _DESCRIBING_WORDS), -1):
        token = doc[i]
        if token.lower_ in {"a", "an", "the"} or token.tag_ in {"POS", "PRP$"}:
            return token
        if token.pos_ not in {"ADJ", "ADV"}:
            return None
    return None


def _within(token: Token, phrase: Token) -> bool:
    """``token`` stands in ``phrase``'s own words, no clause between them ("Sentencing on
    the 14 counts"), not in a clause hung on it ("Notewell, which raised $200m")."""
    node = token
    for _ in range(_PHRASE_DEPTH):
        if node.head == node or (node.head.pos_ in {"VERB", "AUX"} and node.head != phrase):
            return False
        node = node.head
        if node == phrase:
            return True
    return False


def size_of(span: Span) -> tuple[str, str, bool] | None:
    """A figure written onto its unit before a noun gives that noun's size: "a 240-unit
    complex" has 240 units, "the eight-game ban" lasts eight games, "a 2,900-strong
    workforce" is 2,900 of the workforce. The unit, the noun sized, and whether the noun
    points back; None for any other figure ("the 60m title" names a race, not a size)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text not in {"-", "–"}:
        return None
    unit = doc[span.end + 1]
    sized = unit.head
    joined = not span[-1].whitespace_ and not doc[span.end].whitespace_
    if not joined or sized.pos_ != "NOUN" or sized.i <= unit.i:
        return None
    if unit.lower_ == "strong":
        return sized.lemma_.lower(), sized.lemma_.lower(), named_before(sized)
    if unit.pos_ != "NOUN":
        return None
    return unit.lemma_.lower(), sized.lemma_.lower(), named_before(sized)


def _common_noun(token: Token | None, noun: Token | None) -> TypeGuard[Token]:
    """A noun naming a thing, not a name; the figure's own noun may be one the tagger took
    for a verb or an adjective ("an £8m bid": bot.analysis.figures reads it as the noun)."""
    if token is None:
        return False
    if token.tag_ == "NNPS" and token.ent_type_ == "NORP":
        return True  # "23 million Americans", "300 Afghans": people, counted by their nation
    return token.pos_ == "NOUN" or (token == noun and token.pos_ in {"VERB", "ADJ"})


# Not speakers.SPEECH_VERBS: after "urged", "asked" or "called on", "it" is whoever was
# urged; "reported", "disclosed" and "revealed" are how a firm gives its own figures.
_SAYING = {"say", "tell", "announce", "report", "confirm", "add", "disclose", "reveal"}


def _named(token: Token | None, verb: Token) -> Token | None:
    """A pronoun in what a name said is mostly the name ("Castlegate said it had cut
    spending by $600m", "Greaves said its 12.3% share ..."); other pronouns stay unknown."""
    if token is None or token.lower_ not in {"it", "its", "they", "their"}:
        return token
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING:
        return token
    sayer = subject_of(verb.head)
    if sayer is None or sayer.pos_ not in {"PROPN", "NOUN"}:
        return token
    # "it" is one thing, or a firm whatever its name ("Greaves"); "they" a group, or a
    # firm ("Engineers said it would ..." is not the engineers).
    one = token.lower_ in {"it", "its"}
    fits = sayer.tag_ != "NNS" if one else sayer.tag_ in {"NNS", "NNPS", "NNP"}
    return sayer if fits else token


#: whom "his" or "her" stands for, as an owner is read (surname, other words), or None
PersonOf = Callable[[Token], tuple[str, frozenset[str]] | None]
_PERSONAL = {"his", "her"}


def through_total(anchor: Token) -> Token:
    """ "A total of 1,450 runners finished": the "total" the figure's noun hangs from stands
    for the figure in its clause (its subject is the runners, not a total); the anchor
    itself otherwise."""
    of = anchor.head
    if of.lower_ == "of" and of.dep_ == "prep" and of.head.lemma_.lower() in _TOTALS:
        return of.head
    return anchor


def read_frame(
    span: Span,
    noun: Token | None,
    value: tuple[float, float | None, str],
    settings: ClauseSettings,
    person_of: PersonOf | None = None,
) -> dict[str, Any]:
    """The frame of one figure, as keyword arguments of :class:`ReadFigure` (with the
    thing's own lemma as ``raw_thing``, which the caller folds into ``wording``);
    ``person_of`` reads whom "his" or "her" holding the thing stands for."""
    skip = set(range(span.start, span.end))
    anchor = noun if noun is not None else span.root
    # The figure's own "m" of "£17.8m" may be tagged a verb ("is worth £17.8m and is
    # expected ..."): its clause is the one the figure stands in, not one of its own.
    own_verb = anchor.i in skip and anchor.pos_ in {"VERB", "AUX"} and anchor.head != anchor
    through = through_total(anchor)
    verb = clause_verb(anchor.head if own_verb else through)
    thing = noun
    of = anchor.head
    if thing is None and of.dep_ == "prep" and of.lower_ == "of" and of.head.pos_ == "NOUN":
        thing = of.head  # "profits of $2m", "a speed of 70 teraflops"
    subject = subject_of(verb) if verb != anchor else None
    if subject is not None and (subject.i in skip or subject.i == through.i != anchor.i):
        subject = None  # "45% reported": the figure is the subject
    measures = verb.lemma_.lower() in MEASURE_VERBS and subject is not None
    if thing is None and measures:
        thing, subject = subject, None  # "the fine was $20,000": the fine's amount
    if thing is not None and subject is not None and thing.i == subject.i:
        subject = None  # "14 people were killed": the thing counted, not its owner
    if subject is not None and _within(anchor, subject):
        subject = None  # "Sentencing on the 14 counts is set": the phrase it stands in
    if subject is None:
        # "£1.7m was earned by 24 MPs", "14 people were killed by a bomb": the agent is
        # who does it, as the subject of "24 MPs earned £1.7m" is.
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    subject = _named(subject, verb)
    role = role_of(span, noun, *value)
    if subject is not None and subject.lower_ == "each" and role == "amount":
        role = "rate"  # "Each of the five authors received £2,500": so much a head
    # A name is not a thing counted ("Radio 5", "Mercedes 1:35.782").
    counted = noun.lemma_.lower() if _common_noun(noun, noun) else ""
    if role == "part" and value[2] == "percent" and subject is not None and measures:
        # "The stake amounts to 18% of the company": the stake's size, told as a share
        thing, subject, role, counted = subject, None, "amount", ""
    children = list(thing.children) if thing is not None else []
    possessor = next((c for c in children if c.dep_ == "poss"), None)
    opener = determiner_before(span)
    if possessor is None and opener is not None and opener.tag_ == "POS" and opener.i > 0:
        possessor = span.doc[opener.i - 1]  # "United's £60m deal", however it was parsed
    if possessor is None and thing is not None and verb.lemma_ == "be" and thing.head == verb:
        # "The attendance of 19,870 was Wexley's biggest of the season": Wexley's crowd
        told = [c for c in verb.children if c.dep_ in {"attr", "acomp"}]
        possessor = next(
            (c for t in told for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"),
            None,
        )
    possessor = _named(possessor, verb)
    owner, owner_words = owner_of(subject, skip)
    holder, holder_words = owner_of(possessor, skip)
    holder_kind = _kind_of(possessor)
    if holder_kind == "pronoun" and possessor is not None and possessor.lower_ in _PERSONAL:
        # "Doyle won 3,412 votes ... Her 3,241 votes were a record": the person named
        named = person_of(possessor) if person_of is not None else None
        if named is not None:
            (holder, holder_words), holder_kind = named, "name"
    times, places = settings.get(verb.i, (frozenset(), frozenset()))
    if verb.dep_ == "ccomp" and verb.head != verb:
        # "In northern Syria, rescue workers said 45 people had been killed": the place
        # and time of the saying are the reported clause's too
        said_times, said_places = settings.get(verb.head.i, (frozenset(), frozenset()))
        # ... but a clause that tells its own time keeps it ("drew 64,000 visitors over
        # four days, its organisers said on Monday": Monday is when they said it)
        times, places = times or said_times, places | said_places
    for described in (c for c in children if c.dep_ == "acl" and c.tag_ == "VBN"):
        # "The 251,000 copies sold in the UK were ...": where the participle puts the thing
        places = places | settings.get(described.i, (frozenset(), frozenset()))[1]
    # "the 31 counts": the set already named, unless a clause picks a subset of it ("the
    # two patients who lost children", "the 27 journalists charged").
    # A possessive noun refers back as "the" does ("the Green candidate's 1,428 votes"); a
    # word in quote marks ("a 'standard' 40 lashes") is no possessive.
    definite = thing is not None and (
        named_before(thing, frozenset(skip)) or opened_through_of(thing, frozenset(skip))
    )
    narrowing = narrowing_of(thing, skip)
    if definite:
        narrowing -= ANNOUNCED
    return {
        "counted": counted,
        "role": role,
        "raw_thing": thing.lemma_.lower() if _common_noun(thing, noun) else "",
        "thing": same_thing(thing.lemma_.lower(), value[2]) if _common_noun(thing, noun) else "",
        "owner": owner,
        "owner_words": owner_words,
        "holder": holder,
        "holder_words": holder_words,
        "narrowing": narrowing,
        "times": times,
        "places": places,
        "definite": definite,
        "owner_kind": _kind_of(subject) if owner else "",
        "holder_kind": holder_kind,
        "size": size_of(span),
        "participle": next(
            (event_of(c) for c in children if c.dep_ == "acl" and c.tag_ == "VBN"), ""
        ),
        "picked_by": "" if definite or thing is None else picked_by(thing, frozenset(skip)),
    }
