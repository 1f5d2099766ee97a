"""The places lexicon: regions a dateline names, and the kickers that are no place."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.lexicon import places

LEAD = "The storm reached the coast late on Tuesday and cut power to thousands of homes."


@pytest.mark.parametrize("row", places.KICKERS, ids=lambda row: row.word)
def test_a_paragraph_opened_by_a_kicker_leaves_the_lead_above_it_in_place(
        row: places.Kicker) -> None:
    """A dateline-led lead right under a paragraph makes that paragraph a caption or a promo;
    a kicker in capitals is not a dateline, so the paragraph above stays the lead."""
    assert places.is_kicker(row.word)
    doc = clean(f"Storm Hits the Coast Overnight\n\n{LEAD}\n\n{row.example}\n\n"
                "Officials said the damage would be counted over the coming days.\n")
    assert doc.subtitle is None
    assert doc.body[0] == LEAD


@pytest.mark.parametrize("place", ["MANILA", "STUART, Fla.", "NEW DELHI"])
def test_places_are_not_kickers(place: str) -> None:
    assert not places.is_kicker(place)


@pytest.mark.parametrize("row", places.US_STATES[:5] + places.COUNTRIES[:5],
                         ids=lambda row: row.name)
def test_each_region_is_read_as_one(row: places.Region) -> None:
    assert all(places.is_region(form) for form in row.forms)


@pytest.mark.parametrize("row", places.PROVINCES, ids=lambda row: row.name)
def test_each_province_is_a_region_a_dateline_names(row: places.Region) -> None:
    from cleaner.classify import is_dateline

    assert all(places.is_region(form) for form in row.forms)
    assert is_dateline(row.example)


@pytest.mark.parametrize("line", ["HALIFAX, N.S.", "Toronto, Ontario", "SYDNEY, NSW",
                                  "Brisbane, Qld", "ANKARA, Türkiye", "Abidjan, Côte d'Ivoire",
                                  "Kinshasa, DR Congo", "London, Britain"])
def test_datelines_with_the_new_regions(line: str) -> None:
    from cleaner.classify import is_dateline

    assert is_dateline(line)
