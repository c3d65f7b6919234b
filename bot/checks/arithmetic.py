"""arithmetic: stated changes, percentages, shares and totals that do not add up.

Reads four shapes newsrooms write:
- "rose from 200 to 300, a 20% increase" (percentage change),
- "from 200 to 300, an increase of 150" (absolute change),
- "12 of the 40 members (45%)" (share),
- parts said to make a whole: "five victims: two men and two women", "of the 30 dead, 12
  were children and 20 adults", "a majority of 84", shares past 100%
  (:mod:`bot.checks.arithmetic_parts`).
Rounding is allowed for: a stated percentage may be off by one point or 5%; a stated
change by half the written precision of each figure ("£2.5m" may be £2.45m to £2.55m).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.analysis.model import Flag
from bot.analysis.numbers import MOST_DIGITS, WORD_NUMBERS, parse_amount
from bot.checks import arithmetic_parts
from bot.checks.arithmetic_numbers import amount, differs, written
from bot.checks.facts import Facts

CHECK_ID = "arithmetic"

_N = r"(?:US\$|[£$€])?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:million|billion|m|bn|k)\b)?"
_WORDS = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_NW = rf"(?:{_N}|\b(?:{_WORDS})\b)"
_PCT = r"(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)"
_UP = r"increase|rise|jump|gain|growth|climb|hike|boost"
_DOWN = r"decrease|fall|drop|decline|cut|reduction|slump|dip|loss"

# between the two values and the change: the same clause ("from £8.1m to £6.4m last year,
# a fall of ..."), not another one ("..., and it made a loss of £730,000")
_SAME_CLAUSE = r"(?:(?!\b(?:and|but|while|whereas)\b)[^.;])"

_PERCENT_CHANGE = re.compile(
    rf"\bfrom\s+(?P<a>{_N})\s+(?:\w+\s+){{0,3}}?to\s+(?P<b>{_N})\b{_SAME_CLAUSE}{{0,40}}?"
    rf"\b(?:an?\s+)?{_PCT}\s+(?P<dir>{_UP}|{_DOWN})",
    re.I,
)
# "from £54.2bn to £61.7bn, an increase of 18%"
_PERCENT_CHANGE_OF = re.compile(
    rf"\bfrom\s+(?P<a>{_N})\s+(?:[\w'’-]+\s+){{0,3}}?to\s+(?P<b>{_N})\b{_SAME_CLAUSE}{{0,30}}?\b"
    rf"(?:an?\s+)?(?P<dir>{_UP}|{_DOWN})\s+of\s+{_PCT}",
    re.I,
)
_PERCENT_CHANGE_VERB = re.compile(
    rf"\b(?P<dir>rose|increased|grew|jumped|climbed|fell|dropped|declined|decreased|slumped)"
    rf"\s+(?:by\s+)?{_PCT}\s*,?\s*from\s+(?P<a>{_N})\s+(?:\w+\s+){{0,3}}?to\s+(?P<b>{_N})\b",
    re.I,
)
_NOT_PCT = r"\b(?![.,]?\d|\s?(?:%|per\s?cent|percent))"
# "from £54.2bn this year to £61.7bn in 2027, an increase of £7.5bn"
_ABSOLUTE_CHANGE = re.compile(
    rf"\bfrom\s+(?P<a>{_N})\s+(?:[\w'’-]+\s+){{0,3}}?to\s+(?P<b>{_N})\b{_SAME_CLAUSE}{{0,30}}?\b"
    rf"(?:an?\s+)?(?P<dir>{_UP}|{_DOWN})\s+of\s+(?P<d>{_N}){_NOT_PCT}",
    re.I,
)
# "18.2 million parcels last year, up from 15.6 million, an increase of 2.6 million";
# "52.4 million, up from 47.9 million, an increase of 4.5 million"
_UP_FROM = re.compile(
    rf"(?P<b>{_N}),?\s+(?:[\w'’-]+,?\s+){{0,6}}?(?:up|down)\s+from\s+(?P<a>{_N})\s*,\s*"
    rf"(?:an?\s+)?(?P<dir>{_UP}|{_DOWN})\s+of\s+(?P<d>{_N}){_NOT_PCT}",
    re.I,
)
_SHARE = re.compile(
    rf"\b(?P<part>{_NW})\s+(?:of|out\s+of)\s+(?:the\s+|all\s+)?(?P<whole>{_NW})\s+"
    rf"(?:\w+\s+){{0,3}}?\(\s*{_PCT}\s*\)",
    re.I,
)
_BRACKETED_PCT = re.compile(r"\(\s*\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s*\)", re.I)
_SHARE_REACH = 120  # characters before the bracket a share may start


# "from 2010 to 2020": a span of years, not two values
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# What after a change makes it another measure of it: a yearly or a head's share, a
# real-terms figure, a ratio ("an increase of £1.5bn a year", "of 1.3 times")
_OTHER_MEASURE_AFTER = re.compile(
    r"^\s*(?:a|an|per|each|every)\s+(?:year|month|week|day|head|person|household|pupil)\b"
    r"|^\s*(?:times|x|fold)\b|^\s*(?:in|at)\s+real\b|^\s*once\b",
    re.I,
)
_OTHER_MEASURE_BEFORE = re.compile(r"real[- ]terms\s+\w+\s+of\s*$", re.I)
_LARGEST = 10.0**MOST_DIGITS  # past this a figure is a paste, not a sum a story gives


def _a(number: str) -> str:
    """ "an 18%", "an 8%", "an 11%", but "a 20%"."""
    return "an" if re.match(r"8|11(?:\D|$)|18(?:\D|$)", number) else "a"


def _years(m: re.Match[str]) -> bool:
    return all(_YEAR.fullmatch(m.group(k).strip()) for k in ("a", "b"))


def _not_the_change(text: str, m: re.Match[str]) -> bool:
    """The stated change is not the difference of the two figures: they are years, or it
    is measured otherwise ("a year", "per person", "real-terms", "1.3 times")."""
    before = text[max(0, m.start("d") - 30) : m.start("d")]
    after = text[m.end("d") : m.end("d") + 30]
    return (
        _years(m)
        or bool(_OTHER_MEASURE_AFTER.match(after))
        or bool(_OTHER_MEASURE_BEFORE.search(before))
    )


def _value(text: str) -> float | None:
    return parse_amount(text.replace(" ", "") if text[:1] in "£$€" else text)


def _pct_ok(stated: float, actual: float) -> bool:
    return abs(stated - actual) <= max(1.0, 0.05 * abs(actual))


def _flag(facts: Facts, offset: int, message: str) -> Flag:
    return Flag(
        check=CHECK_ID,
        severity="high",
        message=message,
        evidence=facts.passages(facts.sentence_at(offset)),
    )


def _changes(facts: Facts) -> list[Flag]:
    flags = []
    for pattern in (_PERCENT_CHANGE, _PERCENT_CHANGE_OF, _PERCENT_CHANGE_VERB):
        for m in pattern.finditer(facts.text):
            a, b = _value(m.group("a")), _value(m.group("b"))
            stated = float(m.group("pct"))
            if not a or b is None or _years(m) or max(abs(a), abs(b)) > _LARGEST:
                continue
            actual = (b - a) / a * 100
            rising = re.match(rf"{_UP}|rose|increased|grew|jumped|climbed", m.group("dir"), re.I)
            direction_wrong = (actual > 0) != bool(rising) and actual != 0
            if _pct_ok(stated, abs(actual)) and not direction_wrong:
                continue
            word = "up" if actual > 0 else "down"
            flags.append(
                _flag(
                    facts,
                    m.start(),
                    f"From {m.group('a')} to {m.group('b')} is {word} {abs(actual):.1f}%, "
                    f"not {_a(m.group('pct'))} {m.group('pct')}% {m.group('dir').lower()}.",
                )
            )
    for m in [*_ABSOLUTE_CHANGE.finditer(facts.text), *_UP_FROM.finditer(facts.text)]:
        if _not_the_change(facts.text, m):
            continue
        was, now, d = (amount(m.group(k).replace("US$", "$")) for k in ("a", "b", "d"))
        if was is None or now is None or d is None:
            continue
        # The change is the larger figure made of the smaller and the change, with the same
        # rounding slack as any other sum: half the written precision of each figure.
        low, high = sorted((was, now), key=lambda x: x.value)
        if not differs(high, [low, d]):
            continue
        change = written(high.value - low.value, d)
        flags.append(
            _flag(
                facts,
                m.start(),
                f"From {m.group('a').strip()} to {m.group('b').strip()} is a change of {change}, "
                f"not {m.group('d').strip()}.",
            )
        )
    return flags


def _share_matches(text: str) -> list[re.Match[str]]:
    """ "12 of the 40 members (30%)": read back from each bracketed percentage, which few
    texts hold, rather than trying the whole pattern at every word of the text."""
    found = []
    for bracket in _BRACKETED_PCT.finditer(text):
        start = max(0, bracket.start() - _SHARE_REACH)
        m = _SHARE.search(text, start, bracket.end())
        while m is not None and m.end() != bracket.end():
            m = _SHARE.search(text, m.start() + 1, bracket.end())
        if m is not None:
            found.append(m)
    return found


def _shares(facts: Facts) -> list[Flag]:
    flags = []
    for m in _share_matches(facts.text):
        part, whole = _value(m.group("part")), _value(m.group("whole"))
        if not whole or part is None or part > whole:
            continue
        actual = part / whole * 100
        if _pct_ok(float(m.group("pct")), actual):
            continue
        flags.append(
            _flag(
                facts,
                m.start(),
                f"{m.group('part')} of {m.group('whole')} is {actual:.1f}%, not {m.group('pct')}%.",
            )
        )
    return flags


def check(facts: Facts) -> Iterator[Flag]:
    """Flag changes, shares and totals whose figures do not add up."""
    yield from _changes(facts)
    yield from _shares(facts)
    yield from arithmetic_parts.check(facts)
