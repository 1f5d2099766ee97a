"""Credits: each shape the issue lists (fixtures written here), and the sites pages' labels
(read from ../shared/corpus/sites/, skipped when absent)."""

from __future__ import annotations

import json
import re

import pytest
from conftest import CORPUS

from cleaner import clean
from cleaner.document import Draft
from cleaner.passes.find_credits import find_credits

SITES = CORPUS / "sites"


@pytest.mark.parametrize(("line", "credits"), [
    ("MOUNT OLIVE, N.C. (AP) — The military trained him.", ("AP",)),
    ("ISLAMABAD, Sept 18 (APP): A spokesman rejected the remarks.", ("APP",)),
    ("(KXYZ) -The fire spread overnight.", ("KXYZ",)),
    ("WASHINGTON (UrduPoint News / Sputnik - 17th March, 2021) Biden said.", ("Sputnik",)),
    ("Riyadh, May 25, 2019, SPA -- Newspapers highlighted the issues.", ("SPA",)),
    ("MOSCOW, Jan. 29. /ITAR-TASS/. Talks resumed.", ("TASS",)),  # ITAR-TASS is a TASS form
    ("The league condemned the operations, SPA said on Sunday.", ("SPA",)),
    ("The town was quiet, reports Reuters.", ("Reuters",)),
    ("Source: ANI", ("ANI",)),
    ("With input from INP", ("INP",)),
    ("Republished with permission of WUSA-TV", ("WUSA-TV",)),
    ("Full story: WJFW", ("WJFW",)),
    ("Copyright 2016 NPR. To see more, visit http://www.npr.org/.", ("NPR",)),
    ("- BLOOMBERG", ("Bloomberg",)),
    ("Reuters- U.S. Secretary of State Rex Tillerson said on Thursday.", ("Reuters",)),
    ("The Associated Press reported.", ("AP",)),
    ("NEW DELHI, May 2 (PTI) The court adjourned the hearing.", ("PTI",)),
    ("KUALA LUMPUR, May 2 (Bernama) -- The ringgit opened higher.", ("Bernama",)),
    ("ANKARA (Anadolu Agency) - Talks resumed.", ("Anadolu",)),
    ("The strike ended, Xinhua News Agency reported.", ("Xinhua",)),
    ("Source: Agence France-Presse", ("AFP",)),
    ("With inputs from IANS", ("IANS",)),
    ("This article originally appeared on Example Daily.", ("Example Daily",)),
    ("This story was first published by The Example Tribune", ("The Example Tribune",)),
    ("Originally published in Example Weekly", ("Example Weekly",)),
    ("Reprinted with permission from Example Review", ("Example Review",)),
    ("Republished from Example Times.", ("Example Times",)),
    ("Inputs from PTI", ("PTI",)),
    ("The Associated Press contributed to this report.", ("AP",)),
    ("Reuters also contributed to this story.", ("Reuters",)),
    ("Material from Agence France-Presse was used in this report.", ("AFP",)),
])
def test_credit_shapes(line, credits):
    assert find_credits(Draft(f"Body text.\n{line}\n")).credits == credits


@pytest.mark.parametrize("line", [
    "(Caroline)- A Caroline County man is dead.",  # a place in parentheses, not a station
    "Tillerson failed to address it, as NBC reported.",  # one fact's source, not the story's
    "Copyright © 2011 NPR. All rights reserved.",  # the site's own copyright
    "Sources said the order came from above.",
    "Source link",
    "Mayor Karen Weaver - the city's first woman mayor",
    "The vote went to the Reform Party (RP) The rest abstained.",  # no dash: agencies only
    "This story was first published on March 4, 2024.",  # a date, not a source
    "First published in 2019",
    "With inputs from agencies",  # a desk, not a source
    "Jane Doe contributed to this report.",  # a person, not a source
])
def test_not_credits(line):
    assert find_credits(Draft(f"Body text.\n{line}\n")).credits == ()


def test_credit_line_removed_as_furniture_is_still_credited():
    doc = clean("Title Here\n\nJuly 5, 2016\n\nThe mall reopened on Monday.\n\n"
                "Copyright 2016 NPR. To see more, visit http://www.npr.org/.\n")
    assert doc.credits == ("NPR",)


def _has(needle: str, hay: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay, re.I) is not None


def _sites() -> list[dict]:
    if not SITES.is_dir():
        pytest.skip("../shared/corpus/sites/ is not beside the clone")
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(SITES.glob("*.json"))]


def test_sites_credits_found_and_never_spurious():
    """Measured when written: 24 of 26 expected credits found, no page with a spurious one."""
    found = wanted = spurious = 0
    for page in _sites():
        expect = page["expect"]
        credits = clean(page["excerpt"]).credits
        wanted += len(expect["credits"])
        found += sum(any(_has(c, o) or _has(o, c) for o in credits) for c in expect["credits"])
        allowed = expect["credits"] + (expect.get("credits_optional") or [])
        spurious += any(not any(_has(a, o) or _has(o, a) for a in allowed) for o in credits)
    assert found >= wanted - 2
    assert spurious == 0


def test_the_patterns_tried_at_the_line_start_only_are_anchored_there() -> None:
    """find_credits tries these with `match` (one try, at 0): each must begin with ``^``."""
    from cleaner.passes.find_credits import _ANCHORED, _PATTERNS

    for index in _ANCHORED:
        assert _PATTERNS[index].pattern.startswith("^"), index


@pytest.mark.parametrize(("line", "credit"), [
    ("Copyright 2019 WXYZ. To see more, visit https://example.org/.", "WXYZ"),
    ("Source: http://www.example-news.com/articles/0,7340,L-47,00.html", "example-news.com"),
    ("via example-news.com", "example-news.com"),
    ("via sub.example-news.com", "sub.example-news.com"),
    ("Via: news.example.co.uk", "news.example.co.uk"),
    ("Source example-news.info", "example-news.info"),
    ("Courtesy of www.example-news.org", "example-news.org"),
    ("Source: https://example-news.com/2024/03/04/a-story-whose-slug-runs-on-past-sixty-chars",
     "example-news.com"),
    ("Full story: WXYZ", "WXYZ"),
])
def test_a_credit_line_removed_as_chrome_still_gives_its_credit(line: str, credit: str) -> None:
    """strip_furniture moves the line into a fix; find_credits reads it there, also when the
    page's text no longer holds the word its quick page test looks for."""
    lead = "The army said on Tuesday that the operation in the old town was finished at last."
    doc = clean(f"Army Retakes the Old Town\n\n{lead}\n\n{line}\n")
    assert line not in doc.body
    assert credit in doc.credits


@pytest.mark.parametrize("address", [
    "example-news.com", "sub.example-news.com", "news.example.co.uk", "example.info/story/12",
    "www.example.org", "https://example.net/a/1.html", "example.tv/",
])
def test_one_web_address_shape_for_chrome_and_credits(address: str) -> None:
    """The lexicon's WEB_ADDRESS is the one shape: the line a credit-line row removes is the
    line find_credits credits (they once each wrote their own, and `via sub.example.com` went
    as chrome with no credit)."""
    import regex

    from cleaner.chrome import chrome_line
    from cleaner.lexicon.chrome import WEB_ADDRESS

    assert regex.fullmatch(WEB_ADDRESS, address, regex.I)
    for line in (f"via {address}", f"Source: {address}", f"Via {address}."):
        assert chrome_line(line) == "credit line", line
        assert find_credits(Draft(f"Body text.\n{line}\n")).credits, line


@pytest.mark.parametrize("line", [
    "via the ministry", "Source: officials", "Via Rome, the pilgrims walked on.",
    "via example", "Source: example.community board",
])
def test_no_address_no_credit_line(line: str) -> None:
    from cleaner.chrome import chrome_line

    assert chrome_line(line) != "credit line"


_SIGNED_PAGE = ("Council shuts the old bridge to lorries\n\nMarch 4, 2024\n\nThe council voted on "
                "Tuesday to close the old bridge to lorries after engineers found cracks.\n\n"
                "Repairs are expected to take most of the summer, the mayor said.{tail}\n")


@pytest.mark.parametrize(("tail", "last"), [
    # glued after the last sentence of the last paragraph, after a closing quote mark too
    (" Ana dela Cruz/VNS", "Repairs are expected to take most of the summer, the mayor said."),
    # alone on the last line
    ("\n\nAna dela Cruz / PNA", "Repairs are expected to take most of the summer, the mayor said."),
])
def test_a_sign_off_ending_the_article_goes_to_authors_and_credits(tail: str, last: str) -> None:
    page = _SIGNED_PAGE.format(tail=tail)
    doc = clean(page)
    assert doc.authors == ("Ana dela Cruz",)
    assert doc.credits[-1:] in (("VNS",), ("PNA",))
    assert doc.body[-1] == last
    assert any(fix.message.startswith("moved the sign-off") for fix in doc.fixes)
    assert clean(doc.to_text()).to_text() == doc.to_text()


@pytest.mark.parametrize("tail", [
    " Photo by Ana Lee/Getty Images",  # a picture's credit: the desk is no agency nor a code
    " The talks broke down/UN",  # no name before the slash
    " He lives in Santa Fe/NM and Taos",  # the slash ends nothing
    "\n\nT\t\tVCN/VCN",  # a desk code pasted over a stray letter
])
def test_no_sign_off_no_author(tail: str) -> None:
    doc = clean(_SIGNED_PAGE.format(tail=tail))
    assert doc.authors == ()
    assert " ".join(doc.body[-1].split()).endswith(" ".join(tail.split()))
