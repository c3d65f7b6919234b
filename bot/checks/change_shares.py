"""A change told by its share and named back ("a council tax rise of 4.99%" ... "The 4.9%
rise is the largest allowed"), for number-conflict's figures pointing back
(bot.checks.pointed_back). A share counts nothing, so it has no unit to be named back
by; a change of it has: the rise, the fall, the cut.

For these the word of change is the figure itself, so it does not make the figure one
of two values of a changing story, as it does for counts and sums
(bot.checks.figure_ties.changing); words of another change ("a further", "last year",
"up from") still do, and so do two times or places of the two clauses.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from bot.analysis.figure_frames import ReadFigure
from bot.analysis.phrase_parts import CHANGE_NOUNS
from bot.checks.facts import Facts

# the change each word tells, verb or noun ("rose 3%", "a 3% increase", "a 3% hike")
_CHANGES = {
    "rise": "rise", "increase": "rise", "hike": "rise", "jump": "rise", "uplift": "rise",
    "fall": "fall", "drop": "fall", "decline": "fall", "decrease": "fall",
    "cut": "cut", "reduction": "cut",
}  # fmt: skip
# "rose to 4.99%", "from 3%", "stood at 5%": the level reached or left, not the change
_LEVEL_BEFORE = re.compile(
    r"\b(?:to|from|at|on)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?$", re.I
)
_LEVEL_CHARS = 20
# words that bring in another change beside the figure ("a further 2% rise", "last year's
# 3% rise"); "rose 13% last year" tells the period of this one
_ANOTHER_CHANGE = re.compile(
    r"\b(?:another|further|second|latest|previous|earlier|additional|extra|again|also|"
    r"last\s(?:year|month|week|quarter|season)(?:'s|’s)|a\syear\searlier|compared|up\sfrom|"
    r"down\sfrom)(?!\w)",
    re.I,
)
_AROUND = 50  # characters read either side of the figure for another change


def change_of(facts: Facts, f: ReadFigure) -> str:
    """The change a share is the size of ("rise" for "a rise of 4.99%", "prices rose 3%",
    "the 4.9% rise"); "" for a share that is a level, or no change."""
    if f.kind != "percent" or f.role != "amount":
        return ""
    change = _CHANGES.get(f.thing, "") or _CHANGES.get(f.predicate, "")
    start = facts.sentences[f.sentence][0]
    if change and _LEVEL_BEFORE.search(facts.text, max(start, f.start - _LEVEL_CHARS), f.start):
        return ""
    return change


def another_change(facts: Facts, f: ReadFigure) -> bool:
    """Words of another change or time right around the figure."""
    start, end = facts.sentences[f.sentence]
    window = facts.text[max(start, f.start - _AROUND) : min(end, f.end + _AROUND)]
    return _ANOTHER_CHANGE.search(window) is not None


# "the 31% increase in profit", "a 15% rise in council tax": what the change is of
_CHANGE_IN = re.compile(
    rf"\s?(?:{'|'.join(sorted(CHANGE_NOUNS))})\s+in\s+((?:[a-z-]+\s){{0,2}}[a-z-]+)", re.I
)


def changed_thing(facts: Facts, f: ReadFigure) -> frozenset[str]:
    """What a change of a share is a change of, as stems: the words after "in" of a change
    named by a noun ("the 31% increase in profit"), else, for a change told by a verb, its
    subject ("pre-tax profit rose 13%"); empty when neither is read ("The 3.99% increase
    will be felt by every family": the family is not what rose)."""
    m = _CHANGE_IN.match(facts.text, f.end)
    if m is not None:
        words = m.group(1).lower().split()
    elif _CHANGES.get(f.thing):
        words = []
    else:
        words = [f.owner.lower()] if f.owner else []
    return frozenset(
        w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in STOP_WORDS
    )
