"""Names folded for lookup, and jurisdictions folded to the keys titles carry.

A person is looked up by the words of their name: accents, case, full stops and titles
of honour ("Sir", "Lord ... of Chipping Norton") do not count, so "Recep Tayyip Erdogan",
"Recep Tayyip Erdoğan" and "Sir Keir Starmer" find their records.
"""

from __future__ import annotations

import re

from bot.analysis.names import name_key
from bot.analysis.places import qualifier_key

_HONOURS = {
    "sir", "dame", "lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl",
    "countess", "king", "queen", "emperor", "empress", "prince", "princess", "sheikh",
    "mr", "mrs", "ms", "dr", "president", "general", "the", "rt", "hon", "right",
    "honourable",
}  # fmt: skip
_SUFFIXES = {"jr", "sr", "jnr", "snr", "ii", "iii", "iv"}
_SPLIT = re.compile(r"[\s.,]+")

# Countries and bodies the analysis does not fold itself (bot.analysis.places knows the
# most named ones); values are the keys the knowledge tables use.
_EXTRA_JURISDICTIONS = {
    "argentina": "ar", "argentine": "ar", "argentinian": "ar",
    "indonesia": "id", "indonesian": "id",
    "soviet": "su", "soviet union": "su", "ussr": "su", "u.s.s.r.": "su",
    "korea": "kr", "korean": "kr", "south korea": "kr",
    "west german": "de", "west germany": "de",
    "russian federation": "ru", "people's republic of china": "cn", "prc": "cn",
}  # fmt: skip


# Parties whose name before a government title says the country ("Tory Education
# Secretary"). Not before "leader": a party's leader is not the country's.
_PARTIES = {
    "tory": "gb", "tories": "gb", "conservative": "gb", "labour": "gb", "lib dem": "gb",
    "liberal democrat": "gb", "snp": "gb",
    "republican": "us", "democratic": "us", "democrat": "us", "gop": "us",
}  # fmt: skip


def party_country(qualifier: str) -> str | None:
    """The country a party named as a title's qualifier belongs to, if it is one we know."""
    return _PARTIES.get(qualifier)


def words(name: str) -> tuple[str, ...]:
    """The words of a name as compared: folded, honours and suffixes dropped, and a
    peer's territorial designation cut ("Lord Cameron of Chipping Norton" -> cameron)."""
    tokens = [t for t in _SPLIT.split(name_key(name)) if t]
    honoured = False
    while tokens and tokens[0] in _HONOURS:
        tokens.pop(0)
        honoured = True
    if honoured and "of" in tokens[1:]:
        tokens = tokens[: tokens.index("of", 1)]
    while tokens and tokens[-1] in _SUFFIXES:
        tokens.pop()
    return tuple(tokens)


def jurisdiction_key(text: str) -> str:
    """The key of a country or body as written or as a title's qualifier holds it."""
    key = qualifier_key(text)
    return _EXTRA_JURISDICTIONS.get(key, key)


def slug(text: str) -> str:
    """A stable id part: "Manchester United F.C." -> "manchester-united-f-c"."""
    return "-".join(t for t in re.split(r"[^a-z0-9]+", name_key(text)) if t)
