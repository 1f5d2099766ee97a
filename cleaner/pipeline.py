"""The pipeline: an explicit, ordered tuple of passes, read top to bottom.

Order matters: dumps are cut out on the text exactly as read (their byte counts are only true
there), then decoded; only then is whitespace touched (and the dumps that normalising reveals
are cut out too); the date line is found before the header
because it tells where the header ends; furniture goes once the header is known (a gallery
block repeats the title); quotes are repaired on the finished body.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from cleaner.document import Document, Draft, Options
from cleaner.errors import UnknownPassError
from cleaner.passes.decode_embedded_json import decode_embedded_json
from cleaner.passes.decode_html import decode_html
from cleaner.passes.extract_quotes import extract_quotes
from cleaner.passes.find_credits import find_credits
from cleaner.passes.fix_c1_controls import fix_c1_controls
from cleaner.passes.fix_quote_attribution import fix_quote_attribution
from cleaner.passes.join_hard_wraps import join_hard_wraps
from cleaner.passes.normalize_quotes import normalize_quotes
from cleaner.passes.normalize_whitespace import normalize_whitespace
from cleaner.passes.parse_dateline import parse_dateline
from cleaner.passes.read_json_record import read_json_record
from cleaner.passes.repair_header import repair_header
from cleaner.passes.repair_mojibake import repair_mojibake
from cleaner.passes.strip_furniture import strip_furniture
from cleaner.passes.strip_revealed_dumps import strip_revealed_dumps
from cleaner.passes.strip_var_dump import decode_raw, strip_var_dump

Pass = Callable[[Draft], Draft]

PASSES: tuple[Pass, ...] = (
    strip_var_dump,
    decode_embedded_json,
    read_json_record,
    repair_mojibake,
    fix_c1_controls,
    decode_html,
    normalize_whitespace,
    strip_revealed_dumps,
    join_hard_wraps,
    parse_dateline,
    repair_header,
    strip_furniture,
    find_credits,
    fix_quote_attribution,
    normalize_quotes,
    extract_quotes,
)

PASS_NAMES: tuple[str, ...] = tuple(p.__name__ for p in PASSES)


def select_passes(
    only: Iterable[str] = (), skip: Iterable[str] = ()
) -> tuple[Pass, ...]:
    """The passes to run, in pipeline order, after --only/--skip."""
    only, skip = tuple(only), tuple(skip)
    unknown = [name for name in (*only, *skip) if name not in PASS_NAMES]
    if unknown:
        raise UnknownPassError(
            f"unknown pass {unknown[0]!r}; known passes: {', '.join(PASS_NAMES)}"
        )
    return tuple(
        p for p in PASSES if (not only or p.__name__ in only) and p.__name__ not in skip
    )


def run(
    text: str,
    *,
    source: str | None = None,
    options: Options | None = None,
    passes: tuple[Pass, ...] = PASSES,
    raw: bytes | None = None,
    encoding: str = "utf-8",
    warnings: tuple[str, ...] = (),
) -> Document:
    """Run the passes over one page and return the finished Document.

    `raw`, when given, is the page's bytes (`text` their decoded form, with `encoding`): dumps
    are then cut out of the bytes as read, before decoding. `warnings` come from decoding.
    """
    draft = Draft(text=text, raw=raw, encoding=encoding, source=source,
                  options=options or Options(), warnings=warnings)
    for step in passes:
        if step is not strip_var_dump:
            draft = decode_raw(draft)  # every pass but the first works on text
        draft = step(draft)
    return Document.from_draft(decode_raw(draft), original=text)
