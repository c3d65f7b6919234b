"""Which organisation an office belongs to, and whether it is given for another time.

A club has one manager and a firm one chief executive, but copy about one club or firm
often writes the office bare ("chairman X", "the club's manager"). Such an office is taken
to be the article's own organisation's when the article is plainly about one: one body
named far more often than any other. In a match report or a story about two firms a bare
office could be either's, and is left without a body.

An office given in a clause about another time ("On the 2008 campaign trail, Senator X")
was held then, not necessarily now.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc, Span, Token

from bot.analysis import budget
from bot.analysis.model import Person, Title
from bot.analysis.offices import MODIFIER_WORDS, ORGANISATION_ROLES
from bot.analysis.places import COUNTRY_KEYS, body_key

#: the article's body must be named this many times, and this many times more than any other
_MAIN_MENTIONS = 2
_MAIN_LEAD = 2.0
_TEAM_ROLES = {"manager", "coach", "captain"}
_MAX_BODIES = 50  # bodies searched for in the text; copy names a handful
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# Phrases that set a clause in the past whatever the date.
_PAST_PHRASES = ("at the time", "in those days", "back then", "in his day", "in her day",
                 "years ago", "year ago", "decade ago", "decades ago")  # fmt: skip
# A party's president is a country's: "the Republican president".
_PARTIES = {"republican", "democratic", "democrat", "labour", "conservative", "tory",
            "socialist", "communist", "liberal", "liberal democrat"}  # fmt: skip
#: dependency labels of a verb's time adverbials
_ADVERBIALS = {"prep", "npadvmod", "advmod", "advcl", "obl"}


def base_office(office: str) -> tuple[str, str]:
    """("deputy", "chairman") for "deputy chairman"; ("", "manager") for "manager"."""
    first, _, rest = office.partition(" ")
    return (first, rest) if first in MODIFIER_WORDS and rest else ("", office)


def is_organisation_title(title: Title) -> bool:
    """An office of a club, firm or other body, not a country's: "Fifa president" is one,
    "French president" and a bare "President" are not."""
    _modifier, office = base_office(title.office)
    if office not in ORGANISATION_ROLES or title.specifier:
        return False
    if office == "president":
        return bool(title.generic) or (
            title.qualifier is not None
            and title.qualifier not in COUNTRY_KEYS
            and title.qualifier not in _PARTIES
        )
    return True


def _organisation_counts(doc: Doc, people: list[Person]) -> Counter[str]:
    """How often each organisation is named: by the recogniser, and where it is a body an
    office is given in ("Ryanair chairman", "England captain": a country as a team)."""
    stated = {
        t for p in people for t in p.titles
        if t.bound == "stated" and t.body and is_organisation_title(t)
    }  # fmt: skip
    # A country that has a manager or captain is a team, and so, then, is every country.
    teams = any(t.qualifier in COUNTRY_KEYS for t in stated)
    labels = {"ORG", "GPE", "NORP"} if teams else {"ORG"}
    bodies = {t.body for t in stated if t.body}
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        key = body_key(ent.text)
        if ent.label_ in labels or key in bodies:
            counts[key] += 1
    text = doc._.text
    for body in sorted(bodies)[:_MAX_BODIES]:
        # The recogniser misses some names ("Rotherham" read as an adjective): count the
        # body's own words wherever they are written.
        budget.check()
        pattern = r"\b" + r"\W+".join(map(re.escape, body.split())) + r"\b"
        written = [m for m in re.finditer(pattern, text, re.IGNORECASE) if m.group()[0].isupper()]
        counts[body] = max(counts[body], len(written))  # "Next", not "next"
    return counts


def main_organisation(counts: Counter[str]) -> str | None:
    """The one organisation the article is about, or None when there is no clear one."""
    top = counts.most_common(2)
    if not top or top[0][1] < _MAIN_MENTIONS:
        return None
    if len(top) > 1 and top[0][1] < _MAIN_LEAD * top[1][1]:
        return None
    return top[0][0]


_NOT_BODIES = {"PERSON", "GPE", "NORP", "LOC"}
# bounds on reading a sentence for the bodies it names: a pasted "sentence" can be huge
_SUBJECT_READ, _SUBJECTS, _NAME_WORDS = 80, 3, 8
# "Rival Compell, whose CEO": the name "whose" stands for, right before it
_WHOSE = re.compile(r"\b([A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){0,3}),\swhose\s$")
_WHOSE_CHARS = 60


def bind_bodies(doc: Doc, people: list[Person]) -> None:
    """Give each organisation's office written without its body the body of the person's
    own office elsewhere ("Alan Ferris, Ardent's chairman" ... "Chief executive Alan
    Ferris": Ardent's), else the article's one organisation, when there is one."""
    main = main_organisation(_organisation_counts(doc, people))
    orgs: Bodies | None = None
    for person in people:
        budget.check()
        own = {
            t.body for t in person.titles
            if t.bound == "stated" and t.body and t.status == "current" and not t.when
            and is_organisation_title(t)
        }  # fmt: skip
        body = own.pop() if len(own) == 1 else main
        if body is not None:
            orgs = _organisations_by_sentence(doc) if orgs is None else orgs
            person.titles = [_bound(doc, t, body, orgs) for t in person.titles]


#: the organisations the recogniser named in each sentence: (end offset, name), by index
Bodies = dict[int, list[tuple[int, str]]]


def _organisations_by_sentence(doc: Doc) -> Bodies:
    """Read once per document: a sentence's entities, asked for each title, would walk
    every entity of the document each time."""
    found: Bodies = {}
    for e in doc.ents:
        if e.label_ == "ORG":
            found.setdefault(doc._.token_sentence[e.start], []).append((e.end_char, e.text))
    return found


def _bound(doc: Doc, title: Title, main: str, orgs: Bodies) -> Title:
    """The title with its body: the name "whose" stands for ("Rival Compell, whose CEO
    Michael Danner"), else the article's one organisation where it takes it."""
    if not _takes_the_article_body(title):
        return title
    whose = _WHOSE.search(doc.text, max(0, title.start - _WHOSE_CHARS), title.start)
    if whose is not None:
        return replace(title, body=body_key(whose.group(1)), bound="stated")
    if _another_bodys(doc, title, main, orgs):
        return title
    return replace(title, body=main, bound="article")


def _another_bodys(doc: Doc, title: Title, main: str, orgs: Bodies) -> bool:
    """ "The supporters' trust said it welcomed the change, but its chairwoman ...": "its"
    is the body its sentence named before it, not necessarily the article's; opening a
    sentence ("The Chamber of Commerce estimated ... Its chief executive, ..."), the body
    the sentence before named."""
    if title.text.lower().split()[:1] not in (["its"], ["their"]):
        return False
    span = doc.char_span(title.start, title.start + 1, alignment_mode="expand")
    if span is None:
        return False
    index = doc._.token_sentence[span.start]
    names = [name for end, name in orgs.get(index, []) if end <= title.start]
    opening = not doc.text[doc._.sentences[index][0] : title.start].strip()
    if not names and opening and index > 0:
        start, end = doc._.sentences[index - 1]
        before = doc.char_span(start, end, alignment_mode="expand")
        subjects = _named_subjects(before) if before is not None else []
        names = [name for _end, name in orgs.get(index - 1, [])] + subjects
    return any(body_key(name) != main for name in names)


def _named_subjects(sentence: Span) -> list[str]:
    """The subjects of a sentence that are names of no person or place ("The West Midlands
    Chamber of Commerce estimated ..."), which the recogniser may not call organisations."""
    subjects = (
        s for s in sentence[:_SUBJECT_READ]
        if s.dep_ == "nsubj" and s.pos_ == "PROPN" and s.ent_type_ not in _NOT_BODIES
    )  # fmt: skip
    return [
        "".join(t.text_with_ws for t in islice(s.subtree, _NAME_WORDS)).strip()
        for s in islice(subjects, _SUBJECTS)
    ]


def _takes_the_article_body(title: Title) -> bool:
    """An organisation's office written without its body. A bare "manager" or "captain" is
    left alone even so: a match report is about two teams, however often it names one; "the
    club's manager" says whose."""
    if title.bound == "stated" or not is_organisation_title(title):
        return False
    return bool(title.generic) or base_office(title.office)[1] not in _TEAM_ROLES


def _now_year(doc: Doc) -> int | None:
    published = doc._.published
    if published is not None:
        return int(published.year)
    cached = doc.user_data.get("newsroom_now_year", 0)
    if cached == 0:
        years = [int(t.text) for t in doc if _YEAR.match(t.text)]
        cached = max(years) if years else None
        doc.user_data["newsroom_now_year"] = cached
    return cached  # type: ignore[no-any-return]


def _past_adverbial(child: Token, now: int | None) -> bool:
    words = list(child.subtree)[:12]
    text = " ".join(t.lower_ for t in words)
    if any(p in text for p in _PAST_PHRASES):
        return True
    return now is not None and any(_YEAR.match(t.text) and int(t.text) < now for t in words)


def about_another_time(doc: Doc, name: Token) -> bool:
    """Whether the clause a name stands in is set in another time than the story's: a time
    adverbial of its verb with an earlier year ("On the 2008 campaign trail, ...") or a
    word like "then" or "ago". A year in a clause of its own ("X, who joined in 2008,")
    does not count."""
    verb = name
    for _ in range(8):
        if verb.pos_ in {"VERB", "AUX"} or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    now = _now_year(doc)
    return any(
        c.dep_ in _ADVERBIALS
        and not c.left_edge.i <= name.i <= c.right_edge.i
        and _past_adverbial(c, now)
        for c in verb.children
    )
