"""A response body, read raw and decompressed here, never past the size cap.

httpx decompresses each network chunk whole before anyone can count it: 1.6 KB of
brotli can become 2 GB in one call. So the raw bytes are read (``iter_raw``) and fed to
decompressors that return at most :data:`STEP` bytes a call, and reading stops as soon
as the output passes ``settings.fetch_max_bytes``. One content coding at most is
accepted (stacked ones only serve to multiply a bomb), and only the ones the fetcher
asks for.
"""

from __future__ import annotations

import io
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Protocol

import brotli  # type: ignore[import-untyped]
import httpx

from bot.errors import FetchFailed, FetchTimeout, ResponseTooLarge

#: most bytes one decompressor call may return (brotli rounds up to its block, ~96 KB)
STEP = 64 * 1024
_GZIP = 16 + zlib.MAX_WBITS


class Decoder(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]:
        """The decoded bytes ``data`` completes, a piece at a time."""
        ...


class _Identity:
    def feed(self, data: bytes) -> Iterator[bytes]:
        yield data


def _inflate(z: zlib._Decompress, data: bytes) -> Iterator[bytes]:
    """What ``data`` inflates to, STEP bytes at a time, so nothing expands whole."""
    while True:
        piece = z.decompress(data, STEP)
        if piece:
            yield piece
        data = z.unconsumed_tail
        if z.eof or (not data and len(piece) < STEP):
            return


class _Gzip:
    """gzip members one after another (RFC 1952 allows several); bytes after the last
    member that start no new one are ignored, as browsers do."""

    def __init__(self) -> None:
        self._z = zlib.decompressobj(_GZIP)
        self._between = False  # a member has ended; does another follow?
        self._held = b""  # too few bytes yet to tell
        self._done = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        data, self._held = self._held + data, b""
        while data and not self._done:
            if self._between:
                if len(data) < 2:
                    self._held = data
                    return
                if not data.startswith(b"\x1f\x8b"):
                    self._done = True
                    return
                self._z, self._between = zlib.decompressobj(_GZIP), False
            yield from _inflate(self._z, data)
            if not self._z.eof:
                return
            data, self._between = self._z.unused_data, True


class _Deflate:
    """``deflate`` should be zlib-wrapped (RFC 9110) but some servers send it raw; the
    first two bytes tell which."""

    def __init__(self) -> None:
        self._z: zlib._Decompress | None = None
        self._head = b""

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._z is None:
            self._head += data
            if len(self._head) < 2:
                return
            data, self._head = self._head, b""
            wrapped = data[0] & 0x0F == 8 and int.from_bytes(data[:2], "big") % 31 == 0
            self._z = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        if not self._z.eof:  # bytes after the end of the stream are ignored
            yield from _inflate(self._z, data)


class _Brotli:
    def __init__(self) -> None:
        self._d = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._d.is_finished():  # bytes after the end of the stream are ignored
            return
        yield self._d.process(data, output_buffer_limit=STEP)
        # Past the limit the decoder holds output back; it takes no input until drained.
        while not self._d.can_accept_more_data():
            piece = self._d.process(b"", output_buffer_limit=STEP)
            if not piece:
                raise brotli.error("the decoder made no progress")
            yield piece


_DECODERS: dict[str, Callable[[], Decoder]] = {
    "gzip": _Gzip,
    "x-gzip": _Gzip,
    "deflate": _Deflate,
    "br": _Brotli,
}
ACCEPT_ENCODING = "gzip, deflate, br"


def decoder_for(headers: httpx.Headers, url: str) -> Decoder:
    """The decoder for a response's ``Content-Encoding``.

    Raises:
        FetchFailed: more than one coding, or one the fetcher did not ask for.
    """
    values = headers.get_list("content-encoding", split_commas=True)
    codings = [c for c in (v.strip().lower() for v in values) if c and c != "identity"]
    if not codings:
        return _Identity()
    if len(codings) > 1:
        shown = ", ".join(codings)[:60]
        raise FetchFailed(f"The site sent the page in stacked encodings ({shown}): {url}")
    factory = _DECODERS.get(codings[0])
    if factory is None:
        raise FetchFailed(
            f"The site sent the page in an encoding the bot cannot read ({codings[0][:30]}): {url}"
        )
    return factory()


def read_body(response: httpx.Response, url: str, cap: int, deadline: float) -> bytes:
    """The decoded body, if it is at most ``cap`` bytes and arrives before ``deadline``.

    Raises:
        ResponseTooLarge, FetchTimeout, FetchFailed: a damaged or unreadable encoding.
    """
    decoder = decoder_for(response.headers, url)
    declared = response.headers.get("content-length", "")
    if isinstance(decoder, _Identity) and declared.isdigit() and int(declared) > cap:
        raise ResponseTooLarge(too_large(url, cap))
    body = io.BytesIO()  # getvalue() hands over its buffer: no second copy of the page
    received = 0
    for raw in response.iter_raw():
        # More compressed bytes than the cap decode to more than it, or are padding.
        received += len(raw)
        if received > cap:
            raise ResponseTooLarge(too_large(url, cap))
        for piece in _decoded(decoder, raw, url):
            if body.tell() + len(piece) > cap:
                raise ResponseTooLarge(too_large(url, cap))
            body.write(piece)
        if time.monotonic() > deadline:
            raise FetchTimeout(f"The site took too long to send the page: {url}")
    return body.getvalue()


def _decoded(decoder: Decoder, raw: bytes, url: str) -> Iterator[bytes]:
    try:
        yield from decoder.feed(raw)
    except (zlib.error, brotli.error) as e:
        raise FetchFailed(f"The site sent a damaged compressed page: {url}") from e


def too_large(url: str, cap: int) -> str:
    return f"The page is larger than {cap // (1024 * 1024)} MB; not fetched: {url}"
