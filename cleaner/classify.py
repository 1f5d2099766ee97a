"""One line classifier over the lexicon: what a line of a page is, read on its own.

Every header decision starts here, and every pass that asks "is this a date line, a byline,
site chrome?" asks this module, so that the answers agree. A line's kind is decided without
context; the header model (`cleaner.header`) then decides from the neighbours what an ambiguous
line is (a bare name under the headline is a byline; a place above the lead is a dateline).

>>> classify("Wed Jan 20, 2016 22:31:33").kind
<Kind.DATE: 'date'>
>>> classify("By Jane Doe and John Roe, Reuters").kind
<Kind.BYLINE: 'byline'>
>>> classify("Army Retakes the Old Town").kind
<Kind.TITLE: 'title'>
>>> classify("The army retook the town on Wednesday.").kind
<Kind.PARAGRAPH: 'paragraph'>
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import lru_cache

import regex

from cleaner import labels
from cleaner.bylines import Byline, read_byline_line
from cleaner.chrome import chrome_line
from cleaner.dates import DateLine, read_date_line
from cleaner.lexicon import places


class Kind(enum.Enum):
    BLANK = "blank"
    META = "meta"  # the cleaner's own meta line, or a content label alone: "video"
    DATE = "date"
    BYLINE = "byline"
    CHROME = "chrome"
    TITLE = "title"  # short, capitalised, not closed like a sentence: could be a headline
    PARAGRAPH = "paragraph"


@dataclass(frozen=True, slots=True)
class Line:
    """A classified line: its kind and what was read from it."""

    kind: Kind
    text: str
    date: DateLine | None = None
    byline: Byline | None = None
    chrome: str | None = None
    label: str | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def dateline(self) -> bool:
        """Shaped like a dateline on its own: ``TOKYO``, ``STUART, Fla.``, ``Laoag, Samar``."""
        return is_dateline(self.text)


_MAX_TITLE_WORDS = 30
_MAX_TITLE_CHARS = 220
# A title may end in ? ! a quote mark or an ellipsis, not in a full stop, comma or semicolon.
_SENTENCE_END = regex.compile(r"(?<!\.\s?\.)(?<!\.\s\.\s)[.,;][\"”’')\]]*+$")
_TITLE_START = regex.compile(r"^[\p{Lu}\p{N}\"“‘'«(\[¿¡]")
_META = regex.compile(rf"^(?P<label>{labels.LABEL_WORD})(?:\s+\|\s+(?P<date>.+))?$", regex.I)
_ALL_CAPS_PLACE = regex.compile(r"^\p{Lu}[\p{Lu} .'’-]{1,28}\p{Lu}\.?$")
_PLACE = regex.compile(r"^\p{Lu}[\p{L} .'’-]{1,30}$")
_MONTH_DAY = regex.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$", regex.I
)


def is_dateline(text: str) -> bool:
    """A dateline standing alone: a place in capitals, or ``Place, Region`` / ``Place, June 3``.

    >>> is_dateline("TOKYO"), is_dateline("STUART, Fla."), is_dateline("Chandigarh, June 3")
    (True, True, True)
    >>> is_dateline("TOP STORIES LIVE NOW"), is_dateline("Jane Doe")
    (False, False)
    """
    text = text.strip()
    if len(text) > 48:
        return False
    place, comma, region = text.partition(",")
    if comma:
        region = region.strip()
        return bool(_PLACE.match(place.strip())) and (
            places.is_region(region) or bool(_MONTH_DAY.match(region)))
    return bool(_ALL_CAPS_PLACE.match(text)) and len(text.split()) <= 3


def looks_like_title(text: str) -> bool:
    """Short, starting like a headline, not closed like a sentence.

    >>> looks_like_title("Oh snow, here we go . . ."), looks_like_title("It is over.")
    (True, False)
    >>> looks_like_title("pixel Storm nears coast | The Daily Star")
    True
    """
    if " | " in text and not _TITLE_START.match(text):
        # An HTML <title> line ("Headline | Site Name") may carry a tracker's word in front of
        # it ("comscore Headline | Site"): it is still the headline's line.
        text = text.partition(" ")[2]
    return len(text) <= _MAX_TITLE_CHARS and len(text.split()) <= _MAX_TITLE_WORDS \
        and bool(_TITLE_START.match(text)) and not _SENTENCE_END.search(text) \
        and any(ch.isalpha() for ch in text)


@lru_cache(maxsize=8192)
def classify(line: str, dayfirst: bool = False, tz: str | None = None) -> Line:
    """The kind of one line, with what was read from it (cached: the header asks often)."""
    text = line.strip()
    if not text:
        return Line(Kind.BLANK, text)
    if len(text) <= 40 or " | " in text:
        meta = _META.match(text)
        if meta:
            label = labels.canonical(meta.group("label"))
            if meta.group("date") is None:
                return Line(Kind.META, text, label=label)
            found = read_date_line(meta.group("date"), dayfirst=dayfirst, tz=tz)
            if found is not None and not found.before and not found.after:
                return Line(Kind.META, text, date=found, label=label)
    chrome = chrome_line(text)
    if chrome is not None:
        return Line(Kind.CHROME, text, chrome=chrome)
    found = read_date_line(text, dayfirst=dayfirst, tz=tz)
    if found is not None and (found.published or found.updated):
        return Line(Kind.DATE, text, date=found)
    byline = read_byline_line(text)
    if byline is not None:
        return Line(Kind.BYLINE, text, byline=byline)
    if looks_like_title(text):
        return Line(Kind.TITLE, text)
    return Line(Kind.PARAGRAPH, text)
