"""What a key figure counts, as a phrase an editor can read, built from the parse.

A figure's own words ("14", "£3bn") say nothing; its clause does. The phrase is the
counted noun with its modifiers, then what the clause says of it, turned so that the
figure is the thing described: "14 homes were destroyed by the fire" and "the fire
destroyed 14 homes" both give "homes destroyed by the fire"; "Cuba earns $3bn from
remittances each year" gives "what Cuba earns from remittances each year"; "he was jailed
for 15 months" gives "how long Mason was jailed". A pronoun subject is replaced by the
person just named. Everything comes from the parse the pipeline already made
(bot.analysis.phrase_parts reads the pieces).
"""

from __future__ import annotations

from spacy.tokens import Token

from bot.analysis import budget
from bot.analysis.figure_runs import DIMENSION_WORDS, RACE_TIME, is_race_time
from bot.analysis.phrase_parts import (
    DISTANCES,
    DURATIONS,
    NOUNS,
    SUBJECT_DEPS,
    UNITS,
    VERBS,
    Renderer,
    counted_noun,
    is_person,
    participle,
    role_of,
    verb_above,
)

CHANGE_VERBS = {
    "rise", "fall", "increase", "decrease", "drop", "grow", "jump", "climb", "decline",
    "cut", "soar", "surge", "slump", "plunge", "shrink", "raise", "lower", "reduce", "gain",
    "lose", "boost", "slash", "tumble", "slip", "dip", "rocket",
}  # fmt: skip
_RESULTS = {
    "win", "victory", "defeat", "loss", "draw", "lead", "triumph", "thrashing", "drubbing",
    "scoreline", "result", "success", "rout", "deficit", "advantage",
}  # fmt: skip
#: subjects that say nobody: pronouns the person just named does not stand for
_UNRESOLVED = {
    "i", "we", "you", "it", "they", "me", "us", "them", "this", "that", "which", "he", "she",
}  # fmt: skip
_TEMPLATE_NOUNS = {"score", "share", "sum", "number", "time", "length", "size"}
_TIME_WORDS = {"ago", "later", "earlier", "after", "before", "since", "away"}
_MAX_WORDS = 16
_MIN_WORDS = 3
# A phrase ending on one of these stops mid-clause ("water tank is", "BOTHAM that had"); a
# stranded preposition ends a phrase well ("what his bail was set at").
_DANGLING = {
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do",
    "does", "did", "will", "would", "can", "could", "the", "a", "an", "that", "which", "who",
    "whom", "whose", "and", "or", "but", "his", "its", "their", "my", "our", "your",
}  # fmt: skip
_RELATIVES = {"who", "which", "that", "whom"}
_MIN_CLAUSE = 5  # "who at the time" is no clause; "who were injured in the blast" is
_WINDOW = 5
_NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"}


def _negations(verb: Token) -> list[Token]:
    """The "not" of a verb: a phrase that drops it says the opposite of its sentence."""
    return [c for c in verb.lefts if c.dep_ == "neg"]


class PhraseMaker(Renderer):
    """Phrases for the figures of one document; built once per document."""

    def join(self, *parts: str) -> str:
        return " ".join(p for p in parts if p)

    def fit(self, parts: list[str], rest: str) -> str:
        """The parts with what the clause adds, without it if the phrase would run long."""
        phrase = self.join(*parts, rest)
        if len(phrase.split()) > _MAX_WORDS:
            phrase = self.join(*parts)
        return " ".join(phrase.split()[:_MAX_WORDS])

    def clause(self, verb: Token, skip: set[int]) -> str:
        """Subject and verbs, rendered together ("I'd earn", "Giggs was fined")."""
        return self.render([*self.subject(verb, skip), *self.verbs(verb)], skip, False)

    def for_noun(self, noun: Token, skip: set[int], role: Token | None = None) -> str:
        """The counted noun and what its clause says of it; ``role`` is the token whose
        relation to the clause counts ("hundreds" in "prevent hundreds of deaths")."""
        if noun.pos_ == "PROPN" and noun.ent_iob_ in {"B", "I"}:
            ent = next((e for e in noun.doc.ents if e.start <= noun.i < e.end), None)
            noun = ent.root if ent is not None and ent.root.i not in skip else noun
        role = role or role_of(noun)
        head = role.head
        if role.dep_ == "pobj" and head.dep_ in {"prep", "agent"}:
            owner = head.head
            if owner.pos_ in NOUNS and owner.i not in skip and noun.i not in skip:
                return self.for_noun(owner, skip)  # "the deaths of 14 people"
        np_words = self.noun_phrase(noun, skip)
        parts = [self.render(np_words, skip)]
        inside = skip | {t.i for t in np_words} | {role.i}
        who = "who" if is_person(noun) else "that"
        passive = head.pos_ in VERBS and any(c.dep_ == "auxpass" for c in head.children)
        if head.pos_ in VERBS and role.dep_ == "nsubjpass":
            # "homes destroyed"; "bidders not consulted" keeps the "not" that turns it
            parts.append(self.render([*_negations(head), head], inside, False))
        elif head.pos_ in VERBS and role.dep_ == "nsubj":
            if head.lemma_ != "be":
                parts += [who, self.render(self.verbs(head), inside, False)]
        elif head.pos_ in VERBS and role.dep_ in {"dobj", "dative", "oprd"}:
            done = None if _negations(head) else participle(head)  # "did not destroy"
            if done is not None and head.dep_ != "xcomp" and not passive:
                subject = self.render(self.subject(head, inside), inside, False)
                known = subject and subject.lower() not in _UNRESOLVED
                parts += [done, f"by {subject}" if known else ""]  # "homes destroyed by"
            else:
                parts.append(self.clause(head, inside))  # "jobs the firm will cut"
        elif role.dep_ == "pobj" and head.dep_ in {"prep", "agent"} and head.head.pos_ in VERBS:
            which = "whom" if is_person(noun) else "which"  # "games in which Gomis scored"
            parts += [head.lower_, which, self.clause(head.head, inside | {head.i})]
            head, inside = head.head, inside | {head.i}
        elif 0 < len(parts[0].split()) < _MIN_WORDS and head.pos_ in VERBS:
            parts += ["—", self.clause(head, inside)]
        else:
            return parts[0]
        return self.fit(parts, self.render(self.rest(head, inside, role), inside, False))

    def for_amount(self, anchor: Token, skip: set[int], kind: str, unit: str) -> str:
        """An amount that counts no noun: what the clause does with it ("what Cuba earns",
        "how much prices rose", "how long Mason was jailed", "score as Nadal beat ...")."""
        role = role_of(anchor)
        inside = skip | {t.i for t in role.subtree}
        head, path = verb_above(role, through_nouns=kind == "score")
        if head.pos_ in NOUNS and head.i not in skip:
            return self.for_noun(head, skip)  # "profits of $2m", "a £5m fee", "400-strong crowd"
        if head.pos_ not in VERBS:
            return ""
        if kind == "score":  # the match as the clause tells it, opponent included
            return self.fit(["score as", self.clause(head, skip)],
                            self.render(self.rest(head, skip, None), skip, False))  # fmt: skip
        if role.dep_ in SUBJECT_DEPS:  # "70 per cent are single", "$3bn was spent on it"
            label = {"%": "share", "": "sum" if kind == "money" else "number"}.get(
                unit, "time" if unit in DURATIONS else "amount"
            )  # "4,500 litres of fuel were stolen": the amount of fuel, no time
            of = self.render([t for c in role.rights if c.lower_ == "of" for t in c.subtree], skip)
            done = participle(head) if role.dep_ == "nsubjpass" and not _negations(head) else None
            verbs = done or self.join("that", self.render(self.verbs(head), inside, False))
            return self.fit([label, f"of {of}" if of else "", verbs],
                            self.render(self.rest(head, inside, role), inside, False))  # fmt: skip
        if head.dep_ == "acl" and head.head.pos_ in NOUNS and unit:
            # "a kite measuring 6,000 metres": the size of the thing the clause describes
            size = "length" if unit in DISTANCES else "time" if unit in DURATIONS else "size"
            return self.join(
                size, "of", self.for_noun(head.head, skip | {t.i for t in head.subtree})
            )
        if head.lemma_ == "be" and not path:  # "the fine was $20,000": the fine
            subject = [t for c in head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]
            if subject:
                thing = self.render(subject, skip, False)
                return self.fit([thing], self.render(self.rest(head, inside, role), inside, False))
        lemma = head.lemma_.lower()
        when = [p for p in path if p.lower_ in _TIME_WORDS]
        prep = next((p.lower_ for p in path if p.dep_ in {"prep", "agent"} and p not in when), "")
        if unit == RACE_TIME and prep in {"", "in"}:
            lead, prep = "time in which", ""  # "won a tight 3,000m in 7:40.53"
        elif unit in DURATIONS and (prep in {"", "for", "after", "in", "within"} or when):
            lead, prep = "how long", ""
        elif unit in DISTANCES and prep in {"", "between", "about", "around"}:
            lead, prep = "how far", ""
        elif (lemma in CHANGE_VERBS and prep in {"", "by"}) or (not prep and unit == "%"):
            lead, prep = "how much", ""
        else:
            lead = "what"
        lead = self.join(lead, self.render([t for w in when for t in w.subtree], inside, False))
        words = [p for p in path if p.pos_ in {"ADJ", "ADV"} and p not in when]  # "worth"
        clause = self.join(self.clause(head, inside), self.render(words, inside, False))
        rest = self.render(self.rest(head, inside, role), inside, False)
        if head.dep_ == "relcl" and head.head.pos_ in NOUNS and head.head.i < head.i:
            # "an exercise plan she began 20 months ago": the plan is what she began
            made = [c for c in head.head.lefts if c.dep_ in {"compound", "amod"}]
            rest = self.join(rest, self.render([*made, head.head], inside, False))
        return self.fit([lead, clause], self.join(rest, prep))

    def _paid_to_a_number(self, last: int, skip: set[int], root: Token) -> str:
        """A sum paid to a number of people ("paid £12m to 40 farmers", which the parser
        reads as a range): what was paid to them; "" for any other sum."""
        after = self.doc[last + 1 : last + 3]
        if len(after) < 2 or after[0].lower_ != "to" or not after[1].like_num:
            return ""
        number = after[1]
        verb = next((t for t in number.ancestors if t.pos_ in VERBS), None)
        if verb is None:
            return ""
        self.used = set()
        end = number.head.right_edge.i if number.dep_ == "nummod" else number.i
        whom = self.render(list(self.doc[number.i : min(end, number.i + _WINDOW) + 1]), skip)
        text = self.fit(["what", self.clause(verb, skip), "to", whom], "")
        return text if self.readable(text, root) else ""

    def _sized(self, tokens: list[Token]) -> Token | None:
        """The noun a size in two or three dimensions ("10ft by 12ft") stands before."""
        if not any(t.lower_ in DIMENSION_WORDS for t in tokens):
            return None
        after = self.doc[tokens[-1].i + 1 : tokens[-1].i + 3]
        # "a 12m x 4m mural" tags "mural" an adjective, though the verb's subject
        return next((t for t in after if t.pos_ == "NOUN" or t.dep_ in _NOUN_DEPS), None)

    def fallback(self, anchor: Token, skip: set[int]) -> str:
        """The clause the figure stands in, without it, when no reading above applies."""
        head, _path = verb_above(role_of(anchor), through_nouns=True)
        if head.pos_ not in VERBS:
            return ""
        return self.fit(
            [self.clause(head, skip)], self.render(self.rest(head, skip, None), skip, False)
        )

    def phrase(self, skip: set[int], kind: str) -> str:
        """What the figure written in tokens ``skip`` counts; "" if the parse says nothing."""
        budget.check()
        tokens = [self.doc[i] for i in sorted(skip)]
        first, last = tokens[0].i, tokens[-1].i
        root = next((t for t in tokens if not first <= t.head.i <= last), tokens[0])
        noun, via_of = counted_noun(tokens)
        given = [c for c in root.lefts if c.dep_ == "quantmod" and c.i < first]
        if any(c.lower_ == "to" for c in given):  # "40" of "paid £12m to 40 farmers"
            skip = skip | {t.i for c in given for t in c.subtree}
        paid = self._paid_to_a_number(last, skip, root) if kind == "money" else ""
        if paid:
            return paid
        if noun is not None and noun.dep_ == "pobj" and noun.head.head.i in skip:
            via_of = True  # "412 of the 650 seats": the seats do what the 412 does
        unit = "%" if kind == "percent" else RACE_TIME if is_race_time(tokens[0].text) else ""
        anchor = root
        written = next((t for t in tokens if t.lemma_.lower() in UNITS and not t.like_num), None)
        if written is not None and kind != "money":  # "£40m" is money, not metres
            noun, via_of = written, False  # "15 months", "12ft": the unit is written in
        if noun is not None and noun.lemma_.lower() in UNITS:
            # "12ft", "15 months": a measure of the unit's own head ("a 260mph wind") or,
            # failing that, of what the clause does ("fell 12ft").
            unit, anchor, skip = noun.lemma_.lower(), noun, skip | {noun.i}
            outer = noun.head if noun.dep_ in {"compound", "amod", "nmod"} else None
            noun = outer if outer is not None and outer.pos_ == "NOUN" else None
        sized = self._sized(tokens) if kind == "measure" else None
        if sized is not None:  # "a 12m x 4m mural": the size of the mural
            self.used = set()
            text = self.join("size of", self.for_noun(sized, skip))
            if self.readable(text, root):
                return text
        if kind == "score" and (noun is None or noun.lemma_.lower() not in _RESULTS):
            noun = None  # "ran out 29-10 winners": the score of the match, not of winners
        self.used = set()
        if noun is not None:
            text = self.for_noun(noun, skip, root if via_of else None)
        else:
            text = self.for_amount(anchor, skip, kind, unit)
        if self.readable(text, root):
            return text
        self.used = set()
        text = self.fallback(anchor, skip)
        if self.readable(text, root):
            return text
        # Last: the words either side of the figure in its sentence ("a three-under-par 69")
        self.used = set()
        start, end = self.doc._.sentence_tokens[self.doc._.token_sentence[root.i]]
        window = self.doc[max(start, first - _WINDOW) : min(end, last + _WINDOW + 1)]
        words = self.render(list(window), skip).split()
        while words and words[-1].strip(",.'\"") in _DANGLING | {"", "to"}:
            words.pop()  # "The gig is due to be": the window cut the clause, not the reader
        text = " ".join(words)
        return text if self.readable(text, root) else ""

    def readable(self, phrase: str, near: Token) -> bool:
        """Three words or more and a noun among them (the sentence's nouns, or a noun of
        the templates: "share", "score")."""
        words = [w for w in phrase.lower().split() if any(c.isalnum() for c in w)]
        if len(words) < _MIN_WORDS or words[-1].strip(",.'") in _DANGLING:
            return False  # "25 — water tank is", "13 — who at the time"
        if words[0] in _RELATIVES and len(words) < _MIN_CLAUSE:
            return False
        start, end = self.doc._.sentence_tokens[self.doc._.token_sentence[near.i]]
        nouns = {t.lower_ for t in self.doc[start:end] if t.pos_ in NOUNS} | _TEMPLATE_NOUNS
        return any(w.strip(",.'") in nouns for w in words)
