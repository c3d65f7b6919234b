"""The pieces a figure's phrase is made of, read from the parse: the noun a figure counts,
a noun with its modifiers, a clause's subject, verbs and what it adds, and the rendering
of tokens back into words (bot.analysis.figure_phrases puts them together).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
VERBS = {"VERB", "AUX"}
NOUNS = {"NOUN", "PROPN"}
_REST_DEPS = {"prep", "agent", "dobj", "dative", "npadvmod", "acomp", "attr", "oprd", "xcomp"}
_NP_LEFT = {"amod", "compound", "poss", "nmod", "case", "nummod", "quantmod", "det"}
# A relative clause is left out: the phrase says the clause's part itself ("games in which")
_NP_RIGHT = {"prep", "acl", "amod", "compound", "case"}
_THIRD_PERSON = {"he", "she", "him", "her", "his"}
#: units: a figure in these measures something ("fell 12ft"), it counts nothing
DURATIONS = {"second", "minute", "hour", "day", "week", "month", "year", "decade"}
#: nouns of a change ("a 3% rise", "the 31% increase in profit")
CHANGE_NOUNS = frozenset(
    {"rise", "increase", "hike", "jump", "uplift", "fall", "drop", "decline", "decrease", "cut",
     "reduction"}
)  # fmt: skip
DISTANCES = {
    "ft", "foot", "feet", "inch", "mile", "metre", "meter", "km", "kilometre", "kilometer",
    "m", "cm", "mm", "yard",
}  # fmt: skip
UNITS = DURATIONS | DISTANCES | {
    "%", "percent", "cent", "mph", "kph", "lb", "lbs", "pound", "kg", "kilogram", "gram",
    "g", "stone", "st", "ton", "tonne", "ounce", "oz", "acre", "litre", "liter", "gallon",
    "degree", "dollar", "euro",
}  # fmt: skip
#: past forms that are not the participle ("took" / "taken"); others are the same word
_PARTICIPLES = {
    "take": "taken", "give": "given", "see": "seen", "write": "written", "break": "broken",
    "steal": "stolen", "choose": "chosen", "drive": "driven", "eat": "eaten", "fall": "fallen",
    "forget": "forgotten", "freeze": "frozen", "grow": "grown", "hide": "hidden",
    "know": "known", "ride": "ridden", "rise": "risen", "shake": "shaken", "speak": "spoken",
    "throw": "thrown", "wear": "worn", "beat": "beaten", "draw": "drawn", "show": "shown",
    "begin": "begun", "sing": "sung", "swim": "swum", "do": "done", "go": "gone",
    "fly": "flown", "bite": "bitten", "overtake": "overtaken",
}  # fmt: skip
_PERSONS = {
    "people", "person", "man", "woman", "men", "women", "child", "boy", "girl", "worker",
    "resident", "friend", "fan", "patient", "passenger", "member", "voter", "refugee",
    "migrant", "employee", "staff", "adult", "pupil", "baby", "colleague", "supporter",
    "customer", "civilian", "troop", "soldier", "officer", "player", "student", "victim",
    "teenager", "guard", "driver", "doctor", "nurse", "teacher", "journalist", "midwife",
}  # fmt: skip
NP_WORDS = 9
REST_WORDS = 7
WALK = 4  # heads climbed at most: news parses are shallow, hostile ones need not be
_DROP = re.compile(r"[\"“”()\[\]]|(?<!\w)['‘’](?![dst]\b|ll\b|re\b|ve\b)|['‘’](?!\w)")
_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?%]|['’](?:s|d|ll|re|ve)\b|n['’]t\b)")

Words = list[Token]


def participle(verb: Token) -> str | None:
    """The past participle of a verb written in the past ("destroyed", "taken"), else None."""
    if verb.tag_ == "VBN":
        return str(verb.text)
    if verb.tag_ == "VBD":
        return _PARTICIPLES.get(verb.lemma_.lower(), str(verb.text))
    return None


def role_of(token: Token) -> Token:
    """The token whose relation gives the figure's role: the first of a list of nouns
    ("two firefighters and two residents were hurt")."""
    for _ in range(WALK):
        if token.dep_ != "conj" or token.head == token or token.head.pos_ in VERBS:
            break
        token = token.head
    return token


def is_person(noun: Token) -> bool:
    return noun.lemma_.lower() in _PERSONS or noun.lower_ in _PERSONS or noun.ent_type_ == "NORP"


def verb_above(token: Token, through_nouns: bool = False) -> tuple[Token, Words]:
    """The verb (or noun) a figure's phrase hangs from, and the words climbed on the way
    ("worth" in "is worth £40m", "ago" in "began 20 months ago", "for" in "sold for £5m")."""
    path: Words = []
    head = token.head
    for _ in range(WALK):
        if head == token or head.pos_ in VERBS or (head.pos_ in NOUNS and not through_nouns):
            break
        path.append(head)
        token, head = head, head.head
    return head, path


def counted_noun(tokens: Words) -> tuple[Token | None, bool]:
    """The noun the figure's tokens count ("14 homes", "£3m deal", "a 400-strong crowd"), and
    whether it is counted through "of" ("hundreds of people", "two of his colleagues")."""
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "of":
        objects = [c for c in nxt.children if c.dep_ == "pobj" and c.pos_ in NOUNS]
        if objects:
            return objects[0], True
    for tok in reversed(tokens):
        head = tok.head
        if first <= head.i <= last:
            continue
        if head.pos_ == "ADJ" and head.lower_ == "strong" and head.head.pos_ == "NOUN":
            return head.head, False
        if tok.dep_ in {"nummod", "quantmod", "amod", "compound", "nmod"} and head.pos_ == "NOUN":
            return head, False
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.head.i != last:
        return nxt, False
    return None, False


class Renderer:
    """Tokens of one document back into words, each token at most once per phrase."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.used: set[int] = set()  # tokens already in the phrase being built
        mentions = sorted(
            (m.start, m.sentence, p.surname) for p in doc._.people or () for m in p.mentions
        )
        self._starts = [m[0] for m in mentions]
        self._sentences = [m[1] for m in mentions]
        self._names = [m[2] for m in mentions]

    def _word(self, token: Token) -> str:
        if token.lower_ in _THIRD_PERSON and token.pos_ == "PRON":
            # "he" read as the person named last, if named in this sentence or the one before
            at = bisect.bisect_left(self._starts, token.idx) - 1
            if at >= 0 and self._sentences[at] >= self.doc._.token_sentence[token.i] - 1:
                name = self._names[at]
                return f"{name}'s" if token.tag_ == "PRP$" or token.lower_ == "his" else name
        capital = (token.is_upper and len(token) > 1) or token.text == "I"
        if token.is_sent_start and token.pos_ != "PROPN" and not capital:
            return str(token.lower_)
        return str(token.text)

    def render(self, tokens: Words, skip: set[int], trim: bool = True) -> str:
        """Tokens in text order, without the figure, quote marks, dangling words or tokens
        the phrase already has."""
        words = sorted(
            {t.i: t for t in tokens if t.i not in skip | self.used and not t.is_space}.values(),
            key=lambda t: t.i,
        )
        while words and (words[0].is_punct or (trim and words[0].dep_ in {"det", "prep", "cc"})):
            words.pop(0)
        while words and (words[-1].is_punct or words[-1].pos_ in {"CCONJ", "DET", "PART"}):
            words.pop()
        self.used |= {t.i for t in words}
        out = "".join(
            ("" if prev is not None and not prev.whitespace_ and prev.i + 1 == t.i else " ")
            + self._word(t)
            for prev, t in zip([None, *words], words, strict=False)
        )
        out = _BEFORE_PUNCT.sub(r"\1", " ".join(_DROP.sub("", out).split()))
        return out.strip(" ,;:-—")

    def noun_phrase(self, noun: Token, skip: set[int]) -> Words:
        """The noun with its modifiers and as many of its right-hand phrases as fit; a
        modifier holding the figure is the figure's own wording ("400-strong"), left out."""
        words = [
            t
            for c in noun.lefts
            if c.dep_ in _NP_LEFT and not (c.i not in skip and any(t.i in skip for t in c.subtree))
            for t in c.subtree
        ]
        words.append(noun)
        for child in noun.rights:
            if child.dep_ in _NP_RIGHT:
                sub = [t for t in child.subtree if t.i not in skip]
                if sub == [child] and child.dep_ == "prep":
                    continue  # "a profit of £2.4m": "of" holds nothing but the figure
                if len(words) + len(sub) > NP_WORDS:
                    break  # a later phrase would skip over this one
                words += sub
        return words

    def subject(self, verb: Token, skip: set[int]) -> Words:
        """The subject's core words ("the fire", "Cuba's government"), found up the chain of
        a verb without its own ("plans to cut": the planner's)."""
        for _ in range(WALK):
            found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if found is not None and found.i not in skip and found.tag_ not in {"WDT", "WP"}:
                core = [t for c in found.lefts if c.dep_ in _NP_LEFT for t in c.subtree]
                short = [c for c in found.rights if c.dep_ == "prep" and len(list(c.subtree)) < 4]
                return [*core, found, *(t for c in short for t in c.subtree)]
            if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in NOUNS:
                return [*(c for c in verb.head.lefts if c.dep_ in {"compound", "det"}), verb.head]
            if verb.dep_ not in {"xcomp", "conj", "advcl", "ccomp", "pcomp"} or verb.head == verb:
                return []
            verb = verb.head
        return []

    def verbs(self, verb: Token) -> Words:
        """The verb with its auxiliaries, led by the verbs it completes ("plans to cut")."""
        chain = [verb]
        while chain[0].dep_ == "xcomp" and chain[0].head.pos_ in VERBS and len(chain) < WALK:
            chain.insert(0, chain[0].head)
        words: Words = []
        for v in chain:
            helpers = [c for c in v.lefts if c.dep_ in {"aux", "auxpass", "neg"}]
            if not helpers and v.dep_ == "conj" and v.head.pos_ in VERBS:
                # "was fined £110 and ordered to pay": the second verb shares the "was"
                helpers = [c for c in v.head.lefts if c.dep_ in {"aux", "auxpass"}]
            words += [*helpers, v, *(c for c in v.rights if c.dep_ == "prt")]
            if v != verb:  # "close 12 libraries to save": the object the aim hangs on
                objects = [c for c in v.rights if c.dep_ == "dobj" and len(list(c.subtree)) < 5]
                words += [t for c in objects for t in c.subtree]
        return words

    def rest(self, verb: Token, skip: set[int], without: Token | None) -> Words:
        """What the clause adds after the verb (objects, places, times) within a budget, and
        a time said before it ("Last year, Cuba earned ...")."""
        words: Words = []
        children = [c for c in verb.rights if c.dep_ in _REST_DEPS]
        children += [c for c in verb.lefts if c.ent_type_ == "DATE" and c.dep_ != "nsubj"]
        for child in children:
            if without is not None and child.left_edge.i <= without.i <= child.right_edge.i:
                continue
            sub = [t for t in child.subtree if t.i not in skip]
            if len(words) + len(sub) <= REST_WORDS and not any(t.dep_ == "ccomp" for t in sub):
                words += sub
        return words
