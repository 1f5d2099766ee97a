"""Bytes to text: BOMs, UTF-8, and a Windows-1252 fallback; never an exception.

>>> decode_bytes("café".encode("utf-8"))
('café', ())
>>> decode_bytes(b"caf\\xe9")
('café', ('input is not UTF-8; decoded as Windows-1252',))
"""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_bytes(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode a page; return the text and warnings about what had to be guessed or replaced."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, "replace")
            return text, _replacement_warning(text)
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), ("input is not UTF-8; decoded as Windows-1252",)
    except UnicodeDecodeError:
        text = data.decode("utf-8", "replace")
        return text, (
            "input is neither UTF-8 nor Windows-1252; undecodable bytes became U+FFFD",
        )


def _replacement_warning(text: str) -> tuple[str, ...]:
    count = text.count("\ufffd")
    if count:
        return (f"{count} undecodable byte sequence(s) became U+FFFD",)
    return ()


def ascii_compatible(data: bytes) -> bool:
    """False for UTF-16/32 input (by BOM), whose bytes cannot be searched for ASCII syntax."""
    return not data.startswith(
        (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    )
