"""The date reader (`cleaner.dates`): date-line forms of many sites, on fixtures written here and
on the date lines of the sites corpus (read from ../shared/corpus/sites/, skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import corpus_param

from cleaner import clean
from cleaner.classify import Kind, classify
from cleaner.dates import crawler_date, parse_date, read_date_line
from cleaner.document import Options

BODY = "The council voted on Tuesday to close the old bridge to lorries.\n"


@pytest.mark.parametrize(("line", "iso"), [
    ("Posted at 2:16 PM, Nov 22, 2017", "2017-11-22T14:16:00"),
    ("Posted at Nov 11 2020 10:55 PM", "2020-11-11T22:55:00"),
    ("Jan 5, 2018 4:05 p.m.", "2018-01-05T16:05:00"),
    ("Aug 06, 2018 01:13 pm", "2018-08-06T13:13:00"),
    ("Fri Jun 12, 2015 11:09pm EDT", "2015-06-12T23:09:00-04:00"),
    ("July 4, 2019 10:31 PM ET", "2019-07-04T22:31:00-04:00"),
    ("January 4, 2019 10:31 PM ET", "2019-01-04T22:31:00-05:00"),
    ("4 June 2019 10:32 UTC+3", "2019-06-04T10:32:00+03:00"),
    ("4 June 2019 10:32 GMT-04:30", "2019-06-04T10:32:00-04:30"),
    ("17:21 - 17 February 2017", "2017-02-17T17:21:00"),
    ("Published 10:32 GMT, 4 March 2024", "2024-03-04T10:32:00+00:00"),
    ("Published: 4 March 2024", "2024-03-04"),
    ("posted on March 4, 2024", "2024-03-04"),
    ("November 19th, 2017", "2017-11-19"),
    ("3rd of May 2001", "2001-05-03"),
    ("Thu Sep 25 10:36:28 2003", "2003-09-25T10:36:28"),
    ("Tue Apr 4 00:22:12 PDT 1995", "1995-04-04T00:22:12-07:00"),
    ("25-Sep-2003", "2003-09-25"),
    ("25.Sep.2003", "2003-09-25"),
    ("2003/Sep/25", "2003-09-25"),
    ("31-Dec-00", "2000-12-31"),
    ("Wed, July 10, '96", "1996-07-10"),
    ("[October 17, 2024]", "2024-10-17"),
    ("2025/6/17", "2025-06-17"),
    ("29.02.2020 13.12", "2020-02-29T13:12:00"),
    ("November 19, 2014 at noon", "2014-11-19T12:00:00"),
    ("Date : 10 mars 2021", "2021-03-10"),
    ("Wednesday, 22nd June, 2016, 12.16 pm.", "2016-06-22T12:16:00"),
])
def test_date_line_forms(line: str, iso: str) -> None:
    found = read_date_line(line)
    assert found is not None and found.published is not None
    assert found.published.iso == iso
    assert classify(line).kind is Kind.DATE


@pytest.mark.parametrize(("line", "before", "after"), [
    ("Muhammad Irfan 1 minute ago Wed 17th March 2021 | 11:00 PM", "Muhammad Irfan", ""),
    ("By HILARY KIMUYU November 19th, 2017 2 min read", "By HILARY KIMUYU", ""),
    ("- Associated Press - Sunday, April 27, 2014", "Associated Press", ""),
    ("Markets | Fri Jun 12, 2015 11:09pm EDT", "Markets", ""),
    ("December 30, 2009 10:48 by", "", "by"),
    ("Saturday 1440/9/20 - 2019/05/25", "", ""),  # another calendar's date is no byline
    # a byline and a date the scrape joined with no space between their page elements
    ("By Jane DoeJuly 5, 2016", "By Jane Doe", ""),
    ("Jane Doe, Staff WriterMarch 4, 2024 10:32 AM", "Jane Doe, Staff Writer", ""),
    ("By Jane DoePublished: July 5, 2016", "By Jane Doe", ""),
])
def test_text_beside_the_date(line: str, before: str, after: str) -> None:
    found = read_date_line(line)
    assert found is not None and found.published is not None
    assert (found.before, found.after) == (before, after)


def test_update_stamp_after_the_published_date() -> None:
    found = read_date_line("October 03, 2023 01:13 pm | Updated 01:39 pm IST - BHUBANESWAR")
    assert found is not None and found.published and found.updated
    # The zone written once, after the update time, is the line's zone.
    assert found.published.iso == "2023-10-03T13:13:00+05:30"
    assert found.updated.iso == "2023-10-03T13:39:00+05:30"
    assert found.after == "BHUBANESWAR"
    found = read_date_line("July 15, 2014 Updated: July 18, 2015")
    assert found is not None and found.published and found.updated
    assert (found.published.iso, found.updated.iso) == ("2014-07-15", "2015-07-18")
    found = read_date_line("Last Updated: Thursday, 11 March, 2004, 23:28 GMT")
    assert found is not None and found.published is None and found.updated is not None
    assert found.updated.iso == "2004-03-11T23:28:00+00:00"


@pytest.mark.parametrize("line", [
    "A sentence about Jan 20, 2016.",
    "On May 5, 2020, he died.",
    "Elections To Be Held On March 4, 2024",
    "Riyadh, May 25, 2019, SPA -- Saudi newspapers highlighted in their editorials today",
    "11:16 LOCAL TIME 08:16 GMT",
    "The market fell 1.5 per cent in March",
    "Published in Dawn, December 23rd, 2014 and read by millions of people across the land",
])
def test_not_a_date_line(line: str) -> None:
    assert read_date_line(line) is None
    assert classify(line).kind is not Kind.DATE


def test_parse_date_contract() -> None:
    assert parse_date("Tue Feb 30, 2016") == parse_date("Tue Feb 30, 2016")
    impossible = parse_date("Tue Feb 30, 2016 13:28:23")
    assert impossible is not None and impossible.iso is None
    assert impossible.warnings == ("impossible date 'Tue Feb 30, 2016 13:28:23'",)
    assert parse_date("By Jane Doe January 5, 2016") is None  # not wholly a date
    assert parse_date("2016-01-20 22:31:33", tz="Asia/Tehran").iso == "2016-01-20T22:31:33+03:30"
    assert parse_date("") is None


def test_numeric_dates_day_and_month() -> None:
    assert parse_date("01/04/2015").iso == "2015-01-04"
    assert parse_date("01/04/2015", dayfirst=True).iso == "2015-04-01"
    assert parse_date("04.01.2015").iso == "2015-01-04"  # dots are written day first
    swapped = parse_date("25/09/2003")
    assert swapped.iso == "2003-09-25" and "day-first" in swapped.warnings[0]


def test_crawler_prefix() -> None:
    found = crawler_date(" date 2019-07-08 Home > News")
    assert found is not None and found[0].iso == "2019-07-08" and found[1] == "Home > News"
    assert crawler_date("date of the vote 2019-07-08") is None


@pytest.mark.parametrize(("page", "published"), [
    # The first published date wins over the update stamp above it.
    ("Bridge closed to lorries\n\nUpdated: March 5, 2024 10:00 AM\nPublished: March 4, 2024 "
     "9:15 AM\n\n" + BODY, "2024-03-04T09:15:00"),
    # A byline with its date on one line: the date to published, the name to authors.
    ("Bridge closed to lorries\n\nBy Jane Doe 2 hours ago Mon 4th March 2024 | 09:15 AM\n\n"
     + BODY, "2024-03-04T09:15:00"),
    ("Bridge closed to lorries\n\nPosted at 9:15 PM, Mar 4, 2024\nand last updated "
     "2024-03-04 22:16:19-05\n\n" + BODY, "2024-03-04T21:15:00"),
])
def test_published_on_pages(page: str, published: str) -> None:
    doc = clean(page)
    assert doc.published == published
    assert doc.title == "Bridge closed to lorries"
    assert doc.body[0].startswith("The council voted")
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_byline_beside_its_date_stays_a_byline() -> None:
    doc = clean("Bridge closed to lorries\n\nBy Jane Doe 2 hours ago Mon 4th March 2024 | "
                "09:15 AM\n\n" + BODY)
    assert list(doc.authors) == ["Jane Doe"]


def _matches(iso: str | None, label: str) -> bool:
    """The scorer's rule: the date, then hour and minute, then the offset where labelled."""
    if not iso or iso[:10] != label[:10]:
        return False
    if len(label) > 10 and iso[11:16] != label[11:16]:
        return False
    return len(label) <= 16 or iso[19:].replace(":", "") == label[16:].replace(":", "")


@pytest.mark.parametrize("path", corpus_param("sites"))
def test_sites_date_lines_read(path: Path) -> None:
    """Every labelled publication date of a sites page is read from one of its header lines
    (numeric dates of day-first sites with ``dayfirst``), or from the crawler's prefix."""
    page = json.loads(path.read_text(encoding="utf-8"))
    label = page["expect"]["published"]
    if label is None:
        pytest.skip("the page shows no publication date")
    lines = page["excerpt"].split("\n")
    crawler = crawler_date(lines[0])
    if crawler is not None:
        if _matches(crawler[0].iso, label):
            return
        lines[0] = crawler[1]
    for line in lines[:40]:
        for dayfirst in (False, True):
            found = read_date_line(line, dayfirst=dayfirst)
            if found is not None and any(_matches(date.iso, label) for date in
                                         (found.published, found.updated) if date):
                return
    pytest.fail(f"no header line reads as {label}")


def test_an_update_stamp_after_a_byline_on_the_date_line() -> None:
    from cleaner.dates import read_date_line

    found = read_date_line("December 30, 2009 10:48 by Jane Doe | Updated: January 01, 2010")
    assert found is not None
    assert (found.published.iso, found.updated.iso) == ("2009-12-30T10:48:00", "2010-01-01")
    assert found.after == "by Jane Doe"  # the byline stays for the header to read


_BOTH_WAYS_PAGE = ("Town opens its new riverside park\n\nposted on 03/05/2019\n\n{lead}\n\n"
                   "The park opens to the public at the weekend.\n")


@pytest.mark.parametrize(("lead", "published", "warned"), [
    # British spellings: the page writes the day first, 3 May
    ("The park was organised by the council's programme for the riverside neighbours.",
     "2019-05-03", True),
    # American spellings: month first, March 5, as with no sign at all
    ("The park was organized by the council's plan for the riverside neighbors.",
     "2019-03-05", False),
    ("The park was built by the council.", "2019-03-05", False),
    # another date on the page that reads one way only outweighs a spelling
    ("The park, organised by the council, was approved on 03/25/2018.", "2019-03-05", False),
    ("The park was approved on 25/03/2018 by the council.", "2019-05-03", True),
])
def test_a_date_that_reads_both_ways_is_read_as_the_page_writes_dates(
        lead: str, published: str, warned: bool) -> None:
    doc = clean(_BOTH_WAYS_PAGE.format(lead=lead))
    assert doc.published == published
    assert any("read day first" in warning for warning in doc.warnings) is warned
    assert clean(doc.to_text()).published == published  # the ISO date reads back as it is


def test_the_dayfirst_option_still_decides_alone() -> None:
    page = _BOTH_WAYS_PAGE.format(lead="The park was organized by the council's neighbors.")
    assert clean(page, options=Options(dayfirst=True)).published == "2019-05-03"
