"""Bylines: trafilatura's normalize_authors test pairs that apply to a byline line, plus ours."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS

from cleaner import clean
from cleaner.bylines import Byline, byline_line, normalize_authors, read_byline, read_byline_line

SITES = CORPUS / "sites"

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


# --- every byline form of issue 13 (fixtures written here) ------------------------------------

@pytest.mark.parametrize(("line", "bare", "authors", "credits", "kind"), [
    ("By Jane Doe and John Roe", False, ["Jane Doe", "John Roe"], [], "people"),
    ("By JASON DEAREN, MICHELLE R. SMITH and AARON KESSLER", False,
     ["JASON DEAREN", "MICHELLE R. SMITH", "AARON KESSLER"], [], "people"),
    ("Jane Doe, Staff Writer", False, ["Jane Doe"], [], "people"),
    ("Jane Doe | Reuters", False, ["Jane Doe"], ["Reuters"], "people"),
    ("Posted by Jane Doe", False, ["Jane Doe"], [], "people"),
    ("Written by Jane Doe", False, ["Jane Doe"], [], "people"),
    ("Analysis by Joan Biskupic, CNN Senior Supreme Court Analyst", False, ["Joan Biskupic"],
     [], "people"),
    ("Brandon Wise/ News Director", False, ["Brandon Wise"], [], "people"),
    ("Jeoffrey Maitem and Karl Romano", True, ["Jeoffrey Maitem", "Karl Romano"], [], "people"),
    ("By HILARY KIMUYU November 19th, 2017 2 min read", False, ["HILARY KIMUYU"], [], "people"),
    ("By Jane Doe 3 min read", False, ["Jane Doe"], [], "people"),
    ("By&nbsp;<b>Hank O&#39;Hop</b>", False, ["Hank O'Hop"], [], "people"),
    ("By AP", False, [], ["AP"], "agency"),
    ("By The Associated Press", False, [], ["AP"], "agency"),
    ("The Associated Press", True, [], ["AP"], "agency"),
    ("Reuters Staff", True, [], ["Reuters"], "agency"),
    ("- BLOOMBERG", True, [], ["Bloomberg"], "agency"),
    ("F.P. Report", True, [], [], "desk"),
    ("Tribune News Service", True, [], [], "desk"),
    ("By Web Desk", False, [], [], "desk"),
    ("admin", True, [], [], "user"),
])
def test_issue_byline_forms(line, bare, authors, credits, kind):
    found = read_byline_line(line, bare=bare)
    assert found == Byline(tuple(authors), tuple(credits), kind)


@pytest.mark.parametrize("line", [
    "STUART, Fla.",  # a dateline
    "TOKYO",
    "Get It Now",  # a button
    "Top Stories",
    "Kenya: Police Arrest Two Nation Reporters in Mombasa",
    "By the way, nothing here",
    "By 123, Some Headline Here",  # nothing name-like opens the byline
    "Winter Storm Comes Early",  # four capitalised words alone: a headline (fuzz seed 32)
    "Flood Waters Rise Again Tonight",
    "Thu F00",  # a cut date line: a bare name does not end in a lone initial (fuzz seed 72)
])
def test_not_bylines(line):
    found = read_byline_line(line, bare=True)
    assert found is None or found.authors == ()


@pytest.mark.parametrize(("line", "authors"), [
    ("Jane Doe", ("Jane Doe",)),
    ("Mary Ann van Dyke", ("Mary Ann van Dyke",)),  # four words with a particle
    ("Ann Lee and Bo Chen", ("Ann Lee", "Bo Chen")),
    ("By Winter Storm Comes Early", ("Winter Storm Comes Early",)),  # a lead-in says it
    ("By Thu F", ("Thu F",)),
    ("John Doe123", ("John Doe",)),  # digits glued to the name go (a peer's case)
])
def test_bare_names_of_two_or_three_words_or_with_a_particle(line, authors):
    found = read_byline_line(line, bare=True)
    assert found is not None and found.authors == authors


@pytest.mark.parametrize(("line", "authors"), [
    ("Reporting by Jane Doe; Editing by Bo Chen", ("Jane Doe",)),
    ("Reporting by Ann Lee; Writing by Jo Roe; Editing by Bo Chen", ("Ann Lee", "Jo Roe")),
    ("Additional reporting by Ann Lee and Bo Chen", ("Ann Lee", "Bo Chen")),
])
def test_staff_credit_lines_name_their_reporters_and_writers(line, authors):
    found = read_byline_line(line)
    assert found is not None and found.authors == authors


def test_a_staff_credit_line_with_a_sentence_after_it_is_no_byline():
    assert read_byline_line("Reporting by Jane Doe; the army said it was over") is None


def test_glued_byline_runs_over_every_name_before_the_title():
    glued = read_byline("By Jeremy Herb, Lauren del Valle and Kara Scannell, CNN, Title Here")
    assert glued is not None and glued.title == "Title Here"
    assert (glued.authors, glued.credits) == (
        ("Jeremy Herb", "Lauren del Valle", "Kara Scannell"), ("CNN",))


def test_sites_authors():
    """Measured when written: the exact author list on 65 of the 68 sites pages."""
    if not SITES.is_dir():
        pytest.skip("../shared/corpus/sites/ is not beside the clone")
    pages = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SITES.glob("*.json"))]
    right = sum(list(clean(page["excerpt"]).authors) == page["expect"]["authors"]
                for page in pages)
    assert right >= len(pages) - 3


def test_the_job_and_agency_gate_agrees_with_its_pattern() -> None:
    """`_role_or_agency` skips the long alternation when no phrase's first word is on the
    line: it must answer what the alternation answers."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from cleaner.bylines import _GATE_PHRASES, _ROLE_OR_AGENCY, _role_or_agency

    piece = st.one_of(st.sampled_from(_GATE_PHRASES), st.sampled_from(
        ["By", "Jane", "Doe", "and", ",", "|", "/", "-", "s", "Staff", "AP-style", "Reuters'"]),
        st.text(max_size=8))
    case = st.sampled_from([str, str.upper, str.title, str.lower])

    @settings(max_examples=400, deadline=None)
    @given(pieces=st.lists(st.tuples(piece, case), max_size=8),
           glue=st.sampled_from([" ", "", ", ", "-", "\t"]))
    def agree(pieces: list[tuple[str, object]], glue: str) -> None:
        line = glue.join(fold(text) for text, fold in pieces)  # type: ignore[operator]
        assert _role_or_agency(line) == (_ROLE_OR_AGENCY.search(line) is not None), line

    agree()


def test_a_bar_sets_the_outlet_off_the_byline() -> None:
    from cleaner.bylines import read_byline_line

    found = read_byline_line("By Jane Doe | The Valley Gazette")
    assert found is not None and (found.authors, found.credits) == (("Jane Doe",), ())
    found = read_byline_line("By Jane Doe and John Roe | Reuters")
    assert found is not None
    assert (found.authors, found.credits) == (("Jane Doe", "John Roe"), ("Reuters",))


def test_agencies_glued_or_lower_case_are_no_authors() -> None:
    from cleaner.bylines import read_byline_line

    glued = read_byline_line("By Jane Doe The Associated Press")
    assert glued is not None and (glued.authors, glued.credits) == (("Jane Doe",), ("AP",))
    desk = read_byline_line("By Jane Doe and agencies")
    assert desk is not None and (desk.authors, desk.credits) == (("Jane Doe",), ())


def test_the_desk_test_agrees_with_the_byline_reading() -> None:
    """`names_a_desk` reads a line without a lead-in by its whole text only: it must answer
    what `read_byline_line(line, bare=True)` answers, on desk, agency, user and name lines,
    with and without lead-ins, entities, links and symbols."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from cleaner.bylines import names_a_desk
    from cleaner.lexicon.agencies import AGENCIES

    piece = st.one_of(
        st.sampled_from([form for agency in AGENCIES for form in (agency.name, *agency.forms)]),
        st.sampled_from(["By", "Posted by", "Jane", "Doe", "and", ",", "|", "/", "-", "Staff",
                         "News Service", "Desk", "Report", "admin", "avatar", "&amp;", "<b>",
                         "@jdoe", "www.x.com", "2 min read", "\u2605", '"JJ"', "The", "F.P."]),
        st.text(max_size=6))

    @settings(max_examples=500, deadline=None)
    @given(pieces=st.lists(piece, min_size=1, max_size=6), glue=st.sampled_from([" ", ", "]))
    def agree(pieces: list[str], glue: str) -> None:
        line = glue.join(pieces)
        found = read_byline_line(line, bare=True)
        assert names_a_desk(line) == (found is not None and found.kind in ("desk", "agency"))

    agree()
    for line in ("Tribune News Service", "Reuters Staff", "F.P. Report", "By AP"):
        assert names_a_desk(line), line
    for line in ("Jane Doe", "Army Retakes the Hill", "admin", "By Jane Doe"):
        assert not names_a_desk(line), line


def test_the_byline_tidying_gates_change_nothing() -> None:
    """`_clean` tries each pattern only on a line holding what it needs: the gated version
    must give what the patterns give run one after another."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from cleaner import bylines

    def ungated(text: str) -> str:
        text = bylines._URL.sub(" ", bylines._EMAIL.sub(" ", text))
        text = bylines._HANDLE.sub(" ", bylines._NICKNAME.sub(" ", text))
        return bylines._SYMBOLS.sub(" ", text).replace("_", " ")

    piece = st.one_of(st.sampled_from(["Jane", "j@x.org", "@jdoe", "http://x.y/z", "www.a.b",
                                       '"JJ"', "“JJ”", "\u2605", "*", "^", "`", "_", "2 min read",
                                       "READ"]), st.text(max_size=6))

    @settings(max_examples=500, deadline=None)
    @given(pieces=st.lists(piece, max_size=6))
    def agree(pieces: list[str]) -> None:
        text = " ".join(pieces)
        assert bylines._clean(text) == ungated(text)
        assert bylines._without_read_time(text) == bylines._READ_TAIL.sub("", text)

    agree()


def test_a_glued_title_keeps_its_commas_as_written() -> None:
    # Fuzz seed 51: the title after a glued byline was its comma parts joined again with
    # ", ", a longer line than the one read; written so, the next clean read it as a paragraph.
    found = read_byline("By Ann Lee, Council shuts the,,,,,,, old bridge , again")
    assert found is not None and found.authors == ("Ann Lee",)
    assert found.title == "Council shuts the,,,,,,, old bridge , again"
    page = ("By Ann Lee, Council Shuts the" + "," * 90 + " Bridge\n\nTue, he said. Jul 5, "
            "Array\n(\n2016 13:28:23\n\nThe brMoreImage\nthe br\nthe br")
    doc = clean(page)
    assert clean(doc.to_text()).to_text() == doc.to_text()
