"""Words of date lines: lead-ins (``Published:``, ``Posted at``, ``Updated``), month and weekday
names, and the stamps around a date that are not a date (``1 minute ago``, ``2 min read``).

A lead-in says which date follows: ``published`` (the first published date of the page) or
``updated`` (an update stamp, used only where no published date is shown).

>>> LEAD_INS[0].kind, MONTHS["sept"], MONTHS["mars"], WEEKDAYS["thurs"]
('published', 9, 3, 3)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LeadIn:
    """Words in front of a date and what they make of it, with a date line using them."""

    words: str  # a regular-expression fragment, matched case-insensitively
    kind: str  # "published" | "updated"
    example: str


LEAD_INS: tuple[LeadIn, ...] = (
    LeadIn(r"published(?:\s+(?:on|at|in))?", "published", "Published: 4 March 2024"),
    LeadIn(r"first\s+published(?:\s+(?:on|at))?", "published",
           "First published on March 4, 2024"),
    LeadIn(r"posted(?:\s+(?:on|at))?", "published", "Posted at Nov 11 2020 10:55 PM"),
    LeadIn(r"publish(?:ed)?\s+date", "published", "Publish Date: Mar 4, 2024"),
    LeadIn(r"released(?:\s+(?:on|at))?", "published", "Released on 4 March 2024"),
    LeadIn(r"date(?:\s+published)?", "published", "Date : 10 mars 2021"),
    LeadIn(r"publi[ée]\s+le", "published", "Publié le 10 mars 2021"),
    LeadIn(r"(?:and\s+)?(?:last\s+)?updated(?:\s+(?:on|at|in))?", "updated",
           "Last Updated: Thursday, 11 March, 2004, 23:28 GMT"),
    LeadIn(r"modified(?:\s+(?:on|at))?", "updated", "Modified on 5 March 2024"),
    LeadIn(r"mis\s+[àa]\s+jour\s+le", "updated", "Mis à jour le 11 mars 2021"),
    LeadIn(r"on", "published", "on March 4, 2024 at 10:32 am"),
)


@dataclass(frozen=True, slots=True)
class Month:
    number: int
    names: tuple[str, ...]  # full names and the short forms sites write, lower case
    example: str


MONTH_ROWS: tuple[Month, ...] = (
    Month(1, ("january", "jan", "janvier", "janv"), "January 20, 2016"),
    Month(2, ("february", "feb", "février", "fevrier", "févr", "fevr"), "20 Feb 2016"),
    Month(3, ("march", "mar", "mars"), "10 mars 2021"),
    Month(4, ("april", "apr", "avril", "avr"), "April 20, 2016"),
    Month(5, ("may", "mai"), "May 20, 2016"),
    Month(6, ("june", "jun", "juin"), "20 June 2016"),
    Month(7, ("july", "jul", "juillet", "juil"), "July 4, 1976"),
    Month(8, ("august", "aug", "août", "aout"), "Aug 06, 2018"),
    Month(9, ("september", "sept", "sep", "septembre"), "25-Sep-2003"),
    Month(10, ("october", "oct", "octobre"), "October 03, 2023"),
    Month(11, ("november", "nov", "novembre"), "November 19th, 2017"),
    Month(12, ("december", "dec", "décembre", "decembre", "déc"), "Dec. 12, 2014"),
)

MONTHS: dict[str, int] = {name: row.number for row in MONTH_ROWS for name in row.names}

WEEKDAY_ROWS: tuple[tuple[int, tuple[str, ...], str], ...] = (
    (0, ("monday", "mon", "lundi"), "Mon Jan 2 04:24:27 1995"),
    (1, ("tuesday", "tues", "tue", "mardi"), "Tue Apr 4 00:22:12 PDT 1995"),
    (2, ("wednesday", "wed", "mercredi"), "Wed 17th March 2021 | 11:00 PM"),
    (3, ("thursday", "thurs", "thur", "thu", "jeudi"), "Thu Sep 25 10:36:28 2003"),
    (4, ("friday", "fri", "vendredi"), "Fri - September 1 - 2017"),
    (5, ("saturday", "sat", "samedi"), "Saturday, 25 May 2019"),
    (6, ("sunday", "sun", "dimanche"), "Sunday, April 27, 2014"),
)

WEEKDAYS: dict[str, int] = {name: number for number, names, _ in WEEKDAY_ROWS for name in names}


@dataclass(frozen=True, slots=True)
class Stamp:
    """A stamp that sits beside a date on its line and is not one: dropped with the date."""

    pattern: str  # a regular-expression fragment, matched case-insensitively
    example: str


STAMPS: tuple[Stamp, ...] = (
    Stamp(r"\d+\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?\s+ago",
          "Muhammad Irfan 1 minute ago Wed 17th March 2021 | 11:00 PM"),
    Stamp(r"\d+\s+min(?:ute)?s?\.?\s+read", "By HILARY KIMUYU November 19th, 2017 2 min read"),
)
