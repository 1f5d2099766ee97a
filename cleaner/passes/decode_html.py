"""decode_html: HTML left in an ordinary text page: entities decoded, stray tags gone.

An entity is decoded only when it is complete (``&rsquo;``, ``&#8217;``, ``&#x2019;``, ending in
``;``) and HTML knows it, so ``AT&T`` and ``Q&A`` stay. A tag is taken only when its name is an
HTML tag of ``cleaner.html_text`` (``<p>``, ``</p>``, ``<br/>``, ``<iframe src=…>``): block tags
become paragraph breaks, inline and embed tags (``<span …>``, ``<iframe …>``) are removed, with
a bullet or mark they leave alone on its line; so ``x < y`` and ``<Reuters>`` stay. Each changed
line is a recorded fix. A page with neither ``&`` nor ``<`` costs one search for each. Never
touches: the words.

>>> from cleaner.document import Draft
>>> decode_html(Draft("He said &ldquo;no&rdquo;.</p><p>AT&T fell.")).text
'He said “no”.\\n\\nAT&T fell.'
"""

from __future__ import annotations

import html
import re

from cleaner.document import Draft, Log
from cleaner.html_text import BLOCK_TAGS, DROPPED_TAGS, INLINE_TAGS
from cleaner.passes.repair_mojibake import repaired

NAME = "decode_html"

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
_WORD = re.compile(r"\w")
_ROUNDS = 3  # ``&amp;rsquo;`` needs two; the result must hold nothing a second run would take


def _entity(match: re.Match[str]) -> str:
    return html.unescape(match.group())


def _tag(match: re.Match[str]) -> str:
    name = match.group(1).lower()
    if name in BLOCK_TAGS:
        return "\n"
    if name in INLINE_TAGS or name in DROPPED_TAGS:
        return ""
    return match.group()


def decode_line(line: str) -> str:
    """The line with complete entities decoded and HTML tags made breaks or removed.

    >>> decode_line('<p>Q&A: &#8216;x < y&#8217;<br><span class="a">ok</span>')
    '\\nQ&A: ‘x < y’\\nok'
    """
    for _ in range(_ROUNDS):
        before = line
        if "&" in line:
            line = _ENTITY.sub(_entity, line)
        if "<" in line:
            line = _TAG.sub(_tag, line)
        if line == before:
            break
    return line


def decode_html(draft: Draft) -> Draft:
    """Decode entities and take out stray tags, line by line; record each changed line.

    Before: ``&ldquo;No,&rdquo; he said.</p>``  After: ``“No,” he said.⏎``.
    """
    text = draft.text
    if "&" not in text and "<" not in text:
        return draft
    log = Log(NAME)
    lines: list[str | None] = list(text.split("\n"))
    last = len(lines)
    for number, line in enumerate(text.split("\n"), 1):
        if "&" not in line and "<" not in line:
            continue
        decoded = decode_line(line)
        if decoded == line:
            continue
        # One paragraph per piece, a blank line between; a line left empty is deleted. Each
        # piece is repaired as repair_mojibake (run before) repairs a line: a tag in the way
        # gone, the next run would repair what it leaves.
        pieces = [repaired(piece.strip()) for piece in decoded.split("\n")] if "\n" in decoded \
            else [repaired(decoded)] if decoded.strip() else []
        if _TAG.search(line):  # what an embed leaves behind (``• <iframe …>``) goes with it
            pieces = [piece for piece in pieces if _WORD.search(piece)]
        after = "\n\n".join(piece for piece in pieces if piece)
        log.fix("decoded HTML entities and tags", line, after, number)
        lines[number - 1] = None if not after and number < last else after
    if not log.fixes:
        return draft
    return log.apply(draft, text="\n".join(line for line in lines if line is not None))
