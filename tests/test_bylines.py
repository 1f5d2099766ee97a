"""Bylines: trafilatura's normalize_authors test pairs that apply to a byline line, plus ours."""

from __future__ import annotations

import pytest

from cleaner.bylines import byline_line, normalize_authors, read_byline

# From trafilatura's tests/unit_tests.py (test_authors), the pairs whose input is byline text.
# Where our rules differ on purpose the expected value says so in the comment.
TRAFILATURA_PAIRS = [
    ("abc", ["Abc"]),
    ("Steve Steve 123", ["Steve Steve"]),
    ("By Steve Steve", ["Steve Steve"]),
    ("Jenny Smith", ["Jenny Smith"]),
    ("Jenny Smith und John Smith", ["Jenny Smith", "John Smith"]),
    ("Jenny Smith and John Smith", ["Jenny Smith", "John Smith"]),
    ("Hank O'Hop", ["Hank O'Hop"]),
    ("Jenny Smith ❤️", ["Jenny Smith"]),
    ('Jenny "The Author" Smith', ["Jenny Smith"]),
    ("Jenny Smith — Trafilatura", ["Jenny Smith"]),
    ("Jenny Smith from Trafilatura", ["Jenny Smith"]),
    ("Jenny Smith – The Moon", ["Jenny Smith"]),
    ("Jenny_Smith", ["Jenny Smith"]),
    ("Shannon Deery, Mitch Clarke, Susie O’Brien, Laura Placella, Kara Irving, "
     "Jordy Atkinson, Suzan Delibasic",
     ["Shannon Deery", "Mitch Clarke", "Susie O’Brien", "Laura Placella", "Kara Irving",
      "Jordy Atkinson", "Suzan Delibasic"]),
    # trafilatura keeps "CNN" as an author; agencies go to credits here.
    ("By Amir Vera, Seán Federico O'Murchú, Tara Subramaniam and Adam Renton, CNN",
     ["Amir Vera", "Seán Federico O'Murchú", "Tara Subramaniam", "Adam Renton"]),
    (" Jenny Smith   @jenny_smith   11:57AM ", ["Jenny Smith"]),
    ("By Jenny Smith For Daily Mail Australia", ["Jenny Smith"]),
    ("By: Ian Shive", ["Ian Shive"]),
    ("By Ben Coxworth", ["Ben Coxworth"]),
    # Capitals as written (the sites labels and trafilatura agree).
    ("AUTHOR NAME", ["AUTHOR NAME"]),
]


@pytest.mark.parametrize(("byline", "authors"), TRAFILATURA_PAIRS)
def test_trafilatura_pairs(byline, authors):
    assert list(normalize_authors(byline)[0]) == authors


@pytest.mark.parametrize(("byline", "authors", "credits"), [
    ("VIDEO", [], []),
    ("Staff Reporter", [], []),
    ("Senior Writer", [], []),
    ("By Reuters", [], ["Reuters"]),
    ("By AP", [], ["AP"]),
    ("Jane Doe, AFP", ["Jane Doe"], ["AFP"]),
    ("By Jane Doe | Press TV", ["Jane Doe"], ["Press TV"]),
    ("Written by jane@example.org Jane Doe; John Roe", ["Jane Doe", "John Roe"], []),
    ("Words by Smith & John Smith", ["John Smith"], []),
    ("Iran Army Kills 40 Terrorists in the North of the Country", [], []),
    ("FNA", [], ["FNA"]),
    ("IRNA and Press TV", [], ["IRNA", "Press TV"]),
])
def test_labels_agencies_job_titles_and_headlines(byline, authors, credits):
    assert normalize_authors(byline) == (tuple(authors), tuple(credits))


def test_by_label_title_is_not_a_byline_line():
    assert byline_line("By VIDEO, Army Retakes Hill") is None
    assert read_byline("By VIDEO, Army Retakes Hill").label == "video"


def test_headline_pasted_into_a_by_line_gives_no_author():
    byline = read_byline("By Iran Army Kills 40 Terrorists in the North, Report Says")
    assert byline is None or byline.authors == ()
