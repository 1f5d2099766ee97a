"""Each row of cleaner/lexicon/agencies.py: its example credits the agency by its short name,
its forms all read as it, and an agency in the byline slot is never an author."""

from __future__ import annotations

import pytest

from cleaner.bylines import read_byline_line
from cleaner.classify import Kind, classify
from cleaner.document import Draft
from cleaner.lexicon.agencies import AGENCIES, short_name
from cleaner.passes.find_credits import find_credits


@pytest.mark.parametrize("agency", AGENCIES, ids=lambda agency: agency.name)
def test_every_form_reads_as_the_short_name(agency):
    for form in (agency.name, *agency.forms):
        assert short_name(form) == agency.name
        assert short_name(f"The {form.upper()}") == agency.name


@pytest.mark.parametrize("agency", AGENCIES, ids=lambda agency: agency.name)
def test_example_credits_the_agency_and_names_no_author(agency):
    example = agency.example
    if example.startswith("By "):
        found = read_byline_line(example)
        assert found is not None
        assert (found.authors, found.credits, found.kind) == ((), (agency.name,), "agency")
        assert classify(example).kind is Kind.BYLINE
    else:
        draft = find_credits(Draft(f"Body text.\n{example}\n"))
        assert agency.name in draft.credits
        assert classify(example).kind is not Kind.BYLINE
