"""The numbers a key figure can be: the article's figures, the measures and durations the
figure reader leaves aside ("12ft", "15 months", "his 500th appearance"), each value once
with how often the story returns to it, and a sports result's scores as one figure.

Years, ages, dates and clock times are not candidates: the report gives them in their own
fields (people's ages, dates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from bot.analysis import budget
from bot.analysis.figure_events import is_term
from bot.analysis.figure_names import is_name
from bot.analysis.figure_runs import joined, race_times
from bot.analysis.model import Figure
from bot.analysis.numbers import MOST_DIGITS
from bot.analysis.phrase_parts import UNITS
from bot.analysis.sentences import headline

_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# "12ft", "10 to 12ft", "8-10lbs": a number or a range, its unit read after it
_NUMBER = re.compile(
    rf"(?<![\w.,/#:$£€¥-]){_DIGITS}(?:\s?(?:-|–|to)\s?{_DIGITS}(?=\s?[a-z%]))?", re.I
)
_ORDINAL = re.compile(r"^(?:st|nd|rd|th)\b")
_UNIT_AFTER = re.compile(r"^-?\s?([a-z%]+)\b", re.I)
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)s?$")
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_BEFORE = re.compile(rf"\b{_MONTHS}\s$", re.I)
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s(?:of\s)?{_MONTHS}\b", re.I)
_CLOCK = re.compile(r"^(?:[.:]\d\d)?\s?(?:[ap]\.?m\b|hrs\b|GMT|BST|ET\b)", re.I)
# "13:50", "09:15": hours and minutes, no seconds or hundredths after them (a race's time)
_24_HOUR = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:.]|\.\d)")
_AGE_AFTER = re.compile(r"^\s?-?\s?(?:years?|months?)[- ]old|^-year|^,", re.I)
_AGE_BEFORE = re.compile(r"(?:\baged|\bage of|\bages of)\s(?:just\s|only\s)?$", re.I)
_SCORE = re.compile(r"^\d{1,3}\s?[-–]\s?\d{1,3}$")
_SCORE_GAP = re.compile(r"^[\s,(]*$|^\)[\s,(]*$|^,?\s(?:and|then)\s$")
# words of a result told as a pair: a match's, and a vote's ("The vote was 68-31", "a 5-4
# ruling", "the jury split 10-2")
_SPORT = re.compile(
    r"\b(?:w[io]n|beat|defeat|victory|draw|drew|lead|led|trail|score|set|match|game|final|"
    r"goals?|tries|points?|innings|runs|wickets?|tie-?break|half-time|full-time|"
    r"vot(?:e|es|ed|ing)|ballot|ruling|verdict|jury)\b",
    re.I,
)
_SCORE_AFTER = re.compile(r"[-–]\d{1,3}(?![\d\w%-])")
_CONVERSION = re.compile(r"^\s?[a-z%]{0,12}\s?\($", re.I)
# A sum told in a currency's name ("40.7bn euros", "684bn yen"): money, as "£3bn" is
_CURRENCY_WORD = re.compile(
    r"\s(?:(?:lakh|crore)\s)?(?:euros?|yen|yuan|rupees?|pesos?|dollars?|pounds?|francs?|"
    r"roubles?|rubles?|krona|kronor|kroner|rand|won|lira|real|reais|shekels?|dinars?|"
    r"dirhams?|riyals?|baht|ringgit|rupiah|naira)\b(?!-)"
)
# A currency's code before a sum ("CHF 3m", "Rs 500 crore"), the scale of Indian copy after it
_CURRENCY_CODE = re.compile(
    r"\b(?:USD|EUR|GBP|CHF|JPY|CNY|RMB|INR|AUD|CAD|HKD|SGD|NZD|SEK|NOK|DKK|ZAR|BRL|MXN|RUB|"
    r"Rs\.?|Rp)\s?$"
)
_INDIAN_SCALE = re.compile(r"\s(?:lakh|crore)\b")
# Units a measure is written in: the figure reader's, and the sizes of data and power
# ("50GB", "7.2MB", "3GHz", "400MW") that tech copy gives
_MEASURES = UNITS | {
    "lb", "foot", "mg", "ml", "kb", "mb", "gb", "tb", "kbp", "mbp", "gbp", "mhz", "ghz", "kw",
    "mw", "gw", "kwh", "mwh",
}  # fmt: skip
_MAX_CANDIDATES = 400  # an article has far fewer numbers; a pasted table may have more
_ONE_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _too_long(value: str) -> bool:
    return any(sum(ch.isdigit() for ch in n) > MOST_DIGITS for n in _ONE_NUMBER.findall(value))


@dataclass
class Candidate:
    """One value the story gives, at its first mention, with how often it comes back."""

    figure: Figure
    role: str = "amount"  # ReadFigure's role: "amount", "label", "part", "rate", "extra"
    sentences: set[int] = field(default_factory=set)  # where the story gives it


def _sentence_of(doc: Doc, start: int) -> int:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return int(doc._.token_sentence[span.start]) if span is not None and len(span) else 0


def _taken(doc: Doc) -> list[tuple[int, int]]:
    """Text that is a date or an age already: not a figure."""
    spans = [(d.start, d.end) for d in doc._.dates or ()]
    spans += [(a.start, a.end) for p in doc._.people or () for a in p.ages]
    return spans


def _is_age_or_date(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 12) : start], text[end : end + 16]
    if _AGE_AFTER.match(after) and not after.startswith(","):
        return True
    if _AGE_BEFORE.search(before) or _DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
        return True
    if _CLOCK.match(after) or _clock_part(text, start, end):
        return True
    # "Locke, 39, said": an age after a name
    return (
        before.endswith(", ") and after[:1] == "," and end - start <= 3 and before[-3:-2].isalpha()
    )


def _clock_part(text: str, start: int, end: int) -> bool:
    """The hours or the minutes of a 24-hour clock time ("at 13:50 local time", "09:15"),
    which the tagger may read as two numbers: a time, not two figures."""
    clock = _24_HOUR.search(text, max(0, start - 3), min(len(text), end + 3))
    return clock is not None and clock.start() <= start and end <= clock.end()


def _tied(written: str) -> bool:
    """ "31-31", "2-2": a level score, whatever the sentence says of the match."""
    sides = re.split(r"\s?[-–]\s?", written)
    return len(sides) == 2 and sides[0] == sides[1]


def _sentence_text(doc: Doc, start: int) -> str:
    begin, end = doc._.sentences[_sentence_of(doc, start)]
    return str(doc._.text[begin:end])


def extra_figures(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """Numbers in digits the figure reader did not keep: measures ("12ft", "260mph"),
    durations ("15 months", which the entity recogniser calls dates), ranks ("500th") and
    the scores of a sports report the reader took for ranges or dates ("level at 31-31")."""
    text: str = doc._.text
    # Characters already read as a figure, date or age: one mark each, so that every
    # number is checked in constant time however many figures a pasted table holds.
    covered = bytearray(len(text))
    for s, e in [(f.start, f.end) for f in figures] + _taken(doc):
        covered[s:e] = b"\x01" * (e - s)
    found: list[Figure] = []
    for start, end in race_times(text):  # "8:41.07", which the recogniser may call a time
        budget.check()
        if len(found) >= _MAX_CANDIDATES:
            break
        if not any(covered[start:end]):
            covered[start:end] = b"\x01" * (end - start)
            seconds = sum(
                float(p) * 60**i for i, p in enumerate(reversed(text[start:end].split(":")))
            )
            found.append(
                Figure(text[start:end], seconds, seconds, "", "measure", "", "", "", start, end,
                       _sentence_of(doc, start))
            )  # fmt: skip
    for m in _NUMBER.finditer(text):
        budget.check()
        if len(found) >= _MAX_CANDIDATES:
            break
        start, end = m.start(), m.end()
        if any(covered[start:end]) or _YEAR.match(m.group(0)):
            continue
        if _is_age_or_date(text, start, end):
            continue
        if text[max(0, start - 4) : start].lower() == "per ":
            continue  # "80mg per 100ml": the base of a rate, no quantity of its own
        after = text[end : end + 14]
        unit = _UNIT_AFTER.match(after)
        # "a 19-5 half-time lead" (read as a range), "level at 31-31." (as two numbers)
        whole = _SCORE.match(m.group(0)) is not None
        second = None if whole else _SCORE_AFTER.match(text, end)
        pair_end = second.end() if second is not None else end
        paired = whole or second is not None
        if _ORDINAL.match(after):
            kind, end = "rank", end + 2
        elif paired and (_tied(text[start:pair_end]) or _SPORT.search(_sentence_text(doc, start))):
            kind, end = "score", pair_end
        elif unit and unit.group(1) == "p":
            kind, end = "money", end + unit.end()  # "up 8.5p to 113.5p": pence
        elif unit and unit.group(1).lower().rstrip("s") in _MEASURES:
            kind, end = "measure", end + unit.end()
        else:
            continue  # a bare number the figure reader passed over: a name, a list mark
        bounds = [float(n.replace(",", "")) for n in re.findall(_DIGITS, m.group(0))]
        found.append(
            Figure(text[start:end], bounds[0], bounds[-1], "", kind, "", "", "", start, end,
                   _sentence_of(doc, start))
        )  # fmt: skip
    return found


def _is_score(figure: Figure, sentence: str) -> bool:
    if not _SCORE.match(figure.value) or figure.qualifier:
        return False
    if figure.counted and figure.counted in UNITS:
        return False  # "8-10lbs", "20-30 years": a range
    low, high = figure.low or 0, figure.high or 0
    return low >= high or bool(_SPORT.search(sentence))


def group_scores(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Runs of scores in one sentence ("7-6 (7-4) 6-1 7-5") made one figure whose value is
    the run as written; a lone score is a figure of kind "score"."""
    text: str = doc._.text
    out: list[Candidate] = []
    for cand in candidates:
        budget.check()
        f = cand.figure
        start, end = doc._.sentences[f.sentence] if f.sentence < len(doc._.sentences) else (0, 0)
        if not _is_score(f, text[start:end]):
            out.append(cand)
            continue
        last = out[-1].figure if out else None
        joined = (
            last is not None
            and last.kind == "score"
            and last.sentence == f.sentence
            and _SCORE_GAP.match(text[last.end : f.start]) is not None
        )
        if joined and last is not None:
            value = " ".join(text[last.start : f.end].split())
            out[-1] = replace(out[-1], figure=replace(last, value=value, end=f.end))
        else:
            # a score is a result, not a label ("a 2-1 defeat") whatever the frame said
            out.append(replace(cand, figure=replace(f, kind="score"), role="amount"))
    return out


def _same(a: Figure, b: Figure) -> bool:
    """Two mentions of one figure: the same value, counting the same thing (or one of
    them says not what; a large exact value is rarely a coincidence)."""
    if (a.low, a.high) != (b.low, b.high) or a.low is None or a.kind != b.kind:
        return False
    return a.counted == b.counted or not a.counted or not b.counted or (a.low or 0) >= 100


def _conversion(text: str, figure: Figure, previous: Figure | None) -> int:
    """End of a conversion in brackets that repeats the figure before it ("6,000 metres
    (3.7 miles)"), or 0."""
    if previous is None or not _CONVERSION.match(text[previous.end : figure.start]):
        return 0
    if _SCORE.match(previous.value) and _SCORE.match(figure.value):
        return 0  # "7-6 (7-3)": a tie-break's score, one more of the match's
    close = text.find(")", figure.end, figure.end + 20)
    return close + 1 if close > 0 else 0


def _fragment(doc: Doc, figure: Figure) -> bool:
    """A figure alone in its "sentence": a list mark or a table cell ("6.", "£100?")."""
    start, end = doc._.sentences[figure.sentence]
    return len(re.findall(r"[^\W\d_]{2,}", doc._.text[start:end])) < 2


def _is_verb(doc: Doc, figure: Figure) -> bool:
    """A vague word read as a verb ("Herrera scores his side's goal") is no number."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return span is None or span[0].pos_ == "VERB"


def _with_currency(text: str, figure: Figure) -> Figure:
    """The sum with its currency's name or code, as money ("40.7bn euros", "CHF 3m")."""
    if figure.kind not in {"count", "money"}:
        return figure
    code = _CURRENCY_CODE.search(text, max(0, figure.start - 5), figure.start)
    word = _CURRENCY_WORD.match(text, figure.end)
    if code is None and word is None:
        return figure
    start = code.start() if code is not None else figure.start
    end = word.end() if word is not None else figure.end
    scale = _INDIAN_SCALE.match(text, end) if code is not None else None
    end = scale.end() if scale is not None else end
    return replace(figure, value=text[start:end], start=start, end=end, kind="money")


def candidates(doc: Doc, figures: list[Figure]) -> list[Candidate]:
    """Every candidate value once, in text order, with its mentions counted."""
    # A prison term is told as the duration it is ("15 months"), as the measures are.
    figures = [f for f in figures if not is_term(f)]
    every = sorted([*figures, *extra_figures(doc, figures)], key=lambda f: f.start)
    kept: list[Figure] = []
    text: str = doc._.text
    for figure in every[:_MAX_CANDIDATES]:
        if _too_long(figure.value) or _is_age_or_date(text, figure.start, figure.end):
            continue
        figure = _with_currency(text, figure)  # "Rs 500 crore" is a sum, not a name's 500
        if _fragment(doc, figure) or is_name(doc, figure):
            continue
        if kept and figure.start < kept[-1].end:
            continue  # inside the figure before it: its conversion ("$3.1bn; £2.9bn")
        figure = joined(text, figure)  # "2 hours 1 minute 25 seconds", "1 in 10"
        end = _conversion(text, figure, kept[-1] if kept else None)
        if end:  # one figure, as written with its conversion
            kept[-1] = replace(kept[-1], value=doc._.text[kept[-1].start : end], end=end)
        elif not (figure.kind == "vague" and _is_verb(doc, figure)):
            kept.append(figure)
    cands = group_scores(doc, [Candidate(f, getattr(f, "role", "amount")) for f in kept])
    title = headline(doc)
    merged: list[Candidate] = []
    for cand in cands[:_MAX_CANDIDATES]:
        budget.check()
        index = next((i for i, m in enumerate(merged) if _same(m.figure, cand.figure)), None)
        if index is None:
            cand.sentences = {cand.figure.sentence}
            merged.append(cand)
        elif merged[index].figure.sentence == title:
            # told in the headline first: the body's telling says what it counts ("£14bn —
            # what Thames Water boss quits" was the headline's)
            merged[index] = replace(
                cand, sentences={*merged[index].sentences, cand.figure.sentence}
            )
        else:  # the story comes back to it: one figure, at its first mention
            merged[index].sentences.add(cand.figure.sentence)
    return merged
