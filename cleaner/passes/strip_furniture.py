"""strip_furniture: remove page furniture lines that are not article text.

Shapes, each on a line of its own: ``MoreImage`` and the gallery block after it (the title pasted
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

from functools import lru_cache

import regex

from cleaner.document import Draft, Log
from cleaner.header import plan_for

NAME = "strip_furniture"

_SITES = r"(?:al[- ]?alam(?:\s+news(?:\s+network)?)?|press\s*tv|al[- ]?manar|abna24|fna|irna)"
_SHAPES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("gallery marker", regex.compile(r"(?i)more\s*images?|view\s+gallery|photo\s+gallery")),
    ("desk code", regex.compile(r"\d{1,4}(?:\s*[-/]\s*\d{1,4})?")),
    ("desk code", regex.compile(r"\p{Lu}{1,6}(?:\s*/\s*\p{Lu}{1,6})+(?:\s+\d{1,4})?")),
    ("desk code", regex.compile(r"\p{Lu}{1,4}\s*-\s*\d{1,4}")),
    ("site tag", regex.compile(rf"(?i){_SITES}(?:\s*[-–|:]\s*|\s+)\p{{Lu}}[\p{{L}} ]{{1,30}}")),
    ("empty category line", regex.compile(r"(?i)(?:categor(?:y|ies)|tags?|section|topics?)\s*:")),
    ("photo caption", regex.compile(
        r"(?i)\((?:file\s+)?(?:photo|image|picture|pic|video)s?(?:\s+credit)?\s*:[^()\n]{1,60}\)")),
    ("reading time", regex.compile(r"(?i)\d{1,3}\s+min(?:ute)?s?\s+read")),
    ("counter", regex.compile(r"(?i)(?:views?|comments?|shares?|likes?|visits?)\s*:?\s*\d{1,9}")),
)
_MAX_FURNITURE = 60  # characters; furniture lines are short


def _shape(line: str) -> str | None:
    if len(line) > _MAX_FURNITURE:
        return None
    for name, pattern in _SHAPES:
        if pattern.fullmatch(line):
            return name
    return None


@lru_cache(maxsize=4096)  # the header passes ask about the same few lines several times
def is_furniture(line: str) -> bool:
    """Whether a stripped line has one of the furniture shapes or is one text pasted again and
    again (a gallery paste that repeats the title is only known once the title is).

    >>> is_furniture("SHI/SHI"), is_furniture("," * 30), is_furniture("It is over.")
    (True, True, False)
    """
    return _shape(line) is not None or is_gallery_paste(line, None)


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
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if number - 1 in planned:
            log.fix(planned[number - 1], line, "", number)
            removed.append(number - 1)
            continue
        if not stripped:
            kept.append(line)
            continue
        shape = _shape(stripped)
        if shape is None and (after_gallery or len(stripped) >= 24):
            shape = "gallery block" if is_gallery_paste(stripped, draft.title) else None
        if shape is None and first_paragraph is not None and stripped == first_paragraph \
                and len(stripped) > _MAX_FURNITURE:
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
    return log.apply(draft, text=text, header=plan.applied(NAME, text, removed))
