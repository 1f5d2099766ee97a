"""Time-zone names as date lines write them (``11:09pm EDT``), and the offset each stands for.

A row is a fixed offset in minutes east of UTC, or an IANA zone for the names that switch with
daylight saving (``ET`` is -05:00 in January and -04:00 in July). Several abbreviations name more
than one zone; the row keeps the reading news pages mean most often and ``note`` says which
other one was set aside:

- ``IST``: India Standard Time (+05:30), not Irish Standard Time (+01:00) nor Israel (+02:00);
- ``AST``: Arabia Standard Time (+03:00, the Gulf and Saudi pages), not Atlantic (-04:00);
- ``CST``: US Central (-06:00), not China Standard Time (+08:00);
- ``BST``: British Summer Time (+01:00), not Bangladesh Standard Time (+06:00);
- ``PST``: US Pacific (-08:00), not Philippine Standard Time (+08:00, written ``PHT`` here);
- ``GST``: Gulf Standard Time (+04:00), not South Georgia (-02:00).

>>> ZONES["EDT"].offset, ZONES["IST"].offset, ZONES["ET"].iana
(-240, 330, 'America/New_York')
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Zone:
    """A zone name: its fixed offset (minutes east of UTC) or IANA zone, and a date line using
    it with the offset that line must read as."""

    name: str
    offset: int | None
    iana: str | None
    example: str
    reads: str
    note: str = ""


def _fixed(name: str, hours: float, example: str, reads: str, note: str = "") -> Zone:
    return Zone(name, round(hours * 60), None, example, reads, note)


def _iana(name: str, iana: str, example: str, reads: str) -> Zone:
    return Zone(name, None, iana, example, reads)


ROWS: tuple[Zone, ...] = (
    _fixed("UTC", 0, "March 4, 2024 10:32 UTC", "2024-03-04T10:32:00+00:00"),
    _fixed("GMT", 0, "Published 10:32 GMT, 4 March 2024", "2024-03-04T10:32:00+00:00"),
    _fixed("Z", 0, "2024-03-04T10:32:00Z", "2024-03-04T10:32:00+00:00"),
    _fixed("EST", -5, "November 5, 1994, 8:15:30 am EST", "1994-11-05T08:15:30-05:00"),
    _fixed("EDT", -4, "Fri Jun 12, 2015 11:09pm EDT", "2015-06-12T23:09:00-04:00"),
    _fixed("CST", -6, "Jan 5, 2018 4:05 p.m. CST", "2018-01-05T16:05:00-06:00",
           "US Central, not China Standard Time (+08:00)"),
    _fixed("CDT", -5, "Aug 06, 2018 05:05 PM CDT", "2018-08-06T17:05:00-05:00"),
    _fixed("MST", -7, "Jan 5, 2018 4:05 PM MST", "2018-01-05T16:05:00-07:00"),
    _fixed("MDT", -6, "Jul 5, 2018 4:05 PM MDT", "2018-07-05T16:05:00-06:00"),
    _fixed("PST", -8, "Jan 5, 2018 4:05 PM PST", "2018-01-05T16:05:00-08:00",
           "US Pacific, not Philippine Standard Time (+08:00)"),
    _fixed("PDT", -7, "Tue Apr 4 00:22:12 PDT 1995", "1995-04-04T00:22:12-07:00"),
    _fixed("AKST", -9, "Jan 5, 2018 4:05 PM AKST", "2018-01-05T16:05:00-09:00"),
    _fixed("HST", -10, "Jan 5, 2018 4:05 PM HST", "2018-01-05T16:05:00-10:00"),
    _iana("ET", "America/New_York", "July 4, 2019 10:31 PM ET", "2019-07-04T22:31:00-04:00"),
    _iana("CT", "America/Chicago", "Jan 4, 2019 10:31 PM CT", "2019-01-04T22:31:00-06:00"),
    _iana("MT", "America/Denver", "Jan 4, 2019 10:31 PM MT", "2019-01-04T22:31:00-07:00"),
    _iana("PT", "America/Los_Angeles", "Jan 4, 2019 10:31 PM PT", "2019-01-04T22:31:00-08:00"),
    _fixed("BST", 1, "4 June 2019 10:32 BST", "2019-06-04T10:32:00+01:00",
           "British Summer Time, not Bangladesh Standard Time (+06:00)"),
    _fixed("WET", 0, "4 June 2019 10:32 WET", "2019-06-04T10:32:00+00:00"),
    _fixed("CET", 1, "4 March 2019 10:32 CET", "2019-03-04T10:32:00+01:00"),
    _fixed("CEST", 2, "4 June 2019 10:32 CEST", "2019-06-04T10:32:00+02:00"),
    _fixed("EET", 2, "4 March 2019 10:32 EET", "2019-03-04T10:32:00+02:00"),
    _fixed("EEST", 3, "4 June 2019 10:32 EEST", "2019-06-04T10:32:00+03:00"),
    _fixed("MSK", 3, "4 June 2019 10:32 MSK", "2019-06-04T10:32:00+03:00"),
    _fixed("WAT", 1, "4 June 2019 10:32 WAT", "2019-06-04T10:32:00+01:00"),
    _fixed("CAT", 2, "4 June 2019 10:32 CAT", "2019-06-04T10:32:00+02:00"),
    _fixed("EAT", 3, "4 June 2019 10:32 EAT", "2019-06-04T10:32:00+03:00"),
    _fixed("SAST", 2, "4 June 2019 10:32 SAST", "2019-06-04T10:32:00+02:00"),
    _fixed("AST", 3, "4 June 2019 10:32 AST", "2019-06-04T10:32:00+03:00",
           "Arabia Standard Time, not Atlantic Standard Time (-04:00)"),
    _fixed("GST", 4, "4 June 2019 10:32 GST", "2019-06-04T10:32:00+04:00",
           "Gulf Standard Time, not South Georgia Time (-02:00)"),
    _fixed("IRST", 3.5, "4 March 2019 10:32 IRST", "2019-03-04T10:32:00+03:30"),
    _fixed("IRDT", 4.5, "4 June 2019 10:32 IRDT", "2019-06-04T10:32:00+04:30"),
    _fixed("PKT", 5, "4 June 2019 10:32 PKT", "2019-06-04T10:32:00+05:00"),
    _fixed("IST", 5.5, "October 03, 2023 01:13 pm IST", "2023-10-03T13:13:00+05:30",
           "India Standard Time, not Irish (+01:00) nor Israel Standard Time (+02:00)"),
    _fixed("NPT", 5.75, "4 June 2019 10:32 NPT", "2019-06-04T10:32:00+05:45"),
    _fixed("ICT", 7, "4 June 2019 10:32 ICT", "2019-06-04T10:32:00+07:00"),
    _fixed("WIB", 7, "4 June 2019 10:32 WIB", "2019-06-04T10:32:00+07:00"),
    _fixed("PHT", 8, "4 June 2019 10:32 PHT", "2019-06-04T10:32:00+08:00"),
    _fixed("SGT", 8, "4 June 2019 10:32 SGT", "2019-06-04T10:32:00+08:00"),
    _fixed("HKT", 8, "4 June 2019 10:32 HKT", "2019-06-04T10:32:00+08:00"),
    _fixed("AWST", 8, "4 June 2019 10:32 AWST", "2019-06-04T10:32:00+08:00"),
    _fixed("JST", 9, "4 June 2019 10:32 JST", "2019-06-04T10:32:00+09:00"),
    _fixed("KST", 9, "4 June 2019 10:32 KST", "2019-06-04T10:32:00+09:00"),
    _fixed("ACST", 9.5, "4 June 2019 10:32 ACST", "2019-06-04T10:32:00+09:30"),
    _fixed("AEST", 10, "4 June 2019 10:32 AEST", "2019-06-04T10:32:00+10:00"),
    _fixed("AEDT", 11, "4 January 2019 10:32 AEDT", "2019-01-04T10:32:00+11:00"),
    _fixed("NZST", 12, "4 June 2019 10:32 NZST", "2019-06-04T10:32:00+12:00"),
    _fixed("NZDT", 13, "4 January 2019 10:32 NZDT", "2019-01-04T10:32:00+13:00"),
    _fixed("BRT", -3, "4 June 2019 10:32 BRT", "2019-06-04T10:32:00-03:00"),
    _fixed("BRST", -2, "Thu Sep 25 10:36:28 BRST 2003", "2003-09-25T10:36:28-02:00"),
    # more of the zones datelines name (each unambiguous in news use)
    _fixed("AKDT", -8, "Jul 5, 2018 4:05 PM AKDT", "2018-07-05T16:05:00-08:00"),
    _fixed("HDT", -9, "Jul 5, 2018 4:05 PM HDT", "2018-07-05T16:05:00-09:00"),
    _fixed("ADT", -3, "Jul 5, 2018 4:05 PM ADT", "2018-07-05T16:05:00-03:00",
           "Atlantic Daylight Time (Halifax); Arabia has no daylight time"),
    _fixed("NST", -3.5, "Jan 5, 2018 4:05 PM NST", "2018-01-05T16:05:00-03:30"),
    _fixed("NDT", -2.5, "Jul 5, 2018 4:05 PM NDT", "2018-07-05T16:05:00-02:30"),
    _fixed("ART", -3, "4 June 2019 10:32 ART", "2019-06-04T10:32:00-03:00"),
    _fixed("COT", -5, "4 June 2019 10:32 COT", "2019-06-04T10:32:00-05:00"),
    _fixed("PET", -5, "4 June 2019 10:32 PET", "2019-06-04T10:32:00-05:00"),
    _fixed("WEST", 1, "4 June 2019 10:32 WEST", "2019-06-04T10:32:00+01:00"),
    _fixed("IDT", 3, "4 June 2019 10:32 IDT", "2019-06-04T10:32:00+03:00"),
    _fixed("TRT", 3, "4 June 2019 10:32 TRT", "2019-06-04T10:32:00+03:00"),
    _fixed("AFT", 4.5, "4 June 2019 10:32 AFT", "2019-06-04T10:32:00+04:30"),
    _fixed("MYT", 8, "4 June 2019 10:32 MYT", "2019-06-04T10:32:00+08:00"),
    _fixed("WITA", 8, "4 June 2019 10:32 WITA", "2019-06-04T10:32:00+08:00"),
    _fixed("WIT", 9, "4 June 2019 10:32 WIT", "2019-06-04T10:32:00+09:00"),
    _fixed("ACDT", 10.5, "4 January 2019 10:32 ACDT", "2019-01-04T10:32:00+10:30"),
    _fixed("AWDT", 9, "4 January 2019 10:32 AWDT", "2019-01-04T10:32:00+09:00"),
)

ZONES: dict[str, Zone] = {row.name: row for row in ROWS}
