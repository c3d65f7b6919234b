"""Shares of one whole that pass 100% (for :mod:`bot.checks.arithmetic_parts`).

A share counts when it is of something ("40% of voters") or says what its people did
("40% said"); a change ("rose 40%") is no share. Two readings:
- "a further", "another" or "the remaining" N% adds to the share before it, in its
  sentence or the one before, when both are of one whole (or one of them does not say);
- shares heading the clauses of one sentence add up when the clauses answer one question
  both ways ("70% backed it and 45% did not"): shares that may overlap ("80% used a phone,
  while 60% owned a tablet") are not added;
- "the remaining N%" closes a list of shares, which must then make 100%;
- a poll's shares of named candidates ("puts Okafor on 52% and Brandt on 45%") and its
  undecided cannot pass 100%.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.checks.arithmetic_numbers import PCT_SIGN

SHARE = re.compile(
    rf"(?P<extra>\b(?:a further|another|an additional|the remaining|the other|the rest,?)\s+)?"
    rf"(?P<n>\d+(?:\.\d+)?){PCT_SIGN}(?:\s+of\s+(?P<whole>(?:the\s+|those\s+)?[\w'’-]+))?",
    re.I,
)
# what a share of people does: "40% said", "a further 37% disagreed"
_SHARE_VERB = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:said|say|says|were|was|are|is|had|have|has|thought|think|felt|"
    r"feel|would|will|could|did|do|does|want|wanted|backed|back|supported|support|opposed|"
    r"oppose|preferred|prefer|believed|believe|agreed|agree|disagreed|disagree|voted|chose|"
    r"gave|rated|expected|expect|favoured|favour|used|use|owned|own)\b",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|against|opposed|oppose|opposes)\b|n't\b|\bdis(?:agree|approve|like)",
    re.I,
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:by|to|from|up|down|rose|fell|rise|fall|of|at|than|increased|decreased|grew|dropped|jumped|cut)\s+$",
    re.I,
)


def _is_share(text: str, m: re.Match[str]) -> bool:
    """A share of a whole ("40% of voters", "40% said"), not a change ("rose 40%")."""
    if _CHANGE_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) and not m.group("extra"):
        return False
    return m.group("whole") is not None or _SHARE_VERB.match(text[m.end() :]) is not None


def shares(
    text: str, index: int, seen: list[tuple[int, re.Match[str]]]
) -> Iterator[tuple[int, str]]:
    """Shares of one whole, each beyond the others, past 100%: "a further 40%" after 75%,
    or clauses headed by shares that answer one question both ways ("60% backed the plan
    and 50% did not"). ``seen``: the shares of this sentence and the one before."""
    found = [m for m in SHARE.finditer(text) if _is_share(text, m)]
    for m in found:
        earlier = [(i, p) for i, p in seen if not p.group("extra")]
        if m.group("extra") and earlier and _same_whole(earlier[-1][1], m):
            i, p = earlier[-1]
            total = float(p.group("n")) + float(m.group("n"))
            if total > 101:
                yield i, f"{p.group('n')}% and a further {m.group('n')}% make {total:g}%."
        seen.append((index, m))
    leads = [m for m in found if not m.group("extra") and _heads_clause(text, m)]
    if len(leads) >= 2 and all(_same_whole(leads[0], m) for m in leads[1:]):
        ends = [m.start() for m in leads[1:]] + [len(text)]
        clauses = [text[m.end() : end] for m, end in zip(leads, ends, strict=True)]
        negated = [_NEGATION.search(c) is not None for c in clauses]
        total = sum(float(m.group("n")) for m in leads)
        if total > 101 and any(negated) and not all(negated):
            yield index, f"The shares given add up to {total:g}%."


_PERCENT = re.compile(rf"(?P<n>\d+(?:\.\d+)?){PCT_SIGN}(?!\s*points?\b)", re.I)
_REMAINING = re.compile(
    rf"\b(?:the remaining|the other|the rest,?)\s+(?P<n>\d+(?:\.\d+)?){PCT_SIGN}", re.I
)
_POLL_SHARE = re.compile(rf"\b(?P<who>[A-Z][\w'’-]+)\s+on\s+(?P<n>\d+(?:\.\d+)?){PCT_SIGN}")
_POLL = re.compile(r"\b(?:poll\w*|survey\w*|undecided)\b", re.I)
# the rest of a poll's whole: the undecided, and those for other candidates
_UNDECIDED = re.compile(
    rf"(?P<n>\d+(?:\.\d+)?){PCT_SIGN}\s+(?:(?:still|were|are|remain(?:ed)?)\s+)?"
    r"(?:undecided|(?:did not|didn't|don't|do not) know|(?:backing|supporting|for)\s+"
    r"(?:others|(?:other|smaller)\s+\w+))\b",
    re.I,
)


def _is_change(before: str) -> bool:
    """ "rose 4%", "up from 38%": a change; "made up 55%" is a share."""
    return bool(_CHANGE_BEFORE.search(before)) and not before.rstrip().endswith("made up")


# "Labour's share fell to 33% from 45%": 33% is the share it now has, 45% the old one
_LEVEL_REACHED = re.compile(
    r"\b(?:rose|rising|fell|falling|dropped|climbed|slipped)\s+to\s+$", re.I
)


def _listed(text: str, end: int, levels: bool = False) -> list[float]:
    """The shares ``text`` gives before ``end``, changes and shares of a share ("71%
    backed it, 64% of them in cities") aside; with ``levels``, a share a change reached
    ("fell to 33%") is one of them."""
    return [
        float(m.group("n"))
        for m in _PERCENT.finditer(text, 0, end)
        if (
            not _is_change(before := text[max(0, m.start() - 20) : m.start()])
            or (levels and _LEVEL_REACHED.search(before) is not None)
        )
        and not _OF_A_SHARE.match(text, m.end())
        and not _COUNTED.match(text, m.end())
    ]


_OF_A_SHARE = re.compile(r"\s*(?:of|among)\s+(?:them|those|these|whom)\b", re.I)
# "With 98% of the vote counted": how far the count has gone, no share of the vote
_COUNTED = re.compile(
    r"\s*of\s+(?:the\s+)?(?:votes?|ballots?|precincts?|polling stations|results?|seats?)\s+"
    r"(?:counted|reporting|declared|in|returned)\b",
    re.I,
)


def closed_lists(text: str, before: str = "") -> Iterator[tuple[bool, str]]:
    """(with the sentence ``before``, message): shares a sentence closes with "the
    remaining N%" (three or more, none a change), which must make 100%, the list told in
    this sentence or, when it opens with them, the one before ("... and Asia 19%. The
    remaining 6% came from ..."); and a poll's named candidates with its undecided, which
    may not pass it."""
    rest = _REMAINING.search(text)
    if rest is not None:
        listed, across = _listed(text, rest.start()), False
        if not listed and not text[: rest.start()].strip(" \"'“‘"):
            listed, across = _listed(before, len(before)), True
        total = sum(listed) + float(rest.group("n"))
        # "Labour is on 27%, the Tories on 29%. The Greens are on 11% ..., with the
        # remaining 25% ...": a list short of 100% may begin in the sentence before
        earlier = [] if across or total > 100 else _listed(before, len(before), levels=True)
        begun = bool(earlier) and abs(total + sum(earlier) - 100) <= 1
        if len(listed) >= 2 and abs(total - 100) > 1 and not begun:
            yield across, f"The shares given add up to {total:g}%, not 100%."
    named = {m.group("who"): float(m.group("n")) for m in _POLL_SHARE.finditer(text)}
    # only a poll's shares are of one whole ("Spain on 26% and Greece on 27%" are rates)
    if len(named) >= 2 and _POLL.search(text):
        total = sum(named.values()) + sum(float(m.group("n")) for m in _UNDECIDED.finditer(text))
        if total > 101:
            yield False, f"The shares given add up to {total:g}%."


def _heads_clause(text: str, m: re.Match[str]) -> bool:
    before = text[: m.start()]
    return (
        not before.strip()
        or re.search(r"(?:,|;|\band|\bwhile|\bwhereas|\bbut)\s*$", before) is not None
    )


def _same_whole(a: re.Match[str], b: re.Match[str]) -> bool:
    wa, wb = a.group("whole"), b.group("whole")
    return wa is None or wb is None or wa.lower().split()[-1] == wb.lower().split()[-1]
