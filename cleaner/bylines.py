"""Bylines: tell people from content labels, agencies, desks, job titles and pasted headlines.

One name grammar reads every byline: a lead-in (``By``, ``Posted by``, ``Analysis by``, from
``cleaner.lexicon.bylines``), parts split at ``,`` ``;`` ``&`` ``|`` ``/`` ``and``; each part is
a person, an agency (``cleaner.lexicon.agencies``: a credit, never an author), a job title, a
desk (``Tribune News Service``) or a CMS user (``admin``), the last three going nowhere.

>>> read_byline("By VIDEO, ‘We’ll Fight ISIS’: Lavrov")
TitleByline(label='video', authors=(), credits=(), title='‘We’ll Fight ISIS’: Lavrov')
>>> read_byline("BY JOHN SMITH,Army retakes town").authors
('JOHN SMITH',)
>>> read_byline("By the way, nothing here") is None
True
>>> read_byline_line("By JANE DOE, MARY ROE and Ali al-Ahmad | Reuters")
Byline(authors=('JANE DOE', 'MARY ROE', 'Ali al-Ahmad'), credits=('Reuters',), kind='people')
>>> read_byline_line("Tribune News Service", bare=True)
Byline(authors=(), credits=(), kind='desk')
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import pairwise

import regex

from cleaner import labels
from cleaner.lexicon import agencies
from cleaner.lexicon.bylines import (
    COLON_LEAD_INS,
    DESK_PATTERNS,
    JOB_QUALIFIERS,
    JOB_WORDS,
    LEAD_INS,
    NOT_NAME_WORDS,
    PARTICLES,
    STAFF_LEAD_INS,
    USERS,
)
from cleaner.lexicon.places import is_region


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))


_JOB = frozenset(word for row in JOB_WORDS for word in row.words)
_QUALIFIERS = frozenset(JOB_QUALIFIERS)
_PARTICLES = frozenset(PARTICLES.words)
_USERS = frozenset(USERS.words)
_USER_LINES = _USERS | {f"{u} avatar" for u in _USERS}  # ("admin avatar": the user's picture)
_NOT_NAME = frozenset(NOT_NAME_WORDS.words)
# A name alone on its line (no "By", no job title) has two or three words, or a particle in
# it ("Mary Ann van Dyke"): four capitalised words alone are a headline ("Winter Storm Comes
# Early"); longer names come with a lead-in.
_BARE_WORDS_MAX = 3
_DESK = regex.compile(
    rf"(?i)^(?:\S+\s+){{0,3}}?(?:{_alternation([w for r in DESK_PATTERNS for w in r.words])})$")
_LEAD_WORDS = _alternation([w for row in LEAD_INS for w in row.words])
_COLON_WORDS = _alternation(list(COLON_LEAD_INS.words))
_LEAD = regex.compile(
    rf"(?i)^\s*(?:(?:{_LEAD_WORDS}|{_COLON_WORDS})\s*:\s*|(?:{_LEAD_WORDS})\s+)")
# A wire story's staff credits ("Reporting by A; Writing by B; Editing by C"): the reporters
# and writers are its authors, the staff after them (editing, graphics) is not.
_STAFF_WORDS = _alternation(list(STAFF_LEAD_INS.words))
_STAFF_LEAD = regex.compile(rf"(?i)^\s*(?:{_STAFF_WORDS})\s")
_STAFF_PART = regex.compile(
    rf"(?i)^\s*(?:(?P<writers>{_STAFF_WORDS})|\p{{L}}+(?:\s+and\s+\p{{L}}+)?\s+by)"
    r"\s+(?P<names>\S.*)$")
_PARTICLE_WORD = _alternation(list(_PARTICLES))
_NAME_WORD = regex.compile(
    rf"^(?:\p{{Lu}}[\p{{L}}’'.-]*|(?:{_PARTICLE_WORD})(?:-[\p{{L}}’'-]*)?)$")


@dataclass(frozen=True, slots=True)
class Byline:
    """What one byline line says: the people, the agencies credited, and its kind
    (``people``, ``agency``, ``desk``: the paper's own desk, ``user``: a CMS user name)."""

    authors: tuple[str, ...]
    credits: tuple[str, ...]
    kind: str


@dataclass(frozen=True, slots=True)
class TitleByline:
    """A byline glued in front of a headline (``By X, Title``): its label, people and title."""

    label: str | None
    authors: tuple[str, ...]
    credits: tuple[str, ...]
    title: str


def is_agency(text: str) -> bool:
    return agencies.is_agency(text)


def looks_like_name(text: str) -> bool:
    """One to five words, each capitalised or a name particle; no job title.

    >>> [looks_like_name(s) for s in ("Sergey Lavrov", "the way", "Staff Writer")]
    [True, False, False]
    """
    words = text.split()
    if not 1 <= len(words) <= 5 or _is_role(text):
        return False
    if not any(word[:1].isupper() for word in words):
        return False
    return all(_NAME_WORD.match(word) for word in words)


def tidy_name(name: str) -> str:
    """Capitals as written; an all-lower-case name is capitalised.

    >>> tidy_name("JOHN SMITH"), tidy_name("Ali al-Ahmad"), tidy_name("étienne")
    ('JOHN SMITH', 'Ali al-Ahmad', 'Étienne')
    """
    name = " ".join(name.split())
    if name.islower():
        return name.title()
    return name


def _is_role(part: str) -> bool:
    """A job title ("Staff Writer", "CNN Senior Supreme Court Analyst", "News Director")."""
    words = part.replace(".", "").split()
    if not words or len(words) > 7:
        return False
    last = words[-1].casefold()
    if last not in _JOB and last.rstrip("s") not in _JOB:
        return False
    return all(w.casefold() in _QUALIFIERS or w.casefold() in _JOB or agencies.is_agency(w)
               or w.isupper() for w in words[:-1])


def _is_desk(part: str) -> bool:
    # (lower-case too: "Staff and agencies", "By Jane Doe and agencies")
    return bool(part[:1].isupper() or part[:1].isdigit() or part.islower()) \
        and bool(_DESK.match(part)) and not agencies.is_agency(part)


def _agency_tail(part: str) -> tuple[str, str] | None:
    """A name with an agency glued after it, no separator: ``Jane Doe Reuters`` -> (``Jane
    Doe``, ``Reuters``); None when the last words (up to three) are no agency."""
    words = part.split()
    for size in (3, 2, 1):
        if len(words) >= size + 2 and (short := agencies.short_name(" ".join(words[-size:]))):
            return " ".join(words[:-size]), short
    return None


def read_byline(line: str) -> TitleByline | None:
    """Split ``By X, Title`` / ``BY X,Title`` / ``By X: Title``; None when X is not a byline.

    The byline runs over as many comma parts as read as people or agencies, the title is what
    follows: ``By A, B and C, CNN, Title``.
    """
    text = _unescape(line).strip()
    lead = _LEAD.match(text)
    if not lead:
        return None
    rest = text[lead.end():]
    first = regex.match(r"(?P<who>[^,:]{1,80}?)\s*+[,:]\s*+(?P<rest>\S.*)$", rest, regex.S)
    if not first:
        return None
    label = labels.canonical(first.group("who").strip())
    if label:
        return TitleByline(label, (), (), first.group("rest").strip())
    segments = regex.split(r"\s*,\s*", rest)
    # (the title as written after the k-th comma, not its parts joined again: "Old,,,Town"
    # stays so, and the next clean reads the same title)
    commas = [match.end() for match in regex.finditer(r"\s*,\s*", rest)]
    best: TitleByline | None = None
    for k in range(1, len(segments)):
        who, title = ", ".join(segments[:k]), rest[commas[k - 1] :].strip()
        if len(who) > 200 or not title:
            break
        authors, credits, rejected = _read_parts(_clean(who), labels_reject=True)
        if rejected or not (authors or credits):
            if k == 1:
                break
            continue
        best = TitleByline(None, _fullest(authors), tuple(dict.fromkeys(credits)), title)
    if best is not None or ":" not in first.group(0)[:len(first.group("who")) + 2]:
        return best
    names, desks = normalize_authors(first.group("who"))
    if names or desks:
        return TitleByline(None, names, desks, first.group("rest").strip())
    return None


_ESCAPE = regex.compile(r"\\u([0-9a-fA-F]{4})")
_TAG = regex.compile(r"</?[a-zA-Z][^<>]{0,200}>")
_EMAIL = regex.compile(r"\S+@\S+\.\w+")
_HANDLE = regex.compile(r"(?<!\w)@\w+")
_URL = regex.compile(r"https?://\S+|www\.\S+")
_NICKNAME = regex.compile(r"\s*[\"“][^\"“”]{1,40}[\"”]\s*")
_SYMBOLS = regex.compile(r"[\p{So}\p{Sk}\p{Cn}\u200d\ufe0f*]+")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# " November 19th, 2017 2 min read", " 1 minute ago Wed …": a date glued after the name.
_DIGITS_ON = regex.compile(rf"(?i)\s*(?:\b{_MONTH}\.?\s+)?\d.*$", regex.S)
# " for Daily Mail", " from Trafilatura", " – The Moon", " | Site": what follows is not a name.
_CUT = regex.compile(r"\s+(?i:for|from|of)\s+\p{Lu}.*$|\s+[–—]\s+.*$", regex.S)
# A byline part that runs on for words after a number is a pasted headline, not a name + time.
_HEADLINE_TAIL = regex.compile(r"\d\S*(?:\s+\S+){2,}")
_READ_TAIL = regex.compile(r"(?i)\s*\d+\s*min(?:ute)?s?\s+read\s*$")
_GATE_PHRASES = [*_JOB, *(f for a in agencies.AGENCIES for f in (a.name, *a.forms))]
_ROLE_OR_AGENCY = regex.compile(rf"(?i)\b(?:{_alternation(_GATE_PHRASES)})s?\b")
# What a line must hold to hold one of the phrases above: a one-word phrase (or its plural) as
# a word, or the first two words of a longer one side by side. Most title lines hold none, and
# skip the long alternation.
_WORD = regex.compile(r"\w+")  # the word characters the pattern's \b reads


def _gate_keys() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    single: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for phrase in _GATE_PHRASES:
        words = _WORD.findall(phrase.casefold())
        if len(words) == 1:
            single |= {words[0], words[0] + "s"}
        else:
            pairs |= {(words[0], words[1]), (words[0], words[1] + "s")}
    return frozenset(single), frozenset(pairs)


_GATE_SINGLE, _GATE_PAIRS = _gate_keys()


def _role_or_agency(text: str) -> bool:
    """Whether the text names a job title or an agency (``Staff Writer``, ``Reuters``)."""
    words = _WORD.findall(text.casefold())
    if _GATE_SINGLE.isdisjoint(words) and _GATE_PAIRS.isdisjoint(pairwise(words)):
        return False
    return _ROLE_OR_AGENCY.search(text) is not None


_SEPARATED = regex.compile(r"[,|/;&]|\band\b")
_SPLIT = regex.compile(r"\s*(?:[,;&|/]|\band\b|\bund\b)\s*", regex.I)


def _unescape(text: str) -> str:
    """HTML entities, ``<b>`` tags and ``\\u00e9`` escapes in a byline, read as the page shows."""
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "\\u" in text:
        text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text.replace("\xa0", " ")


def normalize_authors(byline: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split a byline into (authors, credits): real people, and the agencies named in it.

    Content labels, job titles and anything that is not shaped like a name are dropped.

    >>> normalize_authors("By Jenny Smith and JOHN SMITH, Reuters")
    (('Jenny Smith', 'JOHN SMITH'), ('Reuters',))
    >>> normalize_authors("Staff Reporter")
    ((), ())
    """
    authors, credits, _ = _read_parts(_clean(_LEAD.sub("", _unescape(byline), count=1)))
    return _fullest(authors), tuple(dict.fromkeys(credits))


def byline_line(line: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A line that is a byline and nothing else (``By Jane Doe and John Roe, Reuters``).

    >>> byline_line("By Jane Doe and John Roe, Reuters")
    (('Jane Doe', 'John Roe'), ('Reuters',))
    >>> byline_line("By VIDEO, Army Retakes Hill") is None
    True
    """
    found = read_byline_line(line)
    return None if found is None else (found.authors, found.credits)


def read_byline_line(line: str, *, bare: bool = False) -> Byline | None:
    """Read a byline line: ``By X and Y``, ``X, Staff Writer``, ``X | Reuters``, ``Posted by
    X``; with ``bare`` also a name, agency, desk or user line with no lead-in.

    >>> read_byline_line("Analysis by Joan Biskupic, CNN Senior Supreme Court Analyst")
    Byline(authors=('Joan Biskupic',), credits=(), kind='people')
    >>> read_byline_line("Brandon Wise/ News Director")
    Byline(authors=('Brandon Wise',), credits=(), kind='people')
    >>> read_byline_line("By The Associated Press")
    Byline(authors=(), credits=('AP',), kind='agency')
    """
    text = line.strip()
    if len(text) > 200 or not text:
        return None
    if not bare and not _LEAD.match(text) and not (text[:1] in "<&" or "&" in text[:12]) and (
            len(text) > 100 or not _SEPARATED.search(text) or not _role_or_agency(text)):
        return None  # no lead-in, no "Name, Title" or "Name | Agency": most lines stop here
    text, lead, cleaned = _read_lead_in(text)
    if lead is None:
        if bare and (whole := _whole_line(cleaned)) is not None:
            return whole
        if any(ch in text for ch in ".:;!?\"“[]()") and not _SPLIT.search(text):
            return None
    elif cleaned.strip().casefold() in _USERS:
        return Byline((), (), "user")
    # A bar sets the byline off from its outlet or the writer's job: "By Jane Doe | The Daily
    # Star", "Jane Doe | Reuters". What follows it credits an agency, but names no author.
    named, bar, outlet = cleaned.partition("|")
    authors, credits, rejected, roles, desks = _read_all(named, labels_reject=True,
                                                         stop=lead is None)
    if bar and not rejected:
        _, outlet_credits, rejected, outlet_roles, outlet_desks = _read_all(
            outlet, labels_reject=True, stop=lead is None)
        credits += outlet_credits
        roles, desks = roles + outlet_roles, desks + outlet_desks
    if rejected:
        return None
    if lead is None:
        # No lead-in: a name with a job title or an agency, or (bare) names alone.
        if not authors or not (roles or credits or bare):
            return None
        if bare and not (roles or credits) and not all(map(_bare_name, authors)):
            return None
    elif not (authors or credits or roles or desks):
        return None
    kind = "people" if authors else "agency" if credits else "desk"
    return Byline(_fullest(authors), tuple(dict.fromkeys(credits)), kind)


def _bare_name(name: str) -> bool:
    """A name as it stands alone on a line: two or three words, or more with a particle,
    neither a region nor a menu's words, not ending in a bare initial ("Thu F", what is left
    of "Thu F00" once the digits glued to a name go)."""
    words = name.split()
    return not name.islower() and len(words) >= 2 and len(words[-1]) >= 2 and (
        len(words) <= _BARE_WORDS_MAX or any(w.casefold() in _PARTICLES for w in words)) \
        and not is_region(name) and not is_region(name + ".") \
        and not any(w.casefold() in _NOT_NAME for w in words)


def opens_with_lead_in(line: str) -> bool:
    """Whether the line opens as a byline does (``By``, ``Posted by``, ``Written by``).

    >>> opens_with_lead_in("By Jane Doe©!"), opens_with_lead_in("Byline news")
    (True, False)
    """
    return _LEAD.match(line.strip()) is not None


def names_a_desk(line: str) -> bool:
    """Whether `read_byline_line(line, bare=True)` reads a desk or an agency, and nothing else
    (no author): a line with no lead-in is one only by its whole text, so only a line with a
    lead-in ("By The Associated Press") is read part by part.

    >>> names_a_desk("Tribune News Service"), names_a_desk("Jane Doe")
    (True, False)
    """
    text = line.strip()
    if len(text) > 200 or not text:
        return False
    _, lead, cleaned = _read_lead_in(text)
    if lead is None:
        whole = _whole_line(cleaned)
        return whole is not None and whole.kind in ("desk", "agency")
    found = read_byline_line(line, bare=True)
    return found is not None and found.kind in ("desk", "agency")


def _read_lead_in(text: str) -> tuple[str, regex.Match[str] | None, str]:
    """The line as the page shows it (entities and tags read), its lead-in, and what follows
    the lead-in, tidied (a read time, links, handles and symbols out)."""
    text = _unescape(text)
    lead = _LEAD.match(text)
    rest = text[lead.end():] if lead else text
    if lead and ";" in rest and _STAFF_LEAD.match(text):
        rest = _staff_writers(rest)
    return text, lead, _clean(_without_read_time(rest))


def _staff_writers(rest: str) -> str:
    """The writers of a staff credit line, after its lead-in: ``A; Writing by B; Editing by
    C`` gives ``A, B``; a part that credits no staff role is left in, for the byline reader
    to reject."""
    first, *parts = rest.split(";")
    names = [first]
    for part in parts:
        found = _STAFF_PART.match(part)
        if found is None:
            return rest
        if found.group("writers"):
            names.append(found.group("names"))
    return ", ".join(name.strip() for name in names)


def _whole_line(cleaned: str) -> Byline | None:
    """A bare line with no lead-in that names, as a whole, a CMS user, an agency or a desk."""
    whole = cleaned.strip(" -–—.:")
    if whole.casefold() in _USER_LINES:
        return Byline((), (), "user")
    if short := agencies.short_name(whole):
        return Byline((), (short,), "agency")
    if len(whole.split()) <= 5 and _is_desk(whole):
        return Byline((), (), "desk")
    return None


def _clean(text: str) -> str:
    """Links, handles, nicknames and symbols out of a byline (each pattern tried only on a
    line holding what it needs: a byline is read for most header lines)."""
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    if "://" in text or "www." in text:
        text = _URL.sub(" ", text)
    if '"' in text or "“" in text:
        text = _NICKNAME.sub(" ", text)
    if "@" in text:
        text = _HANDLE.sub(" ", text)
    if not text.isascii() or "*" in text or "^" in text or "`" in text:
        text = _SYMBOLS.sub(" ", text)
    return text.replace("_", " ")


def _without_read_time(text: str) -> str:
    """``Jane Doe 2 min read`` → ``Jane Doe``."""
    return _READ_TAIL.sub("", text) if "read" in text.lower() else text


def _read_parts(text: str, labels_reject: bool = False) -> tuple[list[str], list[str], int]:
    """Authors, agencies, and how many parts were neither (labels count only if asked)."""
    authors, credits, rejected, _, _ = _read_all(text, labels_reject)
    return authors, credits, rejected


def _read_all(text: str, labels_reject: bool = False, stop: bool = False
              ) -> tuple[list[str], list[str], int, int, int]:
    """Authors, agencies, rejected parts, job titles and desks among a byline's parts
    (``stop``: give up at the first rejected part)."""
    authors: list[str] = []
    credits: list[str] = []
    rejected = roles = desks = 0
    for index, raw in enumerate(_SPLIT.split(text)):
        part = _CUT.sub("", raw)
        if _HEADLINE_TAIL.search(part):
            rejected += 1
            continue
        part = _DIGITS_ON.sub("", part).strip(" .:-–—()[]\t")
        part = _LEAD.sub("", part + " ", count=1).strip()
        if not part:
            # "By 123, Title": nothing name-like opens the byline, so it is none
            rejected += labels_reject and index == 0 and any(ch.isdigit() for ch in raw)
            continue
        if labels.canonical(part):
            rejected += labels_reject
            continue
        short = agencies.short_name(part)
        if short:
            credits.append(short)
        elif _is_role(part):
            roles += 1  # "Staff Reporter": a byline, but nobody's name
        elif _is_desk(part):
            desks += 1  # "Tribune News Service", "F.P. Report": the paper's desk
        elif (glued := _agency_tail(part)) and looks_like_name(glued[0]):
            authors.append(tidy_name(glued[0]))
            credits.append(glued[1])
        elif looks_like_name(part) or (part.isalpha() and part.islower() and len(part) < 30):
            authors.append(tidy_name(part))
        else:
            rejected += 1
        if stop and rejected:
            break
    return authors, credits, rejected, roles, desks


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
