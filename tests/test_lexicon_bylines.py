"""Each row of cleaner/lexicon/bylines.py: its example is read as its own kind, by the byline
reader and by the line classifier, and not as another kind."""

from __future__ import annotations

import pytest

from cleaner.bylines import read_byline_line
from cleaner.classify import Kind, classify
from cleaner.lexicon.bylines import (
    COLON_LEAD_INS,
    DESK_PATTERNS,
    JOB_WORDS,
    LEAD_INS,
    NOT_NAME_WORDS,
    PARTICLES,
    USERS,
)


@pytest.mark.parametrize("row", [*LEAD_INS, COLON_LEAD_INS, *JOB_WORDS],
                         ids=lambda row: row.example)
def test_people_rows_read_as_a_byline_of_people(row):
    found = read_byline_line(row.example)
    assert found is not None and found.kind == "people"
    assert found.authors == ("Jane Doe",) and found.credits == ()
    assert classify(row.example).kind is Kind.BYLINE


@pytest.mark.parametrize("word", [w for row in LEAD_INS for w in row.words])
def test_every_lead_in_opens_a_byline(word):
    assert read_byline_line(f"{word.capitalize()} Jane Doe").authors == ("Jane Doe",)


@pytest.mark.parametrize("word", [w for row in JOB_WORDS for w in row.words])
def test_every_job_word_makes_a_job_title(word):
    assert read_byline_line(f"Jane Doe, Senior {word.capitalize()}").authors == ("Jane Doe",)


@pytest.mark.parametrize("row", DESK_PATTERNS, ids=lambda row: row.example)
def test_desk_rows_go_to_neither_authors_nor_credits(row):
    found = read_byline_line(row.example, bare=True)
    assert (found.authors, found.credits, found.kind) == ((), (), "desk")
    assert classify(row.example).kind not in (Kind.DATE, Kind.CHROME, Kind.META)


def test_user_row_is_a_cms_user():
    found = read_byline_line(USERS.example, bare=True)
    assert (found.authors, found.credits, found.kind) == ((), (), "user")
    assert classify(USERS.example).kind not in (Kind.DATE, Kind.CHROME, Kind.META)


def test_particles_stay_inside_a_name():
    found = read_byline_line(PARTICLES.example)
    assert found is not None and found.authors == ("Lauren del Valle",)
    assert classify(PARTICLES.example).kind is Kind.BYLINE


def test_not_name_words_make_no_bare_byline():
    assert read_byline_line(NOT_NAME_WORDS.example, bare=True) is None
    assert classify(NOT_NAME_WORDS.example).kind is not Kind.BYLINE


# Variants other sites write (fixtures invented here).
@pytest.mark.parametrize(("line", "authors", "kind"), [
    ("Par Jean Dupont", ("Jean Dupont",), "people"),
    ("Por Juan Pérez", ("Juan Pérez",), "people"),
    ("Autor: Jan Kowalski", ("Jan Kowalski",), "people"),
    ("Contributed by Jane Doe", ("Jane Doe",), "people"),
    ("Story and photos by Jane Doe", ("Jane Doe",), "people"),
    ("By Jane Doe, East Africa Correspondent", ("Jane Doe",), "people"),
    ("By Jane Doe, Climate Reporter", ("Jane Doe",), "people"),
    ("By Jane Doe, Freelance Journalist", ("Jane Doe",), "people"),
    ("Jane Doe, Senior Fellow", ("Jane Doe",), "people"),
    ("By Jane Doe, Reporter for The Daily", ("Jane Doe",), "people"),
    ("By Our Correspondent", (), "desk"),
    ("By Wire Services", (), "desk"),
    ("By Newsdesk", (), "desk"),
    ("By Jane Doe, Agencies", ("Jane Doe",), "people"),
])
def test_byline_variants(line, authors, kind):
    found = read_byline_line(line)
    assert found is not None, line
    assert (found.authors, found.kind) == (authors, kind), line


@pytest.mark.parametrize("line", [
    "Par for the course", "ARI SHAPIRO, HOST:", "JANE DOE, PRESENTER:",
])
def test_near_bylines_that_are_none(line):
    found = read_byline_line(line)
    assert found is None or found.kind != "people" or not found.authors, line
