"""Country names and demonyms folded to one key, so "British", "Britain" and "UK" agree."""

from __future__ import annotations

import re

_COUNTRIES: dict[str, tuple[str, ...]] = {
    "gb": (
        "gb",
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
    "ie": ("ireland", "irish", "republic of ireland"),
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
    # Countries whose names are also common first names (Jordan, Chad, Georgia) are left
    # out: "Jordan" alone is as often a person.
    "lk": ("sri lanka", "sri lankan"),
    "bd": ("bangladesh", "bangladeshi"),
    "np": ("nepal", "nepalese", "nepali"),
    "ke": ("kenya", "kenyan"),
    "et": ("ethiopia", "ethiopian"),
    "so": ("somalia", "somali"),
    "sd": ("sudan", "sudanese"),
    "ug": ("uganda", "ugandan"),
    "tz": ("tanzania", "tanzanian"),
    "rw": ("rwanda", "rwandan"),
    "gh": ("ghana", "ghanaian"),
    "sn": ("senegal", "senegalese"),
    "zw": ("zimbabwe", "zimbabwean"),
    "zm": ("zambia", "zambian"),
    "cm": ("cameroon", "cameroonian"),
    "ci": ("ivory coast", "ivorian"),
    "cd": ("democratic republic of congo", "congolese"),
    "dz": ("algeria", "algerian"),
    "ma": ("morocco", "moroccan"),
    "tn": ("tunisia", "tunisian"),
    "lb": ("lebanon", "lebanese"),
    "kw": ("kuwait", "kuwaiti"),
    "ae": ("united arab emirates", "uae", "emirati"),
    "id": ("indonesia", "indonesian"),
    "my": ("malaysia", "malaysian"),
    "sg": ("singapore", "singaporean"),
    "th": ("thailand", "thai"),
    "vn": ("vietnam", "vietnamese"),
    "ph": ("philippines", "filipino"),
    "mm": ("myanmar", "burma", "burmese"),
    "tw": ("taiwan", "taiwanese"),
    "kz": ("kazakhstan", "kazakh"),
    "ar": ("argentina", "argentine", "argentinian"),
    "cl": ("chile", "chilean"),
    "pe": ("peru", "peruvian"),
    "co": ("colombia", "colombian"),
    "ec": ("ecuador", "ecuadorian"),
    "bo": ("bolivia", "bolivian"),
    "uy": ("uruguay", "uruguayan"),
    "jm": ("jamaica", "jamaican"),
    "ht": ("haiti", "haitian"),
    "pt": ("portugal", "portuguese"),
    "be": ("belgium", "belgian"),
    "ch": ("switzerland", "swiss"),
    "at": ("austria", "austrian"),
    "se": ("sweden", "swedish"),
    "no": ("norway", "norwegian"),
    "dk": ("denmark", "danish"),
    "fi": ("finland", "finnish"),
    "is": ("iceland", "icelandic"),
    "pl": ("poland", "polish"),
    "cz": ("czech republic", "czechia", "czech"),
    "sk": ("slovakia", "slovak"),
    "hu": ("hungary", "hungarian"),
    "ro": ("romania", "romanian"),
    "bg": ("bulgaria", "bulgarian"),
    "rs": ("serbia", "serbian"),
    "hr": ("croatia", "croatian"),
    "ba": ("bosnia", "bosnian"),
    "si": ("slovenia", "slovenian"),
    "al": ("albania", "albanian"),
    "by": ("belarus", "belarusian"),
    "lt": ("lithuania", "lithuanian"),
    "lv": ("latvia", "latvian"),
    "ee": ("estonia", "estonian"),
    "cy": ("cyprus", "cypriot"),
    "am": ("armenia", "armenian"),
    "az": ("azerbaijan", "azerbaijani"),
    "xk": ("kosovo", "kosovan"),
}

_KEY_BY_NAME = {name: key for key, names in _COUNTRIES.items() for name in names}


def country_key(text: str) -> str | None:
    """The country a name or demonym refers to, or None when it is not a known country."""
    cleaned = text.lower().strip().removesuffix("'s").removesuffix("’s").strip()
    return _KEY_BY_NAME.get(cleaned)


def qualifier_key(text: str) -> str:
    """A stable key for a jurisdiction or body as written ("British" -> "gb")."""
    return country_key(text) or " ".join(text.lower().removesuffix("'s").removesuffix("’s").split())


#: every country key :func:`country_key` gives
COUNTRY_KEYS = frozenset(_COUNTRIES)
# Words that name the same body with or without them: "Arsenal FC", "BP plc", "Labour Party".
_BRITAIN = {"gb", "uk", "britain", "great britain", "british", "united kingdom"}
# Words naming what kind of body it is, which copy drops ("St Aidan's headteacher" for the
# head of St Aidan's Academy, "Westmarch chief constable" for Westmarch Police's)
_BODY_SUFFIXES = {"fc", "afc", "plc", "inc", "ltd", "group", "co", "corp", "party", "club",
                  "academy", "school", "college", "police", "constabulary"}  # fmt: skip
_BODY_SYNONYMS = {
    "tory": "conservative", "tories": "conservative", "lib dem": "liberal democrat",
    "lib dems": "liberal democrat", "liberal democrats": "liberal democrat",
}  # fmt: skip


def body_key(text: str) -> str:
    """A stable key for an organisation as written ("Arsenal FC's" -> "arsenal"). Countries
    are folded ("Republic of Ireland", "Ireland") except the four of the United Kingdom:
    an "England manager" and a "Wales manager" run two teams."""
    cleaned = re.sub(r"'s?\b", "", text.lower().replace("’", "'"))  # "St Aidan's Academy"
    cleaned = re.sub(r"\.(?:com|co\.uk|net|org)\b", "", cleaned)  # "Computerandvideogames.com"
    words = re.sub(r"[^\w&]+", " ", cleaned).split()  # "Anti-Doping", "Anti - Doping"
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _BODY_SUFFIXES:
        words.pop()
    key = " ".join(words)
    country = country_key(key)
    if country is not None and (country != "gb" or key in _BRITAIN):
        return country
    return _BODY_SYNONYMS.get(key, key)
