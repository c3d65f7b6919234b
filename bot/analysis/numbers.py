"""Reading numbers as newsrooms write them ("1,200", "2.5 million", "£3.6bn", "hundreds"),
and reading from the parse what a figure is a quantity of: its clause, whose it is, the
words narrowing it, the dates and places of its clause and its role (see
:class:`bot.analysis.figure_frames.ReadFigure`). Walks over the parse are bounded: a hostile
text's tree need not be shallow."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Span, Token

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
}  # fmt: skip
WORD_NUMBERS = _UNITS
#: the number words written as one word, as a regular expression's alternatives
ONE_WORD_NUMBERS = "|".join(w for w in WORD_NUMBERS if " " not in w)
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
#: the words of tens and of ones, as a regular expression's alternatives
TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
ONES_WORDS = "one|two|three|four|five|six|seven|eight|nine"
# "Twenty-three people": one number, not the range twenty to three
_COMPOUND = rf"(?:{TENS_WORDS})-(?:{ONES_WORDS})"
_SCALE = r"(?:\s?(?:hundred|thousand|million|billion|trillion)\b|(?:k|m|mn|bn|tn)\b)"
_CURRENCY = r"(?:US\$|A\$|C\$|[£$€¥])"
_QUAL = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
_VAGUE = "|".join(sorted((re.escape(v) for v in VAGUE), key=len, reverse=True))
_PERCENT = r"(?:\s?%|\s(?:per\s?cent|percent)\b)"
_AMOUNT = rf"(?:{_CURRENCY}\s?)?(?:{_NUM}|\b(?:{_COMPOUND}|{_WORD})\b)(?:{_SCALE})?"

FIGURE = re.compile(
    rf"(?:\b(?P<qual>{_QUAL})\s+)?"
    rf"(?:(?P<vague>\b(?:{_VAGUE})\b)"
    rf"|(?P<low>{_AMOUNT})(?:\s?(?:-|–|to)\s?(?P<high>{_AMOUNT}))?(?P<pct>{_PERCENT})?)",
    re.I,
)


def parse_amount(text: str) -> float | None:
    """The value of one amount ("£3.6bn" -> 3.6e9, "two" -> 2); None if unreadable."""
    cleaned = re.sub(rf"^{_CURRENCY}\s?", "", text.strip(), flags=re.I).lower()
    m = re.match(rf"^({_NUM}|{_COMPOUND}|{_WORD})\s?(.*)$", cleaned)
    if not m:
        return None
    head, tail = m.group(1), m.group(2).strip()
    if head[:1].isdigit():
        value = float(head.replace(",", ""))
    else:
        value = float(sum(_UNITS[w] for w in head.split("-")))
    if tail:
        scale = SCALES.get(tail)
        if scale is None:
            return None
        value *= scale
    return value


_WRITTEN_SCALE = re.compile(rf"\d(?P<scale>{_SCALE})", re.I)


def scale_of(text: str) -> float:
    """The factor of the scale written onto a figure ("£3.6bn": 1e9, "$88 million": 1e6),
    1.0 for none."""
    m = _WRITTEN_SCALE.search(text)
    return SCALES.get(m.group("scale").strip().lower(), 1.0) if m else 1.0


def qualifier_of(text: str | None) -> str:
    """The normalised qualifier ("more than" -> "over"), or "" for an exact figure."""
    return QUALIFIERS.get(" ".join(text.lower().split()), "") if text else ""


def is_currency(text: str) -> bool:
    return re.match(rf"^{_CURRENCY}", text.strip(), re.I) is not None


def currency_of(text: str) -> str:
    """The currency sign of a sum as written ("£" of "about £3bn"), "" for none. US$, A$
    and C$ read as "$", as the figures compare them."""
    m = re.search(_CURRENCY, text, re.I)
    return m.group(0)[-1] if m else ""


# Words that make a figure something other than an amount of a thing (see figures.ReadFigure).
#: before a figure, it names one item: "number eight", "page 4", "Radio 5", "Division 2"
LABEL_WORDS = {
    "number", "no", "no.", "nos", "page", "chapter", "camp", "radio", "channel", "route",
    "platform", "room", "division", "league", "series", "version", "section", "article",
    "clause", "grade", "level", "category", "tier", "stage", "round", "gate", "terminal",
    "track", "group", "flight", "formula", "windows", "class",
}  # fmt: skip
#: singular nouns that still count many ("200 staff"): not a label like "the 60m title"
COLLECTIVE_NOUNS = {
    "staff", "police", "personnel", "crew", "cattle", "livestock", "people", "aircraft",
    "sheep", "fish", "deer", "offspring", "clergy", "infantry", "militia", "workforce",
    "percent", "%", "per", "cent", "million", "billion", "thousand", "hundred", "m", "bn",
}  # fmt: skip
#: a figure before "a"/"an"/"per" and one of these is a rate ("$50 a barrel")
RATE_UNITS = {
    "barrel", "day", "week", "month", "year", "hour", "head", "share", "person", "tonne",
    "ton", "litre", "gallon", "ounce", "kilo", "minute", "night", "game", "match", "season",
    "unit", "ticket", "seat", "pop", "time", "go", "piece", "mile", "kilometre", "episode",
}  # fmt: skip
#: "another five", "a further 20", "five more": an addition to a count, not the count
EXTRA_WORDS = {"another", "further", "extra", "additional", "more", "other"}
#: determiners and possessives that refer back to a set already named ("the 31 counts")
DEFINITE_WORDS = {"the", "these", "those", "all", "both", "its", "their", "his", "her", "our"}
#: verbs whose subject a figure measures ("the fine was $20,000", "the deal is worth £4m")
MEASURE_VERBS = {"be", "stand", "amount", "total", "come", "cost", "value", "worth"}

#: No quantity a story gives runs past this many digits (a trillion pounds to the penny does
#: not); a longer number is an identifier, a hash or a pasted constant.
MOST_DIGITS = 15

# What dates a clause, whatever words the recogniser put around it ("Fridays - less than").
#: a year written in digits, 1900-2099 ("in 2004", "the 1985 sale")
WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TIME_WORDS = re.compile(
    r"\b(?:(?:19|20)\d\d|(?:jan|febr)uary|march|april|may|june|july|august|september|"
    r"october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|yesterday|"
    r"today|tonight|(?:last|this|next|a) (?:week|month|year|season|quarter|night)|earlier|"
    r"(?:first|second|third|fourth) quarter|(?:first|second) half|"
    # "in the past 12 months": a period of its own, written with a number
    r"(?:past|last|next|previous|first) (?:\d+|[a-z]+) (?:days|weeks|months|years))\b"
)
_NOUN_POS = {"NOUN", "PROPN"}
_MODIFIER_DEPS = {"amod", "compound", "nmod", "nummod", "npadvmod", "poss"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Words that weigh a figure up without saying which things it counts ("a whopping 100").
NOT_NARROWING = {
    "", "whopping", "staggering", "massive", "huge", "mere", "estimated", "reported",
    "record", "total", "overall", "combined", "some", "just", "only", "all",
}  # fmt: skip
_TIME_LABELS = {"DATE", "TIME", "EVENT"}
_SUPERLATIVE_REACH = 8  # tokens read back from a time for the superlative it measures
# a stretch of time, not a date: "a decade", "more than ten years", "20 years"
_SPAN_WORDS = re.compile(r"\b(?:decades?|years|months|weeks|a year|a month|a generation)\b")
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_WHERE = {"in", "at", "across", "throughout"}
_NOT_WHERE = _PLACE_LABELS | _TIME_LABELS | {"ORG"}
_CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
}  # fmt: skip
_WALK = 12  # heads climbed at most: a parse tree is shallow, a hostile one need not be


def _text_of(token: Token, skip: set[int], limit: int = 5) -> str:
    """A modifier with its own modifiers ("42-inch", "US light"), lower-cased, without the
    figure itself ("six people's lives": the lives of people, whatever their number)."""
    words = [t for t in token.subtree if (not t.is_punct or t.text == "-") and t.i not in skip]
    return "".join(t.lower_ + (t.whitespace_ and " ") for t in words[:limit]).strip()


def clause_verb(token: Token) -> Token:
    """The verb whose clause holds ``token``; a conjoined verb without a subject of its own
    shares its first conjunct's clause ("Mitch killed 10,000 and caused ... in 1998")."""
    for _ in range(_WALK):
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            break
        token = token.head
    for _ in range(_WALK):
        own_subject = any(c.dep_ in _SUBJECT_DEPS for c in token.children)
        if token.dep_ != "conj" or own_subject or token.head.pos_ not in {"VERB", "AUX"}:
            break
        token = token.head
    return token


def subject_of(verb: Token) -> Token | None:
    """Who or what the clause is about: its subject, or the noun a relative or participle
    clause hangs from ("the firms which employ", "people killed")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None and subject.tag_ not in {"WDT", "WP"}:
            return subject
        if verb.dep_ in {"relcl", "acl"}:
            return verb.head
        if verb.dep_ not in {"xcomp", "ccomp", "conj", "pcomp", "advcl"} or verb.head == verb:
            return None
        head = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "by clocking 7.37"
        controller = next((c for c in head.children if c.dep_ == "dobj"), None)
        if verb.dep_ == "xcomp" and controller is not None:
            return controller  # "ordered Rojo to pay": Rojo pays
        verb = head
    return None


def owner_of(token: Token | None, skip: set[int]) -> tuple[str, frozenset[str]]:
    """(name or lemma, modifiers) of an owner; ("", {}) for a pronoun or nothing. A
    superlative standing for a noun ("the cheapest starts at $39,000") picks one of
    several, and is an owner as a noun is."""
    if token is None or token.i in skip:
        return "", frozenset()
    if token.pos_ not in _NOUN_POS and token.tag_ != "JJS":
        return "", frozenset()
    name = token.ent_type_ and token.pos_ == "PROPN"
    head = token.lower_ if name else token.lemma_.lower()
    words = {_text_of(c, skip) for c in token.children if c.dep_ in _MODIFIER_DEPS}
    return head, frozenset(words - {""})


def narrowing_of(noun: Token | None, skip: set[int]) -> frozenset[str]:
    """The words narrowing a thing ("four marginal seats", "the 42-inch model")."""
    if noun is None:
        return frozenset()
    words = {
        _text_of(c, skip)
        for c in noun.children
        if c.dep_ in {"amod", "compound", "nmod"} and c.i not in skip and c.lower_ != "-"
    }
    return frozenset(words - NOT_NARROWING)


def _ratio(before: Token, previous: Token) -> bool:
    return (before.lower_ == "in" and previous.like_num) or (
        before.lower_ == "of" and previous.lower_ == "out"
    )


def role_of(span: Span, noun: Token | None, low: float, high: float | None, kind: str) -> str:
    """What the figure is: "amount" of a thing, or a "label", "part", "rate" or "extra"
    (see :class:`bot.analysis.figure_frames.ReadFigure`), from the words around it."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = [t for t in doc[span.end : span.end + 3] if not t.is_space]
    after_noun = doc[noun.i + 1 : noun.i + 3] if noun is not None and noun.i >= span.end else ()
    if before is not None and before.lower_ in LABEL_WORDS:
        return "label"  # "number eight", "page 4"
    if before is not None and before.lower_ in {"including", "includes"}:
        return "part"  # "will spend £210,000, including £45,000 on the skate park"
    if kind == "range" and high is not None and high < low:
        return "label"  # odds and scores ("8-1", "3-1"), not a range
    hyphen = after[:1] and after[0].text == "-" and not span[-1].whitespace_
    if hyphen and len(after) > 1 and after[1].is_alpha:
        return "label"  # "a 24-race calendar", "a 10-year deal": a kind of thing, not "£2bn - "
    if after[:1] and after[0].lower_ == "of" and len(after) > 1:
        target = after[1]
        following = doc[target.i + 1] if target.i + 1 < len(doc) else None
        # "One of Britain's biggest networks": a possessive opens the group as "the" does
        owned = following is not None and following.lower_ in {"'s", "’s"}
        if target.lower_ in DEFINITE_WORDS or target.like_num or target.pos_ == "PRON" or owned:
            return "part"  # "seventeen of the 31 counts", "two of them"
    near = [*after[:2], *after_noun]
    previous = doc[before.i - 1] if before is not None and before.i > 0 else None
    if before is not None and previous is not None and _ratio(before, previous):
        return "rate"  # "one in ten", "eight out of 10"
    ratio = len(after) > 1 and after[0].lower_ in {"in", "out"}
    if ratio and (after[1].like_num or after[1].lower_ == "of"):
        return "part"  # the "one" of "one in ten": a share, not the count
    for first, second in itertools.pairwise(near):
        if first.lower_ in {"a", "an", "per", "each"} and second.lemma_.lower() in RATE_UNITS:
            return "rate"  # "$50 a barrel", "eight people per thousand"
    if any(t.lower_ == "per" for t in near):
        return "rate"
    # "five more", not "reached 146,000, more than double": a comma ends the figure's words
    unbroken = list(itertools.takewhile(lambda t: not t.is_punct, after[:2]))
    if (before is not None and before.lower_ in EXTRA_WORDS) or any(
        t.lower_ in EXTRA_WORDS and t.dep_ == "amod" for t in unbroken
    ):
        return "extra"  # "another five", "five more"
    if noun is not None and noun.dep_ == "compound":
        return "label"  # "the 100 appearances mark", "a 20-man squad"
    singular = noun is not None and noun.tag_ == "NN" and noun.lower_ not in COLLECTIVE_NOUNS
    if kind in {"count", "range"} and singular and low != 1 and noun is not None:
        return "label"  # "the 60m title", "the 777 plane": which one, not how many
    return "amount"


ClauseSettings = dict[int, tuple[frozenset[str], frozenset[str]]]


def _compared_over(ent: Span) -> bool:
    """A time a superlative is measured over ("the lowest since 1998", "the deadliest
    flooding for more than a decade", "the largest in ten years"): the span a record is
    set against. "The highest in March" keeps its month: "in" with a date is when."""
    doc = ent.doc
    start = max(ent.sent.start, ent.start - _SUPERLATIVE_REACH)
    if not any(t.tag_ == "JJS" or t.lower_ == "most" for t in doc[start : ent.start]):
        return False
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before == "since" or any(t.lower_ == "since" for t in ent):
        return True  # "the fewest for August since 2001", one time to the recogniser
    span = _SPAN_WORDS.search(ent.text.lower()) is not None
    return span and before in {"in", "for", "over"}


def clause_settings(doc: Doc) -> ClauseSettings:
    """For each clause (by its verb), the dates and places named in it: one pass over the
    entities, so each figure looks its clause up instead of walking the sentence."""
    found: dict[int, tuple[set[str], set[str]]] = {}
    for ent in doc.ents:
        if ent.label_ in _TIME_LABELS and _compared_over(ent):
            continue  # "the lowest since 1998": what the figure is set against, not its time
        if ent.label_ in _TIME_LABELS or ent.label_ in _PLACE_LABELS:
            times, places = found.setdefault(clause_verb(ent.root).i, (set(), set()))
            if ent.label_ in _PLACE_LABELS:
                places.add(ent.text.lower().removeprefix("the "))  # "(the) Gulf" is one
            elif not ent.text.endswith("-old"):  # an age, not a time ("39-year-old")
                text = ent.text.lower()
                words = [w.removesuffix("s") if w.endswith("days") else w for w in
                         _TIME_WORDS.findall(text)]  # fmt: skip
                # A date the words above miss ("the holiday weekend") is kept as written;
                # a figure the recogniser took for a time ("53p") is not a date.
                raw = [] if any(ch.isdigit() for ch in text) else [text]
                times.update(words or raw)
    for token in doc:
        # "In Cumbria 310 properties were flooded": a name after "in" is where, though the
        # recogniser, which misses many counties and towns, did not call it a place.
        if token.dep_ != "pobj" or token.pos_ != "PROPN" or token.head.lower_ not in _WHERE:
            continue
        # "at Terminal 2", "in Ward 12": a numbered place, whatever the recogniser called it
        number = [c.lower_ for c in token.rights if c.dep_ == "nummod" and c.like_num][:1]
        if not number and (token.ent_type_ in _NOT_WHERE or token.lower_ in _CALENDAR):
            continue  # a place named already, a date, or a firm ("at Tesco")
        words = [c.lower_ for c in token.lefts if c.dep_ == "compound"] + [token.lower_, *number]
        found.setdefault(clause_verb(token).i, (set(), set()))[1].add(" ".join(words))
    for token in doc:
        # "including the US, where it sold 737,000 copies": the place "where" stands for
        place = token.head
        if token.dep_ != "relcl" or place.ent_type_ not in _PLACE_LABELS:
            continue
        if any(c.lower_ == "where" for c in token.children):
            words = [c.lower_ for c in place.lefts if c.dep_ == "compound"] + [place.lower_]
            found.setdefault(clause_verb(token).i, (set(), set()))[1].add(" ".join(words))
    return {i: (frozenset(t), frozenset(p)) for i, (t, p) in found.items()}
