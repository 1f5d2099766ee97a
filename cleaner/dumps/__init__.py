"""Find and read PHP debug dumps: var_dump (PHP 5–8), Xdebug's text mode and print_r.

>>> parse_dump(b'int(5)\\n', 0).value
5
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleaner.dumps.common import ParsedDump
from cleaner.dumps.print_r import parse_print_r
from cleaner.dumps.var_dump import parse_var_dump

__all__ = ["DUMP_START", "ParsedDump", "dump_starts", "parse_dump"]

# A dump block starts at the beginning of a line with one of these.
DUMP_START = re.compile(
    # A line starts after LF or a lone CR (old Mac files): both become LF later.
    rb"(?m)(?:^|(?<=\r))[ \t]*+&?(?:string\(\d|array\(\d|object\(|class [\w\\]+#\d|int\(-?\d|"
    rb"float\(|double\(|bool\((?:true|false)\)|NULL[ \t]*+\r?$|enum\(|resource\(\d|"
    rb"uninitialized\(|Array[ \t]*+\r?\n[ \t]*+\(|[\w\\]++ Object[ \t]*+\r?\n[ \t]*+\(|"
    rb"\S*\.php:\d++:[ \t]*+\r?$)"
)
# Every dump start holds one of these on its own line or the next (``Array⏎(``). Searching
# for them with bytes.find is ~20× faster than scanning the page with DUMP_START.
_NEEDLES = (b"(", b"NULL", b"#", b".php:")
_LINE_BREAK = re.compile(rb"[\r\n]")


def _line_start(data: bytes, pos: int) -> int:
    """Start of the line holding `pos`; a line starts after LF or a lone CR."""
    lf = data.rfind(b"\n", 0, pos)
    # Search for CR only after that LF: a page without CRs must not be scanned back to byte 0.
    return max(lf, data.rfind(b"\r", lf + 1, pos)) + 1


def dump_starts(data: bytes) -> Iterator[int]:
    """Positions where DUMP_START matches, in order: the same as its ``finditer``, but fast.

    Each needle is looked for with bytes.find, once per line; only the start of a line holding
    one (and of the line above) is tried with DUMP_START. Linear in the page.

    >>> list(dump_starts(b'Text (not a dump).\\nstring(2) "ab"\\nArray\\n(\\n)\\n'))
    [19, 34]
    """
    candidates: set[int] = set()
    for needle in _NEEDLES:
        pos = data.find(needle)
        while pos != -1:
            start = _line_start(data, pos)
            candidates.add(start)
            if start and needle == b"(" and not data[start:pos].strip(b" \t"):
                # A line that opens with "(": ``Array`` or ``Foo Object`` may stand above it.
                above = start - 2 if data[start - 2 : start] == b"\r\n" else start - 1
                candidates.add(_line_start(data, above))
            end = _LINE_BREAK.search(data, pos)
            if end is None:
                break
            pos = data.find(needle, end.end())
    taken = 0  # finditer's matches do not overlap: neither do ours
    for start in sorted(candidates):
        if start >= taken and (match := DUMP_START.match(data, start)):
            taken = match.end()
            yield start


_XDEBUG_HEADER = re.compile(rb"[ \t]*+(\S*\.php):(\d++):[ \t]*+\r?\n")
_PRINT_R_START = re.compile(rb"[ \t]*+(?:Array|[\w\\]++ Object)[ \t]*+\r?\n")


def parse_dump(data: bytes, pos: int) -> ParsedDump | None:
    """Parse the dump that starts at `pos` (a line start); None when it is not a dump."""
    header = _XDEBUG_HEADER.match(data, pos)
    start = header.end() if header else pos
    if _PRINT_R_START.match(data, start):
        return parse_print_r(data, start)
    return parse_var_dump(data, start, xdebug=header is not None)
