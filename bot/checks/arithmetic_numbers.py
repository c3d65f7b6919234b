"""Numbers as the parts-and-wholes readings of :mod:`bot.checks.arithmetic_parts` see them:
their values, and the numbers that head the clauses of a list ("12 were children, 20
adults and three were never named")."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
WORD_NUM = rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_TEENS}|{_UNITS}|a dozen|dozen)"
_SCALES = r"(?:\s?(?:million|billion|bn|m|k)\b)?"
_DIGITS = rf"(?:[£$€]\s?)?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?{_SCALES}"
#: a number as written: "1,200", "£2.5m", "twenty-five"
NUM = rf"(?:{_DIGITS}|\b{WORD_NUM}\b)"
PCT_SIGN = r"\s?(?:%|per\s?cent\b|percent\b)"
_WORD_VALUES = {w: i for i, w in enumerate(f"zero|{_UNITS}|{_TEENS}".split("|"))}
_TEN_VALUES = {w: 10 * (i + 2) for i, w in enumerate(_TENS.split("|"))}
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3}

# A clause's lead: the number that heads it, after a word that leaves it a count.
_LEAD = re.compile(
    rf"^\s*(?:(?:only|just|another|a further)\s+)?(?P<n>{NUM})(?P<pct>{PCT_SIGN})?", re.I
)
# What, after a number, makes it a time or a rate rather than a count of the whole.
_NOT_A_PART = re.compile(
    rf"^\s*(?:-|(?:years?|months?|weeks?|days?|hours?|minutes?|times|per|a|an)\b|in\s+{NUM})",
    re.I,
)
_DET = r"(?:the|those|these|its|their|his|her|our|all(?:\s+the)?)"
_OF_ANOTHER = re.compile(rf"^\s*(?:of|out of)\s+{_DET}?\s*{NUM}", re.I)
#: clause breaks inside a sentence
BREAK = re.compile(r"\s*(?:,\s*(?:and|but|while|whereas)?|;|\s(?:and|but|while|whereas))\s+", re.I)
_MAX_CLAUSES = 12


@dataclass(frozen=True)
class Amount:
    value: float
    rounded: bool
    unit: str  # "", "%", or the currency sign


def amount(text: str, pct: str = "") -> Amount | None:
    """The value of a number as written ("1,200", "£2.5m", "twenty-five")."""
    t = text.strip().lower()
    unit = "%" if pct else (t[0] if t[:1] in "£$€" else "")
    t = t.lstrip("£$€ ")
    m = re.match(r"^([\d,]+(?:\.\d+)?)\s?(million|billion|bn|m|k)?$", t)
    if m:
        value = float(m.group(1).replace(",", ""))
        scale = m.group(2)
        value *= _SCALE[scale] if scale else 1
        return Amount(value, bool(scale) or "." in m.group(1), unit)
    words = t.replace("-", " ").split()
    if words in (["a", "dozen"], ["dozen"]):
        return Amount(12, False, unit)
    value = 0
    for w in words:
        if w in _TEN_VALUES:
            value += _TEN_VALUES[w]
        elif w in _WORD_VALUES:
            value += _WORD_VALUES[w]
        else:
            return None
    return Amount(value, False, unit)


def is_year(text: str) -> bool:
    return re.fullmatch(r"(?:19|20)\d\d", text.strip()) is not None


def lead_parts(text: str) -> list[Amount]:
    """The numbers heading each clause of ``text`` up to the first clause without one."""
    parts: list[Amount] = []
    for clause in BREAK.split(text)[:_MAX_CLAUSES]:
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


def exceeds(whole: Amount, parts: list[Amount]) -> bool:
    total = sum(p.value for p in parts)
    slack = 0.05 * whole.value if whole.rounded or any(p.rounded for p in parts) else 0
    return total > whole.value + slack


def differs(whole: Amount, parts: list[Amount]) -> bool:
    total = sum(p.value for p in parts)
    slack = 0.05 * whole.value if whole.rounded or any(p.rounded for p in parts) else 0
    return abs(total - whole.value) > slack


def comparable(whole: Amount, parts: list[Amount]) -> bool:
    return all(p.unit == whole.unit for p in parts)


def show(parts: list[Amount]) -> str:
    total = sum(p.value for p in parts)
    return f"{total:,.0f}" if total == int(total) else f"{total:,.1f}"
