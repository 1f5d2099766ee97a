"""Invariants on every golden file, the shared corpus and generated input (hypothesis)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import corpus_param
from hypothesis import given, settings
from hypothesis import strategies as st
from invariants import lost_words, replay

from cleaner import clean, clean_bytes
from cleaner.cli import main
from cleaner.decode import decode_bytes

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p for p in GOLDEN.rglob("*.txt") if not p.name.endswith(".clean.txt"))



def check(original: str, doc) -> None:
    assert lost_words(original, doc) == set()
    assert replay(original, doc) == list(doc.body)
    assert clean(doc.to_text()).to_text() == doc.to_text()


@pytest.mark.parametrize("case", CASES, ids=[str(p.relative_to(GOLDEN)) for p in CASES])
def test_golden_files_keep_every_invariant(case):
    data = case.read_bytes()
    check(decode_bytes(data)[0], clean_bytes(data))


@pytest.mark.parametrize(
    "page", corpus_param("dev") + corpus_param("clean") + corpus_param("sites"))
def test_corpus_pages_keep_every_invariant(page):
    excerpt = json.loads(page.read_text(encoding="utf-8"))["excerpt"]
    check(excerpt, clean(excerpt))


# Text shaped like scraped pages: headers, dates, labels, quotes, dumps, furniture, junk.
_pieces = st.sampled_from([
    "By VIDEO, Army Retakes Hill", "Wed Jan 20, 2016 22:31:33", "Title Here", "VIDEO: Title",
    '"We won, Lavrov said."', "“It is over,” he said.", 'string(5) "hello"', 'string(9) "[1, "a"]"',
    'string(40) "[{"id":"1"} ,{"id', "array(1) {\n  [0]=>\n  int(1)\n}", "SHI/SHI", "MoreImage",
    "Category:", "(Photo: AMN)", "Itâ€™s cafÃ©", "By Jane Doe and John Roe", "FNA reported.",
    "", "\n", "\r\n", "  ", "\u00a0", "\u200b", ",", '"', "“", "”", "’", "'", "By", "—",
])
_pages = st.lists(st.one_of(_pieces, st.text(max_size=12)), max_size=25).map(" \n".join)


@given(_pages)
def test_generated_pages_keep_every_invariant(text):
    check(text.replace("\r", "\n") if False else text, clean(text))


@given(st.text())
def test_clean_never_raises_on_any_str(text):
    doc = clean(text)
    assert clean(doc.to_text()).to_text() == doc.to_text()
    assert lost_words(text, doc) == set()


@settings(max_examples=60)
@given(st.binary(max_size=2000))
def test_cli_never_gives_a_traceback_on_any_bytes(data):
    result = CliRunner().invoke(main, ["clean", "-", "--format", "json"], input=data,
                                catch_exceptions=False)
    assert result.exit_code == 0
    json.loads(result.stdout)


# Inputs that once broke an invariant (found by the property tests and bench/fuzz.py).
REGRESSIONS = [
    # Found by bench/fuzz.py (reduced): an impossible date copied below the header; a line of
    # commas (a paste that strip_furniture removes) ended the header on the first run only;
    # a duplicated dump block made replay take the wrong copy.
    "Army Clears the Old Town\n\nTue Feb 30, 2016 13:28:23\n\nThe army said it was finishthe"
    "\n\nTue Feb 30, 2016 13:28:23\n\nBody text here.\n",
    "Army Clears the Old To\n" + "," * 40 + "\nwn\n\nTue Jul 5, 2016 13:28:23\n\nThe army said.\n",
    'Title\n\nint(77)\n  string(3) "abc"\nint(77)\n  string(3) "abc"\nBody.\n',
    # A byline ending in a comma ended the header before its date; a label split off a title
    # left a desk code or a date, read as such on the next run; dumps only normalising reveals.
    "BY LEILA HADDAD,\nArmy Clears the Old Town\n\n\nTue Jul 5, 2016\n",
    "VIDEO: SHI/SHI\n\nWATCH! Army Clears the Old Town\n",
    "WATCH:Jul 5, 2016 13:28:23\n\nT Army Clears the Old Town\n\nBody.\n",
    "Body.\nint(1)int(2)\n",
    'Body.\nstring(1\u200b0) "0123456789"\nMore.\n',
    'Body.\nstring(5)\u00a0"hello"\nMore.\n',
    # A label split off a title left a dump start; a title ending in commas right above its
    # date line (the clean text's own header) was read as a paragraph on the next run.
    "AUDIO:array(2) {\n Army Clears the Old Town\n\nBody, he said.\n",
    "By Maryam Haddad, Farmers Retu" + "," * 30 + "\nThu Feb 4, 2016 09:15:00\n\nFarmers began.\n",
    # Byline lines counted towards the five header lines hid the date on the first run only.
    "By AFP, Army\n\nClears the Old Town\nBy AFP, Army Clears the Old Town\n\nTue Jul 5, 2016"
    " 13:2By AFP, Army Clears the Old Town\nBy AFP, Army Clears the Old Town\n\n"
    "Tue Jul 5, 2016 13:28:23\n\nThe army said 8:23\n",
    # Stacked labels were peeled three (prefix) or one (suffix) per run.
    "VIDEO: " * 10 + "Army Wins\n\nTue Jul 5, 2016\n\nBody.\n",
    "Army Wins - Video - Video - Video - Video\n\nTue Jul 5, 2016\n\nBody.\n",
    # Mojibake of mojibake around a zero-width space: removing the space revealed more.
    "Power was cut in several districts.\n\nââ€‹€‹\n\nMore.\n",
    # A label wrapping a byline: the byline was split off on the next run only.
    "VDO:By Army Cl" + "," * 40 + "ears the O\nVDO:By Army Clears the",
    "VIDEO: By Jane Doe, PHOTOS: By John Roe, Army Wins\n\nTue Jul 5, 2016\n\nBody.\n",
    # A header line repeated further down (not right below) counted twice towards the five
    # header lines; strip_furniture removes such a repeat, so the next run found the date.
    " date 2015-03-04 Finan\nThe minister says the trade deal could be close, details remain\nR"
    "\n1 M\nThe minister says the trade deal could be close, details remain\nMarch 4, 2015",
    "BY JANE DOE,}\n}\n" + "â€" * 300 + "}\n}\nA\nTue Jul 5, 2016 13:28:23",
    "Pict\nA view of the truck the army said was used in the market blast released\nT\nThe\n"
    "A view of the truck the army said was used in the market blast released\n"
    "Tue Jul 5, 2016 13:28:23",
    # A label split off a title left a label word, read as a label line on the next run.
    "VIDEO: WATCH\n\nResidents returned to the town.\n",
    "VIDEO:VIDEO\n\nResidents returned to the town.\n",
    "SHI/SHI \nBy VIDEO, Army Retakes Hill \nBy VIDEO, Army Retakes Hill",
    "SHI/SHI \n00000 \n00000",
    "00000 \n00000 \n00000",
    "Title Here \nBy Jane Doe and John Roe",
    '"We won, Lavrov said." \nSHI/SHI',
    'string(40) "[{"id":"1"} ,{"id \nWed Jan 20, 2016 22:31:33',
    'string(40) "[{"id":"1"} ,{"id \nstring(40) "[{"id":"1"} ,{"id',
    "SHI/SHI \nBy Jane Doe and John Roe",
    "By Jane Doe and John Roe \nBy Jane Doe and John Roe",
    "By Jane Doe and John Roe \nBy VIDEO, Army Retakes Hill \nBy VIDEO, Army Retakes Hill",
    ":\x0c",
    "By VIDEO, Army Retakes Hill \n\x0c \nBy VIDEO, Army Retakes Hill",
    "Body.\n/x.php:1:\n\n/x.php:1:\n",
    "By VIDEO, Army Retakes Hill \nBy VIDEO, Army Retakes Hill \nBy Jane Doe and John Roe",
    "Title Here \nTitle Here \nBy VIDEO, Army Retakes Hill \nBy VIDEO, Army Retakes Hill \n"
    "By VIDEO, Army Retakes Hill \nWed Jan 20, 2016 22:31:33",
    "Army Clears the Old Town\n\nTue Feb 30, 2016 13:28:23\nTue Feb 30, 2016 13:28:23\n\n"
    "The army said the operation was finished on Tuesday.\n",
    "Army Clears the Old Town\n\nhed on Tuesday.\n\nResidents returned to the town.\n\n"
    "[0]=>\n\nTue Jul 5, 2016 13:28:23\n",
    "Title Here \nBy VIDEO, Army Retakes Hill \n0\r1 \nBy VIDEO, Army Retakes Hill \n"
    "Wed Jan 20, 2016 22:31:33",
    "Itâ€™s cafÃ© \n:\r< \nBy VIDEO, Army Retakes Hill \nSHI/SHI \nBy VIDEO, Army Retakes Hill \n"
    "Wed Jan 20, 2016 22:31:33",
    "\x80Â\x800Â\x1f0",
    "Sheikh Qassem:\nResistance Will Stay\r\n\r\n\rstring(12) \"\n\r\n\r\n\rStrong\n",
]


@pytest.mark.parametrize("text", REGRESSIONS)
def test_regressions_keep_every_invariant(text):
    check(text, clean(text))


@pytest.mark.parametrize("data", [b"float(1\xab)\n", b"Body.\nfloat(\xff\xfe)\nint(\xff)\n",
                                  b"Title\n\n2016-01-20 10:00 +99:99\n\nBody.\n"])
def test_fuzz_crash_regressions(data):
    doc = clean_bytes(data)
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_dump_revealed_in_a_windows_1252_page_is_recorded_as_it_reads():
    # strip_revealed_dumps works on the decoded text: its fix must decode back as UTF-8, not
    # with the page's codec ("hÃ©llo"), or the fix would not be found in the page.
    data = b'Caf\xe9 news\n\nstring(6)\xa0"h\xe9llo"\nMore.\n'
    doc = clean_bytes(data)
    assert doc.embedded == ("héllo",)
    check(decode_bytes(data)[0], doc)
