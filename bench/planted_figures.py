"""Figures in news copy for the planted-error injector: counts of a named thing and amounts of
money, read with their unit and counted noun (years, dates, ages, scores and times left out),
whether two mentions are the same quantity, and how a slip would change one."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench.planted_text import cap, sentence_at, words

WORDS = words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
WORD_RE = "|".join(WORDS[2:])
_M = "January|February|March|April|May|June|July|August|September|October|November|December"
NUMBER = re.compile(
    r"(?<![\w.,£$€/:-])(?P<cur>[£$€])?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{WORD_RE})\b)"
    r"(?P<unit>%| per cent\b|bn\b|m\b| million\b| billion\b)?"
    r"(?![\w/:-]|[.,]\d)"
)
# Words after a figure that make it a time, a span or a part of something else.
_NOT_NOUN = set(
    words(
        "of to in on and or the a at for from by with as than per more less over under after "
        "before years year months month weeks week days day hours hour minutes minute seconds "
        "times pm am gmt bst o'clock p.m a.m is was were are has have had will would"
    )
)


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    value: float
    cur: str
    unit: str
    noun: str  # the counted thing ("people") or "" for amounts of money and shares
    words: bool  # written in words ("three")
    commas: bool
    suffix: str = ""  # the unit as written: "m", " million", "%", " per cent"

    def key(self) -> tuple[str, str, float, str]:
        return (self.cur, self.unit, self.value, self.noun)


def figures(text: str) -> list[Figure]:
    """Figures of a counted thing or an amount of money, leaving out years, dates, ages,
    scores and times (which are not quantities that a restatement repeats)."""
    found = []
    for m in NUMBER.finditer(text):
        raw, cur = m.group("num"), m.group("cur") or ""
        unit = (m.group("unit") or "").strip().replace("per cent", "%")
        unit = {"million": "m", "billion": "bn"}.get(unit, unit)
        words = raw[0].isalpha()
        value = float(WORDS.index(raw.lower()) if words else raw.replace(",", ""))
        before, after = text[max(0, m.start() - 12) : m.start()], text[m.end() : m.end() + 30]
        if not cur and not unit and ("." in raw or 1900 <= value <= 2100):
            continue  # a year or a bare decimal (a time, a rating)
        if re.search(rf"(?:{_M}|aged|No\.?|number|page) $", before) or re.match(
            rf" (?:{_M})", after
        ):
            continue
        if re.search(r"[A-Za-z], $", before) and after.startswith(","):
            continue  # "Smith, 34," is an age
        noun_m = re.match(r"\s+(?:[a-z]+-)?([a-z]+)", after)
        noun = noun_m.group(1) if noun_m else ""
        if noun in _NOT_NOUN:
            noun = ""
        if unit in ("m", "bn") and not cur and m.group("unit") in ("m", "bn"):
            continue  # "800m" with no currency is a distance as often as money
        money = bool(cur) or unit in ("m", "bn")
        if not noun and not money:
            continue  # a bare count or a share of an unnamed whole: too vague to repeat
        if not money and not unit and not _plural(noun):
            continue  # "Chapter 11", "the 777 plane": a name, not a count
        found.append(
            Figure(
                m.start(), m.end(), value, cur, unit, "" if money else noun, words, "," in raw,
                m.group("unit") or "",
            )
        )  # fmt: skip
    return found


def _plural(noun: str) -> bool:
    return (noun.endswith("s") and not noun.endswith("ss")) or noun in _PLURALS


_PLURALS = set(words("people men women children police staff cattle sheep fish deer"))
_STOP = set(words("that this with from have been were their there which about would could after"))


def _context(text: str, fig: Figure) -> set[str]:
    """Stems of the content words around a figure (six words each side)."""
    s, e = sentence_at(text, fig.start)
    left = re.findall(r"[A-Za-z]+", text[max(s, fig.start - 60) : fig.start])[-6:]
    right = re.findall(r"[A-Za-z]+", text[fig.end : min(e, fig.end + 60)])[:6]
    return {w.lower()[:5] for w in left + right if len(w) >= 4 and w.lower() not in _STOP}


def same_quantity(text: str, a: Figure, b: Figure) -> bool:
    """Two mentions of one quantity: same figure, unit and counted noun, in different
    sentences, sharing words around them (more for small counts, which recur by chance)."""
    if a.key() != b.key() or sentence_at(text, a.start) == sentence_at(text, b.start):
        return False
    periods = [
        {p.lower() for p in _PERIOD.findall(text[slice(*sentence_at(text, f.start))])}
        for f in (a, b)
    ]
    if periods[0] != periods[1]:
        return False  # "£42m this year", "£42m last year": two periods, two quantities
    shared = (_context(text, a) & _context(text, b)) - {a.noun[:5]}
    return len(shared) >= (2 if a.value <= 20 and not a.cur else 1)


def write(fig: Figure, value: float, at_start: bool = False) -> str:
    """`value` written the way `fig` was written (words, commas, currency, unit)."""
    if fig.words and value == int(value) and 0 < value <= 20:
        core = WORDS[int(value)]
        core = cap(core) if at_start else core
    elif value == int(value):
        core = f"{int(value):,}" if fig.commas or value >= 10000 else str(int(value))
    else:
        core = f"{value:.{_decimals(fig)}f}"
    return f"{fig.cur}{core}{fig.suffix}"


def _decimals(fig: Figure) -> int:
    raw = re.sub(r"[^\d.]", "", str(fig.value))
    return max(1, len(raw.partition(".")[2]))


def other_value(rng: random.Random, fig: Figure, text: str) -> float:
    """A different figure a slip could produce: transposed digits, a near miss, or a
    different small count."""
    v = fig.value
    if v != int(v):  # 1.13 -> 1.31 or 1.18
        digits = f"{v:.{_decimals(fig)}f}"
        i = rng.randrange(len(digits))
        while not digits[i].isdigit():
            i = rng.randrange(len(digits))
        new_digit = (int(digits[i]) + rng.randint(1, 8)) % 10
        if i == 0 and new_digit == 0:
            new_digit = int(digits[i]) + 1
        new = digits[:i] + str(new_digit) + digits[i + 1 :]
        return float(new) if float(new) != v else v + 1
    n = int(v)
    if n <= 12:  # never 1: "one men"
        return float(rng.choice([k for k in range(max(2, n - 3), n + 4) if k != n]))
    # A round figure stays round: "1,000" becomes "1,200", not "864".
    zeros = len(str(n)) - len(str(n).rstrip("0"))
    scale = 10 ** min(zeros, len(str(n)) - 1)
    sig = n // scale
    flipped = int(str(sig)[::-1])
    too_big = fig.unit == "%" and flipped * scale > max(100, n)  # not "701%" for "107%"
    if (
        rng.random() < 0.35
        and len(str(flipped)) == len(str(sig))
        and flipped != sig
        and not too_big
    ):
        return float(flipped * scale)
    step = rng.randint(1, max(2, sig // 5))
    return float((sig + step if rng.random() < 0.5 or sig - step <= 0 else sig - step) * scale)


_PERIOD = re.compile(
    r"\b(?:last|previous|next) (?:year|month|week|season)|\ba year (?:earlier|ago)"
    r"|\b(?:19|20)\d\d\b",
    re.I,
)


def figure_at(text: str, start: int, end: int) -> Figure | None:
    """The figure text[start:end] as written ("£13.8m", "fourteen", "8%")."""
    m = NUMBER.fullmatch(text, start, end)
    if m is None:
        return None
    raw, unit = m.group("num"), (m.group("unit") or "").strip().replace("per cent", "%")
    words = raw[0].isalpha()
    value = float(WORDS.index(raw.lower()) if words else raw.replace(",", ""))
    unit = {"million": "m", "billion": "bn"}.get(unit, unit)
    cur, suffix = m.group("cur") or "", m.group("unit") or ""
    return Figure(start, end, value, cur, unit, "", words, "," in raw, suffix)
