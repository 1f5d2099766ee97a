"""The chrome reader: is a line site chrome, and which blocks of a page are chrome.

`chrome_line` reads one line on its own against the lexicon (`cleaner.lexicon.chrome`);
`chrome_blocks` reads the page's lines in order for chrome that only its neighbours reveal: the
rest of the page after a comment form or a paywall pitch, the short link lines under a
"Related Stories" heading, a thread of reader comments.

>>> chrome_line("Share on WhatsApp"), chrome_line("The army retook the town on Wednesday.")
('share row', None)
>>> chrome_blocks(["A" * 90 + ".", "Leave a Reply", "Your name", "Nice one."])
{1: 'comment form', 2: 'comment form', 3: 'comment form'}
"""

from __future__ import annotations

from functools import lru_cache

import regex

from cleaner.lexicon import chrome as lexicon


def _tier(reach: int) -> tuple[regex.Pattern[str], tuple[tuple[str, str], ...]]:
    """The rows that can match a line of up to `reach` characters, as ONE pattern: a line is
    read once, not once per row (the rows keep their order: the first that matches wins)."""
    rows = tuple((f"_row{index}", row.kind) for index, row in enumerate(lexicon.LINES)
                 if row.reach >= reach and not row.needs)
    by_name = {f"_row{index}": row.pattern for index, row in enumerate(lexicon.LINES)}
    pattern = "|".join(f"(?P<{name}>{by_name[name]})" for name, _ in rows)
    return regex.compile(pattern, regex.I), rows


_TIERS = tuple((reach, _tier(reach)) for reach in lexicon.REACHES)
# The costly rows, tried one by one and only on a line holding one of the words they need.
_GATED = tuple((row.kind, row.reach, row.needs, regex.compile(row.pattern, regex.I))
               for row in lexicon.LINES if row.needs)
_OPENERS = tuple((row.kind, regex.compile(row.pattern, regex.I)) for row in lexicon.OPENERS)
_COMMENT = regex.compile(lexicon.COMMENT_HEAD.pattern, regex.I)
_BODY = 80  # characters: a line this long before an opener shows the article has begun
_BULLET = regex.compile(r"[-•*]\s+\S")
_SENTENCE_END = regex.compile(r"[.!?][\"”’')]*$")


@lru_cache(maxsize=8192)
def chrome_line(line: str) -> str | None:
    """The kind of chrome a line is (the reason recorded when it goes), or None.

    >>> chrome_line("Story Code : 251465"), chrome_line("It is over.")
    ('story code', None)
    """
    text = line.strip()
    if not text or len(text) > lexicon.REACHES[-1]:
        return None
    pattern, rows = next(tier for reach, tier in _TIERS if len(text) <= reach)
    match = pattern.fullmatch(text)
    if match is not None:
        return next(kind for name, kind in rows if match.group(name) is not None)
    low = text.lower()
    for kind, reach, needs, gated in _GATED:
        if len(text) <= reach and any(word in low for word in needs) and gated.fullmatch(text):
            return kind
    if _opener(text) == "links":
        return "related links heading"
    return "gallery block" if is_gallery_paste(text, None) else None


def is_gallery_paste(line: str, title: str | None) -> bool:
    """A line made of one text pasted again and again (the gallery captions).

    >>> is_gallery_paste("Army Wins" * 3 + "Arm", None)
    True
    >>> is_gallery_paste("A normal sentence that says one thing.", None)
    False
    """
    if len(line) < 24:
        return False
    if title and len(title) >= 8 and line.startswith(title) and len(line) >= 2 * len(title) - 1:
        period = len(title)
    else:
        period = line.find(line[:16], 1)
        if period <= 0 or period > len(line) // 2:
            return False
    if line[period - 1].isspace() or line[period].isspace():
        return False  # pasted captions run together; a spaced repeat is a sentence
    return line[period:] == line[: len(line) - period]


def _opener(text: str) -> str | None:
    for kind, pattern in _OPENERS:
        if pattern.fullmatch(text):
            return kind
    return None


def _is_link_line(text: str) -> bool:
    """A short line under a links heading: a headline, a date, a footer row, not a paragraph."""
    return len(text) <= 60 or (len(text) <= 160 and not _SENTENCE_END.search(text))


def chrome_blocks(lines: list[str]) -> dict[int, str]:
    """Indexes of the lines that are chrome by their place in a block, with the reason.

    A block opens only after the article has begun (a line of body length above it).

    >>> chrome_blocks(["A" * 90 + ".", "Related Stories", "Man bites dog", "B" * 120 + "."])
    {1: 'related links', 2: 'related links'}
    """
    found: dict[int, str] = {}
    begun = False
    index = 0
    while index < len(lines):
        text = lines[index].strip()
        if not text:
            index += 1
            continue
        opener = _opener(text) if begun else None
        if opener == "tail":
            for rest in range(index, len(lines)):
                if lines[rest].strip():
                    found[rest] = "comment form"
            break
        if begun and _COMMENT.fullmatch(text):
            for rest in range(index, len(lines)):
                if lines[rest].strip():
                    found[rest] = "reader comments"
            break
        if opener == "links":
            found[index] = "related links"
            index += 1
            while index < len(lines) and (not lines[index].strip()
                                          or _is_link_line(lines[index].strip())):
                if lines[index].strip():
                    found[index] = "related links"
                index += 1
            continue
        if len(text) >= _BODY:
            begun = True
        index += 1
        # a related-links list goes on with bullets, the last cut off by the page's end
        if _BULLET.match(text) and chrome_line(text) == "related link":
            while index < len(lines) and (not lines[index].strip() or (
                    _BULLET.match(lines[index].strip()) and _is_link_line(lines[index].strip()))):
                if lines[index].strip():
                    found[index] = "related links"
                index += 1
    return found
