"""Read PHP ``print_r`` output. It keeps no types, so its leaves are strings as written.

>>> block = b"Array\\n(\\n    [a] => 1\\n    [b] => Array\\n        (\\n        )\\n\\n)\\n"
>>> parse_print_r(block, 0).value
{'a': '1', 'b': []}
"""

from __future__ import annotations

import re

from cleaner.document import JsonValue
from cleaner.dumps.common import MAX_DEPTH, ParsedDump, as_array, deep_note, deep_text

_HEADER = re.compile(rb"[ \t]*+(?:(?P<array>Array)|(?P<cls>[\w\\]++) Object)[ \t]*+$")
_ENTRY = re.compile(rb"(?P<indent> *+)\[(?P<key>[^\r\n]{0,4096}?)\] => ?(?P<value>[^\r\n]*+)$")
_OPEN = re.compile(rb"[ \t]*+\([ \t]*+$")
# print_r meeting an object or array it is already inside: ``[self] => Foo Object`` then
# `` *RECURSION*`` where the block would open (old PHP: on the header line itself).
_RECURSION = re.compile(rb"[ \t]*+\*RECURSION\*[ \t]*+$")
_HEADER_RECURSION = re.compile(rb"(?P<header>.*?(?:Array|Object))[ \t]++\*RECURSION\*[ \t]*+$")
_CLOSE = re.compile(rb"(?P<indent> *+)\)[ \t]*+$")
_INT_KEY = re.compile(r"-?\d{1,30}")
_VISIBILITY = re.compile(r"^(?P<name>.*?)(?::[^:\]]*)?:(?:protected|private)$", re.S)


class _Frame:
    __slots__ = ("cls", "depth", "entries", "opened", "start")

    def __init__(self, cls: str | None, depth: int, start: int = 0) -> None:
        self.cls = cls
        self.depth = depth  # its value nests depth + 1 deep; past MAX_DEPTH it is kept as text
        self.start = start  # where its ``Array`` header begins
        self.entries: list[tuple[str | int, JsonValue]] = []
        self.opened = False

    def value(self, data: bytes, end: int) -> JsonValue:
        """Its value; its dump text (up to `end`) when it lies deeper than MAX_DEPTH."""
        if self.depth == MAX_DEPTH:
            return deep_text(data[self.start : end])
        if self.depth > MAX_DEPTH:
            return None  # inside a part kept as text
        if self.cls is None:
            return as_array(self.entries)
        return {"__class__": self.cls, **{str(key): value for key, value in self.entries}}


def _key(raw: bytes, in_object: bool) -> str | int:
    text = raw.decode("utf-8", "replace")
    if _INT_KEY.fullmatch(text):
        return int(text)
    if in_object:
        match = _VISIBILITY.match(text)
        if match:
            return match.group("name")
    return text


def _lines(data: bytes, pos: int) -> list[tuple[int, int]]:
    """(start, end) of each line from pos, ends without the line break."""
    spans = []
    while pos < len(data):
        end = data.find(b"\n", pos)
        if end < 0:
            spans.append((pos, len(data)))
            break
        stop = end - 1 if end > pos and data[end - 1 : end] == b"\r" else end
        spans.append((pos, stop))
        pos = end + 1
    return spans


def parse_print_r(data: bytes, pos: int) -> ParsedDump | None:
    """Parse the print_r block whose ``Array`` / ``Foo Object`` line starts at `pos`."""
    spans = _lines(data, pos)
    header = _HEADER.fullmatch(data, spans[0][0], spans[0][1]) if spans else None
    if header is None:
        return None
    stack = [_Frame(_class(header), 0)]
    result: JsonValue = None
    end = spans[0][1]
    last_string: tuple[_Frame, int] | None = None
    deep = 0  # parts deeper than MAX_DEPTH kept as their dump text
    for start, stop in spans[1:]:
        frame = stack[-1]
        if not frame.opened:
            if len(stack) > 1 and _RECURSION.fullmatch(data, start, stop):
                stack.pop()
                parent = stack[-1]
                parent.entries[-1] = (parent.entries[-1][0], "*RECURSION*")
                end = stop
                continue
            if not _OPEN.fullmatch(data, start, stop):
                return None if len(stack) == 1 else _finish(stack, end, False, data, deep)
            frame.opened = True
            end = stop
            continue
        closing = _CLOSE.fullmatch(data, start, stop)
        if closing and len(closing.group("indent")) == 8 * frame.depth:
            stack.pop()
            end = stop
            last_string = None
            if not stack:
                result = frame.value(data, stop)
                break
            parent = stack[-1]
            parent.entries[-1] = (parent.entries[-1][0], frame.value(data, stop))
            deep += frame.depth == MAX_DEPTH
            continue
        entry = _ENTRY.fullmatch(data, start, stop)
        if entry and len(entry.group("indent")) == 8 * frame.depth + 4:
            key = _key(entry.group("key"), frame.cls is not None)
            value = entry.group("value")
            nested = _HEADER.fullmatch(value)
            frame.entries.append((key, None))
            end = stop
            recursion = _HEADER_RECURSION.fullmatch(value)
            if recursion and _HEADER.fullmatch(recursion.group("header")):
                frame.entries[-1] = (key, "*RECURSION*")
                last_string = None
            elif nested:
                stack.append(_Frame(_class(nested), frame.depth + 1, entry.start("value")))
                last_string = None
            else:
                frame.entries[-1] = (key, value.decode("utf-8", "replace"))
                last_string = (frame, len(frame.entries) - 1)
            continue
        if start == stop:
            continue  # the blank line print_r writes after a nested block
        if last_string is None:
            return _finish(stack, end, False, data, deep)
        # A multi-line string value goes on until the next entry or closing bracket.
        owner, index = last_string
        key, text = owner.entries[index]
        line = data[start:stop].decode("utf-8", "replace")
        owner.entries[index] = (key, f"{text}\n{line}")
        end = stop
    else:
        return _finish(stack, len(data), False, data, deep)
    return ParsedDump(value=result, end=end, complete=True, kind="print_r",
                      notes=[deep_note(deep)] if deep else [])


def _class(match: re.Match[bytes]) -> str | None:
    return None if match.group("array") else match.group("cls").decode("utf-8", "replace")


def _finish(stack: list[_Frame], end: int, complete: bool, data: bytes,
            deep: int = 0) -> ParsedDump:
    """Close every open frame of a cut-off block and return what was read."""
    value: JsonValue = None
    notes = ["print_r block cut off; kept what was complete"]
    while stack:
        frame = stack.pop()
        value = frame.value(data, end)
        deep += frame.depth == MAX_DEPTH
        if stack:
            parent = stack[-1]
            parent.entries[-1] = (parent.entries[-1][0], value)
    if deep:
        notes.append(deep_note(deep))
    return ParsedDump(value=value, end=end, complete=complete, kind="print_r", notes=notes)
