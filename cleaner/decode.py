"""Bytes to text: BOMs, UTF-8, UTF-16 without a BOM, Windows-1252 or Latin-1; never an exception.

The charset is detected from the bytes, not guessed blindly: valid UTF-8 wins; UTF-8 with a few
damaged bytes stays UTF-8 (the damage becomes U+FFFD; a run of it counts once); a single-byte
file is Windows-1252 unless it holds bytes that Windows-1252 leaves undefined, then Latin-1.
Every guess is a warning.

>>> decode_bytes("café".encode("utf-8"))
('café', ())
>>> decode_bytes(b"caf\\xe9")
('café', ('input is not UTF-8; decoded as Windows-1252',))
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_DAMAGE_RUN = re.compile("\ufffd+")


def detect_encoding(data: bytes) -> tuple[str, tuple[str, ...]]:
    """The codec to read a page with, and warnings about what had to be guessed.

    Decided once for the whole page: the parts of it (text around a dump, the dump itself) are
    then read the same way, so no word changes shape between input and output.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, ()
    utf16 = _utf16_without_bom(data)  # before UTF-8: ASCII in UTF-16 is valid UTF-8 too
    if utf16 is not None:
        return utf16, (f"input has no BOM but is {utf16.upper()}; decoded as such",)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8", ()
    binary = _binary_warning(data)
    damaged = data.decode("utf-8", "replace")
    bad = damaged.count("\ufffd")
    good = sum(1 for ch in damaged if ord(ch) > 127) - bad
    # A run of damage counts once: a broken sequence pasted a thousand times is one defect,
    # where a Windows-1252 page's accented letters and quotes stand one by one in its words.
    if good >= len(_DAMAGE_RUN.findall(damaged)):
        # real UTF-8 with a few damaged bytes: Windows-1252 would garble the rest
        return "utf-8", (*binary, f"{bad} byte sequence(s) are not UTF-8; they became U+FFFD")
    if _CP1252_UNDEFINED.intersection(data):
        return "latin-1", (*binary, "input is not UTF-8; decoded as Latin-1")
    return "cp1252", (*binary, "input is not UTF-8; decoded as Windows-1252")


def decode_with(data: bytes, encoding: str) -> str:
    return data.decode(encoding, "replace")


def decode_page(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Decode a page: (codec, text, warnings about what had to be guessed or replaced).

    Damaged UTF-8 is counted by detect_encoding; for UTF-16/32 the count is only known here.
    """
    encoding, warnings = detect_encoding(data)
    text = decode_with(data, encoding)
    if not ascii_compatible(encoding):
        warnings = (*warnings, *_replacement_warning(text))
    return encoding, text, warnings


def decode_bytes(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode a page; return the text and warnings about what had to be guessed or replaced."""
    _, text, warnings = decode_page(data)
    return text, warnings


def ascii_compatible(encoding: str) -> bool:
    """False for UTF-16/32, whose bytes cannot be searched for ASCII dump syntax."""
    return not encoding.startswith(("utf-16", "utf-32"))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly ASCII has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _binary_warning(data: bytes) -> tuple[str, ...]:
    if data.count(0) > len(data) // 100:
        return ("input looks binary (it holds NUL bytes), not like a text page",)
    return ()


def _replacement_warning(text: str) -> tuple[str, ...]:
    count = text.count("\ufffd")
    if count:
        return (f"{count} undecodable byte sequence(s) became U+FFFD",)
    return ()
