"""Another one of a kind brought in between two figures, for number-conflict: after
"a rival lender settled a similar case", "the $86 million deal" may be that one, not the
first told; after "In Ashby," the budget may be Ashby's. Read before a later figure is
taken for a restatement of an earlier one (bot.checks.pointed_back, bot.checks.figure_slips).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from bot.analysis.dates import CALENDAR_WORDS
from bot.analysis.figure_frames import ReadFigure
from bot.analysis.person_names import HONORIFICS
from bot.checks.facts import Facts

# Words that bring in another one of a kind ("a second project", "a rival lender", "a
# similar case", "its own bond", "Her debut", "A year earlier"): after them, "the" may
# point at that other one, not the first. ("The first residents", "for the first time":
# "first" mostly brings in nothing.)
_ANOTHER = re.compile(
    r"\b(?:another|second|similar|rival|own|also|other|others|opposite|nearby|"
    r"neighbou?ring|separate|previous|earlier|former|debut|elsewhere)\b",
    re.I,
)
# A name that brings in another one of the kind: a holder ("Ashby's council"), the place
# a sentence opens on ("In Ashby, the $43 million budget"), or a name after a word that
# is no preposition of place ("the action film Hollow Point, which is expected to open
# with $80m"); a place named after "in" or "at" mid-sentence is mostly where the story
# is ("played at a neutral venue in Leeds, and the crowd of 53,240").
_HOLDER_NAME = re.compile(r"\b([A-Z][\w-]+)(?=['’]s\b)")
# "That's according to a survey", "It's the club's": a word run into "is", not a holder
_CONTRACTED = {
    "that", "it", "there", "here", "what", "who", "where", "when", "how", "why", "let", "he",
    "she", "this", "everyone", "everybody", "nobody", "someone", "somebody", "one",
}  # fmt: skip
_PLACE_OPENING = re.compile(r"\W*(?:In|At|Across)\s+([A-Z][\w-]+)")
_OTHER_NAME = re.compile(
    r"(?<=[a-z,;:]\s)(?<!\bin\s)(?<!\bat\s)(?<!\bnear\s)(?<!\bfrom\s)(?<!\bacross\s)"
    r"([A-Z][\w-]+)"
)
_VALUE_NEXT = re.compile(r"\s+(?:[£$€]|\d)")
# "Analysts at Peel Hunt": the second word of a name already read from its first
_NAME_GOES_ON = re.compile(r"\b[A-Z][\w-]*\s$")
# "The union Usdaw said the 1,600 job losses": a name speaking of the figure, not its holder
_SPEAKS = re.compile(r"[\w'’ -]{0,40}?\b(?:said|says|told|added|warned|claimed|estimated)\b")
_ANOTHER_SENTENCES = 2  # sentences before the later figure's read for another one
# figures read between two for a vague count of another group: copy has a few there, a
# pasted table thousands
_BETWEEN_FIGURES = 60


def another_between(
    facts: Facts, a: ReadFigure, b: ReadFigure, told: list[ReadFigure], *, named_only: bool = False
) -> bool:
    """Another one of the kind is brought in between the two, in the sentences just
    before the later figure or in its own sentence before it ("Quill Bank agreed to pay
    $88 million ... A rival lender settled a similar case in June. Regulators said the $86
    million deal ..."): "the" may point at that one. Words in quotation marks and
    people's names bring in no other one, and one told with its own value ("A second
    nurse settled a separate claim for £12,000") is not the one pointed at. With
    ``named_only``, only a name in the later figure's own sentence is read (words like
    "second" and "rival" mostly describe something else: "in the second half")."""
    first = max(a.sentence + 1, b.sentence - _ANOTHER_SENTENCES)
    start = facts.sentences[first][0] if first <= b.sentence else b.start
    start = max(a.end, start)
    aside = _aside(facts, start, b.start)
    valued = {f.sentence for f in told if (f.low, f.high) != (b.low, b.high) and f.start >= start}
    # "thousands of teenagers also ride them": the other group comes with a count of its
    # own, however vague, and is not the one "Of the 34 million" points at
    after = bisect_left(facts.figures, start, key=lambda f: f.start)
    between = facts.figures[after : after + _BETWEEN_FIGURES]
    valued |= {f.sentence for f in between if f.start < b.start and f.kind == "vague"}

    def brings_in(match: re.Match[str]) -> bool:
        at = match.start()
        return not any(s <= at < e for s, e in aside) and facts.sentence_at(at) not in valued

    words = () if named_only else _ANOTHER.finditer(facts.text, start, b.start)
    # "plans to open another 50 stores": more of something, told with its own value
    words = (m for m in words if not _VALUE_NEXT.match(facts.text, m.end()))
    if any(brings_in(m) for m in words):
        return True
    # A name the story had not given by the end of the first figure's sentence, in the
    # later figure's own sentence before it ("In Ashby, ... the $43 million budget",
    # "Ashby's council is larger, and the 11-member body"); a name in the sentence before
    # is mostly where the story is ("The trial at Hull Crown Court ... He denies all 21
    # charges").
    opening = facts.sentences[b.sentence][0]
    near = max(a.end, opening)
    told_by = facts.sentences[a.sentence][1]
    names = [
        *_HOLDER_NAME.finditer(facts.text, near, b.start),
        *(
            m
            for m in _OTHER_NAME.finditer(facts.text, near, b.start)
            if not _NAME_GOES_ON.search(facts.text, max(0, m.start() - 30), m.start())
            and not _SPEAKS.match(facts.text, m.end(), b.start)
        ),
    ]
    placed = _PLACE_OPENING.match(facts.text, opening, b.start) if opening >= a.end else None
    names += [placed] if placed else []
    return any(
        facts.text.find(m.group(1), 0, told_by) < 0
        and m.group(1).lower() not in CALENDAR_WORDS
        and m.group(1).lower() not in _CONTRACTED
        and m.group(1).lower() not in HONORIFICS  # "Mr" of "Mr Osei said": the name is read
        and brings_in(m)
        for m in names
    )


def _aside(facts: Facts, start: int, end: int) -> list[tuple[int, int]]:
    """Spans between ``start`` and ``end`` that bring in no other quantity: what is quoted,
    and people's names (a person's own figure has them as its holder or owner)."""
    spans = [(q.start, q.end) for q in facts.quotes if q.end > start and q.start < end]
    spans += [
        (m.start, m.end)
        for person in facts.people
        for m in person.mentions
        if m.end > start and m.start < end
    ]
    return spans
