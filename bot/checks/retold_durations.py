"""One thing's length of time told back with another value, for number-conflict:
"jailed for 30 months" ... "Whitlow's three-year prison term"; "The four-day
Greenhaven festival" ... "over the festival's five days"; "agreed to freeze prices for
eight weeks" ... "the three-month price freeze".

The later telling points back ("the", a possessive) to the one length the story gave of
that thing before. Two lengths of it told before (two players' contracts, two
defendants' sentences) leave it open whose the later one is, and nothing is flagged; so
do words of a change ("cut to 18 months on appeal", "extended"). Lengths picked out of
several ("the first three days", "another six months") are not read at all
(bot.analysis.durations).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator

from bot.analysis import budget
from bot.analysis.durations import Length
from bot.analysis.model import Flag, Severity
from bot.analysis.numbers import ONE_WORD_NUMBERS
from bot.analysis.phrase_parts import DURATIONS
from bot.checks.facts import Facts

# the noun each verb's length is the length of ("jailed for 30 months": the sentence)
_ACTS = {
    "jail": "sentence", "imprison": "sentence", "sentence": "sentence", "ban": "ban",
    "suspend": "ban", "freeze": "freeze", "strike": "strike", "close": "closure",
}  # fmt: skip
# nouns told for one another
_NOUNS = {
    "suspension": "ban", "stoppage": "strike", "walkout": "strike", "deal": "contract",
    "agreement": "contract",
}  # fmt: skip
# a possessive that is a time says the length is another occasion's ("Last year's
# ten-day festival", "2019's four-day strike")
_OCCASIONS = {
    "year", "season", "month", "week", "summer", "winter", "spring", "autumn", "edition",
}  # fmt: skip
_PRISON = {"prison", "jail"}
_PRONOUNS = {"its", "his", "her", "their", "our", "my", "your"}
# nouns for the stretch of something's life: "the show's seven-year run" is the show's
_SPANS = {"run", "career", "reign", "tenure", "stint", "stay", "residency", "marriage"}
# verbs that end such a stretch, told with its length ("will close after nine years")
_SPAN_ENDS = {"close", "end", "finish", "retire", "leave", "quit", "serve"}
# words of a change or of a length that was not kept: two values are the story
_CHANGED = re.compile(
    r"\b(?:reduc\w*|cut|extend\w*|extension|increas\w*|shorten\w*|lengthen\w*|halv\w*|"
    r"doubl\w*|appeal\w*|instead|rather than|original\w*|initial\w*|planned|proposed|"
    r"expected|due to|sought|asked for|wanted|maximum|minimum|"
    r"from\s+\S+(?:\s+\S+)?\s+to)\b",
    re.I,
)
# units a length converts between exactly; across the two, by the calendar's averages
_EXACT = ({"second", "minute", "hour", "day", "week", "fortnight"}, {"month", "year", "decade"})
_ANY_LENGTH = re.compile(
    rf"\b(?:\d+(?:\.\d+)?|{ONE_WORD_NUMBERS})[\s-](?:{'|'.join(sorted(DURATIONS))})s?\b",
    re.I,
)
_MAX_READ = 400  # lengths read for words of a change: a table of thousands is not a story
_EXACTLY, _ROUGHLY = 0.01, 0.1
_AROUND = 50  # characters read either side of a length for words of a change
_QUALIFIED = {"over": (1.0, 1.5), "at least": (1.0, 1.5), "under": (0.75, 1.0),
              "about": (0.85, 1.15), "up to": (0.0, 1.0)}  # fmt: skip


def _key(length: Length) -> str:
    """The thing a length is of, as both tellings may name it."""
    if length.thing:
        if length.thing in {"term", "sentence"} and (
            length.thing == "sentence" or _PRISON & set(length.prefix.split())
        ):
            return "sentence"
        return _NOUNS.get(length.thing, length.thing)
    return _ACTS.get(length.verb, "")


def _tied(earlier: Length, later: Length) -> Severity | None:
    """How strongly ``later`` points back to ``earlier``: the same thing ("medium"),
    or the stretch of the same one's life ("low": "The show closes after nine years" /
    "the show's seven-year run"); None when nothing ties them."""
    key = _key(later)
    if key and key == _key(earlier):
        return "medium"
    if (
        later.thing in _SPANS
        and later.holder
        and (later.holder == earlier.subject or earlier.verb in _SPAN_ENDS)
    ):
        return "low"
    return None


def _bounds(length: Length, tolerance: float) -> tuple[float, float]:
    low, high = _QUALIFIED.get(length.qualifier, (1 - tolerance, 1 + tolerance))
    return length.days * low, length.days * high


def disagree(a: Length, b: Length) -> bool:
    """The two values cannot both be true, each read as its qualifier allows."""
    exact = any({*a.units, *b.units} <= units for units in _EXACT)
    tolerance = _EXACTLY if exact else _ROUGHLY
    (a_low, a_high), (b_low, b_high) = _bounds(a, tolerance), _bounds(b, tolerance)
    return a_high < b_low or b_high < a_low


def _owner(length: Length, names_only: bool) -> str:
    """Whose the length is: its possessor, or for a pronoun ("its 10-year run") its
    clause's subject; for none, that subject when it is a name ("Whitlow received the
    three-year term"; in "people will miss the museum during the two-year closure" the
    people hold no closure); "" when none is read (or, ``names_only``, is a name)."""
    if length.holder and length.holder not in _PRONOUNS:
        owner = length.holder
    elif length.holder or length.subject[:1].isupper():
        owner = length.subject
    else:
        owner = ""
    return "" if names_only and not owner[:1].isupper() else owner.lower()


def _other_holders(facts: Facts, earlier: Length, later: Length, names_only: bool) -> bool:
    """ "Whitlow's three-year term" after "Kerr was jailed for 30 months", "Friends ended
    its 10-year run" after "Sex and the City drew to the end of its six-year run": two
    owners hold them (one the earlier sentence also names is the same). A show's run told
    by the show's closing is held by two words for one thing ("the musical", "the show"):
    there only two names tell two owners."""
    first, second = _owner(earlier, names_only), _owner(later, names_only)
    if not (first and second) or first == second:
        return False
    start, end = facts.sentences[earlier.sentence]
    return second not in facts.text[start:end].lower()


def _changed(facts: Facts, length: Length) -> bool:
    """Words of a change right around the length ("was cut to 18 months on appeal")."""
    start, end = facts.sentences[length.sentence]
    low, high = max(start, length.start - _AROUND), min(end, length.end + _AROUND)
    return _CHANGED.search(facts.text, low, high) is not None


def _changing(facts: Facts) -> list[int]:
    """Sentences telling a length with words of a change around it in the sentence ("the
    sentence was cut to 18 months on appeal"), whatever the parse made of it."""
    found = set()
    for m in itertools.islice(_ANY_LENGTH.finditer(facts.text), _MAX_READ):
        sentence = facts.sentence_at(m.start())
        start, end = facts.sentences[sentence]
        low, high = max(start, m.start() - _AROUND), min(end, m.end() + _AROUND)
        if _CHANGED.search(facts.text, low, high):
            found.add(sentence)
    return sorted(found)


def retold_durations(
    facts: Facts, check_id: str, flagged: Collection[frozenset[int]] = ()
) -> Iterator[Flag]:
    """Flags for each length told back with a value the one told before cannot have;
    none for a pair of sentences in ``flagged`` (already flagged by their figures)."""
    lengths = facts.durations
    if not lengths:
        return
    changing = _changing(facts)
    for n, later in enumerate(lengths):
        budget.check()
        if not later.definite or _changed(facts, later):
            continue
        if later.holder.lower() in _OCCASIONS or later.holder.isdigit():
            continue  # "Last year's ten-day festival": another year's
        tied = [
            (earlier, severity)
            for earlier in lengths[:n]
            if earlier.sentence != later.sentence
            and (severity := _tied(earlier, later)) is not None
        ]
        if not tied or any(disagree(tied[0][0], e) for e, _ in tied[1:]):
            continue  # none told before, or two values of it: whose is this one?
        earlier, severity = tied[-1]
        if (
            frozenset({earlier.sentence, later.sentence}) in flagged  # told by its figures
            or not disagree(earlier, later)
            # a length changed in between: the later one may be the new one
            or any(earlier.sentence <= i <= later.sentence for i in changing)
            or _changed(facts, earlier)
            or _other_holders(facts, earlier, later, names_only=severity == "low")
        ):
            continue
        yield Flag(
            check=check_id,
            severity=severity,
            message=f"The same length of time given two ways: {earlier.text} here, "
            f"{later.text} there.",
            evidence=facts.passages(
                earlier.sentence,
                later.sentence,
                marks=[(earlier.start, earlier.end), (later.start, later.end)],
            ),
        )
