"""Interim stand-ins for the helpers' APIs (dates, bylines, chrome); replaced at their merge."""

from __future__ import annotations

from dataclasses import dataclass

from cleaner import bylines


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
