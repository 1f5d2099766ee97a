"""find_credits: list the news sources the article credits, leaving the text as it is.

Shapes: ``…, FNA reported.``, ``…; Press TV reported.``, ``… Al-Alam News Network reports.``,
datelines such as ``WASHINGTON, March 4 (Reuters) -`` or ``(reuters) --``, ``Moscow, SANA-``, and
``Source: …`` lines. Names are kept as written (``SABA News``, ``abna24``).

Never touches: the text (credits are part of the sentence), or people who "said" something.

>>> from cleaner.document import Draft
>>> find_credits(Draft("Ten died, FNA reported.\\n(Reuters) -- More news.\\n")).credits
('FNA', 'Reuters')
"""

from __future__ import annotations

import regex

from cleaner.document import Draft
from cleaner.lexicon.agencies import is_agency

NAME = "find_credits"

_SOURCE = (r"(?:\p{Lu}[\p{L}\d.&'’-]*+|al-\p{L}++|abna24)"
           r"(?:\s+(?:\p{Lu}[\p{L}\d.&'’-]*+|al-\p{L}++)){0,4}")
_PATTERNS: tuple[regex.Pattern[str], ...] = (
    # "…, FNA reported." / "…; Press TV reported" / "… Al-Alam News Network reports."
    regex.compile(
        rf"(?:[,;]\s++|\s)(?P<source>{_SOURCE}|\p{{Ll}}[\p{{L}}\d]*+\d)\s++"
        r"(?:reported|reports|has\s+reported|said\s+in\s+a\s+report)\s*+[.;]?[\"”]?$",
        regex.V1,
    ),
    # "WASHINGTON, March 4 (Reuters) -" / "TEHRAN (Defapress) -" / "(reuters) --"
    regex.compile(r"(?:^|[\s,])\((?P<source>[\p{L}\d][\p{L}\d .&-]{0,30}?)\)\s*+(?:--|[-–—])\s"),
    # "Moscow, SANA- …"
    regex.compile(r"^\p{Lu}[\p{L}.' ]{1,30},\s++(?P<source>\p{Lu}{2,8})\s*+[-–—]"),
    # "Source: SABA News"
    regex.compile(r"^(?:Source|Sources|Via)\s*+:\s*+(?P<source>[^\n]{1,60}?)\s*+$", regex.I),
)
_REPORT_ENDINGS = ("reported", "reports", "report")
# A cheap test per pattern that a line could hold it at all; most lines hold none. Each accepts
# every line its pattern can match (pattern 0 must end the line with its verb).
_HINTS = (
    lambda line: "report" in line
    and line.rstrip("\"”").rstrip(".;").rstrip().endswith(_REPORT_ENDINGS),
    lambda line: "(" in line,
    lambda line: "-" in line or "–" in line or "—" in line,
    lambda line: line[:1] in "SsVv",
)
# The same for the whole page: patterns that cannot match anywhere are not tried line by line.
_PAGE_HINTS = (
    lambda text: "report" in text,
    lambda text: "(" in text,
    lambda text: "-" in text or "–" in text or "—" in text,
    lambda text: True,  # a search for a line start costs more than the line test
)
# Words that look like a source in a dateline but are not one.
_NOT_SOURCES = {"photo", "video", "file", "updated", "ap photo", "reuters photo"}


def _plausible(source: str, pattern_index: int) -> bool:
    key = source.strip().lower()
    if not key or key in _NOT_SOURCES:
        return False
    if pattern_index == 0 and not is_agency(source):
        # "…, Lavrov reported" is rare but possible: accept names that read like outlets only.
        words = source.split()
        return len(words) >= 2 or (source.isupper() and len(source) >= 3) \
            or any(ch.isdigit() for ch in source) \
            or source.lower().startswith("al-") or source.endswith(("news", "News", "TV"))
    return True


def find_credits(draft: Draft) -> Draft:
    """Add each credited source to ``credits`` (in order, once).

    Before: ``…, FNA reported.``  After: the same text, ``credits == ("FNA",)``.
    """
    text = draft.text
    active = [(index, hint, pattern)
              for index, (page_hint, hint, pattern)
              in enumerate(zip(_PAGE_HINTS, _HINTS, _PATTERNS, strict=True)) if page_hint(text)]
    if not active:
        return draft
    credits = list(draft.credits)
    known = {credit.casefold() for credit in credits}
    for line in text.split("\n"):
        if not line:
            continue
        for index, hint, pattern in active:
            if not hint(line):
                continue
            for match in pattern.finditer(line):
                source = match.group("source").strip()
                if _plausible(source, index) and source.casefold() not in known:
                    known.add(source.casefold())
                    credits.append(source)
    if len(credits) == len(draft.credits):
        return draft
    return draft.replace(credits=tuple(credits))
