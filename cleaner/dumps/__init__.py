"""Find and read PHP debug dumps: var_dump (PHP 5–8), Xdebug's text mode and print_r.

>>> parse_dump(b'int(5)\\n', 0).value
5
"""

from __future__ import annotations

import re

from cleaner.dumps.common import ParsedDump
from cleaner.dumps.print_r import parse_print_r
from cleaner.dumps.var_dump import parse_var_dump

__all__ = ["DUMP_START", "ParsedDump", "parse_dump"]

# A dump block starts at the beginning of a line with one of these.
DUMP_START = re.compile(
    # A line starts after LF or a lone CR (old Mac files): both become LF later.
    rb"(?m)(?:^|(?<=\r))[ \t]*+&?(?:string\(\d|array\(\d|object\(|class [\w\\]+#\d|int\(-?\d|"
    rb"float\(|double\(|bool\((?:true|false)\)|NULL[ \t]*+\r?$|enum\(|resource\(\d|"
    rb"uninitialized\(|Array[ \t]*+\r?\n[ \t]*+\(|[\w\\]++ Object[ \t]*+\r?\n[ \t]*+\(|"
    rb"\S*\.php:\d++:[ \t]*+\r?$)"
)
_XDEBUG_HEADER = re.compile(rb"[ \t]*+(\S*\.php):(\d++):[ \t]*+\r?\n")
_PRINT_R_START = re.compile(rb"[ \t]*+(?:Array|[\w\\]++ Object)[ \t]*+\r?\n")


def parse_dump(data: bytes, pos: int) -> ParsedDump | None:
    """Parse the dump that starts at `pos` (a line start); None when it is not a dump."""
    header = _XDEBUG_HEADER.match(data, pos)
    start = header.end() if header else pos
    if _PRINT_R_START.match(data, start):
        return parse_print_r(data, start)
    return parse_var_dump(data, start, xdebug=header is not None)
