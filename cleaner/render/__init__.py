"""Renderers: a Document in, text out. The pretty renderer (rich) lives in its own module."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable

from cleaner.document import Document, JsonValue

# Characters json.dumps leaves raw that a line reader splits on (str.splitlines, JavaScript:
# U+0085, U+2028, U+2029) or that a terminal obeys (DEL, the C1 controls such as CSI U+009B).
# JSON text holds them only inside strings, so escaping them there changes no value.
_JSON_ESCAPES = {code: f"\\u{code:04x}" for code in (*range(0x7F, 0xA0), 0x2028, 0x2029)}
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029]")


def json_safe(text: str) -> str:
    r"""Escape in JSON text what json.dumps(ensure_ascii=False) leaves raw and a line reader or
    terminal acts on; the value read back is the same.

    >>> json_safe(json.dumps("a\u2028b\x85c", ensure_ascii=False))
    '"a\\u2028b\\u0085c"'
    """
    if _JSON_UNSAFE.search(text) is None:  # the usual case: no copy of a big output
        return text
    return text.translate(_JSON_ESCAPES)


def encode_utf8(text: str, piece: int = 1 << 20) -> bytes:
    """text.encode('utf-8', 'surrogateescape'), a megabyte of characters at a time: encoding a
    big string at once reserves 3 bytes per character first (300 MB for a 100 MB page)."""
    if len(text) <= piece:
        return text.encode("utf-8", "surrogateescape")
    return b"".join([text[start : start + piece].encode("utf-8", "surrogateescape")
                     for start in range(0, len(text), piece)])


def _joined_bytes(chunks: Iterable[str], end: str, group: int = 4096) -> bytes:
    """The chunks joined, json_safe and UTF-8 encoded, group by group: json's indenting encoder
    yields a chunk per token (~60 bytes of object each), and a whole output string need never
    exist (an escape or separator is one character: it never straddles two chunks)."""
    parts: list[bytes] = []
    batch: list[str] = []
    for chunk in chunks:
        batch.append(chunk)
        if len(batch) == group:
            parts.append(json_safe("".join(batch)).encode("utf-8", "surrogateescape"))
            batch.clear()
    batch.append(end)
    parts.append(json_safe("".join(batch)).encode("utf-8", "surrogateescape"))
    return b"".join(parts)


def render_json_bytes(doc: Document, *, indent: int | None = 2, end: str = "") -> bytes:
    """:func:`render_json` + `end`, UTF-8 encoded, with no more memory than the bytes need."""
    data = doc.to_dict()
    try:
        if indent:
            encoder = json.JSONEncoder(ensure_ascii=False, indent=indent)
            return _joined_bytes(encoder.iterencode(data), end)
        # The C encoder (it gathers its chunks itself).
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + end
    except RecursionError:
        # A value nested deeper than json's recursive encoder goes; same output, no recursion.
        text = dumps_deep(data, indent=indent) + end
    return encode_utf8(json_safe(text))


def render_json(doc: Document, *, indent: int | None = 2) -> str:
    """The JSON schema of the README, UTF-8 (not ASCII-escaped), one line per record for
    jsonl whatever reads it: no raw line or paragraph separator, C1 control or DEL inside."""
    return render_json_bytes(doc, indent=indent).decode("utf-8", "surrogateescape")


def _caret(code: int) -> str:
    """cat -v's notation for one control character: ^[ for ESC, ^? for DEL, M-^[ for U+009B."""
    if code >= 0x80:
        return "M-" + _caret(code - 0x80)
    return "^?" if code == 0x7F else "^" + chr(code + 0x40)


# C0 controls but tab and line feed, DEL, C1 controls: shown as cat -v shows them. Bidi
# embeddings, overrides and isolates (which reorder what is shown) as <U+202E>.
_VISIBLE = {code: _caret(code) for code in (*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))}
_VISIBLE.update({code: f"<U+{code:04X}>" for code in (*range(0x202A, 0x202F),
                                                       *range(0x2066, 0x206A))})
# Bytes that were not UTF-8 (read with surrogateescape): as cat -v shows a high byte.
_VISIBLE.update({0xDC80 + low: "M-" + (_caret(low) if low < 0x20 or low == 0x7F else chr(low))
                 for low in range(0x80)})


def visible(text: str) -> str:
    r"""Page text made safe for a terminal: every control character or escape sequence shown,
    not obeyed (``cat -v`` notation); tab and line feed stay.

    >>> visible("Evil \x1b]0;PWNED\x07T\tx\n\x9b2J")
    'Evil ^[]0;PWNED^GT\tx\nM-^[2J'
    """
    return text.translate(_VISIBLE)


def visible_bytes(data: bytes) -> bytes:
    """:func:`visible` for UTF-8 output bytes (bytes that are not UTF-8 shown as M-x)."""
    return visible(data.decode("utf-8", "surrogateescape")).encode("utf-8")


def dumps_deep(value: JsonValue, *, indent: int | None = 2) -> str:
    """json.dumps for values of any depth (an explicit stack instead of recursion).

    >>> dumps_deep({"a": [1, {"b": None}], "c": []}, indent=None)
    '{"a":[1,{"b":null}],"c":[]}'
    >>> dumps_deep({"a": [1]}) == json.dumps({"a": [1]}, indent=2)
    True
    """
    out: list[str] = []
    item_sep, key_sep = ("," , ":") if indent is None else (",", ": ")
    # Each work item is either a value to write or a literal string to emit.
    stack: list[tuple[bool, object, int]] = [(True, value, 0)]
    while stack:
        is_value, item, depth = stack.pop()
        if not is_value:
            out.append(str(item))
            continue
        if isinstance(item, dict) and item:
            pairs = list(item.items())
            stack.append((False, _close("}", depth, indent), depth))
            for index in range(len(pairs) - 1, -1, -1):
                key, child = pairs[index]
                stack.append((True, child, depth + 1))
                lead = _open_item(index, depth + 1, indent, item_sep)
                stack.append((False, lead + json.dumps(str(key), ensure_ascii=False) + key_sep,
                              depth))
            out.append("{")
        elif isinstance(item, list) and item:
            stack.append((False, _close("]", depth, indent), depth))
            for index in range(len(item) - 1, -1, -1):
                stack.append((True, item[index], depth + 1))
                stack.append((False, _open_item(index, depth + 1, indent, item_sep), depth))
            out.append("[")
        else:
            out.append(json.dumps(item, ensure_ascii=False))
    return "".join(out)


# Indentation stops growing past this depth: at depth 100,000 it would make the output
# quadratic in size (gigabytes of spaces); the JSON stays valid either way.
_MAX_INDENT_DEPTH = 64


def _open_item(index: int, depth: int, indent: int | None, item_sep: str) -> str:
    sep = item_sep if index else ""
    if indent is None:
        return sep
    return f"{sep}\n{' ' * (indent * min(depth, _MAX_INDENT_DEPTH))}"


def _close(bracket: str, depth: int, indent: int | None) -> str:
    if indent is None:
        return bracket
    return f"\n{' ' * (indent * min(depth, _MAX_INDENT_DEPTH))}{bracket}"


def render_diff(doc: Document, name: str = "input") -> str:
    """A unified diff of the original page against the clean text (empty when unchanged).

    A last line without a line break is marked as diff(1) marks it, so diffs can be joined.
    """
    lines = difflib.unified_diff(
        doc.original.splitlines(keepends=True),
        doc.to_text().splitlines(keepends=True),
        fromfile=f"{name}\t(original)",
        tofile=f"{name}\t(cleaned)",
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
        for line in lines
    )
