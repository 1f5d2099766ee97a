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

import re
from dataclasses import dataclass, field

from cleaner.document import JsonValue
from cleaner.dumps.common import (
    MAX_DEPTH,
    ParsedDump,
    as_array,
    deep_note,
    deep_text,
    explain_count,
    nesting,
    php_float,
    php_string,
    reencoding,
    tolerance,
)

_WS = b" \t\r\n"
_EOL = re.compile(rb"[ \t]*+(?:\r?\n|\Z)")

# One token at a time, white space before it skipped: a closing brace, a key line, or a value.
# Each alternative ends with its own named group, so ``lastgroup`` names the token. The stdlib
# engine runs this hot loop about 2.7 times faster than `regex` (bench/dump_speed.py).
_TOKEN = re.compile(
    rb"""[ \t\r\n]*+&?(?:
      (?P<close>\})
    | \[(?P<vkey_spec>-?\d{1,30}|"[^\r\n]{0,4096}?"(?::[^\r\n\]]{0,300})?)
      (?P<vkey>\]=>)[ \t]*+(?=\r?\n|\Z)
    | \[(?P<mkey_spec>"[\x00-\xff]{0,4096}?"(?::[^\r\n\]]{0,300})?)(?P<mkey>\]=>)[ \t]*+(?=\r?\n|\Z)
    | '(?P<xkey_s>(?:[^'\\\r\n]|\\.){0,4096}+)'[ \t]*+(?P<xkey>=>)[ \t]*+(?=\r?\n|\Z)
    | \[(?P<xkey_i>-?\d{1,30})\][ \t]*+(?P<xikey>=>)[ \t]*+(?=\r?\n|\Z)
    | (?:public|protected|private)(?:[ \t]++readonly)?(?:[ \t]++(?P<ptype>\??[\w\\|]{1,100}))?
      [ \t]++\$(?P<pname>[^\r\n]{0,4096}?)[ \t]*+(?P<prop>=>)[ \t]*+(?=\r?\n|\Z)
    | (?P<string>string\((?P<n>\d{1,12})\)\ ")
    | (?P<array>array\(\d{1,12}\)\ \{)
    | (?P<object>object\((?P<cls>[^)\r\n]{1,300})\)\#\d++\ \(\d{1,12}\)\ \{)
    | (?P<xclass>class\ (?P<xcls>[^\#\s]{1,300})\#\d++\ \(\d{1,12}\)\ \{)
    | int\((?P<int>-?\d{1,30})\)(?![\w\x80-\xff])
    | (?:float|double)\((?P<float>[^)\r\n]{1,40})\)(?![\w\x80-\xff])
    | bool\((?P<bool>true|false)\)(?![\w\x80-\xff])
    | (?P<null>NULL)(?![\w\x80-\xff])
    | enum\((?P<enum>[^)\r\n]{1,300})\)
    | uninitialized\((?P<uninit>[^)\r\n]{1,100})\)
    | (?P<xuninit>\*uninitialized\*)
    | resource\((?P<rid>\d{1,12})\)\ of\ type\ \((?P<rtype>[^)\r\n]{0,100})(?P<resource>\))
    | (?P<recursion>\*RECURSION\*)
    )""",
    re.X,
)
# The common entry, a plain key line with a string, int, NULL, bool or array on the next line,
# read in one match: half the trips through the loop. (A value glued to letters, "NULLÿ5kA", is
# none: a byte of a UTF-8 letter counts as a word character, as an ASCII one does.)
_ENTRY = re.compile(
    rb"""[ \t\r\n]*+\[(?:"(?P<key>[^"\r\n]{0,4096}+)"|(?P<ikey>-?\d{1,30}+))\]=>[ \t]*+\r?\n
    [ \t]*+&?(?:string\((?P<n>\d{1,12})\)\ "|int\((?P<int>-?\d{1,30})\)(?![\w\x80-\xff])
    |(?P<null>NULL)(?![\w\x80-\xff])
    |bool\((?P<bool>true|false)\)(?![\w\x80-\xff])|(?P<array>array\(\d{1,12}\)\ \{))""",
    re.X,
)
# A token that may have been cut short by the end of the data.
_PARTIAL = re.compile(
    rb"[ \t\r\n]*+&?(?:[\['}]|public|protected|private|string|array|object|class|int|float|"
    rb"double|bool|NULL|enum|uninitialized|resource|\*)[^\r\n]*+\Z"
)
_INT_KEY = re.compile(rb"-?\d{1,30}")
# The shortest name after which a visibility suffix (or nothing) ends the key.
_VD_KEYSPEC = re.compile(rb'"(?P<name>.*?)"(?::(?:protected|private|public)|:"[^"]*":private)?',
                            re.S)
_PHP5_VISIBILITY = re.compile(r"^(?P<name>.*?)(?::[^:]*)?:(?:protected|private)$", re.S)
_XDEBUG_CUT = re.compile(rb'"\.\.\.[ \t]*+(?:\r?\n|\Z)')
_CLOSE = re.compile(rb'"[ \t]*+(?=\r?\n|\Z)')


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
    start: int = 0  # where its header begins: a frame deeper than MAX_DEPTH becomes this text

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
        self.deep = 0  # parts deeper than MAX_DEPTH kept as their dump text

    def parse(self) -> ParsedDump:
        stack: list[_Frame] = []
        result: JsonValue = None
        complete = True
        try:
            result = self._loop(stack)
        except _Garbage:
            if not stack:
                raise
            complete = False
            self.notes.append(f"unreadable dump syntax at byte {self.pos}; kept what came before")
            result = self._unwind(stack, None)
        except _Cut as cut:
            if not stack and not isinstance(cut, _CutString):
                raise _Garbage from None  # no value began: a header or a keyword alone is text
            complete = False
            # Everything after a cut belongs to the cut dump, unless the cut says where it ends.
            end = cut.end if isinstance(cut, _CutString) else None
            self.pos = len(self.data) if end is None else end
            if not self.notes:
                self.notes.append("cut off inside the dump; kept every complete part")
            partial = cut.value if isinstance(cut, _CutString) else None
            result = self._unwind(stack, partial) if stack else partial
        if self.deep:
            self.notes.append(deep_note(self.deep))
        return ParsedDump(
            value=result, end=self.pos, complete=complete,
            kind="xdebug" if self.xdebug else "var_dump", notes=self.notes,
            declared=self.top_declared, found=self.top_found,
        )

    def _loop(self, stack: list[_Frame]) -> JsonValue:
        data = self.data
        token, entry = _TOKEN.match, _ENTRY.match
        while True:
            if stack:
                fast = entry(data, self.pos)
                if fast is not None:
                    frame = stack[-1]
                    key = fast.group("key")
                    if key is None:
                        frame.key = int(fast.group("ikey"))
                    elif frame.cls is None:
                        frame.key = key.decode("utf-8", "replace")
                    else:  # PHP 5 wrote visibility inside the quotes
                        frame.key = _key_from_spec(b'"' + key + b'"', True)
                    self.pos = fast.end()
                    kind = fast.lastgroup
                    if kind == "array":
                        leaf = _read_block(data, fast.start("array"))
                        if leaf is None:
                            stack.append(_Frame(None, start=fast.start("array")))
                            continue
                        value, self.pos = leaf
                        self._attach(frame, self._shallow(value, fast.start("array"), stack))
                        continue
                    if kind == "n":
                        value = self._read_string(int(fast.group("n")), self.pos, False)
                    else:
                        value = self._scalar(kind, fast)
                    self._attach(frame, value)
                    continue
            match = token(data, self.pos)
            if match is None:
                if _PARTIAL.match(data, self.pos) or not data[self.pos :].strip():
                    raise _Cut
                raise _Garbage
            kind = match.lastgroup
            self.pos = match.end()
            if kind == "close":
                if not stack:
                    raise _Garbage
                frame = stack.pop()
                value = self._closed(frame, stack)
            elif kind in ("vkey", "mkey", "xkey", "xikey", "prop"):
                if not stack:
                    raise _Garbage
                self._set_key(stack[-1], kind, match)
                continue
            elif kind in ("array", "object", "xclass"):
                leaf = _read_block(data, match.start("array")) if kind == "array" else None
                if leaf is not None:
                    value, self.pos = leaf
                    value = self._shallow(value, match.start(), stack)
                else:
                    if kind == "xclass":
                        self.xdebug = True
                    cls = match.group("cls") or match.group("xcls")
                    stack.append(_Frame(cls.decode("utf-8", "replace") if cls else None,
                                        start=match.start()))
                    continue
            elif kind == "string":
                value = self._read_string(int(match.group("n")), self.pos, not stack)
            else:
                value = self._scalar(kind, match)
            if not stack:
                return value
            self._attach(stack[-1], value)

    def _unwind(self, stack: list[_Frame], partial: JsonValue) -> JsonValue:
        """Close every open container of a cut dump, innermost first."""
        if partial is not None and stack:
            self._attach(stack[-1], partial)
        value: JsonValue = None
        while stack:
            value = self._closed(stack.pop(), stack)
            if stack:
                self._attach(stack[-1], value)
        return value

    def _closed(self, frame: _Frame, stack: list[_Frame]) -> JsonValue:
        """The value of a frame just closed (popped off `stack`), ending at self.pos: its dump
        text when it lies deeper than MAX_DEPTH (and the frame holding it does not)."""
        if len(stack) == MAX_DEPTH:
            self.deep += 1
            return deep_text(self.data[frame.start : self.pos])
        return frame.value() if len(stack) < MAX_DEPTH else None

    def _shallow(self, value: JsonValue, start: int, stack: list[_Frame]) -> JsonValue:
        """A block read at once (a leaf array, or a list of them): its dump text when it
        reaches deeper than MAX_DEPTH."""
        if len(stack) > MAX_DEPTH:
            return None  # inside a part that is kept as text
        if len(stack) + nesting(value) <= MAX_DEPTH:
            return value
        self.deep += 1
        return deep_text(self.data[start : self.pos])

    @staticmethod
    def _attach(frame: _Frame, value: JsonValue) -> None:
        if frame.key_type is not None and isinstance(value, dict) and \
                value.get("__uninitialized__") == "":
            value = {"__uninitialized__": frame.key_type}
        frame.entries.append((frame.key if frame.key is not None else len(frame.entries), value))
        frame.key, frame.key_type = None, None

    def _set_key(self, frame: _Frame, kind: str, match: re.Match[bytes]) -> None:
        if kind in ("vkey", "mkey"):  # mkey: a quoted key holding a line break, read up to "]=>
            frame.key = _key_from_spec(match.group(f"{kind}_spec"), frame.cls is not None)
            return
        self.xdebug = True
        if kind == "xikey":
            frame.key = int(match.group("xkey_i"))
        elif kind == "xkey":
            text = match.group("xkey_s").replace(b"\\'", b"'").replace(b"\\\\", b"\\")
            frame.key = text.decode("utf-8", "replace")
        else:
            name = match.group("pname").decode("utf-8", "replace")
            frame.key = name[1:-1] if name.startswith("{") and name.endswith("}") else name
            frame.key_type = (match.group("ptype") or b"").decode("utf-8", "replace") or None

    @staticmethod
    def _scalar(kind: str | None, match: re.Match[bytes]) -> JsonValue:
        if kind == "int":
            return int(match.group("int"))
        if kind == "float":
            text = match.group("float").decode("utf-8", "replace")
            try:
                return php_float(text)
            except ValueError:
                return text
        if kind == "bool":
            return match.group("bool") == b"true"
        if kind == "null":
            return None
        if kind == "enum":
            return {"__enum__": match.group("enum").decode("utf-8", "replace")}
        if kind == "uninit":
            return {"__uninitialized__": match.group("uninit").decode("utf-8", "replace")}
        if kind == "xuninit":
            return {"__uninitialized__": ""}
        if kind == "resource":
            return {"__resource__": match.group("rtype").decode("utf-8", "replace"),
                    "id": int(match.group("rid"))}
        return "*RECURSION*"

    def _read_string(self, declared: int, start: int, top: bool) -> JsonValue:
        data = self.data
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
            # A cut payload is text even where the cut split a UTF-8 sequence.
            raise _CutString(raw.decode("utf-8", "replace"))
        mention = data[end : end + 1] == b'"' and b"\n" not in data[start:end]
        if top and not mention:
            # A quoted word in a sentence ("prints string(5) "hello" here") is a mention; any
            # other count that fits nowhere is a damaged dump. The rest of the line is taken as
            # its payload: left in place, it would read as a cut-off dump once the page is
            # shorter.
            line_end = data.find(b"\n", start)
            line_end = len(data) if line_end < 0 else line_end
            raw = data[start:line_end].rstrip(_WS)
            self.notes.append(f"declared {declared} bytes, but no closing quote fits; took the "
                              f"{len(raw)} bytes to the end of the line")
            self.top_declared, self.top_found = declared, len(raw)
            raise _CutString(raw.decode("utf-8", "replace"), end=line_end)
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
            cut = _XDEBUG_CUT.search(data, start, start + declared + 4)
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


# A whole array whose entries are all one-line scalars or strings, read in one match: most
# real dumps are lists of such records, and one findall beats a trip through the loop per line.
def _leaf_entry(named: bool) -> bytes:
    """One ``key line + one-line value`` pair; with named groups to read it, or none to match
    whole arrays of them."""

    def group(name: str) -> str:
        return f"?P<{name}>" if named else "?:"

    return (
        rf"""[ \t]*+(?:\[(?:"({group('key')}[^"\n]*+)"|({group('ikey')}-?\d{{1,30}}))\]=>"""
        rf"""|'({group('xkey')}(?:[^'\\\n]|\\.)*+)' =>|\[({group('xikey')}-?\d{{1,30}})\] =>)"""
        rf"""\n[ \t]*+(?:string\(({group('n')}\d{{1,12}})\) "({group('s')}[^\n]*)"""
        '"'
        rf"""|int\(({group('i')}-?\d{{1,30}})\)|({group('null')}NULL)"""
        rf"""|bool\(({group('b')}true|false)\)|(?:float|double)\(({group('f')}[^)\n]{{1,40}})\))"""
        r"\n"
    ).encode()


_LEAF_ENTRY = re.compile(_leaf_entry(named=True))
_LEAF_ARRAY = re.compile(
    rb"array\(\d{1,12}\) \{\n(?P<body>(?:" + _leaf_entry(named=False) + rb")*+)[ \t]*+\}"
)


def _read_leaf_array(data: bytes, pos: int) -> tuple[JsonValue, int] | None:
    """The value of the leaf array at `pos` and where it ends; None to take the general path.

    Every string's byte count is checked: one that does not fit sends the array back to the
    general path, which reads by count and explains the mismatch.
    """
    match = _LEAF_ARRAY.match(data, pos)
    if match is None:
        return None
    keys: list[bytes | int] = []
    values: list[JsonValue] = []
    for key, ikey, xkey, xikey, n, s, i, null, b, f in _LEAF_ENTRY.findall(match.group("body")):
        if ikey or xikey:
            keys.append(int(ikey or xikey))
        else:
            keys.append(xkey.replace(b"\\'", b"'").replace(b"\\\\", b"\\") if xkey else key)
        if n:
            if len(s) != int(n):
                return None
            try:
                values.append(s.decode("utf-8"))
            except UnicodeDecodeError:
                values.append({"__bytes_hex__": s.hex()})
        elif i:
            values.append(int(i))
        elif null:
            values.append(None)
        elif b:
            values.append(b == b"true")
        else:
            try:
                values.append(php_float(f.decode("utf-8", "replace")))
            except ValueError:
                return None
    if keys == list(range(len(keys))):
        return values, match.end()
    return {(k.decode("utf-8", "replace") if isinstance(k, bytes) else str(k)): v
            for k, v in zip(keys, values, strict=True)}, match.end()


_LIST_OPEN = re.compile(rb"array\(\d{1,12}\) \{(?=\n)")
_RECORD_KEY = re.compile(rb"\n[ \t]*+\[(-?\d{1,30})\] ?=>\n[ \t]*+(?=array\()")
_LIST_CLOSE = re.compile(rb"\n[ \t]*+\}")


def _read_record_list(data: bytes, pos: int) -> tuple[JsonValue, int] | None:
    """A list of leaf arrays (records) at `pos`, read record by record without the frame
    machinery; None when it is anything else (the general path then reads it)."""
    opened = _LIST_OPEN.match(data, pos)
    if opened is None:
        return None
    records: list[JsonValue] = []
    at = opened.end()
    while (key := _RECORD_KEY.match(data, at)) is not None:
        if int(key.group(1)) != len(records):
            return None
        leaf = _read_leaf_array(data, key.end())
        if leaf is None:
            return None
        records.append(leaf[0])
        at = leaf[1]
    closed = _LIST_CLOSE.match(data, at)
    if closed is None or not records:
        return None
    return records, closed.end()


def _read_block(data: bytes, pos: int) -> tuple[JsonValue, int] | None:
    """The fast paths for an array at `pos`: a list of records, or one record."""
    return _read_record_list(data, pos) or _read_leaf_array(data, pos)


def _key_from_spec(spec: bytes, in_object: bool) -> str | int:
    """The key of a ``[…]=>`` line: an integer, or a name without its visibility suffix."""
    if _INT_KEY.fullmatch(spec):
        return int(spec)
    if spec[:1] == b'"' and spec[-1:] == b'"' and spec.count(b'"') == 2:
        name = spec[1:-1].decode("utf-8", "replace")  # the common case, without a regex
        matched = True
    else:
        match = _VD_KEYSPEC.fullmatch(spec)
        name = (match.group("name") if match else spec).decode("utf-8", "replace")
        matched = match is not None and match.end("name") == len(spec) - 1
    if in_object and matched:
        old_style = _PHP5_VISIBILITY.match(name)  # PHP 5: ["p:protected"], ["p:Foo:private"]
        if old_style:
            return old_style.group("name")
    return name


class _CutString(_Cut):
    """The data ended inside a string; carries what of it was there, and where the dump ends
    when that is not the end of the data (a count that fits nowhere: the end of its line)."""

    def __init__(self, value: JsonValue, end: int | None = None) -> None:
        super().__init__()
        self.value = value
        self.end = end


def parse_var_dump(data: bytes, pos: int, *, xdebug: bool = False) -> ParsedDump | None:
    """Parse the var_dump (or Xdebug) value that starts at `pos`; None when it is not one."""
    try:
        return _VarDumpParser(data, pos, xdebug).parse()
    except _Garbage:
        return None
