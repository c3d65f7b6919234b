"""The time one analysis may take, checked as it goes.

A pasted text is anyone's: a few kilobytes of punctuation or ten thousand names can
make a pass over the document many times slower than on news copy. The analysis of one
request therefore runs against a deadline; the pipeline steps and the checks call
:func:`check` at the head of their loops, and past the deadline the analysis stops with
:class:`~bot.errors.AnalysisTimeout`, whose message is the one line the user sees.

The deadline lives in a context variable, so threads analysing side by side each have
their own, and batch runs (benchmarks, tests over the corpus), which set none, never stop.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from bot.errors import AnalysisTimeout

#: (deadline on the monotonic clock, the budget in seconds) or None
_deadline: ContextVar[tuple[float, float] | None] = ContextVar("analysis_deadline", default=None)


def too_slow_message(seconds: float) -> str:
    return (
        f"This text is too complex to check in time (over {seconds:g} s); "
        "paste one article of ordinary prose."
    )


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the block with a deadline ``seconds`` from now (None: the caller's deadline, if
    it has one, stays)."""
    if seconds is None:
        yield
        return
    token = _deadline.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _deadline.reset(token)


def check() -> None:
    """Raise AnalysisTimeout once the current deadline has passed."""
    current = _deadline.get()
    if current is not None and time.monotonic() > current[0]:
        raise AnalysisTimeout(too_slow_message(current[1]))
