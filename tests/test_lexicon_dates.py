"""Every row of the date tables (`cleaner.lexicon.dates`, `cleaner.lexicon.zones`) has an example
that the date reader reads as that row says, and that `classify()` calls a date line."""

from __future__ import annotations

import re

import pytest

from cleaner.classify import Kind, classify
from cleaner.dates import read_date_line
from cleaner.lexicon import dates, zones


def _read(example: str):
    found = read_date_line(example)
    assert found is not None, example
    assert classify(example).kind is Kind.DATE, example
    return found


@pytest.mark.parametrize("row", dates.LEAD_INS, ids=lambda row: row.example)
def test_lead_in_rows(row: dates.LeadIn) -> None:
    found = _read(row.example)
    date = found.published if row.kind == "published" else found.updated
    assert date is not None and date.iso is not None
    assert (found.published is None) == (row.kind == "updated")
    assert found.before == ""  # the lead-in is not left beside the date


@pytest.mark.parametrize("row", dates.MONTH_ROWS, ids=lambda row: row.example)
def test_month_rows(row: dates.Month) -> None:
    found = _read(row.example)
    assert found.published is not None and found.published.iso is not None
    assert int(found.published.iso[5:7]) == row.number


@pytest.mark.parametrize("row", dates.WEEKDAY_ROWS, ids=lambda row: row[2])
def test_weekday_rows(row: tuple[int, tuple[str, ...], str]) -> None:
    found = _read(row[2])
    assert found.published is not None and found.published.iso is not None
    assert found.published.warnings == ()  # the weekday agrees with the date it names


@pytest.mark.parametrize("row", dates.STAMPS, ids=lambda row: row.example)
def test_stamp_rows(row: dates.Stamp) -> None:
    stamp = re.search(row.pattern, row.example, re.I)
    assert stamp is not None
    found = _read(row.example)
    assert stamp.group(0) not in f"{found.before} {found.after}"


@pytest.mark.parametrize("row", zones.ROWS, ids=lambda row: row.name)
def test_zone_rows(row: zones.Zone) -> None:
    assert (row.offset is None) != (row.iana is None)
    found = _read(row.example)
    assert found.published is not None
    assert found.published.iso == row.reads


def test_ambiguous_zones_say_what_was_set_aside() -> None:
    for name in ("IST", "AST", "CST", "BST", "PST", "GST"):
        assert zones.ZONES[name].note, name


# Variants other sites write (fixtures invented here): the same shapes in other languages and
# spellings read the same date.
@pytest.mark.parametrize(("line", "iso"), [
    ("4 de marzo de 2021", "2021-03-04"), ("lunes, 1 de marzo de 2021", "2021-03-01"),
    ("Publicado em 4 de março de 2021", "2021-03-04"), ("4. März 2021", "2021-03-04"),
    ("Donnerstag, 4. März 2021", "2021-03-04"), ("Veröffentlicht am 4. März 2021", "2021-03-04"),
    ("giovedì 4 marzo 2021", "2021-03-04"), ("Pubblicato il 4 marzo 2021", "2021-03-04"),
    ("vendredi 5 mars 2021", "2021-03-05"), ("17 de septiembre de 2019", "2019-09-17"),
    ("3. Dezember 2020", "2020-12-03"), ("Date posted: 4 March 2024", "2024-03-04"),
])
def test_date_lines_in_other_languages(line: str, iso: str) -> None:
    found = _read(line)
    assert found.published is not None and found.published.iso == iso, line
    assert found.published.warnings == ()


@pytest.mark.parametrize(("line", "iso"), [
    ("By Jane Doe March 4, 2024 5 mins read", "2024-03-04"),
    ("By Jane Doe | March 4, 2024 | 4-minute read", "2024-03-04"),
    ("Jane Doe 2 hrs ago March 4, 2024", "2024-03-04"),
    ("March 4, 2024 Reading time: 6 minutes", "2024-03-04"),
])
def test_stamps_beside_a_date_in_their_variants(line: str, iso: str) -> None:
    found = read_date_line(line)
    assert found is not None and found.published is not None and found.published.iso == iso
    assert "read" not in f"{found.before} {found.after}".lower()
    assert "ago" not in f"{found.before} {found.after}".lower()


@pytest.mark.parametrize("line", [
    "Placido Domingo, 4 March 2021",  # a name, not a Sunday: no wrong-weekday warning
    "Larry Sabato, March 4, 2021",
])
def test_names_that_are_weekdays_elsewhere_are_no_weekday(line: str) -> None:
    found = read_date_line(line)
    assert found is None or found.published is None or found.published.warnings == ()


@pytest.mark.parametrize(("line", "iso"), [
    ("10:32 AM · Mar 4, 2024", "2024-03-04T10:32:00"),
    ("4 March 2024 • 10:32", "2024-03-04T10:32:00"),
    ("March 4, 2024 / 10:32 AM", "2024-03-04T10:32:00"),
    ("Posted: Mar 4, 2024 / 10:32 AM EST", "2024-03-04T10:32:00-05:00"),
    ("March 4, 2024 -- 10:32 a.m.", "2024-03-04T10:32:00"),
    ("Le 4 mars 2021 à 15h03", "2021-03-04T15:03:00"),
    ("4 de marzo de 2021 a las 15:03", "2021-03-04T15:03:00"),
    ("4 marzo 2021 alle 15:03", "2021-03-04T15:03:00"),
])
def test_the_time_beside_a_date_behind_any_separator(line: str, iso: str) -> None:
    found = _read(line)
    assert found.published is not None and found.published.iso == iso
    assert (found.before, found.after) == ("", "")


@pytest.mark.parametrize("row", dates.DATE_ORDERS, ids=lambda row: row.example)
def test_date_order_rows(row: dates.Order) -> None:
    from cleaner.dates import page_writes_day_first

    assert re.search(row.pattern, row.example)
    assert page_writes_day_first(row.example) is row.day_first
    # the other rows read nothing in it: one sign, one way
    assert not any(re.search(other.pattern, row.example) for other in dates.DATE_ORDERS
                   if other is not row)
