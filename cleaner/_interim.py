"""Interim stand-ins for the helpers' APIs (dates, bylines, chrome); replaced at their merge."""

from __future__ import annotations

import regex

_CAPTION = regex.compile(
    r"\((?:[\w .'-]+ )?(?:Photo|Photos|File Photo|Image)s?\)(?:\s*\|\s*License Photo)?$"
    r"|\(\w[\w .'-]*/\w[\w .'-]*\)$", regex.I)


def chrome_line(line: str) -> str | None:
    from cleaner.passes.strip_furniture import _shape, is_gallery_paste

    if _CAPTION.search(line):
        return "photo caption"
    return _shape(line) or ("gallery block" if is_gallery_paste(line, None) else None)
