"""decode_embedded_json: turn each dump payload into data in ``embedded``.

A payload that is a JSON array or object is decoded. A payload cut off by the scraper keeps every
complete record of its array; a payload whose titles hold unescaped quotes
(``"title":"… for "Sectarianism""``) is repaired when the repair is unambiguous. Anything else
stays a string. Never touches: the article text (this pass only reads ``draft.dumps``).

>>> from cleaner.document import Draft, Dump
>>> dump = Dump(raw="", payload='[{"id":"1"} ,{"id":"2"', declared=30, found=22,
...             complete=False, line=1)
>>> decode_embedded_json(Draft("", dumps=(dump,))).embedded
([{'id': '1'}],)
"""

from __future__ import annotations

import json
from typing import Any

from cleaner.document import Draft

NAME = "decode_embedded_json"

_DECODER = json.JSONDecoder()
_WS = " \t\r\n"


def salvage_json_array(text: str) -> tuple[list[Any], int]:
    """Decode the complete leading items of a JSON array that may be cut off.

    Returns the items and how many characters they covered.

    >>> salvage_json_array('[{"a": 1}, {"b": 2}, {"c":')
    ([{'a': 1}, {'b': 2}], 19)
    """
    items: list[Any] = []
    pos = len(text) - len(text.lstrip(_WS))
    if not text.startswith("[", pos):
        return items, 0
    pos += 1
    covered = pos
    while True:
        while pos < len(text) and text[pos] in _WS + ",":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return items, covered
        try:
            item, pos = _DECODER.raw_decode(text, pos)
        except ValueError:
            return items, covered
        items.append(item)
        covered = pos


def escape_inner_quotes(text: str) -> str:
    """Escape quotes inside JSON strings that a careless encoder left bare.

    A quote ends a string only when what follows it can follow a string (``, : } ]`` or the end);
    every other quote met inside a string is taken as part of it.

    >>> escape_inner_quotes('{"title":"for "Sectarianism""}')
    '{"title":"for \\\\"Sectarianism\\\\""}'
    """
    out: list[str] = []
    in_string = False
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if in_string:
            if ch == "\\":
                out.append(text[i : i + 2])
                i += 2
                continue
            if ch == '"':
                j = i + 1
                while j < n and text[j] in _WS:
                    j += 1
                if j >= n or text[j] in ",:}]":
                    in_string = False
                    out.append(ch)
                else:
                    out.append('\\"')
                i += 1
                continue
        elif ch == '"':
            in_string = True
        out.append(ch)
        i += 1
    return "".join(out)


def _decode(payload: str, complete: bool) -> tuple[Any, str | None]:
    """Decode one payload; return the value and a warning (or None)."""
    stripped = payload.strip()
    if not stripped.startswith(("[", "{")):
        return payload, None
    try:
        return json.loads(stripped), None
    except ValueError as error:
        first_error = error
    if complete:
        try:
            value = json.loads(escape_inner_quotes(stripped))
        except ValueError:
            pass
        else:
            return value, "repaired unescaped quotes inside a JSON string"
    items, covered = salvage_json_array(stripped)
    if items:
        return items, (
            f"kept {len(items)} complete record(s) of a "
            f"{'damaged' if complete else 'cut-off'} JSON array; "
            f"{len(stripped) - covered} trailing characters left undecoded"
        )
    return payload, f"payload is not valid JSON ({first_error.msg}); kept as a string"


def decode_embedded_json(draft: Draft) -> Draft:
    """Decode each dump payload into ``embedded``, in order.

    Before: payload ``[{"id":"1"}]``  After: ``embedded == ([{"id": "1"}],)``.
    """
    if not draft.dumps:
        return draft
    embedded = list(draft.embedded)
    new = draft
    for dump in draft.dumps:
        value, warning = _decode(dump.payload, dump.complete)
        embedded.append(value)
        if warning:
            new = new.warn(f"var_dump at line {dump.line}: {warning}")
    return new.replace(embedded=tuple(embedded), dumps=())
