"""strip_var_dump: cut PHP ``var_dump`` string blocks out of the article and keep their payload.

A dump is a line that starts with ``string(N) "``; N counts UTF-8 *bytes*, and the payload may
hold quotes and newlines, so it is read by length, never by a regex up to the next quote. This
pass runs first, on the text exactly as read, because any other change would falsify N.

Never touches: text that merely mentions ``string(5)`` inside a sentence (a dump starts a line).

>>> from cleaner.document import Draft
>>> d = strip_var_dump(Draft('Body.\\nstring(9) "[1, "a"]"\\n'))
>>> d.text, d.dumps[0].payload, d.dumps[0].complete
('Body.\\n', '[1, "a"]', True)
"""

from __future__ import annotations

import regex

from cleaner.document import Draft, Dump

NAME = "strip_var_dump"

_DUMP_START = regex.compile(rb'(?m)^[ \t]*string\((\d{1,12})\) "')
# The closing quote of a dump ends its line (maybe followed by spaces).
_CLOSING_QUOTE = regex.compile(rb'"[ \t]*(?:\r?\n|\Z)')
_LINE_REST = regex.compile(rb"[ \t]*(?:\r?\n|\Z)")


def _tolerance(declared: int) -> int:
    """How far off a count may be and still be a re-encoding (CRLF, Windows-1252 → UTF-8).

    Each re-encoded character moves the count by one or two bytes; a payload that is off by
    more than an eighth of its length was cut off, not re-encoded.
    """
    return max(16, declared // 8)


def _find_close(data: bytes, start: int, declared: int) -> int | None:
    """Where the payload really ends when the declared count does not fit (re-encoded file).

    Takes the line-ending quote nearest to where the count says the payload ends, within the
    re-encoding tolerance; None when there is none.
    """
    expected = start + declared
    window = _tolerance(declared)
    best: int | None = None
    for match in _CLOSING_QUOTE.finditer(data, max(start, expected - window)):
        if match.start() > expected + window:
            break
        if best is None or abs(match.start() - expected) < abs(best - expected):
            best = match.start()
    return best


def _line_of(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos) + 1


def strip_var_dump(draft: Draft) -> Draft:
    """Remove each ``string(N) "…"`` dump block; keep its payload in ``draft.dumps``.

    Before: ``Body.⏎string(9) "[1, "a"]"``  After: ``Body.⏎`` with payload ``[1, "a"]``.
    """
    if "string(" not in draft.text:
        return draft
    data = draft.text.encode("utf-8", "surrogatepass")
    pieces: list[bytes] = []
    dumps: list[Dump] = []
    warnings: list[str] = []
    pos = 0
    for match in _DUMP_START.finditer(data):
        if match.start() < pos:  # inside a payload we already consumed
            continue
        declared = int(match.group(1))
        start = match.end()
        end = start + declared
        line = _line_of(data, match.start())
        exact = data[end : end + 1] == b'"'
        if exact and _CLOSING_QUOTE.match(data, end):
            payload_end, close_end, complete = end, end + 1, True
        else:
            close = _find_close(data, start, declared)
            if close is None and exact:
                # The count fits but the line goes on after the quote: trust the count.
                payload_end, close_end, complete = end, end + 1, True
            elif close is None:
                payload_end = min(end, len(data))
                close_end, complete = payload_end, False
            else:
                payload_end, close_end, complete = close, close + 1, True
        found = payload_end - start
        payload = data[start:payload_end]
        if not complete:
            payload = payload.rstrip(b" \t\r\n")
            found = len(payload)
            warnings.append(
                f"var_dump at line {line}: declared {declared} bytes, found {found} "
                + ("(cut off before its closing quote)" if payload_end == len(data)
                   else "(no closing quote where the count ends)")
            )
        elif found != declared:
            warnings.append(
                f"var_dump at line {line}: declared {declared} bytes, found {found} "
                f"(count off by {found - declared:+d}; the file was probably re-encoded)"
            )
        pieces.append(data[pos : match.start()])
        raw = data[match.start() : close_end]
        # The dump's own line break goes with it, so no empty line is left where it stood.
        rest = _LINE_REST.match(data, close_end)
        if rest:
            close_end = rest.end()
        dumps.append(
            Dump(
                raw=raw.decode("utf-8", "replace"),
                payload=payload.decode("utf-8", "replace"),
                declared=declared,
                found=found,
                complete=complete,
                line=line,
            )
        )
        pos = close_end
    if not dumps:
        return draft
    pieces.append(data[pos:])
    new = draft.replace(
        text=b"".join(pieces).decode("utf-8", "surrogatepass"),
        dumps=(*draft.dumps, *dumps),
    )
    for dump in dumps:
        new = new.fix(
            NAME,
            f"removed var_dump string({dump.declared}) "
            f"({dump.found} bytes{'' if dump.complete else ', cut off'}) into embedded",
            dump.raw,
            "",
            dump.line,
        )
    for warning in warnings:
        new = new.warn(warning)
    return new
