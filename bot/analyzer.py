"""From text to :class:`~bot.analysis.report.Report`: the pipeline, the summary, the key
figures and the checks."""

from __future__ import annotations

import itertools
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from bot.analysis import budget
from bot.analysis.dates import plausible_publication
from bot.analysis.key_figures import key_figures
from bot.analysis.long_text import is_long, parse_long
from bot.analysis.model import Entity
from bot.analysis.people import unattached_ages
from bot.analysis.pipeline import CUSTOM_COMPONENTS, load_pipeline
from bot.analysis.places import country_key
from bot.analysis.report import Report
from bot.analysis.summary import pick_sentences
from bot.analysis.text import prepare_text
from bot.checks import run_checks
from bot.checks.facts import Facts
from bot.checks.source_mismatch import compare
from bot.config import Settings

_ORG_LABELS = {"ORG"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Documents parsed together: 8 holds the corpus run's peak memory near 290 MB where 16 took
# 390 MB, for about the same speed (bench.speed).
_BATCH = 8


class Analyzer:
    """Checks articles with one loaded pipeline; safe to share across threads for reading."""

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.nlp = nlp or load_pipeline(self.settings.spacy_model)

    def analyze(
        self,
        text: str,
        *,
        published: date | None = None,
        name: str = "-",
        time_budget: float | None = None,
    ) -> Report:
        """Check one article, within ``time_budget`` seconds when one is given.

        Raises:
            bot.errors.InputError: the text cannot be checked (the message says why),
                including AnalysisTimeout past the budget.
        """
        with budget.time_budget(time_budget):
            return next(self.analyze_many([(name, text)], published=published))

    def compare(self, source: str, draft: str, *, published: date | None = None) -> Report:
        """The draft's report, its flags led by every mismatch with the source."""
        source_report = self.analyze(source, published=published, name="source")
        draft_report = self.analyze(draft, published=published, name="draft")
        draft_report.flags = [*compare(source_report, draft_report), *draft_report.flags]
        return draft_report

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
        published = plausible_publication(published)
        for name, doc, nlp_ms in self._timed_parse(prepared, published):
            yield self._report(name, doc, published, nlp_ms)

    def _timed_parse(
        self, items: Iterator[tuple[str, str]], published: date | None
    ) -> Iterator[tuple[str, Doc, float]]:
        """Documents in order: short ones batched through the pipeline, long ones in pieces
        (:mod:`bot.analysis.long_text`). Each is charged the time spent waiting for it."""
        while batch := list(itertools.islice(items, _BATCH)):
            start = time.perf_counter()
            # read once: a dense text's tokens are counted by a scan of the whole of it
            long = [is_long(t) for _n, t in batch]
            short = [t for (_n, t), cut in zip(batch, long, strict=True) if not cut]
            parsed = iter(
                self.nlp.pipe((self._make_doc(t, published) for t in short), batch_size=_BATCH)
            )
            for (name, text), cut in zip(batch, long, strict=True):
                if cut:
                    doc = parse_long(self.nlp, text, published, CUSTOM_COMPONENTS)
                else:
                    doc = next(parsed)
                now = time.perf_counter()
                yield name, doc, (now - start) * 1000
                start = time.perf_counter()

    def _make_doc(self, text: str, published: date | None) -> Doc:
        doc = self.nlp.make_doc(text)
        doc._.published = published
        return doc

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
            durations=doc._.durations or [],
        )
        checked = run_checks(facts)
        checks_ms = (time.perf_counter() - start) * 1000
        summary_start = time.perf_counter()
        summary = [facts.sentence(i).quote for i in pick_sentences(doc)]
        figures = key_figures(doc, facts.figures)
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
            flags=checked.flags,
            flags_omitted=checked.omitted,
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
