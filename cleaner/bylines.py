"""Bylines: tell people from content labels, agencies, job titles and pasted headlines.

>>> read_byline("By VIDEO, ‘We’ll Fight ISIS’: Lavrov")
Byline(label='video', authors=(), credits=(), title='‘We’ll Fight ISIS’: Lavrov')
>>> read_byline("BY JOHN SMITH,Army retakes town").authors
('John Smith',)
>>> read_byline("By the way, nothing here") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from cleaner import labels

AGENCIES = {
    "reuters", "ap", "associated press", "afp", "agence france-presse", "fna", "irna",
    "press tv", "presstv", "isna", "mehr", "mna", "tasnim", "sana", "rt", "sputnik", "tass",
    "xinhua", "anadolu", "al-alam", "alalam", "al-manar", "abna", "abna24", "upi", "bbc",
    "cnn", "dpa", "efe", "ani", "pti", "kuna", "wam", "spa", "saba", "saba news", "farsnews",
    "fars news", "ians", "al-masdar", "almasdar", "al-mayadeen", "al mayadeen",
}
JOB_TITLES = regex.compile(
    r"\b(?:staff|senior|chief|special|foreign|political|news|web|desk)?\s*"
    r"(?:reporter|writer|correspondent|editor|contributor|desk|staff|team|bureau|analyst)s?\b",
    regex.I,
)
_BYLINE = regex.compile(
    r"^(?:by|written\s+by|words\s+by|reported\s+by)\s++(?P<who>[^,:]{1,80}?)\s*+[,:]\s*+"
    r"(?P<rest>\S.*)$",
    regex.I | regex.S,
)
_NAME_WORD = regex.compile(
    r"^(?:\p{Lu}[\p{L}’'.-]*|(?:al|el|bin|ibn|de|da|van|von|der|du|la|le|di)-?[\p{L}’'-]*)$"
)


@dataclass(frozen=True, slots=True)
class Byline:
    label: str | None
    authors: tuple[str, ...]
    credits: tuple[str, ...]
    title: str


def is_agency(text: str) -> bool:
    return " ".join(text.lower().replace(".", "").split()) in AGENCIES


def looks_like_name(text: str) -> bool:
    """One to five words, each capitalised or a name particle; no job title.

    >>> [looks_like_name(s) for s in ("Sergey Lavrov", "the way", "Staff Writer")]
    [True, False, False]
    """
    words = text.split()
    if not 1 <= len(words) <= 5 or JOB_TITLES.search(text):
        return False
    if not any(word[:1].isupper() for word in words):
        return False
    return all(_NAME_WORD.match(word) for word in words)


def tidy_name(name: str) -> str:
    """Title-case an all-caps name; leave mixed case as written.

    >>> tidy_name("JOHN SMITH"), tidy_name("Ali al-Ahmad")
    ('John Smith', 'Ali al-Ahmad')
    """
    name = " ".join(name.split())
    if name.isupper():
        return name.title()
    return name


def read_byline(line: str) -> Byline | None:
    """Split ``By X, Title`` / ``BY X,Title`` / ``By X: Title``; None when X is not a byline."""
    match = _BYLINE.match(line.strip())
    if not match:
        return None
    who, title = match.group("who").strip(), match.group("rest").strip()
    label = labels.canonical(who)
    if label:
        return Byline(label, (), (), title)
    if is_agency(who):
        return Byline(None, (), (who,), title)
    if looks_like_name(who):
        return Byline(None, (tidy_name(who),), (), title)
    return None
