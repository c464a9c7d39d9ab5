"""
Content-Encoding of response bodies (sans-IO): which encodings the client accepts, and
incremental decoders that turn each piece of a compressed body into the bytes it stands for.

gzip and deflate use `zlib`; br and zstd are offered only when the `brotli` / `zstandard`
module is importable. deflate is read as zlib-wrapped data or, as some servers send it, raw
deflate (what the first bytes allow, as httpx does). Several encodings (`gzip, br`) are undone
in reverse order. A body that does not decode raises httpx.DecodingError.
"""

from __future__ import annotations

import zlib
from typing import Any, Protocol

import httpx

__all__ = ["ACCEPT_ENCODING", "Decoder", "decoder_for", "supported_encodings"]


class Decoder(Protocol):
    """Turns the pieces of an encoded body into decoded bytes."""

    def decode(self, data: bytes) -> bytes:
        """Return the bytes `data` decodes to (maybe none yet)."""
        ...

    def flush(self) -> bytes:
        """Return what is left at the end of the body."""
        ...


class _ZlibDecoder:
    """gzip (`wbits` 16 + 15) or zlib-wrapped deflate."""

    __slots__ = ("_inner", "_name")

    def __init__(self, name: str, wbits: int) -> None:
        self._name = name
        self._inner = zlib.decompressobj(wbits)

    def decode(self, data: bytes) -> bytes:
        try:
            return self._inner.decompress(data)
        except zlib.error as exc:
            raise _corrupt(self._name, exc) from exc

    def flush(self) -> bytes:
        try:
            return self._inner.flush()
        except zlib.error as exc:
            raise _corrupt(self._name, exc) from exc


class _DeflateDecoder:
    """deflate: zlib-wrapped (RFC 9110) or raw, whichever the first bytes are."""

    __slots__ = ("_inner", "_started")

    def __init__(self) -> None:
        self._inner = zlib.decompressobj()
        self._started = False

    def decode(self, data: bytes) -> bytes:
        was_started, self._started = self._started, True
        try:
            return self._inner.decompress(data)
        except zlib.error as exc:
            if was_started:
                raise _corrupt("deflate", exc) from exc
            self._inner = zlib.decompressobj(-zlib.MAX_WBITS)
            try:
                return self._inner.decompress(data)
            except zlib.error as raw_exc:
                raise _corrupt("deflate", raw_exc) from raw_exc

    def flush(self) -> bytes:
        try:
            return self._inner.flush()
        except zlib.error as exc:
            raise _corrupt("deflate", exc) from exc


class _BrotliDecoder:
    __slots__ = ("_inner",)

    def __init__(self, brotli: Any) -> None:
        self._inner = brotli.Decompressor()

    def decode(self, data: bytes) -> bytes:
        try:
            result: bytes = self._inner.process(data)
        except Exception as exc:
            raise _corrupt("br", exc) from exc
        return result

    def flush(self) -> bytes:
        return b""


class _ZstdDecoder:
    """zstd, frame after frame (a body may hold several)."""

    __slots__ = ("_inner", "_module")

    def __init__(self, zstandard: Any) -> None:
        self._module = zstandard
        self._inner = zstandard.ZstdDecompressor().decompressobj()

    def decode(self, data: bytes) -> bytes:
        parts = []
        try:
            while data:
                parts.append(self._inner.decompress(data))
                if not self._inner.eof:
                    break
                data = self._inner.unused_data
                if data:
                    self._inner = self._module.ZstdDecompressor().decompressobj()
        except Exception as exc:
            raise _corrupt("zstd", exc) from exc
        return b"".join(parts)

    def flush(self) -> bytes:
        return b""


class _Chain:
    """Several encodings, undone last first."""

    __slots__ = ("_decoders",)

    def __init__(self, decoders: list[Decoder]) -> None:
        self._decoders = decoders

    def decode(self, data: bytes) -> bytes:
        for decoder in self._decoders:
            data = decoder.decode(data)
        return data

    def flush(self) -> bytes:
        data = b""
        for decoder in self._decoders:
            if data:
                data = decoder.decode(data)
            data += decoder.flush()
        return data


def _corrupt(name: str, exc: BaseException) -> httpx.DecodingError:
    return httpx.DecodingError(
        f"The response body is declared Content-Encoding {name} but does not decode as such: {exc}"
    )


def _optional(module: str) -> Any:
    try:
        return __import__(module)
    except ImportError:
        return None


_BROTLI = _optional("brotli")
_ZSTANDARD = _optional("zstandard")


def supported_encodings() -> tuple[str, ...]:
    """The content codings this client decodes, in order of preference."""
    found = ["gzip", "deflate"]
    if _BROTLI is not None:
        found.append("br")
    if _ZSTANDARD is not None:
        found.append("zstd")
    return tuple(found)


ACCEPT_ENCODING = ", ".join(supported_encodings()).encode("ascii")
"""The Accept-Encoding value sent when the request names none."""


def _one(name: str) -> Decoder | None:
    if name == "gzip" or name == "x-gzip":
        return _ZlibDecoder("gzip", zlib.MAX_WBITS | 16)
    if name == "deflate":
        return _DeflateDecoder()
    if name == "br" and _BROTLI is not None:
        return _BrotliDecoder(_BROTLI)
    if name == "zstd" and _ZSTANDARD is not None:
        return _ZstdDecoder(_ZSTANDARD)
    return None


def decoder_for(values: list[bytes]) -> Decoder | None:
    """
    Return the decoder for the Content-Encoding header values of a response, or None.

    None for identity, and for an encoding this client does not know (it never asked for one;
    like httpx, the body is then handed over as it came, its Content-Encoding header kept).
    """
    names = [
        name
        for value in values
        for part in value.decode("latin-1").split(",")
        if (name := part.strip().lower()) and name != "identity"
    ]
    if not names:
        return None
    decoders: list[Decoder] = []
    for name in reversed(names):
        decoder = _one(name)
        if decoder is None:
            return None
        decoders.append(decoder)
    return decoders[0] if len(decoders) == 1 else _Chain(decoders)
