"""Planting number-conflict errors (one quantity, two figures) and their control (the same
figure restated in another form).

Two shapes: a figure the copy already states twice for the same thing ("14 people" ...
"14 people", "$1.13bn" ... "$1.13bn") has one mention changed; or a figure stated once is
restated later in other words with a different value ("14 people died" ... "In all, 17
people were killed").
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from bench.planted_figures import (
    NUMBER,
    WORD_RE,
    Figure,
    figure_at,
    figures,
    other_value,
    same_quantity,
    write,
)
from bench.planted_text import (
    Edit,
    Planted,
    cap,
    insert_sentence,
    insertion_points,
    make,
    sentence_at,
)

_N = r"(?P<n>\d[\d,]*|(?i:" + WORD_RE + r"))"
_MONEY = r"(?P<n>[£$€]\d[\d,]*(?:\.\d+)?(?:bn|m| million| billion)?)"
_VERB = "(?:were |have been |had been |are |was )?"
# One-figure restatements: a pattern in the copy, and sentences restating its figure that a
# rewrite desk might add later ("14 people died" ... "In all, 17 people were killed").
_RESTATE: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(pattern), lines)
    for pattern, lines in (
        (
            rf"\b{_N} (?:people|persons|civilians|passengers) {_VERB}(?:killed|died|dead)\b",
            ("In all, {n} people were killed.", "{N} people lost their lives."),
        ),
        (
            rf"\b{_N} (?P<who>people|passengers|children|pupils|students|workers|others|men|women)"
            rf" {_VERB}(?P<verb>injured|hurt|arrested|rescued|evacuated|detained)\b",
            ("In all, {n} {who} were {verb}.",),
        ),
        (
            rf"\b{_N} (?P<what>homes|houses|properties|buildings) {_VERB}"
            r"(?P<verb>damaged|destroyed|flooded|evacuated)\b",
            ("In all, {n} {what} were {verb}.",),
        ),
        (
            rf"\b{_N} (?:jobs|posts) (?:will|would|are to|could) (?:go|be cut|be lost)\b",
            ("In all, {n} jobs will go.", "The {n} job cuts will be made over two years."),
        ),
        (
            rf"\b(?:cut|axe|shed|lose|losing|cutting|axing) {_N} jobs\b",
            ("In all, {n} jobs will go.", "The {n} job losses will be made over two years."),
        ),
        (
            rf"{_MONEY} (?P<what>deal|takeover|bid|offer|contract|sale|merger|package|fee)\b",
            ("The {what} is worth {n}.", "The {n} {what} has yet to be signed off."),
        ),
        (rf"\bfined {_MONEY}", ("The fine was {n}.",)),
        (rf"{_MONEY} fine\b", ("The fine was {n}.",)),
        (rf"\b(?:raised|raising) {_MONEY}", ("In total, {n} was raised.",)),
        (r"\b(?:a )?crowd of (?P<n>\d[\d,]*)", ("The attendance was {n}.",)),
        (
            rf"\b(?:survey|poll|study) of {_N} (?P<who>people|adults|voters|firms|companies)",
            ("In all, {n} {who} took part.", "The {n} {who} were questioned last month."),
        ),
        (
            r"\b(?:jailed|sentenced|imprisoned)(?: \w+){0,3} (?:for|to) (?P<n>\d+|(?i:"
            + WORD_RE
            + r")) (?P<unit>years|months)\b",
            ("The sentence was {n} {unit}.",),
        ),
        (r"(?P<n>\d+(?:\.\d+)?%) stake\b", ("The stake amounts to {n} of the company.",)),
        (
            r"\b(?P<what>profits?|sales|revenues?|turnover) (?P<verb>rose|jumped|climbed|"
            r"fell|dropped|slumped|grew|increased|declined) (?:by )?(?P<n>\d+(?:\.\d+)?%)",
            ("{What} {verb} {n} over the period.",),
        ),
    )
)


def _restate(text: str, rng: random.Random, control: bool) -> Planted | None:
    # Only a figure alone in its sentence: with two ("Toyota sales rose 11% and Nissan's
    # 10%") a restatement could be about either.
    spots = [
        (m, lines)
        for pattern, lines in _RESTATE
        for m in pattern.finditer(text)
        if len(NUMBER.findall(text[slice(*sentence_at(text, m.start()))])) == 1
    ]
    if not spots:
        return None
    m, lines = rng.choice(spots)
    fig = figure_at(text, *m.span("n"))
    points = insertion_points(text, sentence_at(text, m.end())[1])
    if fig is None or not points or fig.value <= 1:
        return None
    value = fig.value if control else other_value(rng, fig, text)
    extra = {k: v for k, v in m.groupdict().items() if k != "n" and v}
    line = rng.choice(lines)
    new = write(fig, value, at_start=line.startswith("{N}"))
    line = line.format(n=new, N=cap(new), What=cap(extra.get("what", "")), **extra)
    anchor = sentence_at(text, m.start())
    desc = f"restated {text[fig.start : fig.end]} as {new}"
    # Right after the figure's own sentence or further on, as a recap would be.
    edit = insert_sentence(text, rng.choice(points[:1] * 2 + points), line)
    return make("number-conflict", text, [edit], ("control: " if control else "") + desc, [anchor])


_CONTEXTUAL = re.compile(
    r"(?:He|She|It|They|This|That|These|Those|But|And|However|Meanwhile|Also|His|Her|Its|Their)\b"
)


def _echo(text: str, rng: random.Random, control: bool) -> Planted | None:
    """Repeat a self-contained one-figure sentence further down with the figure changed, as
    a merged rewrite or a picture caption restating the body does."""
    cands = []
    for fig in figures(text):
        s, e = sentence_at(text, fig.start)
        sent = text[s:e]
        if (
            len(NUMBER.findall(sent)) == 1
            and 8 <= len(sent.split()) <= 40
            and sent.endswith(".")
            and not re.search(r"[\"“”‘]", sent)
            and not _CONTEXTUAL.match(sent)
            and sent[:1].isupper()
        ):
            cands.append((fig, s, e))
    if not cands:
        return None
    fig, s, e = rng.choice(cands)
    points = [p for p in insertion_points(text, e) if p > e + 1]
    if not points:
        return None
    value = fig.value if control else other_value(rng, fig, text)
    if value == int(value) and 2 <= value <= 20 and not fig.cur and rng.random() < 0.4:
        fig = replace(fig, words=not fig.words)  # "13 countries" restated as "thirteen"
    new = write(fig, value, at_start=fig.start == s)
    tail = text[fig.end : e]
    cut = re.search(r"(?:,| -| but| which| after| while) ", tail)
    if cut and len(tail[: cut.start()].split()) >= 3 and rng.random() < 0.5:
        tail = tail[: cut.start()] + "."  # the clause with the figure, as a caption has it
    line = text[s : fig.start] + new + tail
    desc = f"echoed a sentence with {text[fig.start : fig.end]} as {new}"
    edit = insert_sentence(text, rng.choice(points), line)
    return make("number-conflict", text, [edit], ("control: " if control else "") + desc, [(s, e)])


def plant_number(text: str, rng: random.Random, control: bool = False) -> Planted | None:
    """Change one of two mentions of the same quantity, or restate a figure with a different
    value (the control restates it unchanged, or in words instead of digits)."""
    figs = figures(text)
    pairs = [(a, b) for i, a in enumerate(figs) for b in figs[i + 1 :] if same_quantity(text, a, b)]
    if not pairs or rng.random() < 0.3:
        restated = _restate(text, rng, control)
        if restated is not None:
            return restated
        if not pairs:
            return _echo(text, rng, control)
    a, b = rng.choice(pairs)
    keep, change = (a, b) if rng.random() < 0.75 else (b, a)
    at_start = sentence_at(text, change.start)[0] == change.start
    if control:  # the same figure in the other form: "14" <-> "fourteen"
        if change.value != int(change.value) or not 0 < change.value <= 20 or change.cur:
            return None
        flipped = Figure(**{**change.__dict__, "words": not change.words})
        new = write(flipped, change.value, at_start)
    else:
        new = write(change, other_value(rng, change, text), at_start)
    old = text[change.start : change.end]
    if new == old:
        return None
    desc = f"{old} -> {new} (also {text[keep.start : keep.end]} elsewhere)"
    anchor = sentence_at(text, keep.start)
    edit = Edit(change.start, change.end, new)
    return make("number-conflict", text, [edit], ("control: " if control else "") + desc, [anchor])
