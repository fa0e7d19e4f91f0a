"""Bytes -> text: refuse binaries, detect the encoding, normalise newlines."""

from __future__ import annotations

import codecs

from ..config import DEFAULTS
from ..errors import BinaryInputError, EmptyInputError, EncodingError, InputTooLargeError

# Magic numbers of common binary formats seen in crawls.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"%PDF", "PDF document"),
    (b"\x1f\x8b", "gzip data"),
    (b"MZ", "Windows executable"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"\x00\x00\x01\x00", "icon"),
)


def decode_bytes(
    data: bytes, *, path: str | None = None, max_bytes: int = DEFAULTS.max_bytes
) -> str:
    """Decode article bytes; raises an InputError subclass with a clear reason."""
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"{len(data):,} bytes is over the limit of {max_bytes:,}", path=path
        )
    if not data.strip():
        raise EmptyInputError("empty input (no text)", path=path)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"binary input ({kind}), not text", path=path)
    text = _decode(data, path)
    if _looks_binary(text):
        raise BinaryInputError("binary input (control characters), not text", path=path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise EmptyInputError("empty input (no text)", path=path)
    return text


def _decode(data: bytes, path: str | None) -> str:
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise EncodingError(f"broken {enc} text: {exc.reason}", path=path) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    legacy = _western(data)
    if legacy is not None:
        return legacy
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise EncodingError("cannot determine the text encoding", path=path)
    try:
        return data.decode(best.encoding, errors="replace")
    except LookupError as exc:  # pragma: no cover - charset_normalizer names a known codec
        raise EncodingError(f"unknown encoding {best.encoding}", path=path) from exc


def _western(data: bytes) -> str | None:
    """Windows-1252, the commonest non-UTF-8 encoding of English news, when it clearly fits.

    Statistical detectors often pick a DOS code page for short Western texts; cp1252 is taken
    only when every byte is defined and non-ASCII letters stay rare, as in English text.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text[:100_000] if ch.isalpha()]
    if not letters:
        return None
    non_ascii = sum(1 for ch in letters if ord(ch) > 127)
    return text if non_ascii / len(letters) < 0.05 else None


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return bad / len(sample) > 0.05
