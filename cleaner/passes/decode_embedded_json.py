"""decode_embedded_json: put each dump's value into ``embedded``, decoding JSON payloads.

A top-level string whose payload is a JSON array or object is decoded (PHP's ``\\/`` and
``\\u2019`` escapes are JSON already; a JSON string holding JSON is decoded twice). A payload
cut off by the scraper keeps every complete record of its array; a payload whose titles hold
unescaped quotes (``"title":"… for "Sectarianism""``) is repaired when the repair is unambiguous.
Any other value goes to ``embedded`` as the dump parser read it. A decoded payload nesting deeper
than ``MAX_DEPTH`` keeps each deeper part as its JSON text (a string), with a warning, so that the
output loads with Python's json and jq. Never touches: the article text (this pass only reads
``draft.dumps``).

>>> from cleaner.document import Draft, Dump
>>> dump = Dump(raw="", value='[{"id":"1"} ,{"id":"2"', complete=False)
>>> decode_embedded_json(Draft("", dumps=(dump,))).embedded
([{'id': '1'}],)
"""

from __future__ import annotations

import json

from cleaner.document import Draft, JsonValue, Log
from cleaner.dumps.common import MAX_DEPTH, nesting
from cleaner.render import dumps_deep

NAME = "decode_embedded_json"

_DECODER = json.JSONDecoder()
_WS = " \t\r\n"


def salvage_json_array(text: str) -> tuple[list[JsonValue], int]:
    """Decode the complete leading items of a JSON array that may be cut off.

    Returns the items and how many characters they covered.

    >>> salvage_json_array('[{"a": 1}, {"b": 2}, {"c":')
    ([{'a': 1}, {'b': 2}], 19)
    """
    items: list[JsonValue] = []
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


def _loads(text: str) -> JsonValue:
    """json.loads, with nesting too deep for it reported as a ValueError."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deep to decode") from None
    # Double-encoded JSON: a JSON string whose content is JSON again.
    if isinstance(value, str) and value.strip().startswith(("[", "{")):
        try:
            return _loads(value)
        except ValueError:
            return value
    return value


def _decode(payload: str, complete: bool, size: str) -> tuple[JsonValue, str | None]:
    """Decode one payload; return the value and a warning (or None)."""
    stripped = payload.strip()
    if not stripped.startswith(("[", "{", '"[', '"{')):
        return payload, None
    try:
        return _loads(stripped), None
    except ValueError as error:
        first_error = error
    if complete:
        try:
            value = _loads(escape_inner_quotes(stripped))
        except ValueError:
            pass
        else:
            return value, "repaired unescaped quotes inside a JSON string"
    items, covered = salvage_json_array(stripped)
    if items:
        return items, (
            f"{'damaged' if complete else 'cut-off'} JSON array{size}: kept {len(items)} "
            f"complete record(s); {len(stripped) - covered} trailing characters left undecoded"
        )
    reason = getattr(first_error, "msg", str(first_error))
    return payload, f"payload is not valid JSON ({reason}); kept as a string"


def _json_text(value: JsonValue) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    except RecursionError:
        return dumps_deep(value, indent=None)


def cut_deep(value: JsonValue, depth: int = 1) -> tuple[JsonValue, int]:
    """`value` (at `depth`) with every container deeper than MAX_DEPTH kept as its JSON text;
    and how many were. Recurses at most MAX_DEPTH levels.

    >>> cut_deep([[["x"]]], depth=MAX_DEPTH - 1)
    ([['["x"]']], 1)
    """
    if not isinstance(value, dict | list):
        return value, 0
    if depth > MAX_DEPTH:
        return _json_text(value), 1
    count = 0
    if isinstance(value, dict):
        out: dict[str, JsonValue] = {}
        for key, item in value.items():
            out[key], cut = cut_deep(item, depth + 1)
            count += cut
        return out, count
    items: list[JsonValue] = []
    for item in value:
        kept, cut = cut_deep(item, depth + 1)
        items.append(kept)
        count += cut
    return items, count


def decode_embedded_json(draft: Draft) -> Draft:
    """Decode each dump payload into ``embedded``, in order.

    Before: payload ``[{"id":"1"}]``  After: ``embedded == ([{"id": "1"}],)``.
    """
    if not draft.dumps:
        return draft
    embedded = list(draft.embedded)
    log = Log(NAME)
    for dump in draft.dumps:
        value, warning = dump.value, None
        if isinstance(value, str):
            size = "" if dump.declared is None else \
                f" (declared {dump.declared} bytes, found {dump.found})"
            try:
                value, warning = _decode(value, dump.complete, size)
            except RecursionError:
                warning = "JSON payload nested too deep to decode; kept as a string"
        if nesting(value) > MAX_DEPTH:
            value, cut = cut_deep(value)
            log.warn(f"{dump.kind} at line {dump.line}: JSON nested deeper than {MAX_DEPTH} "
                     f"levels: {cut} deeper part(s) kept as their JSON text (a string)")
        embedded.append(value)
        if warning:
            log.warn(f"{dump.kind} at line {dump.line}: {warning}")
    return log.apply(draft, embedded=tuple(embedded), dumps=())
