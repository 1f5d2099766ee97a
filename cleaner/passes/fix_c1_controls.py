"""fix_c1_controls: C1 control characters become the Windows-1252 punctuation they stand for.

U+0080–U+009F have no use in text: they are Windows-1252 bytes read as Latin-1 (``\\x85`` is
``…``, ``\\x84``/``\\x93`` are ``„``/``“``, ``\\x96`` is ``–``), as ftfy's ``fix_c1_controls``
reads them; the five bytes Windows-1252 leaves undefined stay as they are. It runs after
repair_mojibake, as in ftfy (a C1 control may be a byte of UTF-8 mojibake, ``Р\\x98`` in
Windows-1251, which only reads right before it is converted), and before normalize_whitespace,
which would read U+0085 as a line break and split a paragraph in two.

>>> from cleaner.document import Draft
>>> fix_c1_controls(Draft("parlé\\x85 Tu sais, \\x84Handwerk\\x93\\n")).text
'parlé… Tu sais, „Handwerk“\\n'
"""

from __future__ import annotations

import re

from ftfy.fixes import fix_c1_controls as _ftfy_fix_c1

from cleaner.document import Draft, Log

NAME = "fix_c1_controls"

_C1 = re.compile("[\x80-\x9f]")


def _has_c1(text: str) -> bool:
    """Any C1 control? Each is the bytes C2 80-9F in UTF-8: a page without a C2 byte (most
    pages) needs no character-by-character search."""
    return not text.isascii() and b"\xc2" in text.encode("utf-8", "surrogatepass") \
        and _C1.search(text) is not None


def fix_c1_controls(draft: Draft) -> Draft:
    """Replace C1 controls on each line (and in the title and subtitle) that has them,
    recording the line.

    Before: ``parlé\\x85 Tu sais``  After: ``parlé… Tu sais``
    """
    title = draft.title or ""
    subtitle = draft.subtitle or ""
    if not _has_c1(draft.text) and not _has_c1(title) and not _has_c1(subtitle):
        return draft
    log = Log(NAME)
    lines = draft.text.split("\n")
    for number, line in enumerate(lines, start=1):
        if _C1.search(line):
            fixed = _ftfy_fix_c1(line)
            log.fix("C1 controls read as Windows-1252", line, fixed, number)
            lines[number - 1] = fixed
    new_title = _ftfy_fix_c1(title) if title else title
    log.fix("C1 controls in the title read as Windows-1252", title, new_title)
    # A record's dek too: its line in the text is repaired, and the two must stay one.
    new_subtitle = _ftfy_fix_c1(subtitle) if subtitle else subtitle
    log.fix("C1 controls in the subtitle read as Windows-1252", subtitle, new_subtitle)
    if not log.fixes:
        return draft
    return log.apply(draft, text="\n".join(lines), title=new_title or draft.title,
                     subtitle=new_subtitle or draft.subtitle)
