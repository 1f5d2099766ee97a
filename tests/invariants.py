"""Checkers for the invariants every cleaned page must keep (used by several test modules)."""

from __future__ import annotations

import re

from cleaner import Document
from cleaner.render import dumps_deep

_WORD = re.compile(r"\w+")


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def lost_words(original: str, doc: Document) -> set[str]:
    """Words of the input found nowhere in the result: not in the text, not in a structured
    field (title, authors, a dump in embedded, the raw date…), not in a recorded fix."""
    kept = [doc.to_text(), doc.title or "", doc.subtitle or "", doc.label or "",
            doc.published_raw or "", " ".join(doc.authors), " ".join(doc.credits),
            dumps_deep(list(doc.embedded), indent=None), " ".join(doc.warnings)]
    kept += [f"{fix.before} {fix.after}" for fix in doc.fixes]
    return words(original) - words(" ".join(kept))


# Fixes that describe a change rather than quote it; replay applies them as described.
_DESCRIBED = {"\\r\\n", "\\n\\n\\n"}


def _whole_line(text: str, before: str, line: int | None) -> int:
    """Where `before` stands as a whole line (a line fix means that line, not a substring).

    When it stands on several lines, the one nearest to the fix's line number is taken: the
    numbers drift as earlier fixes remove lines, but the nearest copy is the one the pass saw.
    """
    if "\n" in before:
        return -1
    starts: list[tuple[int, int]] = []  # (line number, offset) of each copy
    offset = 0
    for number, current in enumerate(text.split("\n"), start=1):
        if current == before:
            starts.append((number, offset))
        offset += len(current) + 1
    if not starts:
        return -1
    if line is None:
        return starts[0][1]
    return min(starts, key=lambda item: abs(item[0] - line))[1]


def replay(original: str, doc: Document) -> list[str]:
    """Apply the recorded fixes to the input, in order; return its non-blank lines.

    Must equal the body: the fixes explain the output completely.
    """
    text = original
    for fix in doc.fixes:
        if fix.before in _DESCRIBED:
            if fix.before == "\\r\\n":
                text = re.sub(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]", "\n", text)
            continue
        if fix.before.strip("\n") == "" or fix.pass_name == "decode":
            continue  # blank lines at the ends: no paragraph depends on them
        if fix.pass_name == "normalize_quotes" and fix.message.startswith("made title"):
            continue
        if fix.pass_name == "repair_mojibake" and fix.message.endswith("title"):
            continue
        position = _whole_line(text, fix.before, fix.line)
        if position < 0:
            position = text.find(fix.before)
        if position < 0:
            raise AssertionError(f"fix not found in the text while replaying: {fix}")
        text = text[:position] + fix.after + text[position + len(fix.before) :]
    return [line.strip() for line in text.split("\n") if line.strip()]
