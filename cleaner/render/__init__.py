"""Renderers: a Document in, text out. The pretty renderer (rich) lives in its own module."""

from __future__ import annotations

import difflib
import json

from cleaner.document import Document, JsonValue


def render_json(doc: Document, *, indent: int | None = 2) -> str:
    """The JSON schema of the README, UTF-8 (not ASCII-escaped)."""
    data = doc.to_dict()
    separators = None if indent else (",", ":")
    try:
        return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    except RecursionError:
        # A dump nested deeper than json's recursive encoder goes; same output, no recursion.
        return dumps_deep(data, indent=indent)


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
