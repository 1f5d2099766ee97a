"""Where quotes stand in a paragraph: double-quoted spans, single-quoted spans, sentences.

>>> single_spans("Sinas wants the public to 'move on' from it; Russia's 'plan'.", [])
[(26, 34), (54, 59)]
>>> sentence_start("Mr. Roe spoke. Sen. Jane Roe said it.", 30)
15
"""

from __future__ import annotations

import bisect

import regex

from cleaner.lexicon.speech import TITLE_SET
from cleaner.speech import quote_spans

__all__ = ["code_like", "quote_spans", "sentence_end", "sentence_start", "single_spans"]

_BREAK = regex.compile(r"[.!?…][”\"’']?\s+(?=[\p{Lu}“\"‘'(\p{N}])")
_SINGLE_OPEN = regex.compile(r"[‘']")
_SINGLE_CLOSE = regex.compile(r"[’']")
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")
_OPEN_BEFORE = " \t([{—–-“\""
_CLOSE_AFTER = " \t,.;:!?)]}—–-”\"…"
_MAX_SINGLE = 300
# Script and markup: `js.src = "…";`, `}(document, 'script', 'id'));`, `<iframe src="…">`.
_CODE = regex.compile(r"[=;{}]\s*$|^\s*[}\]);]|\w\s*=\s*[\"“‘']|</?\w+[^>]*>|\bfunction\s*\(")


def code_like(paragraph: str) -> bool:
    """A line of leaked script or markup, whose quoted strings are never quotes.

    >>> code_like('js.src = "//connect.facebook.net/sdk.js";'), code_like('He said "no".')
    (True, False)
    """
    return any(c in paragraph for c in "=;{}<") and bool(_CODE.search(paragraph))


def single_spans(paragraph: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(open, close) of the single-quoted spans outside the double-quoted ones.

    An opening mark follows a space or a bracket and comes before a letter; a closing mark
    follows a non-space and comes before a space or punctuation, so ``Russia's`` and ``'90s``
    are apostrophes.
    """
    spans: list[tuple[int, int]] = []
    opens = [a for a, _ in taken]
    pos, size = 0, len(paragraph)
    while True:
        opened = _find_opener(paragraph, pos)
        if opened is None:
            return spans
        closed = _find_closer(paragraph, opened + 1, min(size, opened + _MAX_SINGLE))
        if closed is None:
            pos = opened + 1
            continue
        at = bisect.bisect_right(opens, closed) - 1
        if at < 0 or taken[at][1] < opened:
            spans.append((opened, closed))
        pos = closed + 1


def _find_opener(paragraph: str, pos: int) -> int | None:
    for match in _SINGLE_OPEN.finditer(paragraph, pos):
        at = match.start()
        before = paragraph[at - 1] if at else " "
        after = paragraph[at + 1 : at + 2]
        if before in _OPEN_BEFORE and after[:1].isalpha():
            return at
    return None


def _find_closer(paragraph: str, start: int, stop: int) -> int | None:
    for match in _SINGLE_CLOSE.finditer(paragraph, start, stop):
        at = match.start()
        before = paragraph[at - 1]
        after = paragraph[at + 1] if at + 1 < len(paragraph) else " "
        if not before.isspace() and after in _CLOSE_AFTER and at > start:
            return at
    return None


def sentence_start(paragraph: str, pos: int, floor: int = 0) -> int:
    """Where the sentence holding ``pos`` starts (a title's full stop ends no sentence)."""
    matches = list(_BREAK.finditer(paragraph, floor, min(len(paragraph), pos + 1)))
    for match in reversed(matches):
        if match.end() <= pos and not _after_title(paragraph, match.start()):
            return match.end()
    return floor


def sentence_end(paragraph: str, pos: int, limit: int) -> int:
    """Where the sentence holding ``pos`` ends (at most ``limit``)."""
    for match in _BREAK.finditer(paragraph, pos, limit):
        if not _after_title(paragraph, match.start()):
            return match.start() + 1
    return limit


def _after_title(paragraph: str, dot: int) -> bool:
    word = paragraph[max(0, dot - 6) : dot + 1].rsplit(None, 1)[-1]
    return word in TITLE_SET or bool(_INITIALS.fullmatch(word))
