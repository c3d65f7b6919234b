"""Whom "his" and "her" holding a figure's thing stand for ("Doyle won 3,412 votes ...
Her 3,241 votes were a record"), for the figure reader: the person the quote attributor's
antecedents read (bot.analysis.antecedents), so that number-conflict compares a count held
by "her" with the named person's own."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from bot.analysis.antecedents import Antecedents
from bot.analysis.speakers import PERSON


class Possessors:
    """Whom "his" and "her" holding a figure's thing stand for: the nearest fitting person
    named before, outside quotes (bot.analysis.antecedents), read only for a text that
    has such a figure."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._reader: Antecedents | None = None

    def person_of(self, pronoun: Token) -> tuple[str, frozenset[str]] | None:
        if self._reader is None:
            quoted = [False] * len(self.doc)
            for quote in self.doc._.quotes or ():
                span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
                for i in range(span.start, span.end) if span is not None else ():
                    quoted[i] = True
            self._reader = Antecedents(self.doc, self.doc._.people or [], quoted)
        if self._reader.quoted[pronoun.i]:
            return None  # a quote's "her" may be anyone the speaker means
        found = self._reader.pronoun(pronoun)
        if found is None or found.kind != PERSON:
            return None
        words = found.label.lower().split()
        return words[-1], frozenset(words[:-1])
