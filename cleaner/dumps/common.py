"""What every dump reader shares: the parsed result and the PHP → JSON value mapping."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from cleaner.document import JsonValue

# How deep a dump's value nests in ``embedded`` (the value itself is depth 1). A container
# deeper than this is kept as its dump text, a string, so that the output JSON (at most
# MAX_DEPTH + 3 deep) loads with Python's json (~1,000) and jq (256).
MAX_DEPTH = 100


def deep_text(raw: bytes) -> JsonValue:
    """The dump text of a part nested deeper than MAX_DEPTH, kept instead of its value.

    >>> deep_text(b"  array(0) {\\n}")
    'array(0) {\\n}'
    """
    return php_string(raw.strip(b" \t\r\n"))


def nesting(value: JsonValue) -> int:
    """How deep a value nests: 0 for a scalar, 1 for a list of scalars… (no recursion).

    >>> nesting([1, {"a": [2]}, []])
    3
    """
    deepest = 0
    stack: list[tuple[JsonValue, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            depth += 1
            deepest = max(deepest, depth)
            stack.extend((child, depth) for child in (item.values() if isinstance(item, dict)
                                                      else item))
    return deepest


def deep_note(count: int) -> str:
    """The note for a dump with parts nested deeper than MAX_DEPTH."""
    return (f"nested deeper than {MAX_DEPTH} levels: {count} deeper part(s) kept as their dump "
            "text (a string)")


@dataclass(slots=True)
class ParsedDump:
    """One dump: its value, where it ends, and what did not fit."""

    value: JsonValue
    end: int
    complete: bool = True
    kind: str = "var_dump"
    notes: list[str] = field(default_factory=list)
    # Top-level strings only: the declared byte count and the bytes found.
    declared: int | None = None
    found: int | None = None


def php_string(raw: bytes) -> JsonValue:
    """A PHP string's bytes as JSON: text when UTF-8, else ``{"__bytes_hex__": …}``."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return {"__bytes_hex__": raw.hex()}


_LOCALE_COMMA = re.compile(r"-?\d+,\d+(?:E[+-]?\d+)?")


def php_float(text: str) -> JsonValue:
    """``float(1.5)`` → 1.5; ``INF``/``-INF``/``NAN`` stay strings (JSON has no such numbers).

    Old PHP wrote floats with the locale's decimal comma: ``float(123,13452345)`` is 123.13452345.
    """
    if _LOCALE_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    value = float(text)
    if math.isinf(value) or math.isnan(value):
        return text.upper() if text.upper() in ("INF", "-INF", "NAN") else str(value).upper()
    return value


def as_array(entries: list[tuple[str | int, JsonValue]]) -> JsonValue:
    """Keys exactly 0..n-1 in order give a list; anything else an object with string keys."""
    if all(isinstance(key, int) and key == index for index, (key, _) in enumerate(entries)):
        return [value for _, value in entries]
    return {str(key): value for key, value in entries}


def tolerance(declared: int) -> int:
    """How far a byte count may be off and still be a re-encoding (CRLF, Windows-1252 → UTF-8)."""
    return max(16, declared // 8)


def explain_count(raw: bytes, declared: int) -> str:
    """Why a string's bytes differ from its declared count, as far as the bytes tell.

    >>> explain_count(b"a\\r\\nb\\r\\n", 4)
    'count off by +2: CRLF line endings added 2 bytes'
    >>> explain_count("café ’".encode(), 6)
    'count off by +3: the file was re-encoded from a single-byte charset to UTF-8'
    """
    diff = len(raw) - declared
    reason = reencoding(raw, declared)
    if reason == "crlf":
        crlf = raw.count(b"\r\n")
        return f"count off by {diff:+d}: CRLF line endings added {crlf} byte{'s' * (crlf > 1)}"
    if reason == "charset":
        return (f"count off by {diff:+d}: the file was re-encoded from a single-byte charset "
                "to UTF-8")
    return f"count off by {diff:+d}; the file was probably re-encoded or edited"


def reencoding(raw: bytes, declared: int) -> str | None:
    """'crlf' or 'charset' when that re-encoding explains the count exactly, else None."""
    diff = len(raw) - declared
    crlf = raw.count(b"\r\n")
    if crlf and diff == crlf:
        return "crlf"
    if diff > 0:
        text = raw.decode("utf-8", "replace")
        widening = sum(len(ch.encode("utf-8")) - 1 for ch in text if ord(ch) > 127)
        if widening and diff in (widening, widening + crlf):
            return "charset"
    return None
