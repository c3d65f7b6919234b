"""Turning what a user gave into text the analysis can read, or a clear refusal."""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy

from bot.errors import BinaryInput, EmptyInput, InputTooLarge, NotEnglish

_HTML_HINT = re.compile(r"<(?:html|body|p|div|article|span|br|h[1-6])\b[^>]*>", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Common English words: a text in English has plenty of them, whatever its subject.
_ENGLISH_WORDS = frozenset((
    "the", "of", "and", "to", "a", "in", "is", "was", "for", "on", "that", "with", "as", "by",
    "at", "from", "it", "he", "she", "his", "her", "they", "said", "be", "has", "have", "had",
    "are", "were", "not", "but", "an", "this", "which", "who", "will", "would", "their", "its",
    "after", "been", "more", "than", "also", "into", "when", "one", "there", "we", "i", "you",
    "our", "about", "over",
))  # fmt: skip
_MIN_WORDS_FOR_LANGUAGE = 12
_SURROGATE = re.compile("[\ud800-\udfff]")
# The tokenizer peels punctuation off a word one mark at a time, rescanning the rest, so
# a run without spaces costs the square of its length (16,000 quote marks: 26 s). Runs
# longer than any word or link in copy are broken with a space every this many characters.
_MAX_RUN = 100
_LONG_RUN = re.compile(rf"\S{{{_MAX_RUN}}}(?=\S)")
_MIN_ENGLISH_SHARE = 0.06


def decode(data: bytes) -> str:
    """Bytes as text: UTF-8 (with or without BOM), else Windows-1252; refuses binary data.
    NUL bytes padding the end (a tool that writes C strings) are not the text's."""
    data = data.rstrip(b"\x00")
    if b"\x00" in data[:8192]:
        raise BinaryInput("That looks like a binary file, not text; paste the article text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    control = sum(
        1
        for ch in sample
        if unicodedata.category(ch) in {"Cc", "Co", "Cs"} and ch not in "\n\r\t\f"
    )
    replaced = sample.count("\ufffd")
    return (control + replaced) / len(sample) > 0.05


_MOST_PASTED_TAGS = 3000
_TAG = re.compile(r"<[^<>]{0,2000}>")  # bounded: "<<<<..." never scans to the end each time
# Characters that show nothing but split a figure or a name: zero-width spaces and joiners,
# word joiners, byte-order marks, soft hyphens and direction marks ("1\u200b4 homes").
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Digits and signs written another way that a reader takes for the plain ones: an emoji
# keycap ("1\ufe0f\u20e3" shows as a boxed 1) and the Arabic percent sign.
_KEYCAP = re.compile("(?<=[0-9#*])\ufe0f?\u20e3")
_PERCENT_SIGN = "\u066a"
# Thousands written with a no-break or thin space ("£112\u00a0000"), as copy from Europe does
_SPACED_THOUSANDS = re.compile("(?<=\\d)[\u00a0\u2009\u202f](?=\\d{3}\\b)")
# Mojibake: UTF-8 read upstream as Windows-1252 ("Â£5m", "â€™", "Ã©"). The reader finds
# no money in "Â£5m", so the text is decoded back; the hint keeps the repair off clean copy.
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MOJIBAKE_HINT = re.compile("[ÂÃâ][\u0080-\u00bf\u0152-\u2122]")
# Hyphens a keyboard or a layout tool puts in place of "-" ("a 420\u2011unit block")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def html_to_text(html: str) -> str:
    """The readable text of an HTML fragment or page, paragraphs kept."""
    import trafilatura  # heavy import, only needed for pasted HTML

    from bot.fetch.extract import paragraphs

    # The extractor's time grows faster than the markup (48,000 "<<" took 20 s, before any
    # time budget starts): past a page's worth of tags, the tags are only stripped.
    if html.count("<") <= _MOST_PASTED_TAGS:
        # Pasted fragments are short and lack a page around them: favour recall.
        found = trafilatura.extract(html, include_comments=False, favor_recall=True)
        extracted = paragraphs(found)
        if extracted:
            return extracted
    stripped = _TAG.sub(" ", html)
    return re.sub(r"[ \t]+", " ", stripped)


def refuse_unreadable(text: str, max_chars: int) -> None:
    """The refusals the text as given earns before any work: empty, too long, binary.

    Raises:
        EmptyInput, InputTooLarge, BinaryInput: with the message to show.
    """
    if not text or not text.strip():
        raise EmptyInput("Nothing to check: the text is empty.")
    if len(text) > max_chars:
        raise InputTooLarge(
            f"That text is {len(text):,} characters; the limit is {max_chars:,}. "
            "Paste one article at a time."
        )
    if _looks_binary(text):
        raise BinaryInput("That looks like binary data, not text; paste the article text.")


def prepare_text(text: str, max_chars: int) -> str:
    """Validate and normalise input text for analysis.

    Raises:
        EmptyInput, BinaryInput, InputTooLarge, NotEnglish: with the message to show.
    """
    # Lone surrogates arrive in JSON ("\ud800") and are not text: each becomes "?" (one
    # character for one, so the text's length stays).
    if text and _SURROGATE.search(text):
        text = text.encode("utf-8", "replace").decode("utf-8")
    refuse_unreadable(text, max_chars)
    if _HTML_HINT.search(text[:5000]):
        text = html_to_text(text)
        if not text.strip():
            raise EmptyInput("That HTML holds no readable text.")
    if _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_encoding(text)
    # Copy exported from a CMS keeps its entities without any tags ("Tom &amp; Jerry"); only
    # whole entities, semicolon and all, are read ("AT&T", "&amp shorthand" stay as written).
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _KEYCAP.sub("", text).replace(_PERCENT_SIGN, "%").translate(_HYPHENS)
    text = _SPACED_THOUSANDS.sub(",", _INVISIBLE.sub("", text))
    text = _LONG_RUN.sub(lambda m: m.group(0) + " ", text)
    words = _WORD.findall(text[:20000].lower())
    if len(words) >= _MIN_WORDS_FOR_LANGUAGE:
        share = sum(1 for w in words if w in _ENGLISH_WORDS) / len(words)
        if share < _MIN_ENGLISH_SHARE:
            raise NotEnglish("That doesn't read as English; the checker reads English copy only.")
    return text
