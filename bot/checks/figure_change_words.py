"""Words of change over time around a figure, for number-conflict: "rose to 48", "up from
£35", "another £10m", "last year", "£5 a day". A figure amid them is a level, a change or a
rate of its own period, not the one quantity a story tells again; the words of another
number beside it ("from 80mg to 50mg would save around 72 lives") are that number's.
"""

from __future__ import annotations

import re

from bot.analysis.figure_frames import ReadFigure
from bot.analysis.numbers import WORD_NUMBERS
from bot.checks.facts import Facts

_CHANGE = re.compile(
    r"\b(?:rose|rise|risen|rising|fell|fall|fallen|increas\w*|decreas\w*|grew|grow\w*|"
    r"jump\w*|drop\w*|declin\w*|doubl\w*|halv\w*|up from|down from|compared|from \S+ to|"
    r"previous\w*|last year|last season|a year earlier|earlier this \w+|"
    r"another|further|additional|extra|also|latest|first|average|climb\w*|surg\w*|slump\w*|"
    r"soar\w*|plung\w*|gain\w*|again|"
    # "The launch takes the company's fleet to 312 satellites": a total reached
    r"(?:takes?|took|taking|brings?|brought|bringing)\s(?:\S+\s){0,4}?to(?=\s[£$€\d]))\b",
    re.I,
)
# Words that put a whole clause at another time, however long the words between
# ("The council has since agreed to raise the charge to £120": a later move)
_EARLIER = re.compile(
    r"\b(?:previous(?:ly)?|earlier|last year|last season|(?:has|have|had) since)\b", re.I
)
# words opening another clause after a figure ("cut 1,800 jobs after annual profits fell"):
# a rate's or a change's word past them is that clause's
_SUBORDINATE = re.compile(r"\b(?:after|before|as|while|because|when|since|following)\b", re.I)
# "also found guilty was sentenced to": a word of change, then a clause of its own and the
# verb the figure hangs from
_OWN_VERB_AFTER = re.compile(
    r"\s+(?!(?:was|were|is|are)\b)\w+\b[^,;]*?\b(?:was|were|is|are)\s+\w+ed\b"
)
# "The £600m move will also increase the number of colleges from 350 to 400": a change
# after the figure that gives its own two values is theirs, not the figure's
_OWN_VALUES = re.compile(r"\bfrom\s+[£$€]?\d[\d,.]*\S*\s+to\s+[£$€]?\d", re.I)
_CLAUSE_BREAK = re.compile(rf"[,;]|\band\b|\bbut\b|{_SUBORDINATE.pattern}", re.I)
# Words of a rate or a distribution: beside an amount they make it another quantity ("£5 a
# day" is not the £50 paid); two rates carry them both ("65 lives a year" / "72 lives a year").
_RATE = re.compile(r"\b(?:each|every|per|a day|a week|a month|a year|annual\w*)\b", re.I)
#: characters read around a figure for change words
CHANGE_BEFORE, CHANGE_AFTER = 50, 30
_RATE_OWN = 8  # characters either side of a rate's word its number stands in ("50mg per can")
_DIGIT = re.compile(r"\d")


def told_as_earlier(facts: Facts, f: ReadFigure) -> bool:
    """Its sentence puts the figure at another time before it ("An earlier application
    for 1,540 homes", "A previous estimate ... suggested")."""
    start, _end = facts.sentences[f.sentence]
    return _EARLIER.search(facts.text, start, f.start) is not None


def changing(facts: Facts, f: ReadFigure) -> bool:
    """Words of change over time, a distribution or an addition right around the figure
    ("It also paid £10m": a second sum, not the first told again; a rate's own "a year"
    or "per" aside, and the change or rate of another number beside it), or of another
    time anywhere before it in its sentence."""
    start, end = facts.sentences[f.sentence]
    low = max(start, f.start - CHANGE_BEFORE)
    window = facts.text[low : min(end, f.end + CHANGE_AFTER)]
    here = (f.start - low, f.end - low)
    if told_as_earlier(facts, f):
        return True  # "A previous estimate, made in 1998, suggested it could save 50 lives"
    clause = facts.text[low:end]  # the window read on to the sentence's end
    return any(not _others_change(clause, m, here) for m in _CHANGE.finditer(window)) or (
        f.role != "rate" and any(not _others_rate(window, m, here) for m in _RATE.finditer(window))
    )


def _between(window: str, word: re.Match[str], figure: tuple[int, int]) -> str | None:
    """The text between a word and the figure, None when the word overlaps it."""
    if word.end() <= figure[0]:
        return window[word.end() : figure[0]]
    if word.start() >= figure[1]:
        return window[figure[1] : word.start()]
    return None


def _others_change(window: str, change: re.Match[str], figure: tuple[int, int]) -> bool:
    """ "Cutting the limit from 80mg to 50mg would save around 72 lives": a change from
    one number to another, with a number between it and the figure, is that number's (the
    figure inside the change, "from £5m to", is the one changed). ``window`` runs on to the
    end of the sentence."""
    if change.start() >= figure[1] and _SUBORDINATE.search(window, figure[1], change.start()):
        return True  # "cut 2,400 jobs after annual sales fell": another clause's change
    if change.end() <= figure[0] and _OWN_VERB_AFTER.match(window, change.end(), figure[0]):
        return True  # "A driver also charged was fined £400": the subject's, not the sum's
    if change.start() >= figure[1] and _OWN_VALUES.search(window, change.start()):
        return True  # "The £600m move will also increase ... from 350 to 400": theirs
    if change.group(0).lower() == "compared" and not _DIGIT.search(
        re.split(r"[,;]", window[change.end() :], maxsplit=1)[0]
    ):
        return True  # "the £3.2m penalty was small compared with the firm's size": no value
    if not change.group(0).lower().startswith("from "):
        return False
    between = _between(window, change, figure)
    return between is not None and _DIGIT.search(between) is not None


def _others_rate(window: str, rate: re.Match[str], figure: tuple[int, int]) -> bool:
    """A rate's word beside another number is that number's: right after it ("cut the
    limit to 50mg per can, a rule that will affect 300 brands"), right before it ("40
    panels, each 10ft x 12ft"), or with it between the word and the figure."""
    if 0 <= rate.start() - figure[1] <= 1:
        return False  # "£50 each", "12 a day": the figure's own
    if rate.start() >= figure[1] and _CLAUSE_BREAK.search(window, figure[1], rate.start()):
        return True  # "cut 1,800 jobs after annual profits fell": another clause's
    number_after = _DIGIT.search(window, rate.end(), rate.end() + _RATE_OWN)
    if number_after is not None and number_after.start() != figure[0]:
        return True
    between = _between(window, rate, figure)
    if between is None:
        return False
    if rate.end() <= figure[0]:
        between = window[max(0, rate.start() - _RATE_OWN) : rate.start()] + between
    return _DIGIT.search(between) is not None


# Words that change a value told before ("the Court of Appeal cut his sentence to 18
# months", "the deal was extended to five years"): a later telling of the new value is no
# slip.
_CHANGED_TO = re.compile(
    r"\b(?:cut|reduc\w*|extend\w*|increas\w*|rais\w*|lower\w*|revis\w*|amend\w*|"
    r"appeal\w*|chang\w*|upgrad\w*|downgrad\w*|adjust\w*|halv\w*|doubl\w*)\b",
    re.I,
)
_CHANGED_CHARS = 60  # characters read around the new value for the change
_CHANGED_SPAN = 3000  # characters read back from the later telling for a change


def changed_between(facts: Facts, earlier: ReadFigure, later: ReadFigure) -> bool:
    """The words after the earlier figure, up to the later one's sentence, change the value
    to the later one's: "was jailed for 30 months" ... "the Court of Appeal cut his
    sentence to 18 months" ... "Shah's 18-month sentence"; "jailed for nine years ... has
    had his sentence reduced to seven years" ... "the seven-year term"."""
    value = later.low
    if value is None or later.sentence <= earlier.sentence:
        return False
    written = [w for w, n in WORD_NUMBERS.items() if n == value and " " not in w]
    if value == int(value):
        written.append(str(int(value)))
    digits = re.sub(r"\D", "", later.value)
    written += [digits] if digits else []
    alternatives = "|".join(re.escape(w) for w in written)
    number = re.compile(rf"(?<![\d.,\w])(?:{alternatives})(?![\d\w])", re.I)
    end = facts.sentences[later.sentence][0]
    start = max(earlier.end, end - _CHANGED_SPAN)  # bounded: read for every pair flagged
    for m in number.finditer(facts.text, start, end):
        low, high = max(start, m.start() - _CHANGED_CHARS), min(end, m.end() + _CHANGED_CHARS)
        if _CHANGED_TO.search(facts.text, low, high):
            return True
    return False
