"""arithmetic, parts and wholes: parts said to make up a whole that they do not fit.

English states a whole and its parts in a few shapes, read here clause by clause:

- the whole first, then parts of it as clauses led by a number: "Of the 30 dead, 12 were
  children and 20 adults", "Seven of the 11 games were won and five lost", or the whole in
  the sentence before: "Five schools took part. Two are primary schools and four
  secondaries." Parts of a whole may not pass it (they need not fill it: others may go
  unnamed);
- a list that is the whole: "five victims: two men and two women" must add up, and
  "three men and two women, five people in all" too; "including" parts may not pass it;
- a vote: "by 297 votes to 203, a majority of 84" (the majority is the difference);
- shares of one whole: "75% agreed ... a further 40% disagreed", "60% said yes and 50%
  said no": shares of one whole, each beyond the others, cannot pass 100%.

Only the numbers at the head of each clause count as parts, so "12 were children aged
under five" is one part, and a clause that is a part of another whole ("three of the six
women") ends the list. Rounded figures ("2.5m", "about 40") are allowed 5%.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.analysis import budget
from bot.analysis.model import Flag
from bot.checks.arithmetic_numbers import (
    BREAK,
    NUM,
    WORD_NUM,
    Amount,
    amount,
    comparable,
    differs,
    exceeds,
    is_year,
    lead_parts,
    show,
    trail_parts,
)
from bot.checks.arithmetic_shares import closed_lists, shares
from bot.checks.facts import Facts

CHECK_ID = "arithmetic"
MAX_SENTENCE = 1_000  # characters: a longer "sentence" is not prose, and is not read

_APPROXIMATE = re.compile(
    r"\b(?:about|around|almost|nearly|some|roughly|approximately|up to|more than|over|"
    r"at least|less than|fewer than|under)\s*$",
    re.I,
)
_DET = r"(?:the|those|these|its|their|his|her|our|all(?:\s+the)?)"
# "Of the 30 dead, ..." / "Of those, ..." (the whole in the sentence before); after a comma
# only with "the" ("..., of the 30 dead, 12 were ..."): "three transfers, of £9,000, £6,500
# and £2,900" lists the values
_OF_WHOLE = re.compile(
    rf"(?:(?:^|[;:]\s*|\b(?:but|and|while)\s+)(?:of|out of)\s+(?:{_DET}\s+)?|"
    rf",\s*(?:of|out of)\s+{_DET}\s+)(?P<whole>{NUM})"
    rf"(?:\s+[\w'’-]+){{0,4}}?\s*,\s*",
    re.I,
)
_OF_THEM = re.compile(r"^\s*(?:of|out of)\s+(?:them|those|these|whom)\s*,\s*", re.I)
# "Seven of the 11 games were won, ..."
_PART_OF = re.compile(
    rf"(?:^|[;,]\s*|\b(?:but|and|while)\s+)(?P<part>{NUM})\s+(?:of|out of)\s+{_DET}?\s*"
    rf"(?P<whole>{NUM})\b",
    re.I,
)
# A clause that is a count and what it did: "Two were boys", "three came after the break".
_COUNT_CLAUSE = re.compile(
    rf"^\s*(?P<n>{NUM})\s+(?:[a-z][\w'’-]*\s+){{0,2}}?(?:were|are|was|is|had|have|came|went|\w+ed)\b",
    re.I,
)
# a result: "won 3-1", "a 2-2 draw": its goals are the sum
_SCORE = re.compile(r"(?<![\d-])(?P<a>\d{1,2})-(?P<b>\d{1,2})(?![\d-])")
_ITEM = re.compile(rf"(?:^|\s)(?P<n>{NUM})\s+[^\d,;]{{1,40}}$", re.I)
_BARE_ITEM = re.compile(rf"(?:^|\s)(?P<n>{NUM})(?:\s+[^\d,;]{{1,40}})?$", re.I)
_MAX_ITEMS = 12
_BEFORE_WHOLE = 80  # characters before a list's whole read for the figure it breaks down
# what a whole is made of, in full: its parts must add up to it
_MADE_OF = r"made up of|comprising|consisting of|split between|broken down into|divided into"
_LIST_WHOLE = re.compile(
    rf"(?P<total>{NUM})(?:\s+(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,5}}?))?\s*"
    rf"(?P<mark>:|—|–|\s-\s|,\s+(?:including|with|taking|{_MADE_OF})|"
    rf"\s(?:is|are|was|were)\s+(?:{_MADE_OF}))\s*",
    re.I,
)
_BARE_WHOLE_MARK = re.compile(rf",\s+(?:{_MADE_OF}|including)", re.I)
# "£12m, £9m and £4m, a combined £25m": a list and its sum
_COMBINED = re.compile(
    rf",\s*(?:a combined|a total of|a joint|together)\s+(?P<total>{NUM})(?![\w.,]*\d)", re.I
)
_IN_ALL = re.compile(
    rf"(?:,|—|–|\s-)\s*(?:(?:a total of|making|totalling|or)\s+)?(?P<total>{NUM})"
    rf"(?:\s+[a-z][\w'’-]*){{0,2}}?\s+(?:in all|in total|altogether)\b",
    re.I,
)
_VOTES = re.compile(r"\b(?P<a>\d[\d,]*)\s+(?:votes\s+)?(?:to|against)\s+(?P<b>\d[\d,]*)\b")
# "a majority of 84," counts votes; "a majority of 300 workers" is most of them
_MAJORITY = re.compile(
    r"\bmajority\s+of\s+(?P<m>\d[\d,]*)(?=\s*(?:[,.;)]|votes?\b|seats?\b|$))", re.I
)


@dataclass(frozen=True)
class _Finding:
    sentences: tuple[int, ...]
    message: str
    severity: str = "high"


def _parts_of_whole(text: str, before: str) -> Iterator[str]:
    """Messages for "Of the N X, a ... and b ...", "a of the N X ..., b ..." and counts
    heading a sentence whose whole is in the sentence ``before``."""
    for m in _OF_WHOLE.finditer(text):
        whole = amount(m.group("whole"))
        parts = lead_parts(text[m.end() :])
        if len(parts) < 2:  # "Of the 60 seats, Labour won 31, the Greens 9 and ..."
            parts = trail_parts(text[m.end() :])
        if whole is None or _APPROXIMATE.search(text[: m.start("whole")]):
            continue
        if parts and comparable(whole, parts) and exceeds(whole, parts):
            yield f"Parts of {m.group('whole')} add up to {show(parts, whole)}."
    for m in _PART_OF.finditer(text):
        whole, first = amount(m.group("whole")), amount(m.group("part"))
        if whole is None or first is None or _APPROXIMATE.search(text[: m.start()]):
            continue
        clauses = BREAK.split(text[m.end() :], maxsplit=1)
        parts = [first, *lead_parts(clauses[1])] if len(clauses) > 1 else [first]
        if len(parts) >= 2 and comparable(whole, parts) and exceeds(whole, parts):
            yield f"Parts of {m.group('whole')} add up to {show(parts, whole)}."


def _parts_of_previous(text: str, before: str) -> str | None:
    """ "Two were boys and four were girls." after a sentence naming the whole: the parts
    may not pass the largest count there."""
    head = _OF_THEM.match(text)
    rest = text[head.end() :] if head else text
    clause = _COUNT_CLAUSE.match(rest)
    if head is None and (
        clause is None or (_names_other(clause, before) and not _SCORE.search(before))
    ):
        return None
    parts = lead_parts(rest)
    if len(parts) < 2 or any(p.unit for p in parts):
        return None
    counts = [Amount(int(m.group("a")) + int(m.group("b")), "") for m in _SCORE.finditer(before)]
    for m in re.finditer(NUM, before, re.I):
        after = before[m.end() : m.end() + 12]
        value = amount(m.group(0))
        if (
            value is None
            or value.unit
            or is_year(m.group(0))
            or re.match(r"\s?(?:%|per|-|\.\d)|[a-z]", after, re.I)
        ):
            continue
        counts.append(value)
    if not counts:
        return None
    largest = max(counts, key=lambda a: a.value)
    if any(p.value == largest.value for p in parts):
        return None  # "Fire destroys six homes. Six homes were destroyed and 13 damaged."
    if exceeds(largest, parts):
        return f"These parts add up to {show(parts)}, more than the {largest.value:,.0f} before."
    return None


def _names_other(clause: re.Match[str], before: str) -> bool:
    """ "Six people were taken to hospital, two ... and four ..." after a sentence of
    flats and floors: the count names a thing of its own, the whole of its own parts."""
    words = re.findall(r"[a-z]{3,}", clause.string[clause.end("n") : clause.end()].lower())
    said = before.lower()
    return any(w[:4] not in said for w in words[:-1])


def _lists(text: str) -> Iterator[str]:
    """ "N X: a Y and b Z" and "a Y and b Z, N in all" must add up; "N X, including ..."
    may not pass N."""
    for m in _LIST_WHOLE.finditer(text):
        whole = amount(m.group("total"))
        if m.group("noun") is None and not _BARE_WHOLE_MARK.match(m.group("mark")):
            # "£50,000 - £20,000 more than ...", "won 3-1, with two goals before the
            # break": only "made up of" and the like make a bare figure a whole
            continue
        parts = lead_parts(text[m.end() :])
        if whole is None or len(parts) < 2 or not comparable(whole, parts):
            continue
        # some of the whole ("including", "with", "taking $28m in Europe"), or all of it
        some = m.group("mark").lower().endswith(("including", "with", "taking"))
        if _sums_another(text[: m.start()], parts):
            continue
        if exceeds(whole, parts) if some else differs(whole, parts):
            total = show(parts, whole)
            named = f"{m.group('total')} {m.group('noun') or ''}".strip()
            yield f"{named}, but the parts add up to {total}."
    for m in _IN_ALL.finditer(text):
        whole = amount(m.group("total"))
        listed = _listed_before(text[: m.start()])
        if whole is None or len(listed) < 2 or not comparable(whole, listed):
            continue
        if differs(whole, listed):
            yield f"The parts add up to {show(listed, whole)}, not {m.group('total')} in all."
    for m in _COMBINED.finditer(text):
        whole = amount(m.group("total"))
        listed = _listed_before(text[: m.start()], bare=True)
        if whole is None or len(listed) < 2 or not comparable(whole, listed):
            continue
        if differs(whole, listed):
            yield f"The parts add up to {show(listed, whole)}, not {m.group('total')}."


def _sums_another(before: str, parts: list[Amount]) -> bool:
    """The parts add up to a figure given just before the whole ("41 league goals in 29
    matches - 26 at home and 15 on the road"): they break that figure down, not the one
    the dash follows."""
    for m in re.finditer(NUM, before[-_BEFORE_WHOLE:], re.I):
        other = amount(m.group(0))
        if other is not None and comparable(other, parts) and not differs(other, parts):
            return True
    return False


def _listed_before(text: str, bare: bool = False) -> list[Amount]:
    """The counted items a text ends with ("three men and two women"), last first; with
    ``bare``, amounts alone count as items too ("£12m, £9m and £4m")."""
    parts: list[Amount] = []
    item = _BARE_ITEM if bare else _ITEM
    for clause in reversed(BREAK.split(text)[-_MAX_ITEMS:]):
        found = item.search(clause)
        value = amount(found.group("n")) if found else None
        if found is None or value is None:
            break
        parts.append(value)
        if found.start() > 0:
            break  # the first item, after the words that lead to the list
    return parts


def _score_parts(text: str) -> Iterator[str]:
    """ "won 3-1, with two goals before the break and three after it": a result's goals."""
    for m in _SCORE.finditer(text):
        after = re.match(r"[^\d.;]{0,40}?\bwith\s+", text[m.end() :])
        if after is None:
            continue
        parts = lead_parts(text[m.end() + after.end() :])
        goals = int(m.group("a")) + int(m.group("b"))
        if len(parts) >= 2 and exceeds(Amount(goals, ""), parts):
            yield f"A {m.group(0)} result has {goals} goals, not {show(parts)}."


def _majority(text: str) -> str | None:
    votes = [v for v in _VOTES.finditer(text) if not text[: v.start()].rstrip().endswith("from")]
    majority = _MAJORITY.search(text)
    if len(votes) != 1 or majority is None:
        return None
    a, b = (int(votes[0].group(k).replace(",", "")) for k in ("a", "b"))
    m = int(majority.group("m").replace(",", ""))
    if a > b and a - b != m:
        return f"{a:,} votes to {b:,} is a majority of {a - b:,}, not {m:,}."
    return None


def check(facts: Facts) -> Iterator[Flag]:
    """Flag parts that do not fit the whole they are said to make up."""
    seen: list[tuple[int, re.Match[str]]] = []  # shares of this sentence and the one before
    previous_text = ""
    for index, (start, end) in enumerate(facts.sentences):
        budget.check()
        text = facts.text[start:end]
        if len(text) > MAX_SENTENCE or not re.search(rf"\d|\b{WORD_NUM}\b", text, re.I):
            previous_text, seen = (text if len(text) <= MAX_SENTENCE else ""), []
            continue
        findings: list[_Finding] = []
        for message in _parts_of_whole(text, previous_text):
            findings.append(_Finding((index,), message))
        across = _parts_of_previous(text, previous_text)
        if across is not None and index > 0:
            findings.append(_Finding((index - 1, index), across, "medium"))
        findings.extend(_Finding((index,), message) for message in _lists(text))
        findings.extend(_Finding((index,), message) for message in _score_parts(text))
        for both, message in closed_lists(text, previous_text):
            findings.append(_Finding((index - 1, index) if both and index else (index,), message))
        majority = _majority(text)
        if majority is not None:
            findings.append(_Finding((index,), majority))
        seen = [(i, m) for i, m in seen if i == index - 1]
        for where, message in shares(text, index, seen):
            findings.append(_Finding(tuple(sorted({where, index})), message))
        for finding in findings[:1]:  # one flag a sentence: its first reading
            yield Flag(
                check=CHECK_ID,
                severity="high" if finding.severity == "high" else "medium",
                message=finding.message,
                evidence=facts.passages(*finding.sentences),
            )
        previous_text = text
