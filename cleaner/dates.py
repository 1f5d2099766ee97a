"""Parse the date lines that news pages carry into ISO 8601.

>>> parse_date("Wed Jan 20, 2016 22:31:33").iso
'2016-01-20T22:31:33'
>>> parse_date("20 Jan 2016 22:31").iso
'2016-01-20T22:31:00'
>>> parse_date("2016-01-20T22:31:33+03:30").iso
'2016-01-20T22:31:33+03:30'
>>> parse_date("Tue Jan 20, 2016").warnings
('weekday Tue does not match 2016-01-20, which is a Wednesday',)
>>> parse_date("A sentence about Jan 20, 2016.") is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "wednesday"),
            ("thu", "thur", "thurs", "thursday"), ("fri", "friday"), ("sat", "saturday"),
            ("sun", "sunday"),
        ]
    )
    for name in names
}

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?" \
    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?P<weekday>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = (
    r"(?:(?:,\s*|\s+(?:at\s+)?|T)(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\.\d+)?\s*(?P<ampm>[ap]\.?m\.?)?)?"
    r"\s*(?P<offset>Z|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?|UTC|GMT)?"
)
# ASCII-only patterns: the stdlib engine runs them several times faster than `regex`.
_PATTERNS = [
    # Wed Jan 20, 2016 22:31:33 / January 20, 2016
    re.compile(
        rf"{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_TIME}",
        re.I | re.A,
    ),
    # 20 Jan 2016 22:31 / Wednesday, 20 January 2016
    re.compile(
        rf"{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}}){_TIME}",
        re.I | re.A,
    ),
    # 2016-01-20 22:31:33 / 2016-01-20T22:31:33+03:30
    re.compile(
        rf"{_WEEKDAY}(?P<year>\d{{4}})-(?P<mnum>\d{{1,2}})-(?P<day>\d{{1,2}}){_TIME}", re.I | re.A
    ),
    # 20/01/2016 or 01/20/2016 (dayfirst decides)
    re.compile(
        rf"{_WEEKDAY}(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<year>\d{{4}}){_TIME}", re.I | re.A
    ),
]


@dataclass(frozen=True, slots=True)
class ParsedDate:
    iso: str | None
    warnings: tuple[str, ...] = ()


def _offset(text: str | None) -> dt.tzinfo | None:
    """The fixed offset written after a time; raises ValueError for one that cannot be."""
    if not text:
        return None
    text = text.upper().replace("UTC", "").replace("GMT", "").strip()
    if text in ("", "Z"):
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "").strip()
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
    return dt.timezone(sign * dt.timedelta(hours=int(hours), minutes=int(minutes)))


def parse_date(text: str, *, dayfirst: bool = False, tz: str | None = None) -> ParsedDate | None:
    """Parse a string that is wholly a date (with an optional time); None when it is not one."""
    text = text.strip()
    if len(text) > 80:
        return None
    for pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return _build(match, dayfirst=dayfirst, tz=tz)
    return None


def _build(match: re.Match[str], *, dayfirst: bool, tz: str | None) -> ParsedDate:
    groups = match.groupdict()
    warnings: list[str] = []
    year = int(groups["year"])
    if groups.get("month"):
        month = MONTHS[groups["month"].lower().rstrip(".")]
    elif groups.get("mnum"):
        month = int(groups["mnum"])
    else:
        first, second = int(groups["a"]), int(groups["b"])
        month, day_ = (second, first) if dayfirst else (first, second)
        if month > 12 and day_ <= 12:
            month, day_ = day_, month
            warnings.append(f"{match.group(0)!r} only makes sense day-first; read it so")
        groups["day"] = str(day_)
    day = int(groups["day"])
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return ParsedDate(None, (f"impossible date {match.group(0)!r}",))
    weekday = groups.get("weekday")
    if weekday and WEEKDAYS[weekday.lower()] != date.weekday():
        warnings.append(
            f"weekday {weekday} does not match {date.isoformat()}, "
            f"which is a {date.strftime('%A')}"
        )
    if groups.get("hour") is None:
        return ParsedDate(date.isoformat(), tuple(warnings))
    hour, minute = int(groups["hour"]), int(groups["minute"])
    second = int(groups["second"] or 0)
    ampm = (groups.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        moment = dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        warnings.append(f"impossible time in {match.group(0)!r}; kept the date only")
        return ParsedDate(date.isoformat(), tuple(warnings))
    try:
        zone = _offset(groups.get("offset"))
    except ValueError:
        warnings.append(f"impossible offset {groups.get('offset')!r}; time kept without it")
        zone = None
    if zone is None and tz:
        zone = ZoneInfo(tz)
    if zone is not None:
        moment = moment.replace(tzinfo=zone)
    return ParsedDate(moment.isoformat(), tuple(warnings))
