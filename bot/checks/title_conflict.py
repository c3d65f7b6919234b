"""title-conflict: one person given two offices they cannot hold at once.

Only offices of one family (government posts) are compared; synonyms share a
canonical name, and former/then/acting holders never conflict.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.analysis import budget
from bot.analysis.model import Flag
from bot.analysis.offices import PHRASES
from bot.checks.facts import Facts

CHECK_ID = "title-conflict"
MAX_TITLES = 30  # titles of one person compared pairwise; copy gives a person a few


def check(facts: Facts) -> Iterator[Flag]:
    """Flag a person given two incompatible current offices."""
    for person in facts.people:
        budget.check()
        current = [t for t in person.titles if t.status == "current" and t.office in PHRASES]
        current = current[:MAX_TITLES]
        reported: set[frozenset[str]] = set()
        for i, first in enumerate(current):
            for second in current[i + 1 :]:
                pair = frozenset({first.office, second.office})
                family = PHRASES[first.office].family
                if (
                    len(pair) < 2
                    or pair in reported
                    or not family
                    or PHRASES[second.office].family != family
                    or (
                        first.qualifier and second.qualifier and first.qualifier != second.qualifier
                    )
                ):
                    continue
                reported.add(pair)
                yield (
                    Flag(
                        check=CHECK_ID,
                        severity="high",
                        message=(
                            f"{person.name} is called {first.text} in one place and "
                            f"{second.text} in another."
                        ),
                        evidence=facts.passages(first.sentence, second.sentence),
                    )
                )
