"""repair_mojibake: undo UTF-8 text that was decoded as Windows-1252 (``Itâ€™s`` → ``It’s``).

A cheap check looks for the byte patterns mojibake leaves (a lead character ``Â``–``ï`` followed
by what continuation bytes become in Windows-1252); only pages that show them pay for ftfy, the
field's library for this, and only its encoding fixer runs (no quote uncurling, no other change).

Never touches: text without those patterns, including real accented text such as ``café``.

>>> from cleaner.document import Draft
>>> repair_mojibake(Draft("Itâ€™s a cafÃ©.\\n")).text
'It’s a café.\\n'
"""

from __future__ import annotations

import re

import regex

from cleaner.document import Draft, Log

NAME = "repair_mojibake"

# What a UTF-8 lead byte followed by continuation bytes looks like once read as Windows-1252.
_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc" \
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_WORD = re.compile(r"\S+")
_MOJIBAKE = re.compile(f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}")
# Every mojibake sequence starts with one of these; the regex module finds a lone character
# class ~15× faster than re finds the two-part pattern, and most pages hold none.
_LEAD = regex.compile("[\u00c2-\u00ef]")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def repair_mojibake(draft: Draft) -> Draft:
    """Fix each line that shows mojibake, recording the line before and after.

    Before: ``Itâ€™s a cafÃ©.``  After: ``It’s a café.``
    """
    if not _LEAD.search(draft.text) or not _MOJIBAKE.search(draft.text):
        return draft
    from ftfy import fix_encoding  # imported only when a page needs it

    def fix_word(word: str) -> str:
        fixed = fix_encoding(word)
        # A zero-width space repaired out of "â€‹" goes later (normalize_whitespace); when what
        # stands around it is mojibake too ("ââ€‹€‹"), repair that now, or the next run would.
        visible = fixed.translate(_ZERO_WIDTH)
        return fix_encoding(visible) if visible != fixed and _MOJIBAKE.search(visible) else fixed

    def fix_words(text: str) -> str:
        # Word by word: ftfy reads "Â " as a lost no-break space, which would change spacing
        # that normalize_whitespace has already settled.
        return _WORD.sub(lambda m: fix_word(m.group()) if _MOJIBAKE.search(m.group())
                         else m.group(), text)

    log = Log(NAME)
    lines = draft.text.split("\n")
    for number, line in enumerate(lines, start=1):
        if _MOJIBAKE.search(line):
            fixed = fix_words(line)
            log.fix("repaired mojibake", line, fixed, number)
            lines[number - 1] = fixed
    title = fix_words(draft.title) if draft.title and _MOJIBAKE.search(draft.title) else None
    if title is not None:
        log.fix("repaired mojibake in the title", draft.title or "", title)
    return log.apply(draft, text="\n".join(lines), title=title or draft.title)
