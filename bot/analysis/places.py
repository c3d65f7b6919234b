"""Country names and demonyms folded to one key, so "British", "Britain" and "UK" agree."""

from __future__ import annotations

_COUNTRIES: dict[str, tuple[str, ...]] = {
    "gb": (
        "british",
        "britain",
        "uk",
        "u.k.",
        "united kingdom",
        "great britain",
        "england",
        "english",
        "scotland",
        "scottish",
        "wales",
        "welsh",
    ),
    "us": (
        "us",
        "u.s.",
        "u.s",
        "usa",
        "u.s.a.",
        "america",
        "american",
        "united states",
        "the united states",
        "the us",
        "the u.s.",
    ),
    "fr": ("france", "french"),
    "de": ("germany", "german"),
    "ru": ("russia", "russian"),
    "cn": ("china", "chinese"),
    "jp": ("japan", "japanese"),
    "in": ("india", "indian"),
    "pk": ("pakistan", "pakistani"),
    "af": ("afghanistan", "afghan", "afghans"),
    "ir": ("iran", "iranian"),
    "iq": ("iraq", "iraqi"),
    "sy": ("syria", "syrian"),
    "il": ("israel", "israeli"),
    "ps": ("palestine", "palestinian"),
    "eg": ("egypt", "egyptian"),
    "tr": ("turkey", "turkish"),
    "it": ("italy", "italian"),
    "es": ("spain", "spanish"),
    "ie": ("ireland", "irish"),
    "au": ("australia", "australian"),
    "ca": ("canada", "canadian"),
    "mx": ("mexico", "mexican"),
    "br": ("brazil", "brazilian"),
    "ua": ("ukraine", "ukrainian"),
    "kr": ("south korea", "south korean"),
    "kp": ("north korea", "north korean"),
    "sa": ("saudi arabia", "saudi"),
    "gr": ("greece", "greek"),
    "nl": ("netherlands", "dutch"),
    "za": ("south africa", "south african"),
    "ng": ("nigeria", "nigerian"),
    "ye": ("yemen", "yemeni"),
    "ly": ("libya", "libyan"),
    "cu": ("cuba", "cuban"),
    "ve": ("venezuela", "venezuelan"),
    "nz": ("new zealand",),
    "qa": ("qatar", "qatari"),
    "eu": ("eu", "european union", "european"),
}

_KEY_BY_NAME = {name: key for key, names in _COUNTRIES.items() for name in names}


def country_key(text: str) -> str | None:
    """The country a name or demonym refers to, or None when it is not a known country."""
    cleaned = text.lower().strip().removesuffix("'s").removesuffix("’s").strip()
    return _KEY_BY_NAME.get(cleaned)


def qualifier_key(text: str) -> str:
    """A stable key for a jurisdiction or body as written ("British" -> "gb")."""
    return country_key(text) or " ".join(text.lower().removesuffix("'s").removesuffix("’s").split())
