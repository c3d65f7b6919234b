"""Numbers as the parts-and-wholes readings of :mod:`bot.checks.arithmetic_parts` see them:
their values, and the numbers that head the clauses of a list ("12 were children, 20
adults and three were never named")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.analysis.numbers import MOST_DIGITS, ONES_WORDS, TENS_WORDS

_TENS, _UNITS = TENS_WORDS, ONES_WORDS
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
WORD_NUM = rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_TEENS}|{_UNITS}|a dozen|dozen)"
_SCALES = r"(?:\s?(?:million|billion|bn|m|k)\b)?"
# never part of a number: "94,261" is not 94 followed by a list's 261
_DIGITS = rf"(?:[£$€]\s?)?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d]|,\d{{3}})(?:\.\d+)?{_SCALES}"
#: a number as written: "1,200", "£2.5m", "twenty-five"
NUM = rf"(?:{_DIGITS}|\b{WORD_NUM}\b)"
PCT_SIGN = r"\s?(?:%|per\s?cent\b|percent\b)"
_WORD_VALUES = {w: i for i, w in enumerate(f"zero|{_UNITS}|{_TEENS}".split("|"))}
_TEN_VALUES = {w: 10 * (i + 2) for i, w in enumerate(_TENS.split("|"))}
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3}

# A clause's lead: the number that heads it, after a word that leaves it a count.
# "Two hundred and three" is one number, not a list's two and three.
# "£56m on roads, with the remaining £10m on libraries": the last part, led by what it is
_LEAD = re.compile(
    rf"^\s*(?:(?:only|just|another|a further|(?:with\s+)?the\s+(?:remaining|other|last|final))\s+)?"
    rf"(?P<n>{NUM})(?!\s+(?:hundred|thousand)\b)"
    rf"(?P<pct>{PCT_SIGN})?",
    re.I,
)
# What, after a number, makes it a time or a rate rather than a count of the whole.
_NOT_A_PART = re.compile(
    rf"^\s*(?:-|(?:years?|months?|weeks?|days?|hours?|minutes?|times|per|a|an)\b|in\s+{NUM})",
    re.I,
)
_DET = r"(?:the|those|these|its|their|his|her|our|all(?:\s+the)?)"
_OF_ANOTHER = re.compile(rf"^\s*(?:of|out of)\s+{_DET}?\s*{NUM}", re.I)
#: clause breaks inside a sentence ("hundred and three" is inside a number)
BREAK = re.compile(
    r"\s*(?:,\s*(?:and|but|while|whereas)?|;|(?<!hundred)\s(?:and|but|while|whereas))\s+", re.I
)
_MAX_CLAUSES = 12
_RANGE = re.compile(rf"\bbetween\s+{NUM}\s+and\s+(?={NUM})", re.I)


@dataclass(frozen=True)
class Amount:
    value: float
    unit: str  # "", "%", or the currency sign
    # The precision it is written to: "£172m" is to the million, "£2.05bn" to £10m; a
    # whole number without a scale is exact.
    step: float = 0.0
    scale: str = ""  # as written: "m", "bn", "million"


def amount(text: str, pct: str = "") -> Amount | None:
    """The value of a number as written ("1,200", "£2.5m", "twenty-five")."""
    t = text.strip().lower()
    unit = "%" if pct else (t[0] if t[:1] in "£$€" else "")
    t = t.lstrip("£$€ ")
    m = re.match(r"^([\d,]+(?:\.\d+)?)\s?(million|billion|bn|m|k)?$", t)
    if m:
        digits, scale = m.group(1).replace(",", ""), m.group(2) or ""
        if len(digits.split(".")[0]) > MOST_DIGITS:
            return None  # a paste of digits, no sum a story gives
        factor = _SCALE[scale] if scale else 1
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        step = 10.0**-decimals * factor if scale or decimals else 0.0
        return Amount(float(digits) * factor, unit, step, scale)
    words = t.replace("-", " ").split()
    if words in (["a", "dozen"], ["dozen"]):
        return Amount(12, unit)
    value = 0
    for w in words:
        if w in _TEN_VALUES:
            value += _TEN_VALUES[w]
        elif w in _WORD_VALUES:
            value += _WORD_VALUES[w]
        else:
            return None
    return Amount(value, unit)


def is_year(text: str) -> bool:
    return re.fullmatch(r"(?:19|20)\d\d", text.strip()) is not None


def _clauses(text: str) -> list[str]:
    """The clauses of ``text``; the "and" of a range ("aged between five and 14") joins
    two ends of one range, not two clauses."""
    return BREAK.split(_RANGE.sub(_as_range, text))[:_MAX_CLAUSES]


def _as_range(m: re.Match[str]) -> str:
    return m.group(0).replace(" and ", " to ")


def lead_parts(text: str) -> list[Amount]:
    """The numbers heading each clause of ``text`` up to the first clause without one."""
    parts: list[Amount] = []
    for clause in _clauses(text):
        m = _LEAD.match(clause)
        if m is None or is_year(m.group("n")):
            break
        rest = clause[m.end() :]
        if _NOT_A_PART.match(rest) or _OF_ANOTHER.match(rest):
            break
        value = amount(m.group("n"), m.group("pct") or "")
        if value is None:
            break
        parts.append(value)
    return parts


# A clause ending on its count, led by who has it: "the Liberal Democrats 22", "Labour
# won 31". A preposition before the number makes it a time, a place or a measure.
_TRAIL = re.compile(
    rf"^\s*(?P<who>(?:[a-z][\w'’.-]*\s+){{1,4}}?)(?P<n>{NUM})(?P<pct>{PCT_SIGN})?[\s.]*$", re.I
)
# ... or a change ("the Alliance won 58, up 12"), not a count
_NOT_WHO = {"in", "at", "by", "on", "for", "after", "from", "to", "with", "of", "over", "under",
            "up", "down"}  # fmt: skip


def trail_parts(text: str) -> list[Amount]:
    """The numbers ending each clause of ``text`` ("Labour won 31, the Greens 9 and
    independents 11"), when every clause, two or more, ends on one."""
    parts: list[Amount] = []
    for clause in _clauses(text):
        m = _TRAIL.match(clause)
        if m is None or is_year(m.group("n")) or _NOT_WHO & set(m.group("who").lower().split()):
            return []
        value = amount(m.group("n"), m.group("pct") or "")
        if value is None:
            return []
        parts.append(value)
    return parts if len(parts) >= 2 else []


def _slack(whole: Amount, parts: list[Amount]) -> float:
    """How far rounding can take the parts' sum from the whole: half the written precision
    of each number ("£172m" may be £171.5m to £172.5m)."""
    return (whole.step + sum(p.step for p in parts)) / 2


def exceeds(whole: Amount, parts: list[Amount]) -> bool:
    return sum(p.value for p in parts) > whole.value + _slack(whole, parts)


def differs(whole: Amount, parts: list[Amount]) -> bool:
    return abs(sum(p.value for p in parts) - whole.value) > _slack(whole, parts)


def comparable(whole: Amount, parts: list[Amount]) -> bool:
    return all(p.unit == whole.unit for p in parts)


def show(parts: list[Amount], like: Amount | None = None) -> str:
    """The parts' sum, written as ``like`` is ("£104m" beside "£96m")."""
    return written(sum(p.value for p in parts), like)


def written(value: float, like: Amount | None = None) -> str:
    """``value`` written as ``like`` is ("£47m" beside "£37m"), or in plain figures."""
    scaled = value / _SCALE[like.scale] if like is not None and like.scale else 0.0
    if like is not None and like.scale and 0.01 <= abs(scaled) < 1000:
        space = " " if len(like.scale) > 2 else ""
        unit = like.unit if like.unit != "%" else ""
        return f"{unit}{scaled:.3g}{space}{like.scale}"
    unit = like.unit if like is not None and like.unit != "%" else ""
    return f"{unit}{value:,.0f}" if value == int(value) else f"{unit}{value:,.2f}"
