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
    LeadIn(r"(?:last\s+)?modified(?:\s+(?:on|at))?", "updated", "Modified on 5 March 2024"),
    LeadIn(r"(?:last\s+)?modified(?:\s+(?:on|at))?", "updated", "Last modified: 5 March 2024"),
    LeadIn(r"mis\s+[àa]\s+jour\s+le", "updated", "Mis à jour le 11 mars 2021"),
    LeadIn(r"publicado(?:\s+(?:el|em|en))?", "published", "Publicado el 4 de marzo de 2021"),
    LeadIn(r"ver[öo]ffentlicht(?:\s+am)?", "published", "Veröffentlicht am 4. März 2021"),
    LeadIn(r"pubblicato(?:\s+il)?", "published", "Pubblicato il 4 marzo 2021"),
    LeadIn(r"(?:actualizado|atualizado|aggiornato|aktualisiert)(?:\s+(?:el|em|en|il|am))?",
           "updated", "Actualizado el 5 de marzo de 2021"),
    LeadIn(r"date\s+posted|uploaded(?:\s+(?:on|at))?", "published", "Date posted: March 4, 2024"),
    LeadIn(r"on", "published", "on March 4, 2024 at 10:32 am"),
    LeadIn(r"le|el|il", "published", "Le 4 mars 2021 à 15h03"),
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
    # Spanish, Portuguese, Italian and German pages write their own month names in the same
    # shapes ("4 de marzo de 2021", "4. März 2021", "4 marzo 2021"). Left out: "marco" and
    # "ago" (a name, and "2 days ago").
    Month(1, ("enero", "janeiro", "gennaio", "januar", "jänner"), "4 de enero de 2021"),
    Month(2, ("febrero", "fevereiro", "febbraio", "februar"), "4 fevereiro 2021"),
    Month(3, ("marzo", "março", "märz", "maerz", "mrz"), "4. März 2021"),
    Month(4, ("abril", "aprile"), "4 aprile 2021"),
    Month(5, ("mayo", "maio", "maggio"), "4 de maio de 2021"),
    Month(6, ("junio", "junho", "giugno", "juni"), "4. Juni 2021"),
    Month(7, ("julio", "julho", "luglio", "juli"), "4 luglio 2021"),
    Month(8, ("agosto",), "4 de agosto de 2021"),
    Month(9, ("septiembre", "setiembre", "setembro", "settembre"), "4 settembre 2021"),
    Month(10, ("octubre", "outubro", "ottobre", "oktober", "okt"), "4. Oktober 2021"),
    Month(11, ("noviembre", "novembro"), "4 de noviembre de 2021"),
    Month(12, ("diciembre", "dezembro", "dicembre", "dezember", "dez"), "4. Dezember 2021"),
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
    # Spanish, Portuguese, Italian, German (left out: "domingo", "sabato", "domenica", which
    # are also names: "Plácido Domingo, 4 March 2021" is no Sunday)
    (0, ("lunes", "segunda-feira", "lunedì", "lunedi", "montag"), "Montag, 1. März 2021"),
    (1, ("martes", "terça-feira", "terca-feira", "martedì", "martedi", "dienstag"),
     "martes, 2 de marzo de 2021"),
    (2, ("miércoles", "miercoles", "quarta-feira", "mercoledì", "mercoledi", "mittwoch"),
     "Mittwoch, 3. März 2021"),
    (3, ("jueves", "quinta-feira", "giovedì", "giovedi", "donnerstag"),
     "quinta-feira, 4 de março de 2021"),
    (4, ("viernes", "sexta-feira", "venerdì", "venerdi", "freitag"), "venerdì 5 marzo 2021"),
    (5, ("sábado", "samstag", "sonnabend"), "Samstag, 6. März 2021"),
    (6, ("sonntag",), "Sonntag, 7. März 2021"),
)

WEEKDAYS: dict[str, int] = {name: number for number, names, _ in WEEKDAY_ROWS for name in names}


@dataclass(frozen=True, slots=True)
class Stamp:
    """A stamp that sits beside a date on its line and is not one: dropped with the date."""

    pattern: str  # a regular-expression fragment, matched case-insensitively
    example: str


# "1 minute ago", "3 hrs ago", "5h ago" ("an hour ago": the reader looks for stamps only
# beside a digit); "2 min read", "12 mins read",
# "3-minute read", "Reading time: 3 minutes"
_AGO = (r"\d+\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?\s+ago"
        r"|\d+\s*[smhdw]\s+ago")
_READ = (r"\d+\s*-?\s*min(?:ute)?s?\.?\s+read(?:ing(?:\s+time)?)?"
         r"|(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*\d+\s*min(?:ute)?s?\.?")

STAMPS: tuple[Stamp, ...] = (
    Stamp(_AGO, "Muhammad Irfan 1 minute ago Wed 17th March 2021 | 11:00 PM"),
    Stamp(_AGO, "Jane Doe 3 hrs ago March 4, 2024"),
    Stamp(_AGO, "Jane Doe 5h ago March 4, 2024"),
    Stamp(_READ, "By HILARY KIMUYU November 19th, 2017 2 min read"),
    Stamp(_READ, "By Jane Doe March 4, 2024 12 mins read"),
    Stamp(_READ, "By Jane Doe | March 4, 2024 | 3-minute read"),
    Stamp(_READ, "By Jane Doe March 4, 2024 Reading time: 3 minutes"),
)


@dataclass(frozen=True, slots=True)
class Order:
    """A sign of the order a page writes its dates in, for an all-numeric date that reads
    both ways ("01/04/2015"): pages in British English (Gulf, South Asian, African, British and
    Australian sites) write the day first, American ones the month. Each sign counts once per
    occurrence; the page's signs together decide, and with none the month comes first."""

    pattern: str  # a regular-expression fragment, matched with case (spellings in lower case:
    # "Labour" and "Defence" open names that American pages write so too)
    day_first: bool
    example: str


DATE_ORDERS: tuple[Order, ...] = (
    # British and American spellings of the same words, lower case. (Not the order of a date
    # with its month's name: Indian, Pakistani and Kenyan pages write "March 4, 2015" and
    # "04/03/2015" alike.)
    Order(r"\b(?:organis|realis|recognis|criticis|apologis|mobilis|authoris|prioritis|emphasis)"
          r"(?:e|es|ed|ing|ation|ations)\b", True, "the march was organised by the city"),
    Order(r"\b(?:organiz|realiz|recogniz|criticiz|apologiz|mobiliz|authoriz|prioritiz|emphasiz)"
          r"(?:e|es|ed|ing|ation|ations)\b", False, "the march was organized by the city"),
    Order(r"\b(?:colour|favour|honour|labour|neighbour|behaviour|rumour|harbour)(?:s|ed|ing)?\b"
          r"|\b(?:centre|programme|defence|offence|travelled|travelling|catalogue)s?\b",
          True, "a programme for the neighbours"),
    Order(r"\b(?:color|favor|honor|labor|neighbor|behavior|rumor|harbor)(?:s|ed|ing)?\b"
          r"|\b(?:center|defense|offense|traveled|traveling)s?\b",
          False, "a plan for the neighbors"),
)
