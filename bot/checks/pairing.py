"""Candidate pairs for the checks that compare items with each other, through an index.

Comparing every item with every other is quadratic in what a user pastes. A check gives
each item the keys under which a match could only be found (a spelling with one letter
dropped, the noun a figure counts...); items sharing a key are paired, and only the first
``cap`` items under one key take part, so a paste of thousands alike stays bounded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable


def later_partners(keys: Iterable[Iterable[Hashable]], cap: int) -> dict[int, list[int]]:
    """For item ``i`` (by position in ``keys``), the later items sharing one of its keys,
    in order; each key pairs only its first ``cap`` items."""
    groups: defaultdict[Hashable, list[int]] = defaultdict(list)
    for i, item_keys in enumerate(keys):
        for key in set(item_keys):
            groups[key].append(i)
    later: defaultdict[int, set[int]] = defaultdict(set)
    for members in groups.values():
        bounded = members[:cap]
        for k, i in enumerate(bounded):
            later[i].update(bounded[k + 1 :])
    return {i: sorted(js) for i, js in sorted(later.items()) if js}
