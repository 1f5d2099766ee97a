"""Test helper: write Python values the way PHP's var_dump, Xdebug and print_r write them.

Values use the README's mapping in reverse: a list is an array with keys 0..n-1, a dict with
"__class__" is an object, any other dict an array with those keys, bytes a non-UTF-8 string.
"""

from __future__ import annotations

import math


def _php_float(value: float) -> str:
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    if math.isnan(value):
        return "NAN"
    if value == int(value) and abs(value) < 1e15:
        return str(int(value)) if not (value == 0 and math.copysign(1, value) < 0) else "-0"
    return repr(value).replace("e", "E")


def _raw(value: str | bytes) -> bytes:
    return value if isinstance(value, bytes) else value.encode("utf-8")


def var_dump(value: object, indent: int = 0, xdebug: bool = False) -> bytes:
    pad = b" " * indent
    if value is None:
        return pad + b"NULL\n"
    if value is True or value is False:
        return pad + b"bool(" + (b"true" if value else b"false") + b")\n"
    if isinstance(value, int):
        return pad + f"int({value})\n".encode()
    if isinstance(value, float):
        name = "double" if xdebug else "float"
        return pad + f"{name}({_php_float(value)})\n".encode()
    if isinstance(value, str | bytes):
        raw = _raw(value)
        shown = raw.replace(b"\x00", b"\\000") if xdebug else raw
        return pad + f"string({len(raw)}) \"".encode() + shown + b'"\n'
    if isinstance(value, list):
        value = dict(enumerate(value))
    assert isinstance(value, dict)
    cls = value.get("__class__")
    items = [(k, v) for k, v in value.items() if k != "__class__"]
    if cls is None:
        head = f"array({len(items)}) {{\n"
    elif xdebug:
        head = f"class {cls}#1 ({len(items)}) {{\n"
    else:
        head = f"object({cls})#1 ({len(items)}) {{\n"
    out = pad + head.encode()
    for key, item in items:
        if xdebug:
            if cls is not None:
                line = f"public ${key} =>\n".encode()
            elif isinstance(key, int):
                line = f"[{key}] =>\n".encode()
            else:
                line = b"'" + _raw(key).replace(b"\\", b"\\\\").replace(b"'", b"\\'") + b"' =>\n"
        elif isinstance(key, int):
            line = f"[{key}]=>\n".encode()
        else:
            line = b'["' + _raw(key) + b'"]=>\n'
        out += pad + b"  " + line + var_dump(item, indent + 2, xdebug)
    return out + pad + b"}\n"


def print_r(value: object, depth: int = 0) -> bytes:
    if isinstance(value, list):
        value = dict(enumerate(value))
    if not isinstance(value, dict):
        return _raw(str(value))
    cls = value.get("__class__")
    pad = b" " * (8 * depth)
    out = (b"Array" if cls is None else _raw(cls) + b" Object") + b"\n" + pad + b"(\n"
    for key, item in value.items():
        if key == "__class__":
            continue
        out += pad + b"    [" + _raw(str(key)) + b"] => " + print_r(item, depth + 1) + b"\n"
    out += pad + b")\n"
    return out + (b"\n" if depth else b"")
