"""Sums given with their conversion ("$6bn (£3.2bn)"), for number-conflict: a conversion
gives the same amount a second time, so one that disagrees with the copy's other
conversions, or with any rate the two currencies have had, means one of the two values
is wrong ("$1.8 billion (£94 million)", "$702.6bn (£53.51bn)").

Only the plain currency signs are read; "A$", "C$" and "HK$" are dollars of their own, and
the bands below are for the US dollar, the pound and the euro.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.analysis import budget
from bot.analysis.model import Figure, Flag
from bot.analysis.numbers import WRITTEN_YEAR
from bot.checks.facts import Facts

# "$6bn (£3.2bn)", "£99 in the UK (149 euros)": the second figure in brackets right after
# the first, or after a few words of where.
_OPEN = re.compile(r"^(?:\s[A-Za-z]+){0,3}\s?\(\s?$")
_CLOSE = re.compile(r"^(?:\s(?:euro|dollar|pound)s?)?\s?[),;]", re.I)
_SIGN = re.compile(r"(?<![A-Za-z])(US\$|[A-Z]{1,2}\$|\$|£|€)")
_WORDS = {"dollar": "$", "pound": "£", "euro": "€"}
# Units of the first currency per unit of the second, as wide as the rates have been
# since 1980 (the pound fell near $1.05 in 1985 and stood over $2.10 in 2007); the dollar's
# top is left at 3 for copy whose plain "$" is Australian or Canadian.
_BANDS = {("$", "£"): (1.0, 3.0), ("€", "£"): (1.0, 1.8), ("$", "€"): (0.8, 1.7)}
# Conversions in one article are made at one rate, rounded: past this, one is wrong.
_SPREAD = 0.3
# A conversion made at a rate of its own time ("in 1985, at the rate of the time"): checked
# against the bands only, never against the copy's other conversions.
_OWN_TIME = re.compile(
    rf"{WRITTEN_YEAR.pattern}|\bat the time\b|\bof the time\b|\bthen\b|"
    r"\b(?:that|this) year's\b|\btoday's\b|\bcurrent\b|\bexchange rate",
    re.I,
)
_ROUGH = {"", "about"}  # "about €90m (about £20m)": rounded, still one amount
_MAX_PAIRS = 200  # a pasted price list holds many; the story's few are read first


@dataclass(frozen=True)
class Conversion:
    """A sum and its conversion, with the rate between them (first per second)."""

    sum: Figure
    converted: Figure
    signs: tuple[str, str]
    rate: float
    written: str  # the conversion as written, with its currency word ("149 euros")
    high_rate: float  # of a range's tops ("€40m-€50m (£34m-£71m)"); else the rate
    own_time: bool  # its sentence says when, or at what rate, it was converted

    def rate_in(self, signs: tuple[str, str]) -> float:
        """The rate as units of ``signs[0]`` per unit of ``signs[1]``."""
        return self.rate if self.signs == signs else 1 / self.rate

    @property
    def said(self) -> str:
        """How the copy converts: "$1.8 billion is given as £94 million ($1 = £0.0522)"."""
        per = f"{self.signs[0]}1 = {self.signs[1]}{_plain(1 / self.rate)}"
        return f"{self.sum.value} is given as {self.written} ({per})"


def _sign(f: Figure) -> str:
    if f.kind == "money":
        m = _SIGN.search(f.value)
        return m.group(1).replace("US$", "$") if m else ""
    return _WORDS.get(f.counted, "")


def conversions(
    text: str, figures: list[Figure], sentences: list[tuple[int, int]]
) -> list[Conversion]:
    """Each sum followed by its conversion in brackets, in text order."""
    found: list[Conversion] = []
    ordered = sorted(figures, key=lambda f: f.start)
    for first, second in itertools.pairwise(ordered):
        budget.check()
        if len(found) >= _MAX_PAIRS:
            break
        close = _CLOSE.match(text[second.end : second.end + 10])
        if not _OPEN.match(text[first.end : second.start]) or close is None:
            continue
        signs = (_sign(first), _sign(second))
        if "" in signs or signs[0] == signs[1] or {first.qualifier, second.qualifier} - _ROUGH:
            continue
        if not (first.low and second.low and first.high and second.high):
            continue
        if (first.low == first.high) != (second.low == second.high):
            continue  # a range given as one sum, or one sum as a range: no rate to read
        written = text[second.start : second.end + close.end()].rstrip("),; ")
        start, end = sentences[first.sentence] if first.sentence < len(sentences) else (0, 0)
        own_time = _OWN_TIME.search(text, start, end) is not None
        found.append(
            Conversion(
                first, second, signs, first.low / second.low, written,
                first.high / second.high, own_time,
            )
        )  # fmt: skip
    return found


def _plain(x: float) -> str:
    """A rate without an exponent: "532,000", "1.55", "0.0522"."""
    if x >= 1000:
        return f"{x:,.0f}"
    return f"{x:.3g}" if x >= 0.001 else f"{x:.8f}".rstrip("0")


def _band(c: Conversion) -> tuple[float, float] | None:
    if c.signs in _BANDS:
        return _BANDS[c.signs]
    inverse = _BANDS.get((c.signs[1], c.signs[0]))
    return (1 / inverse[1], 1 / inverse[0]) if inverse else None


def _apart(x: float, y: float) -> bool:
    return abs(x / y - 1) > _SPREAD


def odd_conversions(
    text: str, figures: list[Figure], sentences: list[tuple[int, int]]
) -> Iterator[tuple[Conversion, Conversion | None]]:
    """Each conversion that disagrees, with one it disagrees with; None when it is outside
    any rate the two currencies have had. Of two that disagree, the later is given with
    the earlier; of more, one far from the rate most of them give. A conversion made at
    its own time's rate is held to the bands alone."""
    groups: dict[frozenset[str], list[Conversion]] = {}
    for c in conversions(text, figures, sentences):
        band = _band(c)
        if band is not None and not all(band[0] <= r <= band[1] for r in (c.rate, c.high_rate)):
            yield c, None
        elif not c.own_time:
            groups.setdefault(frozenset(c.signs), []).append(c)
    for group in groups.values():
        budget.check()
        signs = group[0].signs
        rates = sorted(c.rate_in(signs) for c in group)
        usual = rates[len(rates) // 2]
        near = [c for c in group if not _apart(c.rate_in(signs), usual)]
        seen: dict[float, Conversion] = {}
        for c in group:
            exact = not (c.sum.qualifier or c.converted.qualifier)
            twin = seen.setdefault(c.converted.low or 0.0, c) if exact else c
            if twin is not c and twin.signs == c.signs and twin.sum.low != c.sum.low:
                yield c, twin  # "£99 (149 euros)" / "£96 (149 euros)": one price, two sums
            elif len(group) == 2:
                if c is group[1] and _apart(group[0].rate_in(signs), c.rate_in(signs)):
                    yield c, group[0]
            elif len(near) >= 2 and c not in near:
                yield c, near[0]


def conversion_flags(facts: Facts, check_id: str) -> Iterator[Flag]:
    """Flags for the conversions that disagree: one of each one's two values is wrong."""
    for c, other in odd_conversions(facts.text, facts.figures, facts.sentences):
        if other is None:
            reason = f"{c.said}, at no rate these currencies have had."
            sentences = [c.sum.sentence]
        else:
            reason = f"{c.said}, but {other.said}."
            sentences = [c.sum.sentence, other.sum.sentence]
        marks = [(x.sum.start, x.converted.end) for x in (c, other) if x is not None]
        yield Flag(
            check=check_id,
            severity="medium",
            message=f"A sum and its conversion disagree: {reason}",
            evidence=facts.passages(*sentences, marks=marks),
        )
