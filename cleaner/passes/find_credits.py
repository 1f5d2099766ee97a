"""find_credits: list the news sources the article credits, leaving the text as it is.

Shapes: ``…, FNA reported.``, ``…, SPA said``, ``…, reports Reuters.``, datelines such as
``WASHINGTON, March 4 (Reuters) -``, ``(reuters) --``, ``ISLAMABAD, Sept 18 (APP):``,
``(KXYZ) -The``, ``(Site / Sputnik - 17th March, 2021)``, ``Moscow, SANA-``, ``Riyadh, May 25,
2019, SPA --``, ``CITY, Jan. 29. /TASS/.``, credit lines (``Source: …``, ``With input from
INP``, ``Republished with permission of WUSA-TV``, ``Full story: WJFW``), another outlet's
``Copyright 2016 NPR.`` (also when strip_furniture removed that line: its fix holds the text)
and sign-offs (``- BLOOMBERG``, ``Reuters- U.S. …``). An agency of
``cleaner.lexicon.agencies`` is recorded by its usual short name (``The Associated Press`` ->
``AP``); other sources as written (``SABA News``, ``WUSA-TV``).

Never touches: the text (credits are part of the sentence), or people who "said" something.

>>> from cleaner.document import Draft
>>> find_credits(Draft("Ten died, FNA reported.\\n(Reuters) -- More news.\\n")).credits
('FNA', 'Reuters')
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from cleaner.document import Draft
from cleaner.lexicon.agencies import is_agency, short_name
from cleaner.lexicon.chrome import WEB_ADDRESS
from cleaner.lexicon.dates import MONTHS

NAME = "find_credits"

_SOURCE = (r"(?:\p{Lu}[\p{L}\d.&'’-]*+|al-\p{L}++|abna24)"
           r"(?:\s+(?:\p{Lu}[\p{L}\d.&'’-]*+|al-\p{L}++)){0,4}")
# Lead-ins of a credit line: "Source: ANI", "With input from INP", "Full story: WJFW".
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "Source example.com" / "via sub.example.com": a web address needs no colon after its lead-in
# (the shape is the lexicon's, so a line removed as a credit line is credited too).
_CREDIT_LEADS = (r"(?:(?:Sources?|Via|Full\s+story|Credit)\s*+:"
                 rf"|(?:Sources?|Via|Credit)\s(?=\s*+{WEB_ADDRESS})"
                 r"|(?:Courtesy(?:\s+of)?|With\s+(?:additional\s+)?inputs?\s+from|Inputs?\s+from"
                 r"|(?:Republished|Reprinted|Reproduced)\s+(?:with\s+permission\s+)?(?:of|from)"
                 r"|(?:Content\s+)?(?:Originally|First)\s+published\s+(?:by|in|on|at)"
                 r"|This\s+(?:article|story|report)\s+(?:was\s+)?(?:originally\s+|first\s+)?"
                 r"(?:appeared|published)\s+(?:in|on|at|by))\s*+:?"
                 # (a name follows, not a date: "First published on March 4" credits no one)
                 rf"(?=\s*+(?:{WEB_ADDRESS}|(?:the\s+)?(?!(?:{_MONTH_NAMES})\b)(?-i:\p{{Lu}}))))")
# The first letters of the lead-ins above that the first-letter test does not let through.
_LEAD_HEADS = frozenset(("this", "orig", "inpu", "cont"))
_SAID_OR_REPORTS = (rf"[,;]\s++(?P<source>{_SOURCE})\s++(?:said|quoted|reported)\b"
                    rf"|[,;]\s++reports?\s++(?P<source>{_SOURCE})\s*+\.?$")
_PATTERNS: tuple[regex.Pattern[str], ...] = (
    # "…, FNA reported." / "…; Press TV reported" / "… Al-Alam News Network reports."
    regex.compile(
        rf"(?:[,;]\s++|\s)(?P<source>{_SOURCE}|\p{{Ll}}[\p{{L}}\d]*+\d)\s++"
        r"(?:reported|reports|has\s+reported|said\s+in\s+a\s+report)\s*+[.;]?[\"”]?$",
        regex.V1,
    ),
    # "WASHINGTON, March 4 (Reuters) -" / "(reuters) --" / "(APP):" / "(KXYZ) -The"
    # / "(UrduPoint News / Sputnik - 17th March, 2021)" / "NEW DELHI, March 4 (PTI) The" (no
    # dash after an agency's name: `bare`, taken for a known agency only)
    regex.compile(r"(?:^|[\s,])\((?P<source>[\p{L}\d][\p{L}\d .&/-]{0,40}?)"
                  r"(?:\s+[-–—]\s+[^()]{1,30}\)|\)\s*+(?:--|[-–—:])|\)\s++(?P<bare>)(?=\p{Lu}))"),
    # "Moscow, SANA- …" / "Riyadh, May 25, 2019, SPA -- …"
    regex.compile(r"^\p{Lu}[\p{L}.' ]{1,30},\s++(?:[\p{L}\d. ]{1,20},\s++){0,2}"
                  r"(?P<source>\p{Lu}{2,8})\s*+[-–—]"),
    # "Source: SABA News" / "With input from INP" / "Republished with permission of WUSA-TV"
    # (a web address may be longer than a name: "Source: https://example.org/2024/03/a-long-slug")
    regex.compile(rf"^{_CREDIT_LEADS}\s*+(?P<source>[^\n]{{1,60}}?|{WEB_ADDRESS})\s*+\.?$",
                  regex.I),
    # "Reuters- U.S. Secretary …" / "- BLOOMBERG" (a sign-off line)
    regex.compile(r"^(?:(?P<source>\p{Lu}[\p{L}]{1,20}(?:\s\p{Lu}[\p{L}]{1,20})?)\s*+[-–—]+\s"
                  r"|[-–—]+\s*+(?P<source>\p{Lu}[\p{L} .&-]{1,30}?)\s*+$)", regex.V1),
    # "Copyright 2016 NPR. To see more, …" (another outlet's copyright on the story)
    regex.compile(r"^(?:Copyright|©)\s*+(?:©\s*+)?(?:\d{4}\s++)?(?P<source>\p{Lu}[\p{L}&-]*+"
                  r"(?:\s\p{Lu}[\p{L}&-]*+){0,3})(?:\.|\s*+$)"),
    # "…, SPA said on Sunday." / "…, reports Reuters." / "CITY, Jan. 29. /ITAR-TASS/."
    regex.compile(rf"(?:{_SAID_OR_REPORTS}"
                  r"|\s/(?P<source>\p{Lu}[\p{L}\d -]{1,20})/\.?(?:\s|$))", regex.V1),
    # "The Associated Press contributed to this report." / "Material from Reuters was used in
    # this report." (a wire's share of the story; a person who contributed is no credit)
    regex.compile(rf"^(?:(?P<source>{_SOURCE})\s++(?:also\s+)?contributed\s+to\s+this\s+"
                  r"(?:report|story|article)"
                  rf"|(?:Information|Material|Reporting)\s+from\s+(?P<source>{_SOURCE})\s+"
                  r"(?:was|were)\s+used\s+in\s+this\s+(?:report|story|article))\.?$", regex.V1),
)
# Pattern 6 on a line with no "/": its last branch cannot match, and the rest, all opening with
# "," or ";", is scanned twice as fast alone.
_SAID_ONLY = regex.compile(_SAID_OR_REPORTS, regex.V1)
_REPORT_ENDINGS = ("reported", "reports", "report")
# A cheap test per pattern that a line could hold it at all; most lines hold none. Each accepts
# every line its pattern can match (pattern 0 must end the line with its verb).
_HINTS = (
    lambda line: "report" in line
    and line.rstrip("\"”").rstrip(".;").rstrip().endswith(_REPORT_ENDINGS),
    lambda line: "(" in line,
    lambda line: "-" in line or "–" in line or "—" in line,
    lambda line: line[:1] in "SsVvFfCcWwRr" or line[:4].lower() in _LEAD_HEADS,
    lambda line: "-" in line or "–" in line or "—" in line,
    lambda line: line[:1] in "C©",
    lambda line: "/" in line or "said" in line or "quoted" in line or "report" in line,
    lambda line: "contributed" in line or "used in this" in line,
)
# The same for the whole page: patterns that cannot match anywhere are not tried line by line.
_PAGE_HINTS = (
    lambda text: "report" in text,
    lambda text: "(" in text,
    lambda text: "-" in text or "–" in text or "—" in text,
    lambda text: True,  # a search for a line start costs more than the line test
    lambda text: "-" in text or "–" in text or "—" in text,
    lambda text: "Copyright" in text or "©" in text,
    lambda text: True,
    lambda text: "contributed to this" in text or "used in this" in text,
)
# Words that look like a source in a dateline but are not one.
_NOT_SOURCES = {"photo", "video", "file", "updated", "ap photo", "reuters photo"}
# Patterns whose source must be a known agency (the shape alone is not enough).
_AGENCY_ONLY = {4, 6, 7}
# Patterns anchored at the line's start (`^`): tried there only, not at every position.
_ANCHORED = {2, 3, 4, 5, 7}
# Patterns also read on the lines strip_furniture removed: credit lines, not chrome.
_FROM_FURNITURE = {3, 5}


_ADDRESS = regex.compile(r"(?:https?://)?(?:www\.)?(?P<site>[\w-]+(?:\.[\w-]+)+)(?:[/?#]\S*)?$")


def _station(source: str) -> bool:
    """Call letters, an acronym or a CamelCase outlet: ``WUSA-TV``, ``KXYZ``, ``UrduPoint``."""
    return sum(ch.isupper() for ch in source) >= 2 or source.lower().endswith(("press", "news"))


def _plausible(source: str, pattern_index: int, line: str, start: int) -> bool:
    key = source.strip().lower()
    if not key or key in _NOT_SOURCES:
        return False
    if pattern_index == 5 and "rights reserved" in line.lower():
        return False  # the site's own copyright, not another outlet's
    if is_agency(source):
        return not (pattern_index == 0 and line[:start].rstrip().lower().endswith(" as"))
    if pattern_index in _AGENCY_ONLY:
        return pattern_index == 6 and line[start - 1:start] == "/" and _station(source)
    if pattern_index == 0:
        if line[:start].rstrip().lower().endswith(" as"):
            return False  # "…, as NBC reported.": one fact's source, not the story's
        # "…, Lavrov reported" is rare but possible: accept names that read like outlets only.
        words = source.split()
        return len(words) >= 2 or (source.isupper() and len(source) >= 3) \
            or any(ch.isdigit() for ch in source) \
            or source.lower().startswith("al-") or source.endswith(("news", "News", "TV"))
    if pattern_index == 1:
        return _station(source)
    if pattern_index == 5:
        return _station(source)
    return True


def _sources(source: str, pattern_index: int) -> list[str]:
    """The sources one match names, each by its usual short name ("AP" for every form; a
    web address by its site: ``http://www.example.com/a/1.html`` -> ``example.com``)."""
    address = _ADDRESS.match(source)
    if address:
        return [address.group("site")]
    parts = [part.strip() for part in source.split("/")] if pattern_index == 1 else [source]
    known = [short for part in parts if (short := short_name(part))]
    if len(parts) > 1 and known:
        return known  # "(UrduPoint News / Sputnik …)": the site, then the agency it credits
    return [short_name(part) or part for part in parts if part]


def find_credits(draft: Draft) -> Draft:
    """Add each credited source to ``credits`` (in order, once).

    Before: ``…, FNA reported.``  After: the same text, ``credits == ("FNA",)``.
    """
    text = draft.text
    # A credit line the furniture pass removed ("Copyright 2016 NPR. To see more, …") still
    # names the story's source: its text is in the recorded fix.
    removed = [fix.before for fix in draft.fixes if fix.pass_name == "strip_furniture"]
    every = "\n".join((text, *removed)) if removed else text
    active = [(index, hint, pattern)
              for index, (page_hint, hint, pattern)
              in enumerate(zip(_PAGE_HINTS, _HINTS, _PATTERNS, strict=True)) if page_hint(every)]
    if not active:
        return draft
    credits = list(draft.credits)
    known = {credit.casefold() for credit in credits}
    lines = [(line, False) for line in text.split("\n") if line]
    lines += [(line, True) for line in removed]
    for line, from_furniture in lines:
        for index, hint, pattern in active:
            if (from_furniture and index not in _FROM_FURNITURE) or not hint(line):
                continue
            if index in _ANCHORED:  # a line-start pattern matches once, at 0
                matches: Iterable[regex.Match[str]] = filter(None, (pattern.match(line),))
            else:
                matches = (_SAID_ONLY if index == 6 and "/" not in line else pattern).finditer(
                    line)
            for match in matches:
                bare = index == 1 and match.group("bare") is not None
                for source in _sources(match.group("source").strip(), index):
                    if (not bare or is_agency(source)) \
                            and _plausible(source, index, line, match.start("source")) \
                            and source.casefold() not in known:
                        known.add(source.casefold())
                        credits.append(source)
    if len(credits) == len(draft.credits):
        return draft
    return draft.replace(credits=tuple(credits))
