"""Interim stand-ins for the helpers' APIs (dates, bylines, chrome); replaced at their merge."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from cleaner import bylines
from cleaner.dates import ParsedDate, parse_date


@dataclass(frozen=True, slots=True)
class DateLine:
    published: ParsedDate | None
    updated: ParsedDate | None
    before: str
    after: str


_LEAD = regex.compile(
    r"^(?:(?:and\s+)?(?P<upd>(?:last\s+)?updated)(?:\s+(?:in|on|at))?|published(?:\s+(?:on|at))?"
    r"|posted(?:\s+(?:on|at))?|publish\s+date|date|on)\s*:?\s*",
    regex.I,
)
_CRAWLER = regex.compile(r"^date (\d{4}-\d{2}-\d{2})(?:\s+|$)")


def read_date_line(line: str, *, dayfirst: bool = False, tz: str | None = None
                   ) -> DateLine | None:
    text = line.strip()
    if len(text) > 120 or not any(ch.isdigit() for ch in text):
        return None
    parts = regex.split(r"\s+\|\s+", text)
    for i, part in enumerate(parts):
        lead = _LEAD.match(part)
        updated = bool(lead and lead.group("upd"))
        body = part[lead.end():] if lead else part
        split = regex.match(r"^(?P<d>.*?\d{4})\s+[-–|]\s+(?P<t>\d{1,2}:\d{2}(?::\d{2})?)$", body)
        if split:
            body = f"{split.group('d')} {split.group('t')}"
        parsed = parse_date(body, dayfirst=dayfirst, tz=tz)
        if parsed is not None:
            before = " | ".join(parts[:i])
            after = " | ".join(parts[i + 1:])
            if updated:
                return DateLine(None, parsed, before, after)
            return DateLine(parsed, None, before, after)
    return None


def crawler_date(line: str) -> tuple[ParsedDate, str] | None:
    match = _CRAWLER.match(line.strip())
    if not match:
        return None
    parsed = parse_date(match.group(1))
    if parsed is None or parsed.iso is None:
        return None
    return parsed, line.strip()[match.end():]


@dataclass(frozen=True, slots=True)
class Byline:
    authors: tuple[str, ...]
    credits: tuple[str, ...]
    kind: str


def read_byline_line(line: str, *, bare: bool = False) -> Byline | None:
    found = bylines.byline_line(line)
    if found is not None:
        return Byline(found[0], found[1], "people" if found[0] else "agency")
    if not bare:
        return None
    text = line.strip()
    if bylines.is_agency(text.lstrip("-– ").strip()):
        return Byline((), (text.lstrip("-– ").strip(),), "agency")
    if len(text.split()) > 8 or any(ch in text for ch in ".:;!?\"“"):
        return None
    authors, credits = bylines.normalize_authors(text)
    if authors and not credits and all(bylines.looks_like_name(a) for a in authors):
        return Byline(authors, (), "people")
    return None
