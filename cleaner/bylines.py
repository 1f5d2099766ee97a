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
    if name.isupper() or name.islower():
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
    authors, credits = normalize_authors(who)
    if authors or credits:
        return Byline(None, authors, credits, title)
    return None


_LEAD = regex.compile(
    r"^\s*(?:(?:(?:written|words|reported|posted|compiled|edited)\s+by|by)\s*:?\s+"
    r"|authors?\s*:\s*)",
    regex.I,
)
_EMAIL = regex.compile(r"\S+@\S+\.\w+")
_HANDLE = regex.compile(r"(?<!\w)@\w+")
_URL = regex.compile(r"https?://\S+|www\.\S+")
_NICKNAME = regex.compile(r"\s*[\"“][^\"“”]{1,40}[\"”]\s*")
_SYMBOLS = regex.compile(r"[\p{So}\p{Sk}\p{Cn}\u200d\ufe0f]+")
_DIGITS_ON = regex.compile(r"\s*\d.*$", regex.S)
# " for Daily Mail", " from Trafilatura", " – The Moon", " | Site": what follows is not a name.
_CUT = regex.compile(r"\s+(?i:for|from|of)\s+\p{Lu}.*$|\s+[–—]\s+.*$", regex.S)
# A byline part that runs on for words after a number is a pasted headline, not a name + time.
_HEADLINE_TAIL = regex.compile(r"\d\S*(?:\s+\S+){2,}")
_SPLIT = regex.compile(r"\s*(?:[,;&|/]|\band\b|\bund\b)\s*", regex.I)


def normalize_authors(byline: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split a byline into (authors, credits): real people, and the agencies named in it.

    Content labels, job titles and anything that is not shaped like a name are dropped.

    >>> normalize_authors("By Jenny Smith and JOHN SMITH, Reuters")
    (('Jenny Smith', 'John Smith'), ('Reuters',))
    >>> normalize_authors("Staff Reporter")
    ((), ())
    """
    authors, credits, _ = _read_parts(_clean(_LEAD.sub("", byline, count=1)))
    return _fullest(authors), tuple(dict.fromkeys(credits))


def byline_line(line: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A line that is a byline and nothing else (``By Jane Doe and John Roe, Reuters``).

    >>> byline_line("By Jane Doe and John Roe, Reuters")
    (('Jane Doe', 'John Roe'), ('Reuters',))
    >>> byline_line("By VIDEO, Army Retakes Hill") is None
    True
    """
    if not _LEAD.match(line) or len(line) > 200:
        return None
    text = _clean(_LEAD.sub("", line, count=1))
    authors, credits, rejected = _read_parts(text, labels_reject=True)
    if rejected or not (authors or credits or JOB_TITLES.search(text)):
        return None
    return _fullest(authors), tuple(dict.fromkeys(credits))


def _clean(text: str) -> str:
    text = _URL.sub(" ", _EMAIL.sub(" ", text))
    text = _HANDLE.sub(" ", _NICKNAME.sub(" ", text))
    return _SYMBOLS.sub(" ", text).replace("_", " ")


def _read_parts(text: str, labels_reject: bool = False) -> tuple[list[str], list[str], int]:
    """Authors, agencies, and how many parts were neither (labels count only if asked)."""
    authors: list[str] = []
    credits: list[str] = []
    rejected = 0
    for raw in _SPLIT.split(text):
        part = _CUT.sub("", raw)
        if _HEADLINE_TAIL.search(part):
            rejected += 1
            continue
        part = _DIGITS_ON.sub("", part).strip(" .:-–—()[]\t")
        part = _LEAD.sub("", part + " ", count=1).strip()
        if not part:
            continue
        if labels.canonical(part):
            rejected += labels_reject
            continue
        if is_agency(part):
            credits.append(part)
        elif JOB_TITLES.fullmatch(part):
            continue  # "Staff Reporter": a byline, but nobody's name
        elif looks_like_name(part) or (part.isalpha() and part.islower() and len(part) < 30):
            authors.append(tidy_name(part))
        else:
            rejected += 1
    return authors, credits, rejected


def _fullest(names: list[str]) -> tuple[str, ...]:
    """De-duplicate, keeping the fullest form ("Smith" goes when "John Smith" is there)."""
    kept: list[str] = []
    for name in names:
        key = name.casefold()
        if any(key == other.casefold() or key in other.casefold().split() for other in kept):
            continue
        kept = [other for other in kept if other.casefold() not in key.split()]
        kept.append(name)
    return tuple(kept)
