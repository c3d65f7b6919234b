"""Who speaks a quote: a person, an organisation, or someone described but not named.

Read from the parse around the speech verb (:mod:`bot.analysis.speaker_reader`), for
:mod:`bot.analysis.quotes`:

- a name is the person the people step found there, unless the words written say another
  ("Peter Lampl's daughter Ingrid Lampl": the parser may hang "Lampl" on the father);
- a possessive names who the speaker belongs to, never the speaker: "Ron Lane's brother
  Mark Lane" is Mark Lane, "Ron Lane's brother" is someone who is not Ron Lane;
- "he" and "she" are the nearest person before them, outside quotes, whom nothing marks as
  the other sex, a subject first; "it" is the nearest organisation;
- an organisation speaks by its name ("NASA said"), as a body ("the department said") or
  through a voice ("a spokesman for NASA", "a NASA statement"): all three are NASA. A
  person named as a spokesperson of a body speaks for it (:attr:`Speaker.speaks_for`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from bot.analysis.model import Person, Quote

PERSON, ORGANISATION, DESCRIPTION = "person", "organisation", "description"
#: verbs whose subject speaks (lemmas); :mod:`bot.analysis.quotes` and the people step read them
SPEECH_VERBS = {
    "say", "tell", "add", "state", "explain", "insist", "claim", "declare", "write", "warn",
    "admit", "argue", "announce", "reply", "respond", "note", "ask", "continue", "recall",
    "urge", "describe", "call", "suggest", "confirm", "comment", "acknowledge", "post", "tweet",
}  # fmt: skip
#: a voice of whoever it is "for", "of" or whose it is
VOICE_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
    "representative", "statement", "official", "officials", "secretary", "aide",
}  # fmt: skip
#: common nouns that are bodies speaking ("the department said")
BODY_NOUNS = {
    "department", "ministry", "office", "government", "council", "police", "company", "firm",
    "club", "agency", "authority", "authorities", "commission", "committee", "union", "party",
    "board", "bank", "court", "service", "team", "group", "organisation", "organization",
    "association", "federation", "institute", "university", "hospital", "trust", "charity",
    "embassy", "regulator", "watchdog", "airline", "retailer", "network", "channel",
    "broadcaster", "army", "military", "foundation", "league", "church", "force",
    "administration", "campaign", "corporation", "studio", "label", "newspaper", "magazine",
    "paper", "website", "station", "school", "college", "body", "panel", "inquiry", "navy",
    "carmaker", "insurer", "lender", "operator", "publisher", "society", "side", "squad",
    "organisers", "organizers", "prosecutors", "investigators", "firefighters", "coastguard",
}  # fmt: skip
_MALE = {
    "mr", "sir", "lord", "mister", "husband", "father", "son", "brother", "boyfriend",
    "chairman", "spokesman", "businessman", "king", "prince", "duke", "widower",
    "grandfather", "uncle", "nephew", "dad", "actor", "sportsman",
}  # fmt: skip
_FEMALE = {
    "mrs", "ms", "miss", "dame", "lady", "madam", "wife", "mother", "daughter", "sister",
    "girlfriend", "chairwoman", "spokeswoman", "businesswoman", "queen", "princess",
    "duchess", "widow", "grandmother", "aunt", "niece", "mum", "actress", "sportswoman",
}  # fmt: skip
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
    "rev", "reverend", "judge", "justice", "sgt", "sergeant", "captain", "capt", "det",
}  # fmt: skip
_NAME_DEPS = {"compound", "flat"}
_MAX_MENTIONS = 40  # mentions read per person for sex and the bodies they speak for


@dataclass(frozen=True)
class Speaker:
    """Who a quote is given to.

    Attributes:
        label: as shown to the desk ("Mark Lane", "NASA", "Ron Lane's brother").
        key: identity: two speakers with one key are one speaker.
        kind: PERSON, ORGANISATION or DESCRIPTION (someone described, not named).
        generic: an organisation named by a common noun ("the company"): which one is not
            said, so it may be any.
        speaks_for: organisation keys a person is a spokesperson of.
        not_keys: keys of whom a description is known not to be (its possessor).
        by_pronoun: read from "he" or "she" through its nearest fitting antecedent: a
            reading, not what the copy says.
        pronoun_sure: the antecedent is the one person the sentence before (or the same
            one) names, and they speak there ("X said the firm would appeal. '...,' she
            said."): the reading news copy means.
    """

    label: str
    key: str
    kind: str
    generic: bool = False
    speaks_for: frozenset[str] = frozenset()
    not_keys: frozenset[str] = frozenset()
    by_pronoun: bool = False
    pronoun_sure: bool = False


@dataclass(frozen=True)
class SpokenQuote(Quote):
    """A quote with what is known of its speaker (``speaker`` holds the label)."""

    who: Speaker | None = None


def org_key(text: str) -> str:
    """An organisation's name folded: "the Department's" -> "department"."""
    words = [w.strip(".,'’\"") for w in text.lower().replace("’s", "").replace("'s", "").split()]
    return " ".join(w for w in words if w and w != "the")


def same_org(a: str, b: str) -> bool:
    """One organisation named two ways: equal, one's words within the other's ("the
    department", "the department of health"), a shortening ("the Fed", "the Federal
    Reserve") or initials ("NASA")."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if set(short) <= set(long_):
        return True
    if len(short) == 1 and len(short[0]) >= 3:
        word = short[0]
        if any(w.startswith(word) for w in long_):
            return True
        initials = "".join(w[0] for w in long_ if w not in {"of", "for", "and", "&"})
        return word == initials
    return False


def person_speaker(person: Person, speaks_for: frozenset[str] = frozenset()) -> Speaker:
    return Speaker(person.name, f"p:{person.name.lower()}", PERSON, speaks_for=speaks_for)


class Names:
    """Names in one document: the people step's, the recogniser's and the parser's, read
    as speakers; caches what it learns about each person."""

    def __init__(self, doc: Doc, people: list[Person], quoted: list[bool]) -> None:
        self.doc = doc
        self.people = people
        self.quoted = quoted  # per token: inside quotation marks
        self.by_token: dict[int, Person] = {}
        self.heads: dict[int, Person] = {}  # the last token of each mention
        # Each person's mentions as spans, read once (per name: the caches below are too).
        self.spans: dict[str, list[Span]] = {}
        for person in people:
            spans = [
                span
                for mention in person.mentions[:_MAX_MENTIONS]
                if (span := doc.char_span(mention.start, mention.end, alignment_mode="expand"))
                is not None
            ]
            self.spans.setdefault(person.name, spans)
            for span in spans:
                for tok in span:
                    self.by_token[tok.i] = person
                self.heads[span.end - 1] = person
        self.proper_words = {
            t.lower_ for t in doc if t.is_title and not t.is_sent_start and not quoted[t.i]
        }
        self._sex: dict[str, str | None] = {}
        self._ties: dict[str, frozenset[str]] = {}
        self._pronouns: dict[int, Speaker | None] = {}

    def _name_words(self, tok: Token) -> list[str]:
        """The name as written, without titles: the recogniser's span round ``tok`` when it
        found one ("Carl-Henric Svanberg"), else the names compounded on it."""
        doc = self.doc
        if tok.ent_type_ == "PERSON":
            start, end = tok.i, tok.i + 1
            while start > 0 and doc[start].ent_iob_ == "I" and tok.i - start < 4:
                start -= 1
            words = [t for t in doc[start:end] if not t.is_punct or t.text == "-"]
        else:
            words = [c for c in tok.lefts if c.dep_ in _NAME_DEPS and c.pos_ == "PROPN"] + [tok]
        text = "".join(t.text_with_ws for t in words).replace(" - ", "-").split()
        while len(text) > 1 and text[0].lower().rstrip(".") in TITLES:
            text.pop(0)
        return [w.removesuffix("'s").removesuffix("’s") for w in text]

    def _named(self, tok: Token) -> Speaker | None:
        person = self.by_token.get(tok.i)
        words = self._name_words(tok)
        name = " ".join(words)
        if person is not None:
            first = person.first_name
            if len(words) >= 2 and first is not None and words[0].lower() != first.lower():
                # the people step joined this name to someone else of the surname
                other = next((p for p in self.people if p.name == name), None)
                if other is None:
                    return Speaker(name, f"p:{name.lower()}", PERSON)
                person = other
            return person_speaker(person, self.ties(person))
        if tok.ent_type_ == "NORP":
            # "the Tories", "Democrats": any member may be the one speaking
            label = self._org_label(tok)
            return Speaker(label, f"g:{org_key(label)}", DESCRIPTION)
        known = self._surname_of_one(words) if tok.ent_type_ not in {"", "NORP"} else None
        if known is not None:
            # "Fellowes said" tagged a firm (or a work of art) after "Chairman Roy
            # Fellowes": the chairman
            return person_speaker(known, self.ties(known))
        if tok.ent_type_ and tok.ent_type_ != "PERSON":  # a body, or a place read as one
            label = self._org_label(tok)
            return Speaker(label, org_key(label), ORGANISATION)
        # a name the recogniser missed or called a person: a person by that name
        return Speaker(name, f"p:{name.lower()}", PERSON)

    def _surname_of_one(self, words: list[str]) -> Person | None:
        """The one person named in the article whose surname is this one word."""
        if len(words) != 1:
            return None
        found = [p for p in self.people if p.first_name and p.surname == words[0]]
        return found[0] if len(found) == 1 else None

    def _is_name(self, tok: Token) -> bool:
        """A capitalised word the tagger called a common noun ("Bosworth said") is a name
        when it was recognised as one, or is capitalised where a sentence does not start."""
        if tok.pos_ == "PROPN" or tok.i in self.by_token:
            return True
        if not tok.text[:1].isupper() or tok.lemma_.lower() in BODY_NOUNS | VOICE_NOUNS:
            return False
        return bool(tok.ent_type_) or tok.lower_ in self.proper_words

    def _org_label(self, tok: Token) -> str:
        doc = self.doc
        if tok.ent_type_ and tok.ent_iob_ != "O":
            start, end = tok.i, tok.i + 1
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            words = doc[start:end]
        else:
            lefts = [c.i for c in tok.lefts if c.dep_ in _NAME_DEPS and c.pos_ == "PROPN"]
            words = doc[min([*lefts, tok.i]) : tok.i + 1]
        text = words.text
        for suffix in ("'s", "’s"):
            text = text.removesuffix(suffix)
        before = doc[words.start - 1] if words.start > 0 else None
        return f"the {text}" if before is not None and before.lower_ == "the" else text

    def _name_end(self, tok: Token) -> bool:
        """The last word of a person's name: one the people step found, or one the
        recogniser tagged that it left out ("Nick Van den Brul")."""
        if tok.i in self.heads:
            return True
        after = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        return (
            tok.ent_type_ == "PERSON"
            and tok.i not in self.by_token
            and (after is None or after.ent_iob_ != "I")
        )

    def sex(self, person: Person) -> str | None:
        """ "m" or "f" when a title or a noun beside a mention says so ("Mr", "his wife")."""
        if person.name in self._sex:
            return self._sex[person.name]
        doc = self.doc
        seen: set[str] = set()
        for span in self.spans.get(person.name, ()):
            words = [doc[span.start - 1]] if span.start > 0 else []
            words += [*span, *span[-1].children]
            if span[-1].dep_ == "appos":
                words.append(span[-1].head)
            seen.update(w.lower_.rstrip(".") for w in words if w.dep_ != "poss")
        male, female = bool(seen & _MALE), bool(seen & _FEMALE)
        sex = "m" if male and not female else "f" if female and not male else None
        self._sex[person.name] = sex
        return sex

    def ties(self, person: Person) -> frozenset[str]:
        """Organisations a person speaks for (read by the subclass)."""
        return frozenset()
