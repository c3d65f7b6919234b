"""The event and the thing a figure counts, whichever words tell them: "14 people died",
"17 people were killed" and "17 people lost their lives" count one toll; "cut 320 jobs",
"380 jobs will go" and "made 380 staff redundant" one cut; "a crowd of 31,000" and "The
attendance was 36,000" one crowd; "jailed for six years", "sentenced to six years" and "The
sentence was four years" give one prison term. Ties that rest on these names, not on the
copy's own words, are weaker (number-conflict makes them hints).

A prison term is a duration, which the entity recogniser calls a date and the figure
reader would pass over; crime copy states it as the story's figure, so it is read as one.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from bot.analysis.model import Figure

# Verbs of one event, by the name number-conflict compares.
_SAME_EVENT = {
    "kill": "die", "perish": "die", "life": "die", "hurt": "injure", "wound": "injure",
    "detain": "arrest",
    "redundant": "cut",
    "imprison": "jail", "sentence": "jail", "gaol": "jail",
    "axe": "cut", "shed": "cut", "slash": "cut",
    "survey": "take part", "poll": "take part", "question": "take part",
    "interview": "take part", "ask": "take part",
    "rise": "rise", "climb": "rise", "jump": "rise", "soar": "rise", "surge": "rise",
    "gain": "rise", "grow": "rise", "increase": "rise",
    "fall": "fall", "drop": "fall", "slump": "fall", "plunge": "fall", "decline": "fall",
    "decrease": "fall", "slip": "fall", "dip": "fall", "tumble": "fall", "slide": "fall",
    "shrink": "fall",
}  # fmt: skip
# Verbs with a particle or a complement that tell one of those events: "left 27 people
# dead", "Nine people have been confirmed dead", "were made redundant", "laid off 600
# staff", "locked up for seven years".
_PHRASAL = {
    ("leave", "dead"): "die", ("make", "redundant"): "cut", ("lay", "off"): "cut",
    ("be", "dead"): "die", ("confirm", "dead"): "die", ("report", "dead"): "die",
    ("lock", "up"): "jail", ("go", "up"): "rise", ("go", "down"): "fall",
}  # fmt: skip
_COMPLEMENT_DEPS = {"dobj", "prt", "oprd", "acomp", "xcomp", "ccomp", "advmod"}
# Nouns of one thing: "a crowd of 45,000" / "The attendance was 48,000", "340 staff" /
# "410 workers", "the loss of 640 jobs" / "the loss of 460 roles".
_SAME_THING = {
    "attendance": "crowd", "spectator": "crowd",
    "staff": "worker", "employee": "worker", "post": "job", "role": "job", "house": "home",
}  # fmt: skip
# Nouns of one sum: "fined £12,500" / "the £15,000 penalty" (a count of penalties is kicks)
_SAME_SUM = {"penalty": "fine"}
_JOBS = {"job", "post", "role", "position"}
# Nouns naming jobs lost ("1,500 job cuts"), counted as the jobs a cut takes.
_JOB_LOSSES = {"cut", "loss", "losses", "redundancy"}
#: the verb a prison term's figure is compared by, whichever told it
TERM_EVENT = "jail"
#: the events a change is told by, whichever verb tells it ("climbed", "jumped": "rise")
CHANGE_EVENTS = {"rise", "fall"}
#: the event of jobs lost, however told ("axed", "made redundant", "lost their jobs")
JOBS_CUT = "cut"
_TERM_THING = "sentence"
_TERM_UNITS = {"year", "month", "week", "day"}
# a ban or a suspension is a term imposed too ("banned for eight weeks", "the six-week ban")
_TERM_NOUNS = {
    "sentence", "term", "jail", "prison", "imprisonment", "custody", "detention", "ban",
    "suspension",
}  # fmt: skip
_TERM_VERBS = {"jail", "imprison", "sentence", "gaol", "lock", "ban", "suspend"}
# "will spend nine years behind bars", "served six years in prison"
_TERM_STAYS = {"spend", "serve"}
_BARS = {"bar", "bars", "jail", "prison", "custody"}
_PREPOSITIONS = {"for", "to", "of", "in"}
# "Of the 23 injured", "all 40 dead": people named by what befell them, with no noun
_CASUALTIES = {
    "injured": "injure", "wounded": "injure", "hurt": "injure", "dead": "die", "killed": "die",
    "missing": "missing",
}  # fmt: skip
_CASUALTY_OPENERS = {"the", "all", "those"}


def event_of(verb: Token, noun: Token | None = None) -> str:
    """The name of the event ``verb`` tells of ``noun``, the thing counted: "kill",
    "perish" and "lose ... lives" are "die"; "imprison" and "sentence" are "jail"; jobs
    that "go", are "lost" or "axed" are "cut"; people surveyed "take part"."""
    lemma = verb.lemma_.lower()
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in _COMPLEMENT_DEPS}
    if lemma == "lose" and objects & {"life", "live"}:
        return "die"
    if lemma == "lose" and objects & _JOBS:
        return "cut"  # "410 workers lost their jobs"
    if lemma == "take" and "part" in objects:
        return "take part"
    phrasal = next((_PHRASAL[(lemma, o)] for o in sorted(objects) if (lemma, o) in _PHRASAL), "")
    if phrasal:
        return phrasal
    if noun is not None and noun.lemma_.lower() in _JOBS and lemma in {"go", "lose"}:
        return "cut"
    return _SAME_EVENT.get(lemma, lemma)


def casualty_event(span: Span) -> str:
    """The event of "the 23 injured" or "all 40 dead" (people it befell, no noun after:
    not "the 23 injured passengers", whose noun the figure reader reads; nor "the 12
    injured seriously", some of them), or ""."""
    doc = span.doc
    if span.start == 0 or span.end + 1 >= len(doc):
        return ""
    before, word, after = doc[span.start - 1], doc[span.end], doc[span.end + 1]
    if before.lower_ not in _CASUALTY_OPENERS or word.lower_ not in _CASUALTIES:
        return ""
    return "" if after.pos_ in {"NOUN", "PROPN", "ADV"} else _CASUALTIES[word.lower_]


def plain_event(verb: Token) -> str:
    """The event the verb tells by itself, whatever its objects say."""
    lemma = verb.lemma_.lower()
    return _SAME_EVENT.get(lemma, lemma)


def same_thing(lemma: str, kind: str = "count") -> str:
    """The name number-conflict compares a counted thing by; ``kind`` is the figure's
    ("money" names sums)."""
    if kind == "money" and lemma in _SAME_SUM:
        return _SAME_SUM[lemma]
    return _SAME_THING.get(lemma, lemma)


def _as_job_losses(frame: dict[str, Any], noun: Token) -> dict[str, Any] | None:
    """ "The 1,500 job cuts": a count of jobs cut, as "cut 1,500 jobs" is; None when
    ``noun`` names no job losses."""
    jobs = [c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in _JOBS]
    if noun.lemma_.lower() not in _JOB_LOSSES or not jobs:
        return None
    job = jobs[0].lemma_.lower()
    return {"thing": job, "narrowing": frame["narrowing"] - {job, jobs[0].lower_}}


# A term not imposed: the law's "maximum sentence", the "term of eight years" prosecutors
# "argued for", what a defendant "could" or "faces".
_NOT_IMPOSED = {"maximum", "minimum", "possible", "potential", "proposed", "recommended"}
_SOUGHT = {"argue", "seek", "ask", "face", "call", "demand", "urge", "recommend", "want", "push"}


def _imposed(head: Token) -> bool:
    """The term's verb or noun gives the sentence passed, not one sought or possible."""
    if any(c.lemma_.lower() in _NOT_IMPOSED for c in head.children):
        return False
    verb = head
    for _ in range(3):  # "argued for a term of": noun, "for", verb
        if verb.pos_ in {"VERB", "AUX"} or verb.head == verb:
            break
        verb = verb.head
    if verb.lemma_.lower() in _SOUGHT:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in {"could", "may", "might"} for c in verb.children)


def term_imposed(unit: Token) -> bool:
    """``unit`` ("years" of "six years") is a prison term or a ban: "jailed for six years",
    "sentenced to six years", "six years in prison", "a sentence of six years", "The
    sentence was six years". Not "for six years he worked", nor "served six years in the
    army"."""
    if unit.lemma_.lower() not in _TERM_UNITS:
        return False
    for _ in range(3):  # "jailed for six years for fraud and two years for theft"
        if unit.dep_ != "conj" or unit.head.lemma_.lower() not in _TERM_UNITS:
            break
        unit = unit.head
    places = [g for c in unit.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    if any(g.lemma_.lower() in _TERM_NOUNS for g in places):
        return True  # "six years in jail"
    head = unit.head
    if head.dep_ == "prep" and head.lower_ in _PREPOSITIONS and head.head != head:
        head = head.head  # "jailed for", "sentenced to", "a sentence of"
    lemma = head.lemma_.lower()
    if lemma in _TERM_VERBS or (lemma in _TERM_NOUNS and head.pos_ == "NOUN"):
        return _imposed(head)
    if lemma in _TERM_STAYS and any(
        g.lemma_.lower() in _BARS or g.lower_ in _BARS
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in {"behind", "in"}
        for g in c.children
    ):
        return True  # "will spend nine years behind bars"
    # "The sentence was four years": "be" measuring a sentence
    return lemma == "be" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _TERM_NOUNS and _imposed(c)
        for c in head.children
    )


def _as_term(frame: dict[str, Any], unit: Token) -> dict[str, Any]:
    """A prison term's frame: the thing is the sentence, whose owner is the person jailed
    ("The sentence was four years" names none; "He was jailed" names someone, whom the
    frame cannot tell from the man named before), and the term is not its clause's time."""
    owner = "" if frame["owner"] in _TERM_NOUNS else frame["owner"]
    verb = unit.head.head if unit.head.dep_ == "prep" else unit.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not owner and subjects and subjects[0].pos_ == "PRON":
        # "He was jailed for five years": someone, maybe not the man named before him
        owner = subjects[0].lower_
    return {
        "thing": _TERM_THING,
        "raw_thing": _TERM_THING,  # a prison term is read as such, not told in other words
        # "the 11-year sentence": how long the term is, not a label naming one of several
        "role": "amount",
        "size": None,
        "owner": owner,
        "owner_words": frame["owner_words"] if owner == frame["owner"] else frozenset(),
        # "two-year" of "a two-year sentence" is the term, not a time of its clause
        "times": frozenset(
            t for t in frame["times"] if unit.lower_ not in t.replace("-", " ").split()
        ),
    }


def is_term(figure: Figure) -> bool:
    """A prison term read as a figure ("six" of "jailed for six years")."""
    return getattr(figure, "thing", "") == _TERM_THING and figure.counted in _TERM_UNITS


def told_as(frame: dict[str, Any], predicate: str, noun: Token | None, term: bool) -> str:
    """The verb a figure is compared by, and its frame made to match the other tellings: a
    prison term (``term``, of the unit ``noun``) is a sentence jailed for; "1,500 job cuts"
    are jobs cut; "The death toll stood at 11" counts people who died; workers laid off are
    jobs cut."""
    if term and noun is not None:
        frame.update(_as_term(frame, noun))
        return TERM_EVENT
    losses = _as_job_losses(frame, noun) if noun is not None else None
    if losses is not None:
        frame.update(losses)
        predicate = JOBS_CUT
    if frame["thing"] == "toll":
        frame.update(thing="people", narrowing=frame["narrowing"] - {"death"})
        return "die"
    if predicate == JOBS_CUT and frame["thing"] == "worker":
        frame["thing"] = "job"
    return predicate
