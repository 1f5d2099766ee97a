"""parse_dateline: find the page's date line near the top, parse it to ISO 8601 and remove it.

Only a line that is wholly a date counts (``Wed Jan 20, 2016 22:31:33``), and only among the first
few non-blank lines: a date inside a sentence is article text. The cleaner's own meta line
(``video | 2016-01-20T22:31:33``) is read back too, so cleaning clean output changes nothing.

>>> from cleaner.document import Draft
>>> d = parse_dateline(Draft("Title\\n\\nWed Jan 20, 2016 22:31:33\\n\\nBody.\\n"))
>>> d.published, d.published_raw, d.dateline_at, d.text
('2016-01-20T22:31:33', 'Wed Jan 20, 2016 22:31:33', 1, 'Title\\n\\n\\nBody.\\n')
"""

from __future__ import annotations

import regex

from cleaner import bylines, labels
from cleaner.dates import ParsedDate, parse_date
from cleaner.document import Draft, Log
from cleaner.passes.strip_furniture import is_furniture

NAME = "parse_dateline"

# How far down a date line may stand: title, repeated title, kicker, then the date.
_HEAD_LINES = 5
# "Updated in: 28 February 2024 - 12:38", "Published: …", "date 2022-02-11"
_LEAD_IN = regex.compile(
    r"^(?:(?:last\s+)?updated(?:\s+(?:in|on|at))?|published(?:\s+(?:on|at))?|posted(?:\s+on)?"
    r"|publish\s+date|date|on)\s*:?\s*",
    regex.I,
)
# A header line is short and not a sentence; once a paragraph shows, the header is over.
_PARAGRAPH = regex.compile(r"(?<!\.)[.;,][\"”’')\]]*+\s*+$")
_MAX_HEADER_WORDS = 30
_DIGIT = regex.compile(r"\d")
_LEAD_IN_STARTS = ("up", "pu", "po", "da", "on", "la")
_META = regex.compile(rf"^(?P<label>{labels.LABEL_WORD})(?:\s+\|\s+(?P<date>.+))?$", regex.I)
_SPLIT_TIME = regex.compile(r"^(?P<date>.*?\d{4})\s+[-–|]\s+(?P<time>\d{1,2}:\d{2}(?::\d{2})?)$")


def _read(line: str, draft: Draft) -> tuple[str | None, ParsedDate | None] | None:
    """Return (label, parsed date or None) when the line is a date line, else None."""
    options = draft.options
    label = None
    text = line.strip()
    if len(text) > 100 or (len(text) > 24 and not _DIGIT.search(text)):
        return None  # a date line is short and has digits; a label line is one word
    meta = _META.match(text) if " | " in text or len(text) <= 24 else None
    if meta:
        label = labels.canonical(meta.group("label"))
        if meta.group("date") is None:
            return label, None
        text = meta.group("date")
    elif " | " in text:
        return None
    if text[:2].lower() in _LEAD_IN_STARTS:
        text = _LEAD_IN.sub("", text, count=1)
    split = _SPLIT_TIME.match(text)
    if split:
        text = f"{split.group('date')} {split.group('time')}"
    parsed = parse_date(text, dayfirst=options.dayfirst, tz=options.tz)
    if parsed is None:
        return None
    return label, parsed


def _date_follows(lines: list[str], index: int, draft: Draft) -> bool:
    """Whether the line right below `index` (no blank line between) is a date or label line."""
    return index + 1 < len(lines) and bool(lines[index + 1].strip()) \
        and _read(lines[index + 1], draft) is not None


def parse_dateline(draft: Draft) -> Draft:
    """Parse and remove the first date line among the first lines of the page.

    Before: ``Wed Jan 20, 2016 22:31:33``  After: ``published = 2016-01-20T22:31:33``.
    """
    lines = draft.text.split("\n")
    seen = distinct = 0  # lines above; and of those, the ones that are not repeats
    counted: set[str] = set()  # header lines seen so far: a line repeated anywhere counts once
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if distinct >= _HEAD_LINES:
            break
        found = _read(line, draft)
        if found is None:
            seen += 1
            if is_furniture(stripped):
                continue  # furniture goes later: it neither counts nor ends the header
            byline = bylines.byline_line(stripped) is not None
            if (_PARAGRAPH.search(line) or len(line.split()) > _MAX_HEADER_WORDS) \
                    and not byline and not (seen == 1 and _date_follows(lines, index, draft)):
                # The body has begun: a date below it is article text. But "BY JANE DOE,"
                # is header, and so is a first line right above a date line (the clean text
                # format: title, then "label | date", whatever the title ends with).
                break
            if byline:
                continue  # repair_header moves it into authors: like furniture, it does not count
            if stripped not in counted:  # strip_furniture drops a repeated lead later
                distinct += 1
                counted.add(stripped)
            continue
        label, parsed = found
        log = Log(NAME)
        if parsed is not None and parsed.iso is None:
            # "Tue Feb 30, 2016": the header ends here, but there is no date to keep the line
            # in, so it stays in the text (and a copy below it is not taken for one either).
            for warning in parsed.warnings:
                log.warn(f"date line {stripped!r}: {warning}; left in the text")
            return log.apply(draft, dateline_at=seen)
        changes: dict[str, object] = {"dateline_at": seen, "label": draft.label or label}
        if parsed is not None:
            changes.update(published=parsed.iso, published_raw=stripped)
            for warning in parsed.warnings:
                log.warn(f"date line {stripped!r}: {warning}")
            log.fix(f"moved date line into published ({parsed.iso})", line, "", index + 1)
        else:
            log.fix(f"moved label line into label ({label})", line, "", index + 1)
        # The same date line pasted again right below it goes too.
        drop = {index}
        for later in range(index + 1, len(lines)):
            if not lines[later].strip():
                continue
            if lines[later].strip() != stripped:
                break
            drop.add(later)
            log.fix("dropped repeated date line", lines[later], "", later + 1)
        for number in sorted(drop, reverse=True):
            del lines[number]
        return log.apply(draft, text="\n".join(lines), **changes)
    return draft
