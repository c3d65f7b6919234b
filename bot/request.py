"""What is asked of the checker, parsed once where it comes in (command line, Slack,
queue) and passed whole from there: link or text, its date, whether the cache may answer,
and the source a draft is checked against.

Nothing past the edge asks "is this a link?" again: :class:`Subject` knows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal

from bot.errors import BadRequest
from bot.fetch.urls import looks_like_link, unwrap

__all__ = ["CheckRequest", "Subject"]

SubjectKind = Literal["link", "text"]


@dataclass(frozen=True)
class Subject:
    """A link to fetch or copy to read."""

    kind: SubjectKind
    value: str  # the link (unwrapped from Slack's <url|label>), or the text

    @classmethod
    def parse(cls, raw: str) -> Subject:
        """A link when the whole input is one http(s) link, else text."""
        if looks_like_link(raw):
            return cls("link", unwrap(raw.strip()))
        return cls("text", raw)

    @classmethod
    def link(cls, url: str) -> Subject:
        return cls("link", unwrap(url.strip()))

    @classmethod
    def text(cls, text: str) -> Subject:
        return cls("text", text)

    @property
    def is_link(self) -> bool:
        return self.kind == "link"

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "value": self.value}

    @classmethod
    def from_json(cls, data: Any) -> Subject:
        if not isinstance(data, dict) or not isinstance(data.get("value"), str):
            raise BadRequest("a request's subject is malformed")
        kind = data.get("kind")
        if kind == "link":
            return cls.link(data["value"])
        if kind == "text":
            return cls.text(data["value"])
        raise BadRequest(f"unknown subject kind {str(kind)[:20]!r}")


@dataclass(frozen=True)
class CheckRequest:
    """One check: of ``subject``, or of ``subject`` as a draft of ``against``."""

    subject: Subject
    published: date | None = None  # the statement's date; a link's page date otherwise
    use_cache: bool = True
    against: Subject | None = None  # the source a draft is checked against
    label: str | None = None  # how the report names its input (a file name); default: link

    @classmethod
    def parse(
        cls,
        raw: str,
        *,
        published: date | None = None,
        use_cache: bool = True,
        against: str | None = None,
        label: str | None = None,
    ) -> CheckRequest:
        return cls(
            Subject.parse(raw),
            published,
            use_cache,
            Subject.parse(against) if against is not None else None,
            label,
        )

    @property
    def name(self) -> str:
        """The report's ``input``: the label, the link, or "-" for pasted text."""
        if self.label is not None:
            return self.label
        return self.subject.value if self.subject.is_link else "-"

    def fresh(self) -> CheckRequest:
        """The same request, answered without the cache (``recheck``)."""
        return replace(self, use_cache=False)

    def to_json(self) -> dict[str, Any]:
        """The queue payload's form; :meth:`from_json` gives the same request back."""
        return {
            "subject": self.subject.to_json(),
            "published": self.published.isoformat() if self.published else None,
            "use_cache": self.use_cache,
            "against": self.against.to_json() if self.against else None,
            "label": self.label,
        }

    @classmethod
    def from_json(cls, data: Any) -> CheckRequest:
        """A request read back from JSON (a BadRequest if it is not one)."""
        if not isinstance(data, dict):
            raise BadRequest("a request is not an object")
        published = data.get("published")
        try:
            when = date.fromisoformat(published) if published is not None else None
        except (TypeError, ValueError) as e:
            raise BadRequest("a request's date is malformed") from e
        label = data.get("label")
        if not isinstance(data.get("use_cache", True), bool) or not (
            label is None or isinstance(label, str)
        ):
            raise BadRequest("a request's options are malformed")
        against = data.get("against")
        return cls(
            Subject.from_json(data.get("subject")),
            when,
            data.get("use_cache", True),
            Subject.from_json(against) if against is not None else None,
            label,
        )
