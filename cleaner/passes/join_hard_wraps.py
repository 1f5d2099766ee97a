"""join_hard_wraps: join the lines of a paragraph that a fixed width broke inside its sentences.

Agency copy and archived pages often come hard-wrapped: every line of a paragraph about as long
as the next, broken at a space mid-sentence. A run of lines (no blank line between) is
hard-wrapped when it has at least three lines, none much longer than a typical wrap width, and
most of its lines end inside a sentence; its lines are then joined, and a line that ends a
sentence well short of the width ends its paragraph.

Never touches: paragraphs one per line (they end their sentences), lists (bullets), blocks of
short lines, blocks holding a date line, a byline or the crawler's date prefix (a header) or a
chrome line, or two-line blocks (a headline wrapped over two lines is the header model's).

>>> from cleaner.document import Draft
>>> text = ("ISLAMABAD (APP): A spokesman of the\\n"
...         "Prime Minister rejected the remarks\\n"
...         "of the print media.\\n"
...         "He advised the relevant print media\\n"
...         "to review the contents of talks.\\n")
>>> join_hard_wraps(Draft(text)).text.split("\\n")  # doctest: +NORMALIZE_WHITESPACE
['ISLAMABAD (APP): A spokesman of the Prime Minister rejected the remarks of the print media.',
 'He advised the relevant print media to review the contents of talks.', '']
"""

from __future__ import annotations

from cleaner.chrome import chrome_line
from cleaner.classify import Kind, classify
from cleaner.dates import crawler_date
from cleaner.document import Draft, Log
from cleaner.lexicon.layout import strip_bullet
from cleaner.passes.repair_mojibake import repaired

NAME = "join_hard_wraps"

_MIN_LINES = 3
_MAX_WIDTH = 110  # wider lines are whole paragraphs, not a wrap width
_FULL = 0.6  # a wrapped line fills at least this share of the width
_ENDS_PARAGRAPH = 0.85  # a line that ends a sentence shorter than this share ends its paragraph
_HEADER_LINES = (Kind.DATE, Kind.META, Kind.BYLINE)
_SENTENCE_END = (".", "!", "?", ":", ";", "\"", "”", "’", ")", "»")


def _wrapped(block: list[str]) -> bool:
    width = max(len(line) for line in block)
    if len(block) < _MIN_LINES or width > _MAX_WIDTH or width < 30:
        return False
    inner = block[:-1]
    if any(strip_bullet(line)[0] is not None for line in block):
        return False
    open_lines = [line for line in inner if not line.rstrip().endswith(_SENTENCE_END)]
    full = sum(len(line) >= _FULL * width for line in open_lines)
    # A sentence broken at a space goes on in a lower-case word somewhere: a block whose every
    # line opens with a capital is a header (headline, dek, a copy of the headline), not prose.
    if not any(line.lstrip()[:1].islower() for line in block[1:]):
        return False
    # Most lines end inside a sentence, and those that do fill the width; and it is no header
    # block (title, dek, byline, date, the crawler's date prefix) nor holds site chrome (a
    # share row under the headline), which the (costlier) line readers tell.
    return len(open_lines) * 2 >= len(inner) and full * 10 >= 8 * len(open_lines) \
        and crawler_date(block[0]) is None \
        and not any(classify(line).kind in _HEADER_LINES for line in block)


def _runs(lines: list[str], start: int, end: int) -> list[tuple[int, list[str]]]:
    """The lines start..end (no blank line among them) in runs, each chrome line a run of its
    own: a share row under the headline, an ad slot between two wrapped paragraphs is never
    the rest of a sentence (each run with the index of its first line)."""
    if end - start < _MIN_LINES or sum(len(line) <= _MAX_WIDTH for line in lines[start:end]) \
            < _MIN_LINES or not any(line.lstrip()[:1].islower()
                                    for line in lines[start + 1 : end]):
        # (no run of it can be wrapped: too few lines, too few of wrap width, or none going on
        # in lower case; no line is read)
        return [(start, lines[start:end])]
    runs: list[tuple[int, list[str], bool]] = []
    for index in range(start, end):
        chrome = chrome_line(lines[index]) is not None
        if chrome or not runs or runs[-1][2]:
            runs.append((index, [], chrome))
        runs[-1][1].append(lines[index])
    return [(at, run) for at, run, _ in runs]


def _paragraphs(block: list[str]) -> list[list[str]]:
    """The block's lines grouped into paragraphs."""
    width = max(len(line) for line in block)
    groups: list[list[str]] = [[]]
    for line in block:
        groups[-1].append(line)
        if line.rstrip().endswith(_SENTENCE_END) and len(line) < _ENDS_PARAGRAPH * width:
            groups.append([])
    return [group for group in groups if group]


def join_hard_wraps(draft: Draft) -> Draft:
    """Join each hard-wrapped paragraph into one line, recording each join.

    Before: ``A spokesman of the Prime⏎Minister rejected the remarks.``  After: one line.
    """
    lines = draft.text.split("\n")
    if len(lines) < _MIN_LINES + 1:
        return draft
    log = Log(NAME)
    out: list[str] = []
    start = 0
    while start < len(lines):
        if not lines[start].strip():
            out.append(lines[start])
            start += 1
            continue
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        for at, block in _runs(lines, start, end):
            if not _wrapped(block):
                out.extend(block)
                continue
            number = at + 1
            for group in _paragraphs(block):
                # (repaired as repair_mojibake repairs a line: mojibake the break had cut,
                # "cafÃ⏎ noir", would be repaired on the next run, on the joined line)
                joined = repaired(" ".join(line.strip() for line in group))
                if len(group) > 1:
                    log.fix(f"joined {len(group)} hard-wrapped lines", "\n".join(group), joined,
                            number)
                out.append(joined)
                number += len(group)
        start = end
    if not log.fixes:
        return draft
    return log.apply(draft, text="\n".join(out))
