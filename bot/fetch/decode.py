"""Bytes from the web as text, whatever the page claims its encoding is."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def _known(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def decode_body(body: bytes, declared: str | None) -> str:
    """Decode a page.

    UTF-8 is tried first and strictly: it is what most pages are, including many that
    declare Latin-1, and text that is not UTF-8 almost never decodes as it by chance.
    Then the charset the server declared, then the page's own ``<meta charset>``, each
    strictly; last, a statistical guess.
    """
    if body.startswith(codecs.BOM_UTF8):
        body = body[len(codecs.BOM_UTF8) :]
    meta = _META_CHARSET.search(body[:4096])
    candidates = [
        "utf-8",
        _known(declared),
        _known(meta.group(1).decode("ascii", "ignore")) if meta else None,
    ]
    for encoding in dict.fromkeys(c for c in candidates if c):
        try:
            return body.decode(encoding)
        except UnicodeDecodeError:
            continue
    guess = from_bytes(body[:200_000]).best()
    encoding = guess.encoding if guess is not None else "cp1252"
    return body.decode(encoding, errors="replace")
