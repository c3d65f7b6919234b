"""From text to :class:`~bot.report.Report`: the pipeline, the summary, key figures, checks."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from bot.analysis.key_figures import key_figures
from bot.analysis.model import Entity
from bot.analysis.people import unattached_ages
from bot.analysis.pipeline import load_pipeline
from bot.analysis.places import country_key
from bot.analysis.summary import pick_sentences
from bot.analysis.text import prepare_text
from bot.checks import run_checks
from bot.checks.facts import Facts
from bot.config import Settings
from bot.report import Report

_ORG_LABELS = {"ORG"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_BATCH = 16


class Analyzer:
    """Checks articles with one loaded pipeline; safe to share across threads for reading."""

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.nlp = nlp or load_pipeline(self.settings.spacy_model)

    def analyze(self, text: str, *, published: date | None = None, name: str = "-") -> Report:
        """Check one article.

        Raises:
            bot.errors.InputError: the text cannot be checked (the message says why).
        """
        return next(self.analyze_many([(name, text)], published=published))

    def analyze_many(
        self, items: Iterable[tuple[str, str]], *, published: date | None = None
    ) -> Iterator[Report]:
        """Check (name, text) pairs in order, batching the pipeline; raises on the first bad one.

        Callers that need to go on past bad input validate with
        :func:`bot.analysis.text.prepare_text` first.
        """
        prepared = (
            (name, prepare_text(text, self.settings.max_text_chars)) for name, text in items
        )
        docs = ((name, self._make_doc(text, published)) for name, text in prepared)
        for name, doc, nlp_ms in self._timed_pipe(docs):
            yield self._report(name, doc, published, nlp_ms)

    def _make_doc(self, text: str, published: date | None) -> Doc:
        doc = self.nlp.make_doc(text)
        doc._.published = published
        return doc

    def _timed_pipe(self, docs: Iterator[tuple[str, Doc]]) -> Iterator[tuple[str, Doc, float]]:
        # spaCy batches the documents it is given; each report is charged the time spent
        # waiting for its document.
        names: list[str] = []

        def texts() -> Iterator[Doc]:
            for name, doc in docs:
                names.append(name)
                yield doc

        start = time.perf_counter()
        for i, doc in enumerate(self.nlp.pipe(texts(), batch_size=_BATCH)):
            now = time.perf_counter()
            yield names[i], doc, (now - start) * 1000
            start = time.perf_counter()

    def _report(self, name: str, doc: Doc, published: date | None, nlp_ms: float) -> Report:
        start = time.perf_counter()
        countries: Counter[str] = Counter()
        organisations, places = [], []
        for ent in doc.ents:
            if ent.label_ in {"GPE", "NORP"}:
                key = country_key(ent.text)
                if key:
                    countries[key] += 1
            if ent.label_ in _ORG_LABELS:
                organisations.append(Entity(ent.text, ent.label_, ent.start_char, ent.end_char))
            elif ent.label_ in _PLACE_LABELS:
                places.append(Entity(ent.text, ent.label_, ent.start_char, ent.end_char))
        facts = Facts(
            text=doc._.text,
            sentences=doc._.sentences,
            people=doc._.people,
            quotes=doc._.quotes,
            figures=doc._.figures,
            dates=doc._.dates,
            loose_ages=unattached_ages(doc),
            published=published,
            countries=countries,
        )
        flags = run_checks(facts)
        checks_ms = (time.perf_counter() - start) * 1000
        summary_start = time.perf_counter()
        summary = [facts.sentence(i).quote for i in pick_sentences(doc)]
        figures = key_figures(facts.figures)
        summary_ms = (time.perf_counter() - summary_start) * 1000
        return Report(
            input=name,
            text=doc._.text,
            published=published,
            summary=summary,
            figures=figures,
            sentences=facts.sentences,
            all_figures=facts.figures,
            people=facts.people,
            flags=flags,
            quotes=facts.quotes,
            dates=facts.dates,
            organisations=organisations,
            places=places,
            timings_ms={
                "nlp": nlp_ms,
                "checks": checks_ms,
                "summary": summary_ms,
                "total": nlp_ms + checks_ms + summary_ms,
            },
        )
