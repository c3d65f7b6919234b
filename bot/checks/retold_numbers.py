"""A sentence told twice with one number changed: "Michael said the film would put his two
decades of fame into context" ... "his five decades of fame".

The figure reader leaves durations and times to the dates ("two decades", "six seasons
ago", "21 hours"), so number-conflict's own comparison never sees them; a sentence retold
word for word but for one number is the same statement whatever the number counts. Only
whole sentences of some length count, with exactly one number written differently and
standing on its own ("the 10-year yield" is a label), so two parallel sentences ("the
first half" / "the second half") never match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.analysis import budget
from bot.analysis.numbers import WORD_NUMBERS, parse_amount
from bot.checks.facts import Facts

_TOKEN = re.compile(r"\d[\d,.]*\w*|[^\W\d_]+(?:['’-][^\W\d_]+)*|[-–/]")
_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?(?:bn|m|k)?$")
_MIN_WORDS = 8  # a sentence this long, retold exactly, is one statement
_MAX_SENTENCE = 400  # characters: longer "sentences" are lists and tables


def _words(sentence: str) -> list[str]:
    return [w.lower().rstrip(".,") for w in _TOKEN.findall(sentence)]


def _is_number(word: str) -> bool:
    return bool(_NUMBER.match(word)) or word in WORD_NUMBERS


def _signature(words: list[str]) -> tuple[str, ...] | None:
    """The sentence with its free-standing numbers blanked, when it has exactly one."""
    numbers = [i for i, w in enumerate(words) if _is_number(w)]
    if len(numbers) != 1 or len(words) < _MIN_WORDS:
        return None
    i = numbers[0]
    if any(w in {"-", "–", "/"} for w in words[max(0, i - 1) : i + 2]):
        return None  # "10-year", "6-3", "24/7": labels and scores
    return (*words[:i], "#", *words[i + 1 :])


def retold(facts: Facts) -> Iterator[tuple[int, int, str, str]]:
    """(earlier sentence, later sentence, its number, the later one's) for each sentence
    retold with another number; each signature reported once."""
    seen: dict[tuple[str, ...], tuple[int, str]] = {}
    reported: set[tuple[str, ...]] = set()
    for index, (start, end) in enumerate(facts.sentences):
        if index % 64 == 0:
            budget.check()
        if end - start > _MAX_SENTENCE:
            continue
        words = _words(facts.text[start:end])
        signature = _signature(words)
        if signature is None:
            continue
        number = next(w for w in words if _is_number(w))
        if signature not in seen:
            seen[signature] = (index, number)
            continue
        first, first_number = seen[signature]
        if signature in reported or _value(first_number) == _value(number):
            continue
        reported.add(signature)
        yield first, index, first_number, number


def _value(word: str) -> float | None:
    return parse_amount(word)


def mark(facts: Facts, sentence: int, number: str) -> tuple[int, int] | None:
    """Where ``number`` stands in the sentence, for the bold in the evidence."""
    start, end = facts.sentences[sentence]
    m = re.search(rf"(?<![\w.,]){re.escape(number)}(?![\w,])", facts.text[start:end], re.I)
    return (start + m.start(), start + m.end()) if m else None
