"""Read PHP ``var_dump`` output (PHP 5–8) and Xdebug's text mode exactly.

Strings are read by their declared BYTE count, never by a regex up to the next quote, so payloads
may hold quotes, newlines and NUL bytes. The parser is iterative (an explicit stack), so nesting
depth cannot exhaust Python's recursion limit, and a dump cut off anywhere gives back every part
that was complete. Values come out in the JSON mapping documented in the README.

>>> block = b'array(2) {\\n  [0]=>\\n  int(1)\\n  ["k"]=>\\n  string(3) "a"b"\\n}\\n'
>>> parse_var_dump(block, 0).value
{'0': 1, 'k': 'a"b'}
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from cleaner.document import JsonValue
from cleaner.dumps.common import (
    ParsedDump,
    as_array,
    explain_count,
    php_float,
    php_string,
    reencoding,
    tolerance,
)

_WS = b" \t\r\n"
_EOL = regex.compile(rb"[ \t]*+(?:\r?\n|\Z)")

_STRING = regex.compile(rb"string\((\d{1,12})\) \"")
_ARRAY = regex.compile(rb"array\((\d{1,12})\) \{")
_OBJECT = regex.compile(rb"object\(([^)\r\n]{1,300})\)#\d++ \((\d{1,12})\) \{")
_XCLASS = regex.compile(rb"class ([^#\s]{1,300})#\d++ \((\d{1,12})\) \{")
_SCALAR = regex.compile(
    rb"(?:(?P<int>int)\((?P<i>-?\d{1,30})\)|(?P<float>float|double)\((?P<f>[^)\r\n]{1,40})\)"
    rb"|bool\((?P<b>true|false)\)|(?P<null>NULL)|enum\((?P<enum>[^)\r\n]{1,300})\)"
    rb"|uninitialized\((?P<uninit>[^)\r\n]{1,100})\)|(?P<xuninit>\*uninitialized\*)"
    rb"|resource\((?P<rid>\d{1,12})\) of type \((?P<rtype>[^)\r\n]{0,100})\)"
    rb"|(?P<recursion>\*RECURSION\*))"
)
_VD_KEY = regex.compile(rb"\[(.{0,4096}?)\]=>[ \t]*+(?:\r?\n|\Z)", regex.S)
_XD_KEY = regex.compile(
    rb"(?:'(?P<s>(?:[^'\\]|\\.){0,4096}+)'|\[(?P<i>-?\d{1,30})\])[ \t]*+=>[ \t]*+(?:\r?\n|\Z)",
    regex.S,
)
_XD_PROP = regex.compile(
    rb"(?:public|protected|private)(?:\s++readonly)?(?:\s++(?P<type>\??[\w\\|]{1,100}))?"
    rb"\s++\$(?P<name>[^\r\n]{0,4096}?)[ \t]*+=>[ \t]*+(?:\r?\n|\Z)"
)
# The shortest name after which a visibility suffix (or nothing) ends the key.
_VD_KEYSPEC = regex.compile(rb'"(?P<name>.*?)"(?::(?:protected|private|public)|:"[^"]*":private)?',
                            regex.S)
_PHP5_VISIBILITY = regex.compile(r"^(?P<name>.*?)(?::[^:]*)?:(?:protected|private)$", regex.S)


class _Cut(Exception):
    """The data ended inside the dump."""


class _Garbage(Exception):
    """What follows is not dump syntax."""


@dataclass(slots=True)
class _Frame:
    cls: str | None
    entries: list[tuple[str | int, JsonValue]] = field(default_factory=list)
    key: str | int | None = None
    key_type: str | None = None

    def value(self) -> JsonValue:
        if self.cls is None:
            return as_array(self.entries)
        return {"__class__": self.cls, **{str(k): v for k, v in self.entries}}


class _VarDumpParser:
    def __init__(self, data: bytes, pos: int, xdebug: bool) -> None:
        self.data = data
        self.pos = pos
        self.xdebug = xdebug
        self.notes: list[str] = []
        self.top_declared: int | None = None
        self.top_found: int | None = None
        self.strings = 0

    def skip_ws(self) -> None:
        data, pos = self.data, self.pos
        while pos < len(data) and data[pos] in _WS:
            pos += 1
        self.pos = pos
        if pos >= len(data):
            raise _Cut

    def parse(self) -> ParsedDump:
        stack: list[_Frame] = []
        result: JsonValue = None
        complete = True
        try:
            while True:
                if stack:
                    frame = stack[-1]
                    self.skip_ws()
                    if self.data[self.pos : self.pos + 1] == b"}":
                        self.pos += 1
                        stack.pop()
                        value = frame.value()
                        if not stack:
                            result = value
                            break
                        self._attach(stack[-1], value)
                        continue
                    self._read_key(frame)
                value, opened = self._read_value(stack[-1] if stack else None)
                if opened is not None:
                    stack.append(opened)
                    continue
                if not stack:
                    result = value
                    break
                self._attach(stack[-1], value)
        except _Garbage:
            if not stack:
                raise
            complete = False
            self.notes.append(f"unreadable dump syntax at byte {self.pos}; kept what came before")
            while stack:
                frame = stack.pop()
                value = frame.value()
                if stack:
                    self._attach(stack[-1], value)
                else:
                    result = value
        except _Cut as cut:
            complete = False
            self.pos = len(self.data)  # everything after a cut belongs to the cut dump
            if not self.notes:
                self.notes.append("cut off inside the dump; kept every complete part")
            if isinstance(cut, _CutString):
                if stack:
                    self._attach(stack[-1], cut.value)
                else:
                    result = cut.value
            while stack:
                frame = stack.pop()
                value = frame.value()
                if stack:
                    self._attach(stack[-1], value)
                else:
                    result = value
        return ParsedDump(
            value=result, end=self.pos, complete=complete,
            kind="xdebug" if self.xdebug else "var_dump", notes=self.notes,
            declared=self.top_declared, found=self.top_found, strings=self.strings,
        )

    @staticmethod
    def _attach(frame: _Frame, value: JsonValue) -> None:
        if frame.key_type is not None and isinstance(value, dict) and \
                value.get("__uninitialized__") == "":
            value = {"__uninitialized__": frame.key_type}
        frame.entries.append((frame.key if frame.key is not None else len(frame.entries), value))
        frame.key, frame.key_type = None, None

    def _read_key(self, frame: _Frame) -> None:
        data, pos = self.data, self.pos
        if data[pos : pos + 1] == b"[":
            match = _VD_KEY.match(data, pos)
            if match:
                frame.key = self._key_from_spec(match.group(1), frame.cls is not None)
                self.pos = match.end()
                return
        match = _XD_KEY.match(data, pos)
        if match:
            self.xdebug = True
            if match.group("i") is not None:
                frame.key = int(match.group("i"))
            else:
                text = match.group("s").replace(b"\\'", b"'").replace(b"\\\\", b"\\")
                frame.key = text.decode("utf-8", "replace")
            self.pos = match.end()
            return
        match = _XD_PROP.match(data, pos)
        if match:
            self.xdebug = True
            name = match.group("name").decode("utf-8", "replace")
            if name.startswith("{") and name.endswith("}"):
                name = name[1:-1]
            frame.key = name
            frame.key_type = (match.group("type") or b"").decode() or None
            self.pos = match.end()
            return
        if not regex.match(rb"[\[']|public|protected|private", data[pos : pos + 9]) or \
                b"\n" in data[pos:]:
            raise _Garbage
        raise _Cut

    @staticmethod
    def _key_from_spec(spec: bytes, in_object: bool) -> str | int:
        text = spec.decode("utf-8", "replace")
        if regex.fullmatch(r"-?\d{1,30}", text):
            return int(text)
        match = _VD_KEYSPEC.fullmatch(spec)
        name = match.group("name").decode("utf-8", "replace") if match else text
        if in_object and match and match.end("name") == len(spec) - 1:
            old_style = _PHP5_VISIBILITY.match(name)  # PHP 5: ["p:protected"], ["p:Foo:private"]
            if old_style:
                name = old_style.group("name")
        return name

    def _read_value(self, parent: _Frame | None) -> tuple[JsonValue, _Frame | None]:
        self.skip_ws()
        data = self.data
        if data[self.pos : self.pos + 1] == b"&":
            self.pos += 1
        pos = self.pos
        head = data[pos : pos + 7]
        if head.startswith(b"string("):
            match = _STRING.match(data, pos)
            if match:
                return self._read_string(int(match.group(1)), match.end(), parent is None), None
        elif head.startswith(b"array("):
            match = _ARRAY.match(data, pos)
            if match:
                self.pos = match.end()
                return None, _Frame(None)
        elif head.startswith((b"object(", b"class ")):
            match = _OBJECT.match(data, pos) or _XCLASS.match(data, pos)
            if match:
                if head.startswith(b"class "):
                    self.xdebug = True
                self.pos = match.end()
                return None, _Frame(match.group(1).decode("utf-8", "replace"))
        match = _SCALAR.match(data, pos)
        if match is None:
            if len(data) - pos < 40 and b"\n" not in data[pos:]:
                raise _Cut
            raise _Garbage
        self.pos = match.end()
        return self._scalar(match), None

    @staticmethod
    def _scalar(match: regex.Match[bytes]) -> JsonValue:
        if match.group("int"):
            return int(match.group("i"))
        if match.group("float"):
            text = match.group("f").decode()
            try:
                return php_float(text)
            except ValueError:
                return text
        if match.group("b"):
            return match.group("b") == b"true"
        if match.group("null"):
            return None
        if match.group("enum"):
            return {"__enum__": match.group("enum").decode("utf-8", "replace")}
        if match.group("uninit"):
            return {"__uninitialized__": match.group("uninit").decode("utf-8", "replace")}
        if match.group("xuninit"):
            return {"__uninitialized__": ""}
        if match.group("rid"):
            return {"__resource__": match.group("rtype").decode("utf-8", "replace"),
                    "id": int(match.group("rid"))}
        return "*RECURSION*"

    def _read_string(self, declared: int, start: int, top: bool) -> JsonValue:
        data = self.data
        self.strings += 1
        raw, end = self._take(start, declared)
        close = end
        if data[close : close + 1] == b'"':
            after = close + 1
            if self.xdebug and data[after : after + 3] == b"...":
                after += 3
            if _EOL.match(data, after) or not top:
                return self._finish_string(raw, declared, after, top)
        # The count does not fit: Xdebug's cut string, a re-encoded file, or a cut-off dump.
        found = self._nearest_close(start, declared)
        if found is not None:
            close, after = found
            raw, _ = self._take(start, close - start, exact_bytes=True)
            if self.xdebug and data[close + 1 : close + 4] == b"...":
                self.notes.append(f"Xdebug cut a string: declared {declared} bytes, "
                                  f"{len(raw)} shown")
            else:
                self.notes.append(f"declared {declared} bytes, found {len(raw)} "
                                  f"({explain_count(raw, declared)})")
            return self._finish_string(raw, declared, after, top)
        if end >= len(data):
            raw = data[start:].rstrip(_WS)
            if raw.endswith(b'"') and top:
                raw = raw[:-1]
            self.pos = len(data)
            self.notes.append(f"declared {declared} bytes, found {len(raw)} "
                              "(cut off before its closing quote)")
            if top:
                self.top_declared, self.top_found = declared, len(raw)
            value = php_string(raw)
            if isinstance(value, dict):  # a cut may split a UTF-8 sequence
                value = raw.decode("utf-8", "replace")
            raise _CutString(value)
        raise _Garbage

    def _finish_string(self, raw: bytes, declared: int, after: int, top: bool) -> JsonValue:
        self.pos = after
        if top:
            self.top_declared, self.top_found = declared, len(raw)
        return php_string(raw)

    def _take(self, start: int, count: int, exact_bytes: bool = False) -> tuple[bytes, int]:
        """Read `count` payload bytes; Xdebug writes a NUL byte as the four characters \\000."""
        data = self.data
        if not self.xdebug or exact_bytes:
            raw = data[start : start + count]
            if self.xdebug:
                raw = raw.replace(b"\\000", b"\x00")
            return raw, start + count
        out = bytearray()
        pos = start
        while len(out) < count and pos < len(data):
            nul = data.find(b"\\000", pos, pos + (count - len(out)) + 3)
            if nul < 0:
                chunk = data[pos : pos + (count - len(out))]
                out += chunk
                pos += len(chunk)
                break
            out += data[pos:nul]
            out.append(0)
            pos = nul + 4
        return bytes(out), pos

    def _nearest_close(self, start: int, declared: int) -> tuple[int, int] | None:
        """The line-ending quote nearest to where the count says the string ends."""
        data = self.data
        if self.xdebug:
            cut = regex.compile(rb'"\.\.\.[ \t]*+(?:\r?\n|\Z)').search(data, start,
                                                                        start + declared + 4)
            if cut:
                return cut.start(), cut.start() + 4
        expected = start + declared
        window = tolerance(declared)
        best: int | None = None
        for match in _CLOSE.finditer(data, max(start, expected - window)):
            if match.start() > expected + window:
                break
            if reencoding(data[start : match.start()], declared):
                best = match.start()  # a close that a re-encoding explains exactly wins
                break
            if best is None or abs(match.start() - expected) < abs(best - expected):
                best = match.start()
        if best is None:
            return None
        return best, best + 1


_CLOSE = regex.compile(rb'"[ \t]*+(?=\r?\n|\Z)')


class _CutString(_Cut):
    """The data ended inside a string; carries what of it was there."""

    def __init__(self, value: JsonValue) -> None:
        super().__init__()
        self.value = value


def parse_var_dump(data: bytes, pos: int, *, xdebug: bool = False) -> ParsedDump | None:
    """Parse the var_dump (or Xdebug) value that starts at `pos`; None when it is not one."""
    try:
        return _VarDumpParser(data, pos, xdebug).parse()
    except _Garbage:
        return None
