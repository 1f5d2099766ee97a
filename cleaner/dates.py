"""Read the date lines that news pages carry into ISO 8601 (with seconds).

`parse_date` reads a string that is wholly a date; `read_date_line` finds the date on a header
line, with what stands beside it (a lead-in, a byline, an update stamp); `crawler_date` reads the
crawler's `` date YYYY-MM-DD`` prefix. Month, weekday and lead-in words are in
`cleaner.lexicon.dates`, zone names in `cleaner.lexicon.zones`.

>>> parse_date("Wed Jan 20, 2016 22:31:33").iso
'2016-01-20T22:31:33'
>>> parse_date("20 Jan 2016 22:31").iso
'2016-01-20T22:31:00'
>>> parse_date("2016-01-20T22:31:33+03:30").iso
'2016-01-20T22:31:33+03:30'
>>> parse_date("Fri Jun 12, 2015 11:09pm EDT").iso
'2015-06-12T23:09:00-04:00'
>>> parse_date("Tue Jan 20, 2016").warnings
('weekday Tue does not match 2016-01-20, which is a Wednesday',)
>>> parse_date("A sentence about Jan 20, 2016.") is None
True
>>> found = read_date_line("Muhammad Irfan 1 minute ago Wed 17th March 2021 | 11:00 PM")
>>> found.published.iso, found.before
('2021-03-17T23:00:00', 'Muhammad Irfan')
>>> found = read_date_line("October 03, 2023 01:13 pm | Updated 01:39 pm IST - BHUBANESWAR")
>>> found.published.iso, found.updated.iso, found.after
('2023-10-03T13:13:00+05:30', '2023-10-03T13:39:00+05:30', 'BHUBANESWAR')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from cleaner.lexicon import dates as lexicon
from cleaner.lexicon.zones import ZONES

MONTHS = lexicon.MONTHS
WEEKDAYS = lexicon.WEEKDAYS


@dataclass(frozen=True, slots=True)
class ParsedDate:
    iso: str | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DateLine:
    """What a date line holds: the published date and an update stamp (either may be None),
    and the text before and after the dates (a byline, a dateline), lead-ins and stamps off."""

    published: ParsedDate | None
    updated: ParsedDate | None
    before: str
    after: str


def _words(names: Iterable[str]) -> str:
    """An alternation of the names as a trie (``ja(?:n(?:uary|vier)?)``…): tried at a position,
    it reads each character once instead of once per name, so a longer table costs little; the
    longer name is tried first, as a longest-first alternation does.

    >>> _words(["jan", "january", "feb"])
    '(?:feb|jan(?:uary)?)'
    """
    trie: dict = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}

    def regex_of(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + regex_of(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return regex_of(trie)


_I = re.I
# (a month glued to the word before it, "By Jane DoeJuly 5, 2016": two page elements whose
# text the scrape joined with no space; a capital after a lower-case letter marks the seam)
_MON = rf"(?:(?<!\w)|(?-i:(?<=[a-z])(?=[A-Z])))(?P<month>{_words(MONTHS)})(?!\w)\.?"
_DAY = r"(?<![\w.])(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?(?!\w)"
_YEAR = r"(?P<year>(?:19|20)[0-9]{2}|'[0-9]{2})(?![\w:])"
_SEP = r"(?:\s*[-–/.,]\s*|\s+)"
_ZONE = (r"(?P<zone>Z|(?:UTC|GMT)\s*[+-][0-9]{1,2}(?::?[0-9]{2})?|[+-][0-9]{2}(?::?[0-9]{2})?"
         rf"|(?-i:{_words(ZONES)}))(?![\w+-])(?:\s*\((?-i:[A-Z]{{2,5}})\))?"
         r"|\((?P<pzone>(?-i:[A-Z]{2,5}))\)")
_TIME = (r"(?:(?P<hour>[0-2]?[0-9])(?:(?P<hsep>[:.h])(?P<minute>[0-5][0-9])"
         r"(?::(?P<second>[0-5][0-9]))?(?:\.[0-9]+)?)?(?:\s*(?P<ampm>[ap]\.?\s?m)\b\.?)?"
         r"|(?P<word>noon|midnight))")
_NAMED = [re.compile(pattern, _I) for pattern in (
    # November 19th, 2017 / Sep-25-2003 / Thu Sep 25 10:36:28 2003 (ctime: the year last)
    rf"{_MON}{_SEP}{_DAY}(?:{_SEP}{_YEAR}|\s+{_TIME}(?:\s+{_ZONE})?\s+"
    r"(?P<year2>(?:19|20)[0-9]{2})(?![\w:]))",
    # 3rd of May 2001 / 25-Sep-2003 / 31-Dec-00
    # (and "4 de marzo de 2021", Spanish and Portuguese)
    rf"{_DAY}(?:\s+(?:of|de))?{_SEP}{_MON}(?:\s+de)?{_SEP}"
    rf"(?:{_YEAR}|(?<=-)(?P<yy>[0-9]{{2}})(?![\w:-]))",
    rf"(?<![\w.])(?P<year>(?:19|20)[0-9]{{2}}){_SEP}{_MON}{_SEP}{_DAY}",  # 2003 Sep 25
)]
_NUMERIC = [re.compile(pattern, _I) for pattern in (
    r"(?<![\w/.:-])(?P<year>(?:19|20)[0-9]{2})(?P<s>[-/.])(?P<mnum>[01]?[0-9])(?P=s)"
    r"(?P<day>[0-3]?[0-9])(?![0-9]|[/.-][0-9])",  # 2003-09-25 / 2025/6/17
    r"(?<![\w/.:-])(?P<a>[0-3]?[0-9])(?P<s>[-/.])(?P<b>[0-3]?[0-9])(?P=s)"
    r"(?P<year>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9]|[/.:-][0-9])",  # 25/09/2003 / 1/1/16
)]
# The separators between a date and its time: "4 March 2024 • 10:32", "March 4, 2024 / 10:32 AM",
# "-- 10:32 a.m.", "10:32 AM · Mar 4, 2024", and "at" in other languages ("le 4 mars à 15h03").
_AT = r"\b(?:at|à|às|um|alle|ore|a\s+las)\b"
_AFTER = re.compile(rf"(?:\s*(?:,|@|--?|–|—|\||·|•|/|{_AT}|T)?\s*)(?:{_TIME})?(?:\s*(?:{_ZONE}))?",
                    _I)
_BEFORE_TIME = re.compile(rf"(?<![\w:]){_TIME}(?:\s*(?:{_ZONE}))?\s*(?:[,@|–—·•/-]|\bon\b|\bat\b)?"
                          r"\s*$", _I)
_BEFORE_WEEKDAY = re.compile(rf"(?<!\w)(?P<weekday>{_words(WEEKDAYS)})(?!\w)\.?\s*[,–-]?\s*$",
                             _I)
_SEAM = r"(?:^|(?<=[\s|,;(\[-])|(?-i:(?<=[a-z])(?=[A-Z])))"  # (a lead-in glued: "Jane DoeUpdated")
_LEADS = [(row.kind, re.compile(rf"{_SEAM}(?:{row.words})\s*[:：–-]?\s*$", _I))
          for row in lexicon.LEAD_INS]
_UPDATE_LEAD = re.compile(_SEAM + "(?:" + "|".join(
    row.words for row in lexicon.LEAD_INS if row.kind == "updated") + r")\s*[:：–-]?\s*", _I)
_STAMPS = re.compile("|".join(rf"(?<!\w){row.pattern}(?!\w)" for row in lexicon.STAMPS), _I)
_DIGIT = re.compile(r"[0-9]")
_ANY_MONTH = re.compile(_MON, _I)
_ANY_NUMERIC = re.compile(r"[0-9][-/.][0-9]")
_CRAWLER = re.compile(r"^[^\w\s]{0,3}\s*date (\d{4}-\d{2}-\d{2})(?:\s+|$)")
_EDGE = " \t-–—|,;:·•/"
# Words a name never has: "Elections Are Held On" is a headline with a date, not a byline.
_NOT_NAME = frozenset("a an are be for has have in is it of on the to was were will with".split())


@dataclass(slots=True)
class _Found:
    date: ParsedDate
    kind: str
    before: str
    after: str
    zone: str | None
    day: dt.date | None


def parse_date(text: str, *, dayfirst: bool = False, tz: str | None = None) -> ParsedDate | None:
    """Parse a string that is wholly a date (with an optional time); None when it is not one."""
    text = text.strip()
    if len(text) > 80:
        return None
    found = _first(text, dayfirst, tz)
    if found is None or found.before or found.after.strip(". ") or found.kind != "published":
        return None
    return found.date


def read_date_line(line: str, *, dayfirst: bool = False, tz: str | None = None
                   ) -> DateLine | None:
    """The date(s) on a header line and the text beside them; None when it is not a date line
    (a date inside a sentence is article text)."""
    text = line.strip()
    if len(text) > 140 or not _DIGIT.search(text):
        return None
    cores = _cores(text)
    if not cores:
        return None
    first = _first(text, dayfirst, tz, cores)
    if first is None:
        return None
    second = _second(first, dayfirst, tz)
    after = first.after if second is None else (
        f"{second.before} {second.after}" if second.before else second.after)
    if not _fits_after(after):
        return None
    published = updated = None
    for found in (first, second):
        if found is None:
            continue
        if found.kind == "updated" and updated is None:
            updated = found.date
        elif published is None:
            published = found.date
    if second is not None and second.zone and first.zone is None and published is first.date:
        published = _with_zone(first, second.zone, tz)
    return DateLine(published, updated, first.before, _clean(after))


# An all-numeric date with slashes or dashes: "25/03/2015" says the page writes the day first.
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])([0-3]?[0-9])([/-])([0-3]?[0-9])\2(?:19|20)?[0-9]{2}"
                           r"(?![\d/])")
_ORDER_SIGNS = re.compile("|".join(f"(?P<{'d' if row.day_first else 'm'}{i}>{row.pattern})"
                                   for i, row in enumerate(lexicon.DATE_ORDERS)))
_NUMERIC_WEIGHT = 3  # a date that reads one way only outweighs a spelling


def page_writes_day_first(text: str) -> bool | None:
    """Whether the page writes its dates day first, by its signs (`DATE_ORDERS`, and its
    all-numeric dates that read one way only); None when it shows none.

    >>> page_writes_day_first("Posted 01/04/2015. The march was organised by the city.")
    True
    >>> page_writes_day_first("Posted 01/04/2015. See you on 03/25/2015.") is False
    True
    """
    votes = 0
    for match in _NUMERIC_DATE.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if (first > 12) != (second > 12) and max(first, second) <= 31:
            votes += _NUMERIC_WEIGHT if first > 12 else -_NUMERIC_WEIGHT
    for match in _ORDER_SIGNS.finditer(text):
        votes += 1 if (match.lastgroup or "").startswith("d") else -1
    return None if votes == 0 else votes > 0


def crawler_date(line: str) -> tuple[ParsedDate, str] | None:
    """The crawler's `` date YYYY-MM-DD`` prefix and the rest of the line."""
    match = _CRAWLER.match(line.strip())
    if not match:
        return None
    parsed = parse_date(match.group(1))
    if parsed is None or parsed.iso is None:
        return None
    return parsed, line.strip()[match.end():]


# --- finding the date on a line -------------------------------------------------------------

def _cores(text: str) -> list[re.Pattern[str]]:
    """The date patterns worth trying on the text: named months only where one is written."""
    return (_NAMED if _ANY_MONTH.search(text) else []) + (
        _NUMERIC if _ANY_NUMERIC.search(text) else [])


def _first(text: str, dayfirst: bool, tz: str | None,
           cores: list[re.Pattern[str]] | None = None) -> _Found | None:
    """The first date on the line whose left side is a lead-in, a byline or a label."""
    cores = _cores(text) if cores is None else cores
    start = 0
    while cores:
        core = _leftmost(cores, text, start)
        if core is None:
            return None
        found = _around(text, core, dayfirst, tz)
        if found is not None:
            return found
        start = core.start() + 1
    return None


def _leftmost(cores: list[re.Pattern[str]], text: str, start: int) -> re.Match[str] | None:
    best: re.Match[str] | None = None
    for pattern in cores:
        match = pattern.search(text, start)
        if match and (best is None or match.start() < best.start()
                      or (match.start() == best.start() and match.end() > best.end())):
            best = match
    return best


def _around(text: str, core: re.Match[str], dayfirst: bool, tz: str | None) -> _Found | None:
    groups = {k: v for k, v in core.groupdict().items() if v is not None}
    end = core.end()
    if "hour" not in groups:
        timed = _AFTER.match(text, end)
        if timed and _is_time(timed):
            groups.update({k: v for k, v in timed.groupdict().items() if v is not None})
            end = timed.end()
    before = text[: core.start()]
    kind, starts = "published", core.start()
    if before.strip():
        before, kind, starts = _read_before(before, groups)
    raw = text[starts:end].strip()
    if not _fits_before(_clean(before), before):
        return None
    date, day = _build(groups, raw, dayfirst, tz)
    zone = groups.get("zone") or groups.get("pzone")
    return _Found(date, kind, _clean(before), text[end:], zone, day)


def _read_before(before: str, groups: dict[str, str]) -> tuple[str, str, int]:
    """Take the weekday, a time written before the date and the lead-in off the text before
    the date: what is left, the kind of date the lead-in makes it, where the date starts."""
    weekday = _BEFORE_WEEKDAY.search(before)
    if weekday:
        groups["weekday"], before = weekday.group("weekday"), before[: weekday.start()]
    if "hour" not in groups and _DIGIT.search(before) and \
            (timed := _BEFORE_TIME.search(before)) and _is_time(timed):
        groups.update({k: v for k, v in timed.groupdict().items() if v is not None})
        before = before[: timed.start()]
        if not weekday and (weekday := _BEFORE_WEEKDAY.search(before)):
            groups["weekday"], before = weekday.group("weekday"), before[: weekday.start()]
    starts, kind = len(before), "published"
    if not any(ch.isalpha() for ch in before):
        return before, kind, starts  # no words: no lead-in ("Thu " is gone by now)
    leads = [(found.start(), lead_kind) for lead_kind, lead in _LEADS
             if (found := lead.search(before))]
    if leads:  # the longest lead-in: "First published on", not "published on"
        start, kind = min(leads)
        before = before[:start]
    return before, kind, starts


def _second(first: _Found, dayfirst: bool, tz: str | None) -> _Found | None:
    """An update stamp (or the published date) after the first date: ``… | Updated 01:39 pm``."""
    after = first.after
    if not after.strip(_EDGE) or (not _cores(after) and not _UPDATE_LEAD.search(after)):
        return None
    found = _first(after, dayfirst, tz)
    # (an update stamp may follow a byline of its own line: "10:48 by Jane Doe | Updated: …";
    # what stands before it is kept, as the rest of the line)
    if found is not None and (not found.before or (
            found.kind == "updated" and len(found.before.split()) <= 4)):
        return found
    lead = _UPDATE_LEAD.search(after)
    if lead is None or after[: lead.start()].strip(_EDGE) or first.day is None:
        return None
    timed = _AFTER.match(after, lead.end())
    if not timed or not _is_time(timed):
        return None
    groups = {k: v for k, v in timed.groupdict().items() if v is not None}
    groups.update(year=str(first.day.year), mnum=str(first.day.month), day=str(first.day.day))
    date, _ = _build(groups, timed.group(0), dayfirst, tz)
    return _Found(date, "updated", "", after[timed.end():], groups.get("zone"), first.day)


def _is_time(match: re.Match[str]) -> bool:
    """A clock, not a bare number: ``10:31``, ``5 PM``, ``10h11``, ``noon``, or a zone alone."""
    if match.group("word"):
        return True
    if match.group("hour") is None:
        return match.group("zone") is not None or match.group("pzone") is not None
    return match.group("minute") is not None or match.group("ampm") is not None


_BRACKETS = re.compile(r"^[\[(]+|[\])]+$")


def _clean(text: str) -> str:
    """The text beside a date without its stamps and separators; nothing when all that is
    left is date debris (``Saturday 1440/9/20``: a weekday and another calendar's date)."""
    if not text.strip(_EDGE + "."):
        return ""
    if _DIGIT.search(text):
        text = _STAMPS.sub(" ", text)
    text = _BRACKETS.sub("", text.strip(_EDGE + ".")).strip(_EDGE)
    if all(word.lower().strip(".,") in WEEKDAYS or not any(ch.isalpha() for ch in word)
           for word in text.split()):
        return ""
    return " ".join(text.split())


def _fits_before(before: str, raw: str) -> bool:
    """A label or byline set off by a separator, or a short name: not a sentence."""
    if not before:
        return True
    words = before.split()
    if raw.rstrip().endswith(("|", "-", "–", "—", "·", "•", ":", "]", ")")):
        return len(words) <= 8
    return len(words) <= 6 and all(
        word[:1].isupper() or not word[:1].isalpha() or word.lower() in ("by", "and", "&")
        for word in words) and not any(w.lower() in _NOT_NAME for w in words[1:])


def _fits_after(after: str) -> bool:
    """Nothing, or a short tail (``by``, a dateline, a label) rather than the rest of a
    sentence."""
    tail = _clean(after)
    if not tail:
        return True
    words = tail.split()
    if after.lstrip()[:1] in ("|", "-", "–", "—", "·", "•", "(", "["):
        return len(words) <= 8
    return len(words) <= 3 and not re.search(r"\w[.!?][\"”’')]*\s*$", after)


# --- building the ISO date ------------------------------------------------------------------

def _year(text: str) -> int:
    digits = text.lstrip("'")
    if len(digits) == 2:
        return 2000 + int(digits) if int(digits) < 70 else 1900 + int(digits)
    return int(digits)


def _build(groups: dict[str, str], raw: str, dayfirst: bool, tz: str | None
           ) -> tuple[ParsedDate, dt.date | None]:
    warnings: list[str] = []
    year = _year(groups.get("year") or groups.get("year2") or groups["yy"])
    if "month" in groups:
        month = MONTHS[groups["month"].lower()]
        day = int(groups["day"])
    elif "mnum" in groups:
        month, day = int(groups["mnum"]), int(groups["day"])
    else:
        first, second = int(groups["a"]), int(groups["b"])
        # Dots are written day first ("29.02.2020"); slashes and dashes as the option says.
        day_first = dayfirst or groups.get("s") == "."
        month, day = (second, first) if day_first else (first, second)
        if month > 12 and day <= 12:
            month, day = day, month
            warnings.append(f"{raw!r} only makes sense {'month' if day_first else 'day'}-first;"
                            " read it so")
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return ParsedDate(None, (f"impossible date {raw!r}",)), None
    weekday = groups.get("weekday")
    if weekday and WEEKDAYS[weekday.lower()] != date.weekday():
        warnings.append(f"weekday {weekday} does not match {date.isoformat()}, "
                        f"which is a {date.strftime('%A')}")
    hour = _hour(groups)
    if hour is None:
        return ParsedDate(date.isoformat(), tuple(warnings)), date
    try:
        moment = dt.datetime(year, month, day, hour, int(groups.get("minute") or 0),
                             int(groups.get("second") or 0))
    except ValueError:
        warnings.append(f"impossible time in {raw!r}; kept the date only")
        return ParsedDate(date.isoformat(), tuple(warnings)), date
    zone = _zone(groups.get("zone") or groups.get("pzone"), moment, warnings)
    if zone is None and tz:
        zone = ZoneInfo(tz)
    if zone is not None:
        moment = moment.replace(tzinfo=zone)
    return ParsedDate(moment.isoformat(), tuple(warnings)), date


def _hour(groups: dict[str, str]) -> int | None:
    word = (groups.get("word") or "").lower()
    if word:
        return 12 if word == "noon" else 0
    if "hour" not in groups:
        return None
    hour = int(groups["hour"])
    ampm = groups.get("ampm", "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour


def _zone(text: str | None, moment: dt.datetime, warnings: list[str]) -> dt.tzinfo | None:
    """The zone written after a time: a name from the table or a fixed offset."""
    if not text:
        return None
    name = text.split("(")[0].strip()
    if name in ZONES:
        row = ZONES[name]
        if row.iana:
            return ZoneInfo(row.iana)
        return dt.timezone(dt.timedelta(minutes=row.offset or 0))
    digits = name.upper().replace("UTC", "").replace("GMT", "").strip()
    if not digits or digits[0] not in "+-":
        warnings.append(f"unknown time zone {name!r}; time kept without it")
        return None
    sign = -1 if digits[0] == "-" else 1
    digits = digits[1:].replace(":", "").strip()
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
    try:
        return dt.timezone(sign * dt.timedelta(hours=int(hours), minutes=int(minutes)))
    except ValueError:
        warnings.append(f"impossible offset {name!r}; time kept without it")
        return None


def _with_zone(found: _Found, zone: str, tz: str | None) -> ParsedDate:
    """The published time in the zone the line writes once, after its update stamp."""
    iso = found.date.iso
    if iso is None or "T" not in iso or "+" in iso[10:] or "-" in iso[10:]:
        return found.date
    moment = dt.datetime.fromisoformat(iso)
    tzinfo = _zone(zone, moment, [])
    if tzinfo is None:
        return found.date
    return ParsedDate(moment.replace(tzinfo=tzinfo).isoformat(), found.date.warnings)
