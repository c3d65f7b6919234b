"""Reading numbers as newsrooms write them: "1,200", "2.5 million", "£3.6bn", "hundreds"."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
}  # fmt: skip
WORD_NUMBERS = _UNITS
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
#: "hundreds" and the like: a lower bound, written vaguely
VAGUE = {"dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2e3, "millions": 2e6,
         "billions": 2e9, "tens of thousands": 2e4, "hundreds of thousands": 2e5}  # fmt: skip

QUALIFIERS = {
    "over": "over", "more than": "over", "just over": "over", "upwards of": "over",
    "in excess of": "over", "at least": "at least", "almost": "under", "nearly": "under",
    "just under": "under", "under": "under", "less than": "under", "fewer than": "under",
    "up to": "up to", "about": "about", "around": "about", "roughly": "about",
    "approximately": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "close to": "under", "as many as": "up to",
}  # fmt: skip

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = "|".join(sorted((re.escape(w) for w in _UNITS), key=len, reverse=True))
_SCALE = r"(?:\s?(?:hundred|thousand|million|billion|trillion)\b|(?:k|m|mn|bn|tn)\b)"
_CURRENCY = r"(?:US\$|A\$|C\$|[£$€¥])"
_QUAL = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
_VAGUE = "|".join(sorted((re.escape(v) for v in VAGUE), key=len, reverse=True))
_PERCENT = r"(?:\s?%|\s(?:per\s?cent|percent)\b)"
_AMOUNT = rf"(?:{_CURRENCY}\s?)?(?:{_NUM}|\b(?:{_WORD})\b)(?:{_SCALE})?"

FIGURE = re.compile(
    rf"(?:\b(?P<qual>{_QUAL})\s+)?"
    rf"(?:(?P<vague>\b(?:{_VAGUE})\b)"
    rf"|(?P<low>{_AMOUNT})(?:\s?(?:-|–|to)\s?(?P<high>{_AMOUNT}))?(?P<pct>{_PERCENT})?)",
    re.I,
)


def parse_amount(text: str) -> float | None:
    """The value of one amount ("£3.6bn" -> 3.6e9, "two" -> 2); None if unreadable."""
    cleaned = re.sub(rf"^{_CURRENCY}\s?", "", text.strip(), flags=re.I).lower()
    m = re.match(rf"^({_NUM}|{_WORD})\s?(.*)$", cleaned)
    if not m:
        return None
    head, tail = m.group(1), m.group(2).strip()
    value = float(_UNITS[head]) if head in _UNITS else float(head.replace(",", ""))
    if tail:
        scale = SCALES.get(tail)
        if scale is None:
            return None
        value *= scale
    return value


def qualifier_of(text: str | None) -> str:
    """The normalised qualifier ("more than" -> "over"), or "" for an exact figure."""
    return QUALIFIERS.get(" ".join(text.lower().split()), "") if text else ""


def is_currency(text: str) -> bool:
    return re.match(rf"^{_CURRENCY}", text.strip(), re.I) is not None
