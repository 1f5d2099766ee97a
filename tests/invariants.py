"""Checkers for the invariants every cleaned page must keep (used by several test modules)."""

from __future__ import annotations

import itertools
import re

from cleaner import Document, Fix
from cleaner.pipeline import PASS_NAMES
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
_CONVERTED_BREAKS = "\\r\\n"
_COLLAPSED_BLANKS = "\\n\\n\\n"
_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]")
_BLANK_RUN = re.compile(r"\n(?:[ \t]*\n){2,}")
# Passes that see the text after normalize_whitespace has ended it with a line break.
_AFTER_WHITESPACE = {name: index > PASS_NAMES.index("normalize_whitespace")
                     for index, name in enumerate(PASS_NAMES)}
# The pass that empties a line of spaces but keeps it; every other pass deletes what it empties.
_BLANKS_LINES = {"normalize_whitespace"}


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def _apply_at_lines(text: str, fixes: list[Fix]) -> str:
    """Apply fixes that each name a line of the text their pass saw (this text), bottom-up.

    Bottom-up (and right to left on a line), a fix never moves the text of the fixes still to
    come, so every line and column stays true. `before` must stand exactly there. A fix that
    empties whole lines takes their line break too (the pass deleted the lines), except where
    normalize_whitespace blanked a line of spaces.
    """
    starts = _line_starts(text)
    ordered = sorted(enumerate(fixes), key=lambda item: (item[1].line or 0, item[0]), reverse=True)
    for _, fix in ordered:
        number = fix.line or 0
        if not 1 <= number <= len(starts):
            raise AssertionError(f"fix names line {number}, the text has {len(starts)}: {fix}")
        lo = starts[number - 1]
        position = lo + (fix.column - 1 if fix.column else 0)
        if not text.startswith(fix.before, position):
            raise AssertionError(f"fix not found at its line and column while replaying: {fix}")
        end = position + len(fix.before)
        if fix.after == "" and fix.pass_name not in _BLANKS_LINES and position == lo \
                and not fix.before.endswith("\n") and text[end : end + 1] == "\n":
            end += 1  # whole lines emptied: the pass deleted them, their break goes too
        text = text[:position] + fix.after + text[end:]
    return text


def replay(original: str, doc: Document) -> list[str]:
    """Apply the recorded fixes to the input, pass by pass; return its non-blank lines.

    Must equal the body: the fixes explain the output completely. Each fix names the line of
    the text its pass saw, so the replay is exact even where a page repeats a line.
    """
    text = original
    for name, group in itertools.groupby(doc.fixes, key=lambda fix: fix.pass_name):
        if _AFTER_WHITESPACE.get(name) and text and not text.endswith("\n"):
            text += "\n"  # normalize_whitespace ends the text with a line break, unrecorded
        pending: list[Fix] = []
        for fix in group:
            if fix.line is not None and not fix.before.strip("\n") == "":
                pending.append(fix)
                continue
            text = _apply_at_lines(text, pending)
            pending = []
            if fix.before == _CONVERTED_BREAKS:
                text = _BREAKS.sub("\n", text)
            elif fix.before == _COLLAPSED_BLANKS:
                text = _BLANK_RUN.sub("\n\n", text)
            elif fix.before.strip("\n") == "" and fix.line == 1:
                text = text.lstrip("\n")  # blank lines at the top
            elif fix.before.strip("\n") == "":
                continue  # blank lines at the end: no line number depends on them
            elif fix.message.startswith("record field "):
                continue  # a field read from a JSON record (read_json_record), not a text change
            elif fix.message.endswith("title") or fix.message.startswith("made title") \
                    or "the title" in fix.message or "the subtitle" in fix.message:
                continue  # a fix of the title field, not of the text (a record's title)
            else:
                raise AssertionError(f"fix without a line: {fix}")
        text = _apply_at_lines(text, pending)
    return [line.strip() for line in text.split("\n") if line.strip()]
