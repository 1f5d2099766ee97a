"""strip_furniture: remove page furniture lines that are not article text.

Lines the chrome reader (`cleaner.chrome`) knows as chrome, alone or by their block (a comment
form, related links) and the alalam shapes, each on a line of
its own: ``MoreImage`` and the gallery block after it (the title pasted
many times without separators); desk and editor codes (``212``, ``218-12``, ``S/SH 11``,
``SA - 12``, ``NJF/NJF``, ``MRKD/SHI``); site tags (``Alalam - Syria``, ``Alalam Syria``); an
empty ``Category:`` line; photo captions in brackets (``(Photo: AMN)``); reading-time and counter
lines (``1 Min Read``, ``Views: 120``); a lead paragraph repeated verbatim.

Never touches: a real one-line paragraph. A short line goes only when it has one of these shapes.

>>> from cleaner.document import Draft
>>> strip_furniture(Draft("Body.\\nSHI/SHI\\nAlalam - Iraq\\nMore body.\\n")).text
'Body.\\nMore body.\\n'
"""

from __future__ import annotations

from cleaner.chrome import chrome_blocks, chrome_line, is_gallery_paste
from cleaner.document import Draft, Log
from cleaner.header import plan_for
from cleaner.lexicon.chrome import HEADER_ONLY
from cleaner.passes.strip_revealed_dumps import strip_dumps_revealed

NAME = "strip_furniture"
MAX_FURNITURE = 60  # characters: a longer line is a repeated lead only when it repeats it


def strip_furniture(draft: Draft) -> Draft:
    """Remove each furniture line, recording what shape it had.

    Before: ``S/SH 11`` on a line of its own  After: the line is gone.
    """
    log = Log(NAME)
    plan = plan_for(draft.text, draft.header, draft.options)
    planned = {step.index: step.message for step in plan.steps_of(NAME)}  # the header's chrome
    lines = draft.text.split("\n")
    kept: list[str] = []
    removed: list[int] = []
    after_gallery = False
    first_paragraph: str | None = None
    blocks = chrome_blocks(lines, plan.body_start)
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if number - 1 in planned:
            log.fix(planned[number - 1], line, "", number)
            removed.append(number - 1)
            continue
        if not stripped:
            kept.append(line)
            continue
        shape = blocks.get(number - 1) or chrome_line(stripped)
        if shape in HEADER_ONLY:
            shape = None  # the header plan removes it there; in the body it is a section head
        if shape is None and (after_gallery or len(stripped) >= 24):
            shape = "gallery block" if is_gallery_paste(stripped, draft.title) else None
        if shape is None and first_paragraph is not None and stripped == first_paragraph \
                and len(stripped) > MAX_FURNITURE:
            shape = "repeated lead paragraph"
        if shape is None:
            after_gallery = False
            if first_paragraph is None:
                first_paragraph = stripped
            kept.append(line)
            continue
        after_gallery = shape in ("gallery marker", "gallery block")
        log.fix(f"removed {shape}", line, "", number)
        removed.append(number - 1)
    if len(kept) == len(lines):
        return draft
    text = "\n".join(kept)
    # (a dump whose closing quote the removed lines kept out of reach: the next run takes it)
    return strip_dumps_revealed(log.apply(draft, text=text, header=plan.applied(NAME, text,
                                                                                removed)), NAME)
