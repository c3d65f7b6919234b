"""quote-attribution: the same (or nearly the same) quote given to two speakers.

Quotes are compared as lower-case words: one counts as the other when it holds
at least four of its words in a row, or when they share most of their words.

Speakers (:mod:`bot.analysis.speakers`) are people, organisations or people described
("Ron Lane's brother"). Two of them clash when they cannot be one voice:
- two people with different names;
- a person and an organisation, unless the person is named as its spokesperson: a
  spokesperson's words are the organisation's words by office, so "NASA said" and "said
  John Smith, a NASA spokesman" give the words to one voice. Anyone else's words are
  their own, whatever post they hold there: "said BMW chief executive Helmut Panke" and
  "BMW said in a statement" tell the reader two different things;
- two organisations named differently, unless one is named only by a common noun ("the
  company"), which may be either;
- a described person and the one they belong to ("Ron Lane's brother" is not Ron Lane,
  "Microsoft's chief executive" is not Microsoft); with anyone else they may be one, so
  they do not clash. A group ("the Tories") is read as a description too: any member may
  have been the one speaking.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from bot.analysis import budget
from bot.analysis.model import Flag, Quote, Severity
from bot.analysis.speakers import (
    DESCRIPTION,
    ORGANISATION,
    PERSON,
    Speaker,
    SpokenQuote,
    org_key,
    same_org,
)
from bot.checks.facts import Facts

CHECK_ID = "quote-attribution"
_MIN_RUN = 4
_MIN_OVERLAP = 0.8
_TITLE_WORDS = 10
_WORD = re.compile(r"[\w']+")
# Quotes looked at per key word: an article repeats a line a few times; a paste of the
# same line four thousand times would otherwise pair every quote with every other.
MAX_POSTINGS = 64


def _words(quote: Quote) -> list[str]:
    return _WORD.findall(quote.text.lower().replace("’", "'"))


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n >= _MIN_RUN and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def same_quote(a: Quote, b: Quote) -> bool:
    """Whether two quotes are one quote, in full or cut."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    shorter, longer = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if _contains(longer, shorter):
        return True
    sa, sb = set(wa), set(wb)
    return min(len(sa), len(sb)) >= _MIN_RUN and len(sa & sb) / len(sa | sb) >= _MIN_OVERLAP


def _keys(words: list[str], rarity: Counter[str]) -> set[str]:
    """Words one of which any quote that is "the same" as this one must contain.

    When this is the shorter quote and the other holds it whole, the other holds all its
    words. When they share most words (intersection at least ``o = _MIN_OVERLAP`` of the
    union), the other misses at most ``(1 - o) / o * n`` of this quote's ``n`` distinct
    words, so it holds one of any ``floor((1 - o) / o * n) + 1`` of them. The rarest are
    taken, so candidates are few (prefix filtering); pairs are found from either side.
    """
    distinct = sorted(set(words), key=lambda w: (rarity[w], w))
    needed = math.floor((1 - _MIN_OVERLAP) / _MIN_OVERLAP * len(distinct) + 1e-9) + 1
    return set(distinct[:needed])


def _candidate_pairs(named: list[Quote]) -> dict[int, list[int]]:
    """For each quote, the later ones sharing one of its key words: never every pair."""
    words = [_words(q) for q in named]
    rarity: Counter[str] = Counter(w for ws in words for w in set(ws))
    by_word: defaultdict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in set(ws):
            by_word[w].append(i)
    later: defaultdict[int, set[int]] = defaultdict(set)
    for i, ws in enumerate(words):
        budget.check()
        for w in _keys(ws, rarity):
            for j in by_word[w][:MAX_POSTINGS]:
                if j != i:
                    later[min(i, j)].add(max(i, j))
    return {i: sorted(js) for i, js in later.items()}


def speaker_of(quote: Quote) -> Speaker | None:
    """What is known of a quote's speaker (a bare name when only the name is)."""
    if isinstance(quote, SpokenQuote) and quote.who is not None:
        return quote.who
    if quote.speaker:
        return Speaker(quote.speaker, f"p:{quote.speaker.lower()}", PERSON)
    return None


def _same_person(a: Speaker, b: Speaker) -> bool:
    """One person: the same name, or a surname alone that is the other's surname."""
    if a.key == b.key:
        return True
    wa, wb = a.label.lower().split(), b.label.lower().split()
    return bool(wa and wb) and (len(wa) == 1 or len(wb) == 1) and wa[-1] == wb[-1]


def _known_not(described: Speaker, other: Speaker) -> bool:
    """Whether ``other`` is whom ``described`` is known not to be ("Ron Lane" for "Ron
    Lane's brother", or "Lane" alone)."""
    return any(
        key == other.key
        or (
            other.kind == PERSON
            and key.startswith("p:")
            and _same_person(other, Speaker(key[2:], key, PERSON))
        )
        for key in described.not_keys
    )


def clash(a: Speaker, b: Speaker) -> bool:
    """Whether two speakers cannot be one voice (see the module's docstring)."""
    if a.kind == DESCRIPTION or b.kind == DESCRIPTION:
        described, other = (a, b) if a.kind == DESCRIPTION else (b, a)
        if other.kind == DESCRIPTION:
            same_owner = bool(described.not_keys) and described.not_keys == other.not_keys
            return same_owner and described.key != other.key
        return _known_not(described, other)
    if a.kind == PERSON and b.kind == PERSON:
        return _known_not(a, b) or _known_not(b, a) or not _same_person(a, b)
    if a.kind == ORGANISATION and b.kind == ORGANISATION:
        return not (a.generic or b.generic or same_org(a.key, b.key))
    person, body = (a, b) if a.kind == PERSON else (b, a)
    if same_org(org_key(person.label), body.key):
        return False  # one name the recogniser read once as a person, once as a body
    if body.generic:
        return not person.speaks_for
    return not any(same_org(k, body.key) for k in person.speaks_for)


def _title(quote: Quote) -> bool:
    """A name in quotation marks ("Harry Potter and the Half-Blood Prince"), not speech:
    a few words, most of them capitalised. Two people naming one book say nothing wrong."""
    words = [w for w in quote.text.split() if w[:1].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return 0 < len(words) <= _TITLE_WORDS and capitals >= 0.6 * len(words)


def check(facts: Facts) -> Iterator[Flag]:
    """Flag quotes given to two different named speakers."""
    named = [q for q in facts.quotes if speaker_of(q) is not None and not _title(q)]
    speakers = [speaker_of(q) for q in named]
    reported: set[int] = set()
    candidates = _candidate_pairs(named)
    for i, a in enumerate(named):
        budget.check()
        for j in candidates.get(i, ()):
            b = named[j]
            sa, sb = speakers[i], speakers[j]
            if sa is None or sb is None or j in reported or not clash(sa, sb):
                continue
            if not same_quote(a, b):
                continue
            reported.add(j)
            told_a, told_b = _told_in(facts, a), _told_in(facts, b)
            yield (
                Flag(
                    check=CHECK_ID,
                    severity=_severity(sa, sb),
                    message=f"The same quote is given to {a.speaker} and to {b.speaker}"
                    + (
                        " (a 'he' or 'she' read as the nearest person named)."
                        if sa.by_pronoun or sb.by_pronoun
                        else "."
                    ),
                    evidence=facts.passages(
                        *told_a,
                        *told_b,
                        marks=[*_named(facts, a, told_a), *_named(facts, b, told_b)],
                    ),
                )
            )


def _severity(a: Speaker, b: Speaker) -> Severity:
    """Two names are the copy's own: high. A "he said" read as someone is our reading:
    medium when the copy leaves no doubt who (the one person named speaking in the
    sentence before), else low."""
    read = [s for s in (a, b) if s.by_pronoun]
    if not read:
        return "high"
    return "medium" if all(s.pronoun_sure for s in read) else "low"


def _told_in(facts: Facts, quote: Quote) -> list[int]:
    """The quote's sentence, and the one before when only that one names its speaker
    ('"...," Oakes said. "This building ..."', or "she said" after the sentence naming
    her): the editor sees who the quote is given to."""
    speaker = quote.speaker or ""
    surname = speaker.split()[-1] if speaker else ""  # '"...," Fellowes said' names him
    if not speaker or quote.sentence == 0 or surname in facts.sentence(quote.sentence).quote:
        return [quote.sentence]
    before = quote.sentence - 1
    return [before, quote.sentence] if speaker in facts.sentence(before).quote else [quote.sentence]


def _named(facts: Facts, quote: Quote, told_in: list[int]) -> list[tuple[int, int]]:
    """Where the quote's speaker is named in ``told_in``, the sentences quoted for it
    (nothing for "she said" when no sentence names her)."""
    speaker = quote.speaker or ""
    for index in reversed(told_in):
        sentence = facts.sentence(index)
        at = sentence.quote.find(speaker) if speaker else -1
        if at >= 0:
            return [(sentence.start + at, sentence.start + at + len(speaker))]
    return []
