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
