"""Article text and metadata out of a fetched page, with trafilatura."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TypedDict

import trafilatura
from trafilatura.settings import Document

from bot.errors import NothingExtractable

_MIN_WORDS = 15


class SourceJSON(TypedDict):
    """Where a linked article came from: ``source`` in the JSON report (None for text)."""

    url: str | None
    final_url: str | None
    title: str | None
    author: str | None
    site: str | None
    published: str | None


@dataclass(frozen=True)
class Article:
    """What the bot analyses for a link.

    Attributes:
        url: the link as given; final_url: where redirects ended.
        text: the article body, paragraphs separated by blank lines.
    """

    url: str
    final_url: str
    title: str | None
    author: str | None
    site: str | None
    published: date | None
    text: str

    def source(self) -> SourceJSON:
        """The ``source`` object of the JSON report."""
        return {
            "url": self.url,
            "final_url": self.final_url,
            "title": self.title,
            "author": self.author,
            "site": self.site,
            "published": self.published.isoformat() if self.published else None,
        }


def paragraphs(extracted: str | None) -> str:
    """trafilatura's text (one block a line) as the analysis reads it: blank lines between."""
    return "\n\n".join(line.strip() for line in (extracted or "").splitlines() if line.strip())


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# The HTML parser is quadratic in the attributes of one element (400,000 on one <div>:
# minutes of CPU). No real tag has more than a few kilobytes of attributes; a tag past this
# keeps its name and loses its attributes, which the article text never needed.
_MAX_TAG_CHARS = 20_000
_OVERSIZED_TAG = re.compile(rf"<([A-Za-z][\w:-]{{0,40}})[^<>]{{{_MAX_TAG_CHARS},}}>")


def defuse_markup(markup: str) -> str:
    """The page with every oversized tag cut down to its bare name."""
    return _OVERSIZED_TAG.sub(r"<\1>", markup)


def extract_article(markup: str, *, url: str, final_url: str, plain_text: bool) -> Article:
    """The article in a page (HTML, or plain text taken as it is).

    Raises:
        NothingExtractable: no article text was found.
    """
    if plain_text:
        text = markup.replace("\r\n", "\n").strip()
        return _checked(Article(url, final_url, None, None, None, None, text))
    document = trafilatura.bare_extraction(
        defuse_markup(markup), url=final_url, with_metadata=True, include_comments=False
    )
    if not isinstance(document, Document):
        raise NothingExtractable("Found no article text on that page.")
    text = paragraphs(document.text)
    return _checked(
        Article(
            url, final_url, document.title, document.author, document.sitename,
            _date(document.date), text,
        )
    )  # fmt: skip


def _checked(article: Article) -> Article:
    if len(article.text.split()) < _MIN_WORDS:
        raise NothingExtractable("Found no article text on that page.")
    return article
