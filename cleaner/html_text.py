"""HTML to paragraphs, with the standard library's ``html.parser``.

Block tags (``p``, ``br``, ``div``, ``li``, ``h1``…``h6``, ``blockquote``…) break paragraphs, a
blank line breaks one too; inline tags go and keep their text; the contents of ``script``,
``style`` and ``iframe`` go; comments go; entities are decoded; the literal ``\\r\\n``, ``\\n``
and ``\\/`` escapes a JSON encoder leaves in a twice-encoded body are undone; paragraphs that
hold only spaces (``&nbsp;``) are dropped.

>>> html_to_paragraphs('<p>One <b>bold</b>&nbsp;step.<\\\\/p>\\\\r\\\\n<p>&nbsp;</p>'
...                    '<p>Two &amp; three</p>')
['One bold step.', 'Two & three']
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol",
    "p", "pre", "section", "table", "td", "th", "tr", "ul",
})
# Tags that only style a run of text: stray in a text page they are removed, their text kept.
INLINE_TAGS = frozenset({
    "a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "ins", "mark", "q", "s", "small",
    "span", "strike", "strong", "sub", "sup", "tt", "u",
})
DROPPED_TAGS = frozenset({"script", "style", "iframe", "noscript", "template", "svg"})

_ESCAPES = (("\\r\\n", "\n"), ("\\n", "\n"), ("\\r", "\n"), ("\\t", " "), ("\\/", "/"),
            ('\\"', '"'))
_BLANK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_SPACES = re.compile(r"\s+")
_CUT_TAG = re.compile(r"<[a-zA-Z/!]")  # what is left unparsed at the end: a cut-off tag
_BREAK = "\x00"  # a paragraph break while parsing: never in text html.parser returns


def undo_escapes(text: str) -> str:
    r"""Undo the JSON escapes left literal in a body encoded twice.

    >>> undo_escapes('a<\\/p>\\r\\n\\r\\nb')
    'a</p>\n\nb'
    """
    if "\\" not in text:
        return text
    for escaped, plain in _ESCAPES:
        text = text.replace(escaped, plain)
    return text


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED_TAGS:
            self.dropping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(_BREAK)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS:
            self.parts.append(_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED_TAGS:
            self.dropping = max(0, self.dropping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(_BREAK)

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.parts.append(_BLANK.sub(_BREAK, data.replace("\r\n", "\n")))


def html_to_paragraphs(html: str) -> list[str]:
    """The paragraphs of an HTML fragment (or of plain text with blank lines), in order."""
    parser = _Paragraphs()
    parser.feed(undo_escapes(html))
    if not _CUT_TAG.match(parser.rawdata):
        parser.close()  # flushes text held back; a tag cut off at the end is dropped instead
    text = "".join(parser.parts)
    paragraphs = (_SPACES.sub(" ", part).strip() for part in text.split(_BREAK))
    return [part for part in paragraphs if part]
