"""Who else a value is told of, for number-conflict: a figure that gives the value another
owner's figure of the thing has is that one told again ("Kieran Marsh ... was jailed for
four years", then "The four-year sentence"), not the first one's told wrong.
"""

from __future__ import annotations

from bot.analysis.figure_frames import ReadFigure

Tellings = dict[tuple[object, ...], list[ReadFigure]]
_MAX_TELLINGS = 40  # tellings of one value kept: a story gives a few, a pasted table more


def group_tellings(figures: list[ReadFigure]) -> Tellings:
    """The figures of each thing and value, to find who else a value is told of."""
    tellings: Tellings = {}
    for f in figures:
        group = tellings.setdefault((f.kind, f.thing, f.low, f.high), [])
        if len(group) < _MAX_TELLINGS:
            group.append(f)
    return tellings


def told_of_another(tellings: Tellings, a: ReadFigure, b: ReadFigure) -> bool:
    """The later figure names no owner and gives the value another owner's figure of the
    thing has ("A builder ... has been jailed for nine years", "Kieran Marsh ... was
    jailed for four years", then "The nine-year sentence"): it tells that one again, not
    the first one wrong. A value told with another qualifier is not told again: "Up to
    four producers can be named" is a cap, not "The Aviator's four producers"."""
    first, later = (a, b) if a.start < b.start else (b, a)
    if later.owner or later.holder:
        return False
    return any(
        f is not later and f.owner != first.owner and f.qualifier == later.qualifier
        for f in tellings.get((later.kind, later.thing, later.low, later.high), [])
    )


def each_told_before(tellings: Tellings, a: ReadFigure, b: ReadFigure) -> bool:
    """Neither figure's owner is a name ("his client" may be anyone's), and each gives the
    value a figure of the thing told before it gave of a different named owner ("Pike was
    banned for five years ... Cole was banned for two years", then "the two-year ban was
    harsh" and "his client accepted the five-year ban"): two people's terms told again, not
    one term told two ways."""
    if a.owner_kind == "name" or b.owner_kind == "name":
        return False
    owners = [_earlier_owner(tellings, f) for f in (a, b)]
    return all(owners) and owners[0] != owners[1]


def _earlier_owner(tellings: Tellings, f: ReadFigure) -> str:
    """The named owner of the first figure told before ``f`` with its thing and value."""
    return next(
        (
            g.owner
            for g in tellings.get((f.kind, f.thing, f.low, f.high), [])
            if g.start < f.start and g.owner_kind == "name"
        ),
        "",
    )
