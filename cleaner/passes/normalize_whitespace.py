"""normalize_whitespace: LF line endings, no trailing or doubled spaces, one blank line at most.

Paragraph breaks themselves are kept as they are (single or blank-line separated); the renderer
puts exactly one blank line between paragraphs. Never touches: the words, or the order of lines.

>>> from cleaner.document import Draft
>>> normalize_whitespace(Draft("Title  \\r\\n\\r\\n\\r\\nBody  text.")).text
'Title\\n\\nBody text.\\n'
"""

from __future__ import annotations

import re

import regex

from cleaner.document import Draft, Log

NAME = "normalize_whitespace"

# Every character str.splitlines() breaks at: form feeds and separators are line breaks too.
_LINE_BREAK = regex.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]")
_INNER_RUN = regex.compile(
    r"(?<=\S)[ \t\x1f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}+(?=\S)"
)
# (read_json_record skips both kinds between a record's tokens, as this pass leaves them)
SPACE_CHARS = ("\t\x1f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004"
               "\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")
_TO_SPACE = {ord(ch): " " for ch in SPACE_CHARS}
ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
ZERO_WIDTH = regex.compile(f"[{ZERO_WIDTH_CHARS}]")
_BLANK_RUN = regex.compile(r"\n(?:[ \t]*\n){2,}+")
# Characters that always need work; most pages have none, so one search over the page tells
# whether the per-line checks can stick to cheap string tests.
_RARE_SPACE = re.compile(r"[\t\x1f\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]")


def _line_needs_work(line: str, rare: bool) -> bool:
    if not line:
        return False
    if line[0].isspace() or line[-1].isspace() or "  " in line:
        return True
    return rare and _RARE_SPACE.search(line) is not None


def _has_odd_breaks(text: str) -> bool:
    return any(ch in text for ch in "\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e")


def plain_breaks(text: str) -> str:
    """The text with every line break as this pass leaves it, ``\\n`` (for read_json_record,
    which runs before it: a record with a group separator between its tokens is read so).

    >>> plain_breaks("a\\r\\nb\\x1dc")
    'a\\nb\\nc'
    """
    return _LINE_BREAK.sub("\n", text) if _has_odd_breaks(text) else text


def _already_normal(text: str) -> bool:
    """Most clean pages need nothing: tell so with plain string tests, no per-line work."""
    return (text.endswith("\n") and not text.endswith("\n\n") and not text.startswith(("\n", " "))
            and "\r" not in text and "  " not in text and " \n" not in text
            and "\n " not in text and "\n\n\n" not in text and _RARE_SPACE.search(text) is None
            and not _has_odd_breaks(text))


def normalize_whitespace(draft: Draft) -> Draft:
    """Normalise line endings and spacing; record each changed line.

    Before: ``Body  text.  ⏎``  After: ``Body text.⏎``.
    """
    text = draft.text
    if _already_normal(text):
        return draft
    log = Log(NAME)
    converted, count = _LINE_BREAK.subn("\n", text) if _has_odd_breaks(text) else (text, 0)
    if count:
        log.fix(f"converted {count} line ending(s) to LF", "\\r\\n", "\\n")
    out: list[str] = []
    rare = _RARE_SPACE.search(converted) is not None
    for number, line in enumerate(converted.split("\n"), start=1):
        if not _line_needs_work(line, rare):
            out.append(line)
            continue
        cleaned = ZERO_WIDTH.sub("", line)
        cleaned = _INNER_RUN.sub(" ", cleaned.strip())
        cleaned = cleaned.translate(_TO_SPACE)
        if cleaned != line:
            log.fix("normalised spaces", line, cleaned, number)
        out.append(cleaned)
    whole = "\n".join(out)
    joined = whole.strip("\n")
    top = len(whole) - len(whole.lstrip("\n"))
    bottom = len(whole) - len(whole.rstrip("\n")) - 1
    if top:
        log.fix(f"removed {top} blank line(s) at the top", "\n" * top, "", 1)
    if bottom > 0 and joined:
        log.fix(f"removed {bottom} blank line(s) at the end", "\n" * bottom, "")
    collapsed = _BLANK_RUN.sub("\n\n", joined) if "\n\n" in joined else joined
    if collapsed != joined:
        log.fix("collapsed runs of blank lines", "\\n\\n\\n", "\\n\\n")
    result = collapsed + "\n" if collapsed else ""
    return log.apply(draft, text=result)
