"""strip_var_dump: cut PHP debug dumps (var_dump, Xdebug, print_r) out of the article.

Each dump block is parsed exactly (see ``cleaner.phpdump``): a ``string(N) "…"`` is read by its
byte count N, never by a regex up to the next quote. This pass runs first, on the bytes exactly
as read, because any other change (line endings, encoding repair) would falsify N. The parsed
values go to ``draft.dumps``; ``decode_embedded_json`` then fills ``embedded``.

Never touches: text that merely mentions ``string(5)`` inside a sentence (a dump block starts a
line and, for a string, its closing quote ends one).

>>> from cleaner.document import Draft
>>> d = strip_var_dump(Draft('Body.\\nstring(9) "[1, "a"]"\\n'))
>>> d.text, d.dumps[0].value, d.dumps[0].complete
('Body.\\n', '[1, "a"]', True)
"""

from __future__ import annotations

import re

from cleaner.decode import decode_with
from cleaner.document import Draft, Dump, Log
from cleaner.dumps import dump_starts, parse_dump

NAME = "strip_var_dump"

# The dump's own line break goes with it, so no empty line is left where it stood.
_LINE_REST = re.compile(rb"[ \t]*+(?:\r?\n|\Z)")


def _describe(kind: str, value: object) -> str:
    if isinstance(value, str):
        return f"{kind} string"
    if isinstance(value, list):
        return f"{kind} array of {len(value)}"
    if isinstance(value, dict):
        return f"{kind} {value.get('__class__', 'array')!s}"
    return f"{kind} {type(value).__name__}"


def strip_var_dump(draft: Draft) -> Draft:
    """Remove each dump block from the page; keep its parsed value in ``draft.dumps``.

    Before: ``Body.⏎string(9) "[1, "a"]"``  After: ``Body.⏎`` with payload ``[1, "a"]``.
    """
    return strip_dumps(draft, NAME)


def strip_dumps(draft: Draft, pass_name: str) -> Draft:
    """The work of strip_var_dump, with fixes recorded under `pass_name`."""
    if draft.raw is not None:
        data = draft.raw

        def decode(part: bytes) -> str:
            return decode_with(part, draft.encoding)
    else:  # the text, encoded here: its parts decode back exactly
        data = draft.text.encode("utf-8", "surrogatepass")

        def decode(part: bytes) -> str:
            return part.decode("utf-8", "surrogatepass")
    pieces: list[bytes] = []
    dumps: list[Dump] = []
    # What each dump took out of the page (the dump and its line break), and its column when
    # it does not start its line (after a lone CR).
    removed: list[tuple[str, int | None]] = []
    pos = 0
    line, counted_to = 1, 0
    for start in dump_starts(data):
        if start < pos:
            continue  # inside a dump already taken
        parsed = parse_dump(data, start)
        if parsed is None or parsed.end <= start:
            continue
        line += data.count(b"\n", counted_to, start)
        counted_to = start
        end = parsed.end
        rest = _LINE_REST.match(data, end)
        if rest:
            end = rest.end()
        pieces.append(data[pos:start])
        line_start = data.rfind(b"\n", 0, start) + 1
        column = len(decode(data[line_start:start])) + 1 if start > line_start else None
        removed.append((decode(data[start:end]), column))
        dumps.append(Dump(
            raw=decode(data[start : parsed.end]),
            value=parsed.value,
            kind=parsed.kind,
            complete=parsed.complete,
            line=line,
            declared=parsed.declared,
            found=parsed.found,
            notes=tuple(parsed.notes),
        ))
        pos = end
    if not dumps:
        return decode_raw(draft)
    pieces.append(data[pos:])
    new = decode_raw(draft.replace(raw=b"".join(pieces)) if draft.raw is not None else
                     draft.replace(text=b"".join(pieces).decode("utf-8", "surrogatepass")))
    log = Log(pass_name)
    for dump, (text, column) in zip(dumps, removed, strict=True):
        size = f"{dump.found} of {dump.declared} bytes, " if dump.declared is not None else ""
        state = "complete" if dump.complete else "cut off"
        log.fix(f"removed {_describe(dump.kind, dump.value)} ({size}{state}) into embedded",
                text, "", dump.line, column)
        for note in dump.notes:
            log.warn(f"{dump.kind} at line {dump.line}: {note}")
    return log.apply(new, dumps=(*draft.dumps, *dumps))


def decode_raw(draft: Draft) -> Draft:
    """Turn the bytes still held by the draft into its text, with the page's one codec."""
    if draft.raw is None:
        return draft
    return draft.replace(text=decode_with(draft.raw, draft.encoding), raw=None)
