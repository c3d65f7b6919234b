"""What a count is counted in, by the name copy restates it with: "employs 2,400 staff" ...
"the 2,600-strong workforce"; "operates 284 stores" ... "whose 248 shops"; "a 12-date
tour" ... "the 14-show run". Writers vary the noun on purpose, so a figure pointing back
to a count told before (bot.checks.pointed_back) may name it with any noun of its kind.

Only nouns that name one thing in news copy are kin: shops and stores, but not homes and
units (a "unit" is as often a product sold), nor pupils and children (a story about a
school has children who are not its roll).
"""

from __future__ import annotations

from bot.analysis.figure_events import JOBS_CUT
from bot.analysis.figure_frames import ReadFigure
from bot.analysis.places import country_key

_KIN = (
    ("worker", {"worker", "staff", "employee", "workforce", "personnel", "staffer"}),
    ("shop", {"shop", "store", "branch", "outlet"}),
    # "destroying 14 homes" / "Of the 17 properties lost": a fire's or a flood's toll
    ("home", {"home", "house", "dwelling", "flat", "apartment", "property"}),
    ("game", {"game", "match", "fixture"}),
    ("show", {"show", "date", "concert", "gig", "performance"}),
    ("episode", {"episode", "instalment", "installment"}),
    ("aircraft", {"aircraft", "plane", "jet", "airliner"}),
    ("pupil", {"pupil", "student"}),
    ("charge", {"count", "charge", "offence", "offense"}),
    ("seat", {"seat", "councillor"}),
    ("customer", {"customer", "client"}),
    # "cut 180 jobs" / "The 210 redundancies": a job lost is a redundancy
    ("job", {"job", "redundancy", "layoff", "lay-off"}),
    ("vehicle", {"car", "vehicle"}),
    # "recalled 85,000 handsets" / "The 65,000 phones": a product named generally
    ("phone", {"phone", "handset", "smartphone", "mobile"}),
    # "to return 34 artefacts" / "The 32 objects": a collection's pieces named generally
    ("object", {"artefact", "artifact", "object", "item", "artwork"}),
    ("soldier", {"soldier", "troop"}),
    # a race's or a tournament's field is its entrants ("a field of 18,400 entrants" /
    # "the 16,400-strong field")
    ("entrant", {"entrant", "competitor", "participant", "starter", "field"}),
)
_KIND_OF = {noun: kind for kind, nouns in _KIN for noun in nouns}
# "employs 870 people": people a firm employs are its workers
_EMPLOYING = {"employ", "hire", "staff", "recruit"}


def kind_of(noun: str) -> str:
    """The kind ``noun`` (a lemma) names, itself when it has no kin."""
    return _KIND_OF.get(noun, noun)


def counted_kind(f: ReadFigure) -> str:
    """The kind of thing a count counts: its noun's kind ("staff": "worker"), people a firm
    employs as its workers, "" when it counts no noun."""
    if not f.counted:
        return ""
    if f.counted in {"people", "person"} and f.wording[0] in _EMPLOYING:
        return "worker"
    if nation_of(f):
        return "people"  # "31 million people" ... "Of the 34 million Americans"
    # the folded thing ("1,500 job cuts" count jobs) when it is the noun counted
    kind = kind_of(f.thing or f.counted)
    if kind == "worker" and JOBS_CUT in {f.predicate, f.picked_by}:
        return "job"  # "made 41 staff redundant" / "the 44 staff who lost their jobs"
    return kind


def nation_of(f: ReadFigure) -> str:
    """The country of the people a count counts by their nation ("23 million Americans":
    "us"), "" for any other count."""
    # The tagger leaves a name's plural as written ("americans"); a common noun's lemma is
    # singular, so "5,000 turkeys" (lemma "turkey") count no Turks.
    if f.kind != "count" or not f.counted.endswith("s"):
        return ""
    return country_key(f.counted.removesuffix("s")) or ""
