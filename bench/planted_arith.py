"""Planting arithmetic errors (parts that do not add up to their whole) and their control
(parts that do).

Three shapes: a breakdown added after a count the copy gives ("12 seats" ... "Of the 12
seats, 8 went to Labour and 5 to the Conservatives"); the goals of a football score split by
half; and a survey share with "a further" share that takes the whole past 100%.
"""

from __future__ import annotations

import random
import re

from bench.planted_figures import WORDS
from bench.planted_text import (
    Edit,
    Planted,
    cap,
    in_quote,
    insert_sentence,
    insertion_points,
    make,
    sentence_at,
)

_WORD_RE = "|".join(WORDS[3:])
_COUNT = re.compile(
    rf"(?<![\w.,£$€-])(?P<n>\d{{1,3}}(?:,\d{{3}})*|(?i:{_WORD_RE}))(?![\w.,%-]\w) "
    r"(?P<noun>[a-z]+|MPs)\b(?!['’-])"
)
# Words before a count that make it approximate: a breakdown of "more than 100" cannot be wrong.
_ROUGH = re.compile(
    r"(?:more than|over|about|around|up to|nearly|almost|some|at least|roughly|fewer than"
    r"|less than|under|estimated|approximately|dozens of|hundreds of|thousands of) $",
    re.I,
)
_PARTIES = ("Labour", "Conservatives", "Liberal Democrats", "SNP", "Democrats", "Republicans")

# noun -> breakdowns "{a} ... {b}" of "Of the {n} {noun}, ...". Two categories that exclude
# each other, so parts adding up to more than the whole are plainly wrong.
_SPLITS: dict[str, tuple[str, ...]] = {
    "people": ("{a} were men and {b} were women", "{a} were adults and {b} were children"),
    "passengers": ("{a} were British and {b} were from overseas",),
    "victims": ("{a} were men and {b} were women",),
    "workers": ("{a} were full-time and {b} part-time",),
    "employees": ("{a} were full-time and {b} part-time",),
    "staff": ("{a} were full-time and {b} part-time",),
    "children": ("{a} were boys and {b} were girls",),
    "pupils": ("{a} were boys and {b} were girls",),
    "students": ("{a} were men and {b} were women",),
    "members": ("{a} were men and {b} were women",),
    "players": ("{a} are internationals and {b} are uncapped",),
    "goals": ("{a} came in the first half and {b} after the break",),
    "tries": ("{a} came in the first half and {b} after the break",),
    "games": ("{a} were won and {b} were lost",),
    "matches": ("{a} were won and {b} were lost",),
    "medals": ("{a} were gold and {b} silver",),
    "seats": ("{a} are held by {p1} and {b} by {p2}",),
    "deaths": ("{a} were men and {b} were women",),
    "candidates": ("{a} are men and {b} are women",),
    "MPs": ("{a} voted for and {b} against",),
    "schools": ("{a} are primary schools and {b} secondaries",),
    "jobs": ("{a} will go in the UK and {b} overseas",),
    "stores": ("{a} are in the UK and {b} overseas",),
    "shops": ("{a} are in the UK and {b} overseas",),
    "branches": ("{a} are in the UK and {b} overseas",),
}

_EVENT = r"killed|died|dead|injured|hurt|arrested|detained|rescued|treated|questioned|surveyed|"
_EVENT += r"interviewed|charged|evacuated|affected|diagnosed|employed|attended|took part|polled"
# What the count's own sentence must say for the breakdown to fit it: "people" who were
# killed or polled, "games" that were played, "members" of an elected body.
_FITS = {
    "people": _EVENT,
    "passengers": _EVENT + r"|on board|carrying|flew",
    "victims": _EVENT,
    "students": _EVENT + r"|enrolled|study|studying",
    "members": r"elected|board|committee|council|assembly|panel|jury|union",
    "players": r"squad|called up|named|selected|picked|released",
    "MPs": r"vote|voted|votes|rebel|rebelled|rebels",
    "games": r"won|lost|drawn|defeats?|victory|wins|goals|scored|season|league",
    "matches": r"won|lost|drawn|defeats?|victory|wins|goals|scored|season|league",
}


def _value(raw: str) -> int:
    return WORDS.index(raw.lower()) if raw[0].isalpha() else int(raw.replace(",", ""))


def _parts(rng: random.Random, n: int, control: bool) -> tuple[int, int] | None:
    """Two parts of n, each at least 2 and below n, that add up (control) or overshoot it
    by a slip-sized amount (one, or two for bigger wholes); round wholes get round parts."""
    scale = 10 ** min(len(str(n)) - len(str(n).rstrip("0")), len(str(n)) - 1)
    whole = n // scale
    over = 0 if control else rng.choice((1, 1, 2)) if whole > 10 else 1
    lows = [a for a in range(2, whole - 1) if 2 <= whole - a + over < whole]
    if not lows:
        return None
    a = rng.choice(lows)
    return a * scale, (whole - a + over) * scale


def _fmt(v: int, words: bool, commas: bool) -> str:
    return WORDS[v] if words and v <= 20 else f"{v:,}" if commas or v >= 10000 else str(v)


def _breakdown(text: str, rng: random.Random, control: bool) -> Planted | None:
    parties = [p for p in _PARTIES if p in text]
    spots = []
    for m in _COUNT.finditer(text):
        noun, n = m.group("noun"), _value(m.group("n"))
        if noun not in _SPLITS or not 4 <= n <= 100000 or _ROUGH.search(text[: m.start()][-25:]):
            continue
        fits = _FITS.get(noun)
        if fits and not re.search(rf"\b(?:{fits})\b", text[slice(*sentence_at(text, m.start()))]):
            continue
        if in_quote(text, m.start()) or re.match(
            r" (?:million|billion|thousand)", text[m.end("n") :]
        ):
            continue
        if (noun == "seats" and len(parties) < 2) or (
            noun in ("jobs", "stores", "shops", "branches") and " UK" not in text
        ):
            continue
        spots.append(m)
    if not spots:
        return None
    m = rng.choice(spots)
    noun, raw = m.group("noun"), m.group("n")
    raw = raw.lower() if raw[0].isalpha() else raw  # "Four members ..." -> "Of the four members"
    n = _value(raw)
    end = sentence_at(text, m.start())[1]
    points = insertion_points(text, end)
    if not points:
        return None
    parts = _parts(rng, n, control)
    if parts is None:
        return None
    a, b = parts
    words = raw[0].isalpha()
    split = rng.choice(_SPLITS[noun])
    p1, p2 = rng.sample(parties, 2) if len(parties) >= 2 else ("", "")
    detail = split.format(a=_fmt(a, words, "," in raw), b=_fmt(b, words, "," in raw), p1=p1, p2=p2)
    line = rng.choice(
        [f"Of the {raw} {noun}, {detail}.", f"Of those {raw} {noun}, {detail}."]
        # Directly after the count the noun is clear; a sentence never opens on a numeral.
        + [f"{cap(detail)}."] * (end in points and words)
    )
    pos = end if line.startswith(cap(detail)) else rng.choice(points[:1] * 2 + points)
    desc = f"{raw} {noun} split as {a} + {b}"
    edit = insert_sentence(text, pos, line)
    anchor = sentence_at(text, m.start())
    return make("arithmetic", text, [edit], ("control: " if control else "") + desc, [anchor])


_SCORE = re.compile(
    r"\b(?P<x>\d)-(?P<y>\d)\b"
    r"(?= (?:win|victory|defeat|draw|home|away|success|loss)\b)(?!.{0,25}penalt)"
)


def _score(text: str, rng: random.Random, control: bool) -> Planted | None:
    """Football: "a 3-1 win" ... "Of the four goals, three came before the break and two
    after it" (five goals in a four-goal game)."""
    if "goal" not in text:
        return None
    spots = [m for m in _SCORE.finditer(text) if int(m.group("x")) + int(m.group("y")) >= 2]
    if not spots:
        return None
    m = rng.choice(spots)
    total = int(m.group("x")) + int(m.group("y"))
    end = sentence_at(text, m.start())[1]
    points = insertion_points(text, end)
    if not points:
        return None
    first = rng.randint(1, total - 1)
    second = total - first + (0 if control else 1)
    line = (
        f"Of the {WORDS[total]} goals, {WORDS[first]} came before the break "
        f"and {WORDS[second]} after it."
    )
    desc = f"{m.group()} game: goals split {first} + {second}"
    edit = insert_sentence(text, rng.choice(points[:1] * 2 + points), line)
    anchor = sentence_at(text, m.start())
    return make("arithmetic", text, [edit], ("control: " if control else "") + desc, [anchor])


_SHARE = re.compile(
    r"\b(?P<p>\d{2})(?P<u>%| per cent) of (?P<who>(?:those|people|respondents|voters|adults|"
    r"consumers|firms|companies|bosses|parents|users|Britons|Americans)(?: [a-z]+){0,2}?) "
    r"(?P<verb>said|say|believe|believed|think|thought|want|wanted|backed|supported|agreed)\b"
)


def _survey(text: str, rng: random.Random, control: bool) -> Planted | None:
    """ "55% of voters said ..." ... "A further 52% of voters disagreed" (107% of voters)."""
    spots = [
        m
        for m in _SHARE.finditer(text)
        if not _ROUGH.search(text[: m.start()][-25:])
        and len(re.findall(r"\d(?:%| per cent)", text[slice(*sentence_at(text, m.start()))])) == 1
    ]
    if not spots:
        return None
    m = rng.choice(spots)
    p = int(m.group("p"))
    q = 100 - p - rng.randint(3, 15) if control else 100 - p + rng.randint(4, 15)
    if q <= 0:
        return None
    end = sentence_at(text, m.start())[1]
    if end not in insertion_points(text, end):
        return None
    line = f"A further {q}{m.group('u')} of {m.group('who')} disagreed."
    edit = insert_sentence(text, end, line)
    desc = f"{p}% agreed and a further {q}% disagreed"
    anchor = sentence_at(text, m.start())
    return make("arithmetic", text, [edit], ("control: " if control else "") + desc, [anchor])


_VOTE = re.compile(
    r"\b(?:by|voted|vote of|votes? of) (?P<a>\d{2,3}) (?:votes )?to (?P<b>\d{2,3})\b"
)


def _majority(text: str, rng: random.Random, control: bool) -> Planted | None:
    """ "MPs voted 310 to 219" -> "..., a majority of 81" (310 - 219 is 91)."""
    spots = [
        m
        for m in _VOTE.finditer(text)
        if int(m.group("a")) > int(m.group("b")) and "majority" not in text[m.end() : m.end() + 40]
    ]
    if not spots:
        return None
    m = rng.choice(spots)
    margin = int(m.group("a")) - int(m.group("b"))
    stated = margin if control else margin + rng.choice((-10, -2, 2, 10, -1, 1))
    if stated <= 0:
        return None
    tail = "" if re.match(r"[,.;:)]", text[m.end() : m.end() + 1]) else ","
    edit = Edit(m.end(), m.end(), f", a majority of {stated}{tail}")
    desc = f"{m.group('a')} to {m.group('b')} given a majority of {stated}"
    return make("arithmetic", text, [edit], ("control: " if control else "") + desc)


def plant_arithmetic(text: str, rng: random.Random, control: bool = False) -> Planted | None:
    """Parts that add up to more than their whole (the control: parts that add up)."""
    shapes = [_breakdown, _score, _survey, _majority]
    rng.shuffle(shapes)
    for shape in shapes:
        planted = shape(text, rng, control)
        if planted is not None:
            return planted
    return None
