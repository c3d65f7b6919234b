"""Whether a figure's noun names a thing told before, for the figure's frame
(bot.analysis.figure_frames): "the", "all" or a possessive opens it, and no clause picks
some of it ("the 27 journalists charged" are some; "the 31 counts", "the report's 22
recommendations", "the 3.2 million affected customers" are the ones told before).
"""

from __future__ import annotations

from spacy.tokens import Token

from bot.analysis.figure_events import event_of, plain_event
from bot.analysis.numbers import DEFINITE_WORDS, NOT_NARROWING
from bot.analysis.phrase_parts import CHANGE_NOUNS

_SUBSET_DEPS = {"relcl", "acl", "prep", "amod"}
# what a clause may hold and still only tell its verb again: "who filed late", "sold"
_BARE_CLAUSE = {"nsubj", "nsubjpass", "aux", "auxpass", "advmod", "neg", "prt"}
_EVENT_WORDS = {"dobj", "acomp", "oprd"}
# "The new £120 grant": the one the story announced, named again; "£100m of new
# investment", "500 new jobs" are more of the thing, not the same.
ANNOUNCED = frozenset({"new"})
# "the 3.2 million affected customers": those an event the story told of reached, named
# again, not some of them picked out
_REACHED = frozenset({"affected"})
_NOT_A_SUBSET = NOT_NARROWING | ANNOUNCED | _REACHED
_DONE_AT = {"at", "during", "on"}
# occasions a thing is dealt with at, not a place some of the things are at
_OCCASIONS = {
    "meeting", "hearing", "session", "conference", "event", "launch", "briefing", "summit",
    "inquest", "inquiry", "debate", "vote",
}  # fmt: skip


def named_before(noun: Token, figure: frozenset[int] = frozenset()) -> bool:
    """The noun is one named before: "the", "all" or a possessive opens it, and no clause
    picks a subset of it ("the 27 journalists charged"); the phrase holding the figure
    itself picks none ("the crowd of 53,240")."""
    children = [c for c in noun.children if not any(t.i in figure for t in c.subtree)]
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if any(c.lower_ == "there" for c in children) or (
        after is not None and after.lower_ == "there"
    ):
        return False  # "the 402 staff there": another place's, named just before
    # "all 2.4 million customers whose data was taken": "all" says the clause picks none,
    # though a name still says whose ("All 480 pupils at St John's")
    # "all 2.3 million customers": "all" may hang from the figure's own number
    held = [t for c in noun.children if c not in children for t in c.subtree]
    whole = any(c.lower_ == "all" for c in children) or any(
        t.lower_ == "all" and t.dep_ in {"quantmod", "predet", "det"} and t.i not in figure
        for t in held
    )
    # "the £290m budget": the parse may hang "the" from the sum's "m", not from the noun
    opened = any(
        t.lower_ in DEFINITE_WORDS and t.dep_ in {"det", "predet"} and t.i not in figure
        for t in held
    )
    return (
        whole
        or opened
        or any(
            (c.lower_ in DEFINITE_WORDS and c.dep_ in {"det", "poss", "predet"}) or _possessive(c)
            for c in children
        )
    ) and not any(_picks_subset(c) and not (whole and not _names(c)) for c in children)


def opened_through_of(noun: Token, figure: frozenset[int]) -> bool:
    """ "the £2.3m of cuts", "its 400 of members": the noun is the "of" of the figure
    itself, and "the" or a possessive opens the figure, so the noun it counts is one named
    before. The parse hangs the "the" from the sum, not from the noun."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i not in figure:
        return False
    return any(
        (c.lower_ in DEFINITE_WORDS and c.dep_ in {"det", "predet"}) or c.dep_ == "poss"
        for c in of.head.children
        if c.i not in figure
    )


def picked_by(noun: Token, figure: frozenset[int]) -> str:
    """The event of the one bare verb clause picking some of a thing opened by "the" ("the
    1.4 million Canadians who filed late": "file", "the 44 staff who lost their jobs":
    "cut"); "" when another word picks, when the clause says more than its verb and
    adverbs ("who were hurt in the crush"), or when nothing opens it with "the"."""
    children = [c for c in noun.children if not any(t.i in figure for t in c.subtree)]
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in children):
        return ""
    picking = [c for c in children if _picks_subset(c)]
    if len(picking) != 1 or picking[0].dep_ not in {"relcl", "acl"}:
        return ""
    clause = picking[0]
    event = event_of(clause)
    # "the 44 staff who lost their jobs": an object that makes the verb an event ("cut")
    # is the verb's own word, not more said of them
    bare = _BARE_CLAUSE | (_EVENT_WORDS if event != plain_event(clause) else set())
    if any(c.dep_ not in bare for c in clause.children):
        return ""
    return event


def _names(child: Token) -> bool:
    """A modifier naming a place or body ("at St John's", "in Riverside Court")."""
    return child.dep_ == "prep" and any(c.pos_ == "PROPN" for c in child.subtree)


def _picks_subset(child: Token) -> bool:
    """A modifier that picks some of the things named ("the two patients who lost
    children"); a clause set off by a comma only tells more of them ("the $3.4 million
    price, which includes the premium")."""
    if child.dep_ not in _SUBSET_DEPS or child.lower_ in _NOT_A_SUBSET:
        return False
    if child.dep_ == "amod" and any(c.like_num for c in child.children):
        return False  # "the 2,600-strong workforce": how many, not which of them
    if _when_or_where_done(child):
        return False  # "will consider the 22 recommendations at a meeting": the verb's
    if child.dep_ == "prep" and child.lower_ == "in" and child.head.lemma_.lower() in CHANGE_NOUNS:
        return False  # "the 31% increase in profit": what rose, not which of the rises
    first = child.left_edge
    return not (child.dep_ == "relcl" and first.i > 0 and first.nbor(-1).text == ",")


def _when_or_where_done(child: Token) -> bool:
    """A phrase the parse hangs on the noun that tells when or at what the clause's act
    is done ("at a public meeting", "during the hearing", "on 9 July"), not which of
    the things counted; "on housing" says which."""
    if child.dep_ != "prep" or child.lower_ not in _DONE_AT:
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    if child.lower_ in {"at", "during"}:
        return any(o.lemma_.lower() in _OCCASIONS for o in objects)
    return any(o.ent_type_ in {"DATE", "TIME"} for o in objects)


def _possessive(token: Token) -> bool:
    """A noun with its "'s" ("the candidate's")."""
    marked = any(c.dep_ == "case" and c.lower_ in {"'s", "’s"} for c in token.children)
    return token.dep_ == "poss" and token.pos_ in {"NOUN", "PROPN"} and marked
