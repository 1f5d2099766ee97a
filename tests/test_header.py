"""The header model on page shapes of many sites (fixtures written here, not corpus text)."""

from __future__ import annotations

import pytest
from invariants import lost_words, replay

from cleaner import clean
from cleaner.document import Document
from cleaner.header import read_header


def _holds_invariants(page: str, doc: Document) -> None:
    """The fuzzer's invariants on one page: idempotent, the fixes replay, no word lost."""
    assert clean(doc.to_text()).to_text() == doc.to_text()
    assert replay(page, doc) == list(doc.body)
    assert not lost_words(page, doc)


BODY = ("The council voted on Tuesday to close the old bridge to lorries after engineers found "
        "cracks in two of its piers.\n\nRepairs are expected to take most of the summer.\n")


@pytest.mark.parametrize(("page", "title", "subtitle"), [
    # The HTML <title> (headline + site name) above the headline itself, a tracker word in front.
    ("pixel Bridge closed to lorries | The Valley Gazette\nTop News\n\n"
     "Bridge closed to lorries\n\n" + BODY, "Bridge closed to lorries", None),
    # A site tagline on the first line, the headline under it: the tagline is no kicker.
    ("Valley Gazette | Always Watching Out For You\nCouncil: Bridge closes to lorries in May\n\n"
     + BODY, "Council: Bridge closes to lorries in May", None),
    # The cleaner's own format: title, dek, blank line.
    ("Bridge closed to lorries\nEngineers found cracks in two piers\n\n" + BODY,
     "Bridge closed to lorries", "Engineers found cracks in two piers"),
    # Lower-case debris under the headline (a CMS user's avatar) is no dek.
    ("Bridge closed to lorries after engineers find cracks\n\nadmin Avatar\nJune 3, 2019\n\n"
     + BODY,
     "Bridge closed to lorries after engineers find cracks", None),
])
def test_headline_among_site_lines(page: str, title: str, subtitle: str | None) -> None:
    doc = clean(page)
    assert (doc.title, doc.subtitle) == (title, subtitle)
    assert doc.body[0].startswith("The council voted")
    assert clean(doc.to_text()).to_text() == doc.to_text()  # idempotent


def test_a_dateline_alone_above_the_lead_is_header_and_recorded() -> None:
    doc = clean("Bridge closed to lorries\n\nSTUART, Fla.\n\n" + BODY)
    assert doc.title == "Bridge closed to lorries"
    assert doc.body[0].startswith("The council voted")
    assert any(fix.before == "STUART, Fla." for fix in doc.fixes)  # nothing lost


def test_a_dateline_alone_is_never_the_headline() -> None:
    doc = clean("Markets | Fri Jun 12, 2015 11:09pm EDT\nTOKYO\n" + BODY)
    assert doc.title is None
    assert doc.body[0].startswith("The council voted")


@pytest.mark.parametrize("page", [
    "00000 \nTitle Here \n \n:0 \nTitle Here \n00000",  # found by hypothesis
    ": \naÄ \n(Photo: AMN)",  # found by hypothesis: a stray symbol above a page of no body
    # found by hypothesis: a dek repeated in the body, written as the subtitle, outscored the
    # headline (its copy at the end dropped) on the second clean
    "B \nA \n \nFNA reported. \nA \nB",
    "By VIDEO, Army Retakes Hill \naÄ \n(Photo: AMN)",
    ':0 \nWed Jan 20, 2016 22:31:33 \n\x1b0 \nWed Jan 20, 2016 22:31:33 \n"We won, Lavrov said."',
    # A desk code between a dek and the date line does not hide the date from the dek.
    'By VIDEO, Army Retakes Hill \n"We won, Lavrov said." \nSHI/SHI \nWed Jan 20, 2016 22:31:33 \n'
    '"We won, Lavrov said."',
])
def test_odd_headers_clean_idempotently(page: str) -> None:
    text = clean(page).to_text()
    assert clean(text).to_text() == text


def test_a_lower_case_promo_above_the_date_is_not_the_lead() -> None:
    doc = clean("Valley News\nwatch One-Minute World News\nLast Updated: Thursday, 11 March, 2004, "
                "23:28 GMT\nBridge closed to lorries\n\n" + BODY)
    assert doc.title == "Bridge closed to lorries"
    assert doc.body[0].startswith("The council voted")


def test_a_credit_line_ending_the_page_is_no_title_at_the_end() -> None:
    doc = clean(BODY + "\n(Reporting by Jane Roe; Editing by John Doe)\n")
    assert doc.title is None


@pytest.mark.parametrize("head", [
    "Sheikh Qassem:\nResistance Will Stay Strong\n",
    "Army Clears the Old Town:\n\nResidents Return to Their Homes\n",
    "Sheikh Qassem: Sheikh Qassem:\nResistance Will Stay Strong\n",  # found by the fuzzer
])
def test_a_kicker_ending_in_a_colon_reads_the_same_twice(head: str) -> None:
    doc = clean(head + "Wed Jan 20, 2016 22:31:33\n\n" + BODY)
    assert "Resistance" in (doc.title or "") or "Residents" in (doc.title or "")
    assert clean(doc.to_text()).to_text() == doc.to_text()


@pytest.mark.parametrize("page", [
    # Class 4 of the fuzzer: a desk tag between the lead and a "VIDEO: …" line goes on the first
    # clean; read again, the line shaped like a dateline lead came within reach and the two
    # paragraphs above it were removed as header lines.
    "Army Clears the Old Town\n\nTue Jul 5, 2016 13:28:23\n\nThe army said so on Tuesday.\n\n"
    "Alalam Syria\n\nResidents returned later.\n\nShops opened.\n\n" + "VIDEO: " * 11 + "\n",
    # Class 1: a lead cut off under the crawler's date, debris in front of it; without the debris
    # the second clean read it as the headline above the date.
    " date 2018-05-20 Shares\n\n, NAIROBI, Kenya, May 20 – A woman was on Sunday reported dead "
    "and her\n",
    # A headline that does not read like one (a stray quote mark in front) over its kicker.
    "FRONTLINE VIDEO: Army Clears the Old Town\n\nFRONTLINE VIDEO:” Army Clears the Old Town\n"
    "Tue Jul 5, 2016 13:28:23\n\n" + BODY,
])
def test_the_cleaners_own_format_is_read_as_such(page: str) -> None:
    text = clean(page).to_text()
    assert clean(text).to_text() == text


@pytest.mark.parametrize(("text", "title", "subtitle", "label", "published"), [
    ("Bridge closed\n2016-07-05\n\n" + BODY, "Bridge closed", None, None, "2016-07-05"),
    ("Bridge closed\nBy Jane Doe\nvideo | 2016-07-05T13:28:23+04:30\n\n" + BODY,
     "Bridge closed", "By Jane Doe", "video", "2016-07-05T13:28:23+04:30"),
    ("2016-07-05T13:28:23\n\nBridge closed to lorries\n\n" + BODY, None, None, None,
     "2016-07-05T13:28:23"),
    ("“ Bridge closed.\nphoto\n\n" + BODY, "“ Bridge closed.", None, "photo", None),
])
def test_own_format_fields(text: str, title: str | None, subtitle: str | None,
                           label: str | None, published: str | None) -> None:
    doc = clean(text)
    assert (doc.title, doc.subtitle, doc.label, doc.published) == (title, subtitle, label,
                                                                   published)
    assert doc.to_text() == text.replace("\n\n\n", "\n\n")


@pytest.mark.parametrize("title", ["Bridge closed\x0f to lorries", "Bridge closed\x85 to lorries"])
def test_a_records_title_repaired_replays(title: str) -> None:
    # Read now, a record's title with a control character is repaired as a field (no line):
    # the replay check takes such a fix for what it is.
    page = ('[{"content_title": "' + title + '", "content_body": "<p>The council voted on '
            'Tuesday.</p>"}]')
    doc = clean(page)
    assert doc.title is not None and doc.title.startswith("Bridge closed")
    assert replay(page, doc) == list(doc.body)
    assert not lost_words(page, doc)


def test_a_record_with_a_control_character_is_read_on_the_first_clean() -> None:
    # Class 3 of the fuzzer: a raw control character in a string of the record cut it there
    # for the strict JSON decoder; repair_mojibake then removed it, and the second clean read
    # the record the first had left as text.
    page = ('[{"content_title": "Bridge closed to lorries", "content_summary": "Cracks\x0f found'
            '", "content_body": "<p>The council voted on Tuesday.</p><p>Repairs take months.</p>"}]'
            )
    doc = clean(page)
    assert (doc.title, doc.subtitle) == ("Bridge closed to lorries", "Cracks found")
    assert doc.body == ("The council voted on Tuesday.", "Repairs take months.")
    assert clean(doc.to_text()).to_text() == doc.to_text()


LEAD = ("VALLEYTOWN, Ore. (AP) - The council voted on Tuesday to close the old bridge to "
        "lorries after engineers found cracks.")


@pytest.mark.parametrize(("page", "subtitle", "lead"), [
    # The lead opened by a dateline under the headline, a copy of it further down: the lead is
    # no dek (read as one, the paragraph under it went as a header line on the second clean).
    ("Bridge closed to lorries\n\n" + LEAD + "\n\nRepairs are expected to take the summer.\n\n"
     + LEAD + "\n", None, LEAD),
    ("Bridge closed to lorries\nEngineers found cracks\n\n" + LEAD + "\n\n" + LEAD + "\n",
     "Engineers found cracks", LEAD),
    # The paragraphs between the headline and a dateline lead three lines below are a caption
    # or a promo, all of them (read again, the lead is nearer); chrome among them does not
    # count (it goes: the second clean would find the lead closer).
    ("Bridge closed to lorries\n\nThe council met.\n\nAlalam Syria\n\nRepairs take the "
     "summer.\n\nShops stay open.\n\n" + LEAD + "\n", "The council met.", LEAD),
    ("Bridge closed to lorries\n\nThe council met.\n\nRepairs take the summer.\n\nShops stay "
     "open.\n\nSchools too.\n\n" + LEAD + "\n", None, "The council met."),
])
def test_a_lead_opened_by_a_dateline_is_the_lead(page: str, subtitle: str | None,
                                                 lead: str) -> None:
    doc = clean(page)
    assert (doc.subtitle, doc.body[0]) == (subtitle, lead)
    assert clean(doc.to_text()).to_text() == doc.to_text()


@pytest.mark.parametrize(("page", "title", "lead"), [
    # A cut-off page whose last line, a long lead with no full stop, stands right under a site
    # line: read as a headline's second line, nothing was below and every line was text; written
    # one paragraph a line, the second clean found the lead. With nothing below, it is the lead.
    ("Bridge closed to lorries after cracks\n\nShare this\nThe Valley Gazette\nThe council "
     "voted on Tuesday to close the old bridge to lorries after engineers found cracks in",
     "Bridge closed to lorries after cracks", "The council voted"),
    ("Bridge closed to lorries\n\nValley Gazette\n" + LEAD.rstrip(".") + "\n" + LEAD.rstrip("."),
     "Bridge closed to lorries", "VALLEYTOWN"),
])
def test_a_long_line_over_nothing_is_the_lead_of_a_cut_off_page(page: str, title: str,
                                                                 lead: str) -> None:
    doc = clean(page)
    assert doc.title == title
    assert doc.body[0].startswith(lead)
    assert clean(doc.to_text()).to_text() == doc.to_text()


@pytest.mark.parametrize(("record", "title", "subtitle"), [
    # A record's title the header does not read as a headline (a sentence): the title all the
    # same, its line not left in the body too (the second clean dropped the copy).
    ('{"title": "The council closed the old bridge to lorries after engineers found cracks.", '
     '"content": "<p>Repairs are expected to take most of the summer.</p>"}',
     "The council closed the old bridge to lorries after engineers found cracks.", None),
    # A dek longer than any the header reads: the lead, not a subtitle kept twice.
    ('{"title": "Bridge closed to lorries", "summary": "' + "Engineers found cracks. " * 12
     + '", "content": "<p>Repairs are expected to take most of the summer.</p>"}',
     "Bridge closed to lorries", None),
])
def test_a_records_title_and_dek_are_written_once(record: str, title: str,
                                                  subtitle: str | None) -> None:
    doc = clean(record)
    assert (doc.title, doc.subtitle) == (title, subtitle)
    assert title not in doc.body
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_record_written_twice_is_read_once() -> None:
    # A cut-off record on a line of its own, the line repeated: the copies spoilt the decoding
    # and went as repeated lead paragraphs, so the second clean read the record.
    line = ('[{"content_title": "Bridge closed to lorries", "content_body": "<p>The council '
            'voted on Tuesday.</p><p>Repairs are expected to take')
    doc = clean(f"{line}\n{line}\n")
    assert doc.title == "Bridge closed to lorries"
    assert doc.body == ("The council voted on Tuesday.", "Repairs are expected to take")
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_dek_above_many_chrome_lines_and_the_date_is_a_dek() -> None:
    # More than three desk codes between a dek and the date line: they go anyway, and the second
    # clean, without them, read the dek above the date.
    dek = "Engineers found cracks in two of its piers, the council said."
    page = "Bridge closed to lorries\n\n" + dek + "\n" + "SHI/SHI\n" * 5 \
        + "Tue Jul 5, 2016 13:28:23\n\n" + BODY
    doc = clean(page)
    assert (doc.subtitle, doc.published) == (dek, "2016-07-05T13:28:23")
    assert clean(doc.to_text()).to_text() == doc.to_text()


PROMO = "VIDEO: Engineers show the cracks they found in two of the old bridge's piers on Monday"


@pytest.mark.parametrize("page", [
    "Bridge closed to lorries\n" + PROMO + "\n\n" + BODY,
    # Class 2 of the fuzzer: a kicker above a repeated headline is written under it as the
    # subtitle; read back, "VIDEO:" is a label, not the dateline of a lead.
    PROMO + "\n\nBridge closed to lorries\n\nBridge closed to lorries\n\n" + BODY,
])
def test_a_label_is_no_dateline(page: str) -> None:
    doc = clean(page)
    assert (doc.title, doc.subtitle) == ("Bridge closed to lorries", PROMO)
    assert doc.body[0].startswith("The council voted")
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_page_of_header_lines_over_nothing_is_read_as_written() -> None:
    # Every line title-like, the third read as the headline's wrapped second half (a lower-case
    # start right under it), so nothing was below and all was text; written one paragraph a
    # line, the second clean found the headline. Read as written, the first finds it too.
    page = ("Army Clears the Old Town Before the Rains\n\nArmy Clears the Old Town Before the "
            "Rains\nrains are due on Friday\n\nThe army said\n")
    doc = clean(page)
    assert doc.title == "Army Clears the Old Town Before the Rains"
    assert clean(doc.to_text()).to_text() == doc.to_text()


@pytest.mark.parametrize(("page", "title", "lead"), [
    # An orphan comma on the first line of content: read with it, the line was no title (and
    # the date under it stayed in the body); the second clean, without it, read a headline.
    ("SHI/SHI\n, Bridge closed to lorries after cracks found\n\nTue Jul 5, 2016 13:28:23\n\n"
     + BODY, "Bridge closed to lorries after cracks found", "The council voted"),
    # An image's alt text glued to a short line under the headline: without it, the line reads
    # as header, not as the lead.
    ("Bridge closed to lorries\n\n\nold-bridgeThe bri\nge is closed to lorries from Monday "
     "after engineers found cracks.\n\nRepairs take the summer.\n", "Bridge closed to lorries",
     "ge is closed"),
])
def test_lead_debris_goes_before_the_line_is_read(page: str, title: str, lead: str) -> None:
    doc = clean(page)
    assert doc.title == title
    assert doc.body[0].startswith(lead)
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_copy_of_a_paragraph_does_not_keep_a_dateline_lead_out_of_reach() -> None:
    # The copy goes as a repeated lead paragraph: the second clean found the lead nearer.
    promo = "Unlimited access to all our stories for as low as $1 a month."
    page = ("Bridge closed to lorries\n\n" + promo + "\n" + promo + "\nRead It Today\n"
            "A photo of the bridge from the river bank, taken on Monday morning.\n\n" + LEAD
            + "\n\nRepairs take the summer.\n")
    doc = clean(page)
    assert doc.body[0] == LEAD
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_debris_where_a_dek_would_stand_leaves_the_dek_its_place() -> None:
    # A lower-case line under the headline (a CMS user's avatar) goes; the dek under it is the
    # dek, and the date under that the date (the second clean, without the debris, read so).
    page = ("Bridge closed to lorries after cracks\nadmin Avatar\n\nEngineers found cracks in two "
            "of its piers, the council said.\n\nJune 3, 2019\n\n" + BODY)
    doc = clean(page)
    assert (doc.subtitle, doc.published) == (
        "Engineers found cracks in two of its piers, the council said.", "2019-06-03")
    assert clean(doc.to_text()).to_text() == doc.to_text()


@pytest.mark.parametrize(("dek", "repaired"), [
    ("Cracks found\x84 in two piers", "Cracks found„ in two piers"),
    ("Cracks foundâ€™s in two piers", "Cracks found’s in two piers"),
])
def test_a_records_dek_is_repaired_with_its_line(dek: str, repaired: str) -> None:
    # The dek's line in the text was repaired, the subtitle field was not: written out, the
    # second clean read the repaired line.
    more = " Engineers say the repairs take the summer." * 6  # longer than a dek the header reads
    page = ('{"title": "Bridge closed to lorries", "summary": "' + dek + more + '", "content": '
            '"<p>The council voted on Tuesday to close the old bridge to lorries.</p>"}')
    doc = clean(page)
    assert doc.subtitle in (None, repaired + more)
    assert (doc.subtitle or doc.body[0]).startswith(repaired)
    assert clean(doc.to_text()).to_text() == doc.to_text()
    assert replay(page, doc) == list(doc.body)


def test_a_header_over_nothing_with_no_date_to_show_is_text() -> None:
    # Only a site's date widget: no date is written, so the header over nothing is the text (as
    # the next clean, seeing no date, would read it), not a title and subtitle over no body.
    page = ("VALLEY GAZETTE\n\nToday's Paper | May 09, 2024\n\nMore suspects in custody\n\n"
            "Police took more than 30 suspects into custody after the robbery on")
    doc = clean(page)
    assert doc.published is None
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_pasted_line_under_the_headline_is_no_lead() -> None:
    # A caption pasted again and again goes as a gallery block; taken for the lead, it kept the
    # date under it in the body, and the second clean, without it, read the date.
    page = ("Bridge closed to lorries\n" + "Old bridge seen from the river." * 19
            + "\nJuly 5, 2016\n\n" + BODY)
    doc = clean(page)
    assert doc.published == "2016-07-05"
    assert doc.body[0].startswith("The council voted")
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_lead_followed_by_a_date_keeps_the_title_at_the_end_out() -> None:
    # The page opens with a paragraph the date follows (a dek once a title stands above it) and
    # ends with a headline-shaped line: moved to the top, the title made the second clean read
    # the paragraph as the dek and the date as the date. No title at the end then.
    page = ("Engineers found cracks in two of the old bridge's piers, the council said on "
            "Monday.\n\nWed Sep 30, 2015 14:18:11\n\n" + BODY
            + "Repairs take the summer.\nBridge closed to lorries after cracks found\n")
    doc = clean(page)
    assert doc.title is None
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_dateline_lead_far_below_a_run_of_chrome_is_still_in_reach() -> None:
    page = ("Bridge closed to lorries\nThe council met.\n" + "SHI/SHI\n" * 100 + "\n" + LEAD
            + "\n\nRepairs take the summer.\n")
    doc = clean(page)
    assert doc.body[0] == LEAD
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_glyph_a_byline_split_bares_goes_with_it() -> None:
    # "By X: × Title": the split left the title opening with a widget glyph, which the second
    # clean, reading the title line, took off.
    doc = clean("By Jane Doe: × Bridge closed to lorries\n\nJuly 5, 2016\n\n" + BODY)
    assert doc.title == "Bridge closed to lorries"
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_dateline_repeated_above_the_lead_is_a_dateline() -> None:
    # "TOKYO" three times above the lead: read as a repeated headline, it was the title; written
    # once above the lead, the second clean read it as the lead's dateline.
    doc = clean("TOKYO\nTOKYO\nTOKYO\n" + BODY)
    assert doc.title is None
    assert doc.body[0].startswith("The council voted")
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_date_between_chrome_over_nothing_is_not_kept_as_text() -> None:
    # A date line between two chrome lines is a widget by its neighbours; read as text (no date
    # shown), it stayed, and the second clean, the chrome gone, read it as the date.
    page = "Bridge closed to lorries\n\n1 Min Read\n\nWed Jan 20, 2016\n\n1 Min Read\n"
    doc = clean(page)
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_chrome_between_a_dateline_and_the_lead_does_not_hide_it() -> None:
    # "Watch Video" between them goes anyway: the second clean read the dateline above the lead.
    page = "Bridge closed to lorries\n\nVALLEYTOWN.\n\nWatch Video\n\n" + BODY
    doc = clean(page)
    assert doc.body[0].startswith("The council voted")
    assert clean(doc.to_text()).to_text() == doc.to_text()


# --- shapes the metamorphic bench (bench/metamorphic.py) found fragile ------------------------

LONG_HEADLINE = ("Valley council closes the old river bridge to lorries after engineers find "
                 "cracks in two piers")


@pytest.mark.parametrize("chrome", [
    "The Valley Herald",  # a masthead: capitalised words and a newspaper's noun
    "Home | World | Business | Sport | Opinion",  # a menu
])
def test_a_long_headline_under_a_masthead_or_a_menu_is_the_headline(chrome: str) -> None:
    doc = clean(f"{chrome}\n\n{LONG_HEADLINE}\n\n" + BODY)
    assert doc.title == LONG_HEADLINE
    assert doc.body[0].startswith("The council voted")
    assert any(fix.before == chrome for fix in doc.fixes)  # the chrome is recorded, not lost
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_masthead_over_a_date_is_no_headline() -> None:
    doc = clean("The Valley Herald\n\nMarch 4, 2024\n\n" + BODY)
    assert doc.title is None
    assert doc.published == "2024-03-04"


def test_a_share_row_between_the_headline_and_the_date_keeps_the_headline() -> None:
    doc = clean("NewsLocal News\n\nBridge closed to lorries\nShare on Facebook\n\n"
                "Posted at 2:16 PM, Nov 22, 2017\n\nThe closure follows an inspection in May\n\n"
                + BODY)
    assert doc.title == "Bridge closed to lorries"
    assert doc.published == "2017-11-22T14:16:00"


def test_a_headline_at_the_end_under_chrome_at_the_top() -> None:
    lead = ("The council voted on Tuesday to close the old bridge to lorries after engineers "
            "found cracks in two of its piers.")
    doc = clean(f"The Valley Herald\n\n{lead}\nRepairs are expected to take most of the summer."
                "\n- REUTERS\nBridge closed to lorries\n")
    assert doc.title == "Bridge closed to lorries"
    assert doc.body[0] == lead


def test_a_date_between_share_rows_is_the_articles_not_a_widget() -> None:
    doc = clean("Bridge closed to lorries\nShare on Facebook\n\nMay 25, 2019\n  • Share on X\n\n"
                + BODY)
    assert doc.published == "2019-05-25"


@pytest.mark.parametrize("line", ['Burton said, "I love cats!"', "The Mayor Speaks Out"])
def test_a_title_like_last_line_under_the_date_is_the_text(line: str) -> None:
    doc = clean(f"Army Retakes Town\n\nWed Jan 20, 2016 22:31:33\n\n{line}\n")
    assert (doc.title, doc.body) == ("Army Retakes Town", (line,))
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_kicker_repeated_on_the_page_is_no_subtitle() -> None:
    # A kicker over the repeated headline, and again at the end: written as the subtitle with
    # its copy below, the second clean read it as no dek (a repeated line) and removed it.
    kicker, head = "Valley farmers return", "Bridge closed to lorries after cracks"
    page = (kicker + "\n" + head + "\n" + head + "\n\n" + BODY + "\n"
            + kicker + "\n")
    doc = clean(page)
    assert (doc.title, doc.subtitle) == (head, None)
    assert doc.body[-1] == kicker
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_dek_over_no_article_is_read_as_it_will_be_written() -> None:
    # Debris under a site name, a date, a headline and one line right under it (a dek): no
    # article below, so the deks were the article, the date kept in the text among them.
    # Written one paragraph a line, the second clean read the date and the headline. Read as
    # it will be written, the first does too.
    page = ("Gazette\nadmin Avatar\nJuly 5, 2016\nBridge closed to lorries\n"
            "Repairs take the summer.")
    doc = clean(page)
    assert (doc.title, doc.published) == ("Bridge closed to lorries", "2016-07-05")
    assert doc.body == ("Repairs take the summer.",)
    assert clean(doc.to_text()).to_text() == doc.to_text()
    assert replay(page, doc) == list(doc.body)


@pytest.mark.parametrize("page", [
    "× array(2) {\n",
    "Bridge closed to lorries\n\n, array(2) {\n\n" + BODY,
])
def test_what_would_bare_a_dump_start_stays(page: str) -> None:
    # A widget glyph or an orphan comma in front of "array(2) {": taken off, it left a dump
    # start, which the second clean's strip_var_dump cut out of the text.
    doc = clean(page)
    assert "array(2) {" in doc.to_text()
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_line_the_header_rewrites_is_repaired_as_repair_mojibake_would() -> None:
    # Lead debris (an orphan comma) taken off bared mojibake that the second clean, reading
    # the line alone, repaired: the rewritten line is repaired as repair_mojibake repairs one.
    page = "Bridge closed to lorries\n\n, Ã la carte menus return to the valley.\n\nRepairs.\n"
    doc = clean(page)
    assert doc.body[0] == "à la carte menus return to the valley."
    assert clean(doc.to_text()).to_text() == doc.to_text()
    assert replay(page, doc) == list(doc.body)


def test_debris_over_a_crawler_prefix_stays() -> None:
    # ", date 2015-03-04 …": the comma taken off as lead debris bared the crawler's prefix,
    # which the second clean read as one.
    page = ", date 2015-03-04 Bridge closed to lorries\n\n" + BODY
    doc = clean(page)
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_copy_right_under_a_line_does_not_hide_the_date_below() -> None:
    # A dek pasted twice above the date: the copy stood between them, so the first clean read
    # no dek (nothing of the header after it) and kept the date in the text; the copy gone as
    # a repeated lead, the second clean read the dek above the date.
    dek = "The council voted on Tuesday to close the old bridge to lorries."
    page = "Gazette\n\n" + dek + "\n" + dek + "\nJuly 5, 2016\n\nRepairs take the summer.\n"
    doc = clean(page)
    assert (doc.subtitle, doc.published) == (dek, "2016-07-05")
    assert clean(doc.to_text()).to_text() == doc.to_text()
    assert replay(page, doc) == list(doc.body)


def test_a_gallery_block_under_a_dek_does_not_hide_the_date_below() -> None:
    # The gallery block goes (strip_furniture); between the dek and the date it kept the date
    # in the text, and the second clean, without it, read the dek above the date.
    page = ("Gazette\n\nThe council voted.\n" + "Old bridge seen from the river." * 19
            + "\nJuly 5, 2016\n\nRepairs take the summer.\n")
    doc = clean(page)
    assert (doc.subtitle, doc.published) == ("The council voted.", "2016-07-05")
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_a_letter_bullet_under_the_headline_is_a_dek_not_debris() -> None:
    # "n Irregularities …" (a Wingdings bullet shown as the letter n) read as lower-case debris
    # where a dek stands: removed, or kept in the text on one clean and removed on the next.
    # (As the subtitle it goes without its bullet, as any bulleted dek does.)
    dek = "n Irregularities in allotment of 15 booths alleged"
    for page in ("Bridge closed to lorries\n" + dek + "\n\n" + BODY,
                 "A\n" + dek + "\nThe council met"):
        doc = clean(page)
        assert dek.removeprefix("n ") in doc.to_text()
        assert clean(doc.to_text()).to_text() == doc.to_text()


def test_the_last_related_link_is_no_headline_at_the_end() -> None:
    lead = ("The council voted on Tuesday to close the old bridge to lorries after engineers "
            "found cracks in two of its piers.")
    doc = clean(f"{lead}\n\nRepairs are expected to take most of the summer.\n\n"
                "Related Stories\nCouncil approves the new river crossing\n"
                "Floods close the coast road again\n")
    assert doc.title is None
    assert doc.body == (lead, "Repairs are expected to take most of the summer.")


@pytest.mark.parametrize("top", ["", "16 August 2018\n\n"])
def test_a_longer_dek_right_under_the_headline_does_not_take_its_place(top: str) -> None:
    head = "Police arrest two reporters in Mombasa"
    dek = "The two were filming a hotel built on the beach without a permit"
    doc = clean(f"{top}{head}\n{dek}\n\nBy Jane Doe\n\n" + BODY)
    assert (doc.title, doc.subtitle, doc.authors) == (head, dek, ("Jane Doe",))


def test_a_header_block_of_capitalised_lines_is_no_hard_wrap() -> None:
    from cleaner.document import Draft
    from cleaner.passes.join_hard_wraps import join_hard_wraps

    block = ("Fire destroys warehouse near the pond\nEngineers found cracks in two old piers\n"
             "Fire destroys warehouse near the pond\n")
    assert join_hard_wraps(Draft(block)).text == block


def test_a_lead_opened_by_a_dateline_with_its_date_is_the_lead() -> None:
    lead = ("KUALA LUMPUR, March 4 (AP) -- The court ruled on Tuesday that the old bridge must "
            "close to lorries until its piers are repaired.")
    doc = clean(f"Court closes bridge to lorries\n\nPhoto: Jane Doe/Reuters\n\n{lead}\n\n"
                "Repairs are expected to take most of the summer.\n")
    assert doc.title == "Court closes bridge to lorries"
    assert doc.body[0] == lead and "AP" in doc.credits


def test_a_title_copy_above_a_repeated_lead_at_the_end_goes() -> None:
    # The page ends with the headline and the lead again: the lead's copy goes (a repeated lead
    # paragraph), which left the headline's copy ending the page for the second clean to drop.
    lead = BODY.split("\n")[0]
    page = "Bridge closed to lorries\n\n" + BODY + "\nBridge closed to lorries\n\n" + lead + "\n"
    doc = clean(page)
    assert doc.body == tuple(line for line in BODY.split("\n") if line)
    assert clean(doc.to_text()).to_text() == doc.to_text()
    assert replay(page, doc) == list(doc.body)


@pytest.mark.parametrize("mark", ["-", "”", "- =>"])
def test_a_stray_symbol_under_the_headline_is_no_dek(mark: str) -> None:
    # Written as the subtitle under the title with the body below gone (related links), the
    # second clean read the two lines as text.
    plan = read_header("Bridge closed to lorries\n" + mark + "\n\nThe council met on Tuesday.\n")
    assert (plan.title, plan.subtitle) == ("Bridge closed to lorries", None)


def test_a_lead_above_a_dateline_lead_keeps_the_title_at_the_end_out() -> None:
    # Moved to the top, the headline at the end made the second clean read the first paragraph
    # as a promo above the lead opened by a dateline (VALLEYTOWN: …), and drop it from the body.
    page = ("The council met on Tuesday to talk about the old bridge over the river.\n\n"
            "VALLEYTOWN: The council voted on Tuesday to close the old bridge to lorries after "
            "engineers found cracks.\n\nRepairs take the summer.\n"
            "Bridge closed to lorries after cracks found\n")
    doc = clean(page)
    assert doc.title is None
    assert clean(doc.to_text()).to_text() == doc.to_text()


def _reads_back(page: str) -> None:
    doc = clean(page)
    assert clean(doc.to_text()).to_text() == doc.to_text()
    assert not lost_words(page, doc)
    assert replay(page, doc) == list(doc.body)


@pytest.mark.parametrize("desk", ["Tribune News Service", "Reuters Staff", "F.P. Report"])
def test_a_desk_line_repeated_on_the_page_is_no_headline(desk: str) -> None:
    # Fuzz seed 23: a byline block pasted twice made the desk line the page's most repeated
    # title-like line; a desk or an agency named alone is a byline, never the headline.
    page = ("Bridge closed to lorries\nJane Doe\n" + desk + "\n\n" + BODY + "\n\nJane Doe\n"
            + desk + "\n\n" + BODY.replace("Tuesday", "Monday") + "\n")
    doc = clean(page)
    assert doc.title != desk
    _reads_back(page)


def test_a_short_headline_with_its_dek_stays_the_headline_over_a_long_line() -> None:
    # Two words and a dek under them, then a long title-like line (a cut-off paragraph): the
    # two words are the headline (they have a dek), not a site name above a longer headline.
    # (the cleaner's own format: "Title⏎Subtitle⏎⏎Body", the body cut off)
    dek = ("The council voted on Tuesday to close the old bridge to lorries after engineers "
           "found cracks in two of its piers.")
    page = ("Valley Floods\n" + dek + "\n\nIn a fresh report the engineers said the other "
            "piers of the bridge were in good\n")
    doc = clean(page)
    assert (doc.title, doc.subtitle) == ("Valley Floods", dek)
    _reads_back(page)


def test_title_and_subtitle_over_a_thin_page_read_back_as_written() -> None:
    # Fuzz seed 23: "Title⏎Subtitle⏎⏎" over nothing but fragments and a date. Read with its
    # lines apart, the longer subtitle scored as the headline and the two changed places.
    page = ("Army Clears the Old Town Before the Rains\n\nArmy Clears the OlSHI/SHI\n"
            "Army Clears the OlSHI/SHI\nthe Rains\nTue Jul 5, 2016 13:28:23\n\n"
            "The army said the operation was finished on\n")
    _reads_back(page)


def test_copies_of_the_dek_under_a_title_like_line_go_with_the_dek() -> None:
    # Fuzz seed 23: "Title⏎⏎Dek⏎⏎Cut-off line⏎Dek" — the cut-off title-like line goes with the
    # header, so the copy of the dek stands right under it for the next clean, which drops it.
    dek = "A commercial warehouse was destroyed by a fire on Sunday morning."
    page = ("Fire destroys warehouse near the pond\nFire destroys warehouse near the pond\n\n"
            + dek + "\nCrews responded to a call around 2:15 a.m. Sunday. (Jane Roe/CBC)\n\n"
            "A warehouse near the pond has\n" + dek + "\nCrews were called out at 2:15 a.m.\n\n"
            + BODY + "\n")
    doc = clean(page)
    assert doc.subtitle == dek
    _reads_back(page)


def test_a_desk_code_cut_short_is_no_headline_over_the_real_one() -> None:
    # Fuzz seed 24: desk codes cut by the scrape ("NJF", "NJF/") among their whole copies:
    # one word, even repeated, and a one-word line inside another is no "HTML title" holding
    # the headline.
    codes = "NJF/NJF\n" * 3
    page = (codes + "NJF\n" + codes + "NJF\n" + codes + "NJF/\n" + codes
            + "Bridge closed to lorries after cracks are found\n\nLAHORE: " + BODY + "\n")
    doc = clean(page)
    assert doc.title == "Bridge closed to lorries after cracks are found"
    _reads_back(page)


def test_a_name_over_a_desk_line_is_the_byline_even_repeated() -> None:
    # Fuzz seed 24: the byline block "Name⏎Desk" pasted twice made the name the page's most
    # repeated title-like line; right above a desk line, a name is a byline.
    page = ("Bridge closed to lorries\n\nJane Doe\nTribune News Service\n\nJane Doe\n"
            "Tribune News Service\n\n" + BODY + "\n")
    doc = clean(page)
    assert doc.title == "Bridge closed to lorries"
    assert doc.authors == ("Jane Doe",)
    _reads_back(page)



def test_a_dated_dateline_repeated_on_the_page_is_no_headline() -> None:
    # Fuzz seed 23: a byline block with its "CITY, June 3" pasted twice; the dateline was the
    # page's most repeated title-like line and became the headline.
    page = ("Jane Doe\nTribune News Service\n\nLeeds, June 3\nIn a devs in the town\nJane Doe\n"
            "Tribune News Service\n\nLeeds, June 3\n" + BODY + "\n")
    doc = clean(page)
    assert doc.title != "Leeds, June 3"
    _reads_back(page)


def test_a_title_over_a_fragment_and_a_date_is_read_with_its_lines_apart() -> None:
    # Fuzz seeds 24 and 25: "Title⏎fragment⏎⏎Date⏎⏎Line⏎fragment" over nothing is read with
    # its lines apart, as it will be written; only a swap of title and subtitle is refused.
    page = ("Army Clears t5=x\nhe Old Town\n\nTue Jul 5, 2016 13:28:23\n\n"
            "The army said the operatarray(2) {\nion was finished.\n\nA")
    _reads_back(page)


@pytest.mark.parametrize("chrome", ["SHI/SHI", "Share on Facebook", "Advertisement", "int("])
def test_a_crawler_prefix_under_chrome_is_read_on_the_first_clean(chrome: str) -> None:
    # Fuzz seed 25: a desk code above the crawler's " date 2020-02-06 …" line; the prefix was
    # read on the first line only, so the second clean, without the desk code, read it.
    page = (f"{chrome}\n date 2020-02-06 \u00d7 Warehouse goes up in flames in North Memphis\n\n"
            "MEMPHIS, Tenn. \u2014 Firefighters battled a warehouse fire in North Memphis "
            "overnight, the fire department said.\n")
    doc = clean(page)
    assert doc.published == "2020-02-06"
    assert doc.title == "Warehouse goes up in flames in North Memphis"
    _holds_invariants(page, doc)


@pytest.mark.parametrize("dump", ['string(12) "' * 50, 'array(2) {\n  [0]=>\n  int(1)\n'])
def test_a_crawler_prefix_that_would_bare_a_dump_stays(dump: str) -> None:
    # Fuzz seed 25: the crawler's prefix taken off bared a var_dump start; the next clean's
    # strip_var_dump, run first, cut it out of the line the first clean had left.
    page = (f" date 2017-06-23 {dump}Back to the front page\nBridge closed to lorries\n\n"
            "Transport desk\nJune 23, 17:20 UTC+3 LEEDS\nLEEDS, June 23. The council voted to "
            "close the old bridge to lorries.\n\nRepairs take the summer, the council said.\n\n"
            "Topics\nTransport Roads\nTOP STORIES\n")
    doc = clean(page)
    _holds_invariants(page, doc)


@pytest.mark.parametrize("line", ["[0]=>", "Markets close higher", "14:05"])
def test_a_full_window_with_no_body_under_a_title_pair_reads_the_same_twice(line: str) -> None:
    # Fuzz seed 25: 70 short lines under "Title⏎Dek⏎⏎" and no paragraph: the header was the
    # first nine lines of the window, so each clean took six more of them.
    page = "Army clears the old town\nSoldiers move in at dawn\n\n" + "\n".join([line] * 70) + "\n"
    doc = clean(page)
    assert doc.title == "Army clears the old town"
    _holds_invariants(page, doc)


@pytest.mark.parametrize("copies", [2, 3, 4])
def test_a_long_headline_pasted_over_and_over_reads_the_same_twice(copies: int) -> None:
    # Fuzz seed 25: a long headline three times and nothing else. The copy under it was the
    # lead, the last one skipped as the lead's repeat (which strip_furniture drops): once the
    # middle copy went as the title's repeat, the last stayed, and the next clean dropped it.
    title = "Old Militant Base Blows Up on Live Television After the Evacuation of the Town"
    page = "\n".join([title] * copies) + "\n"
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_fragment_under_the_title_does_not_keep_debris_on_the_lead() -> None:
    # Fuzz seed 25: a cut-off fragment (lower case) under the headline counted as the
    # paragraph read, so the alt text glued to the lead below stayed; the fragment went as a
    # header line, and the next clean took the alt text off the lead.
    page = ("Murder near city hall closes street\nvictim, described as a man who worked in the "
            "area, was found at a parking lot west of city hall.\n\nCrime scene tape is around "
            "the bus stop near there and Oak Street is closed from 10th to 12th streets\n"
            "city-hallThe street west of city hall is closed this morning as police "
            "investigate.\n\nA suspect is in custody after the shooting, police said.\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_date_the_reader_cannot_read_is_no_long_title_above_the_headline() -> None:
    # Fuzz seed 25: a garbled date line ("201’6") under a site name counted as a five-word
    # title, so the long headline below it was read as the lead; the date gone as a header
    # line, the next clean read the headline.
    stamp = "Sun Dec 18, 201\u20196 10:24:01"
    page = (f"Lrn Towns\n{stamp}\n\nThe first aid convoys reached the northern towns on the "
            f"flood relief effort as the waters fell\n{stamp}\n\nThe first aid convoys reached "
            "the northern towns on Sunday.\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_cut_dateline_lead_short_as_a_headline_does_not_end_the_captions() -> None:
    # Fuzz seed 24: a dateline lead cut to twelve words ("MANILA » …", a headline's length)
    # was the lead the lines above it were skipped for, but no lead itself; the paywall pitch
    # under it became the body start, and the next clean skipped it for the full lead.
    page = ("comscore Thousands flee approaching typhoon in the Philippines | The Island Daily\n"
            "Top News\n\nThousands flee approaching typhoon in the Philippines\n\nResidents wait"
            " in anticipation of the storm.\n\nMANILA \u00bb Hundreds of thousands of people "
            "across a wide stretchcut logo\nUnlimited access to premium stories for as low as "
            "$12.95 /mo.\nGet It Now\n    Houses stand empty in a coastal village as residents "
            "take shelter at evacuation centers.\n\nMANILA \u00bb Hundreds of thousands of people "
            "across a wide stretch of the Philippines sought refuge Friday in churches and schools."
            "\n\nAbout 50 provinces could be at risk from the typhoon, forecasters said.\n")
    doc = clean(page)
    _holds_invariants(page, doc)


@pytest.mark.parametrize("line", ["By AFP, Army Clears ,the Old Town", "VIDEO: iPhone sales soar"])
def test_a_split_that_leaves_a_lower_case_title_is_not_made(line: str) -> None:
    # Fuzz seed 25: "By AFP, Army Clears ,the Old Town" split into a byline and the title "the
    # Old Town", which no reading takes for a headline: written out, the next clean read it as
    # the first paragraph.
    page = f"{line}\n\nTue Jul 5, /x.php:1:\n" + "/x.php:1:\n" * 70
    doc = clean(page)
    assert doc.title is None or not doc.title[:1].islower()
    _holds_invariants(page, doc)


def test_a_first_line_above_a_date_widget_is_not_made_the_title() -> None:
    # Fuzz seed 26: a first line that reads as a paragraph, right above a date widget
    # ("8-05-20 Shares"), was made the title as over any date line; the widget gone as chrome,
    # the next clean saw no date under the line and read it as a paragraph.
    page = ("date 201array(2) {\n8-05-20 Shares\n\nNAIROBI, Kenya, May 20 \u2013 A woman was "
            "reported dead on Sunday after police fired at a car in the city park.\n\nThe police"
            " chief said the officers had been questioned.\n")
    doc = clean(page)
    _holds_invariants(page, doc)



@pytest.mark.parametrize("page", [
    # Fuzz seed 26: a share row's garbled copy read as the kicker of a long headline, nothing
    # under them and the date a widget: written "Title⏎Subtitle" with no meta line, the next
    # clean read a header over nothing as two lines of text.
    "ubamobile\n\naccess ad\n\nziva\n\nFri. May 16th, 2025\nSpread the love\nSpr\u00c3ead the love"
    "\n\nThe Governors Forum has called on the Federal Government to ignore the ongoing agitation"
    " for a state of emergency in some parts of the countr",
    # Fuzz seed 27: comment chrome under the headline, gone only after the header was read.
    "Inline Feedba [a] => cks\nView all commentsforms in an unprecedented incident robbed a "
    "house in Lahore.\n",
])
def test_a_headline_and_dek_over_nothing_without_a_meta_line_read_back_the_same(page: str
                                                                                 ) -> None:
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_title_and_subtitle_over_nothing_are_written_as_two_blocks() -> None:
    from dataclasses import replace as with_fields

    doc = with_fields(clean(""), title="Bridge closed", subtitle="Cracks found", body=())
    assert doc.to_text() == "Bridge closed\n\nCracks found\n"
    dated = with_fields(doc, published="2016-07-05")
    assert dated.to_text() == "Bridge closed\nCracks found\n2016-07-05\n"
    assert with_fields(doc, body=("Text.",)).to_text() == "Bridge closed\nCracks found\n\nText.\n"


def test_a_garbled_by_line_does_not_make_the_name_under_it_the_headline() -> None:
    # Fuzz seed 27: "By Jane Doe©!ä[[W" (no byline once garbled) held the author's name line
    # as an HTML title holds the headline, and the name, repeated on the author card, beat the
    # headline; written as the title, the next clean read the page another way.
    page = ("Valley Town News: Storm Forces Tent Dwellers to Evacuate\n\n"
            "By Jane Doe\u00a9!\u00e4[[W\nJane Doe\nJane Doe\nBreaking News Reporter\n"
            "Jane Doe is a breaking news reporter at "
            "The Valley Times based in New York.\nJuly 15, 2014\n\nResidents of the tent "
            "camp were moved to the school as the storm neared, officials said.\n\nThe storm is "
            "expected to reach the coast on Friday.\n")
    doc = clean(page)
    assert doc.title == "Valley Town News: Storm Forces Tent Dwellers to Evacuate"
    _holds_invariants(page, doc)


def test_a_copy_of_a_headline_wrapped_over_two_lines_is_its_repeat_not_its_dek() -> None:
    # Fuzz seed 28: the headline hard-wrapped at the top, its copy whole above the date: the
    # copy, no copy of the first half, was read as the dek, the title written twice.
    title = "Council Closes the Old Bridge to Lorries After Engineers Find Cracks"
    page = (title.replace(" After", "\nafter") + "\n\n" + title + "\nWed Jan 20, 2016 22:31:33\n\n"
            "The council voted on Tuesday to close the bridge, which carries the valley road.\n")
    doc = clean(page)
    assert (doc.title, doc.subtitle) == (title.replace(" After", " after"), None)
    _holds_invariants(page, doc)


def test_a_dek_with_a_copy_in_the_body_stays_in_the_body() -> None:
    # Fuzz seed 28: the lead pasted twice under the headline, a byline between: the first copy
    # was read as the dek, the second stayed as the lead; written out, the next clean read no
    # dek over the copy (a line repeated in the body is none).
    lead = "The army said the operation was finished on Tuesday."
    page = ("Army Clears the Old Town\n\nBy Leila Haddad and Omar Nasser, Reuters\n\n\n" + lead
            + "\n\nResidentddad and Omar Nasser, Reuters\n\n\n" + lead
            + "\n\nResidents returned to their homes.\n")
    doc = clean(page)
    assert doc.subtitle is None and doc.body[0] == lead
    _holds_invariants(page, doc)


def test_a_paywall_pitch_repeated_at_the_top_is_no_headline() -> None:
    # Fuzz seed 28: "To continue reading this article..." twice at the top of a cut page beat
    # the headline (a repeated line), and the next clean read the page another way.
    pitch = "To continue reading this article..."
    page = ("Shares in the technology giant are poised to rise after the three months ended f...\n"
            f"{pitch}\nJoin Investment Week for free\n- Sales were up 21% from a year earlier but "
            "lower than forecast, the company said on Tuesday in its report to the market.\n"
            f"{pitch}\n- Unlimited access to real-time news and opinion from the investment "
            "industry\n- Weekly members-only newsletter with exclusive opinion pieces\n")
    doc = clean(page)
    assert doc.title != pitch
    _holds_invariants(page, doc)


@pytest.mark.parametrize("junk", [">", "\u00a2"])
def test_a_stray_symbol_above_does_not_keep_debris_on_the_lead(junk: str) -> None:
    # Fuzz seed 30: a stray ">" near the top counted as the paragraph read, so the orphan
    # comma on a line below stayed; the symbol went as junk, and the next clean took the comma
    # off.
    page = (f"Lo\n\n{junk}\n\nading Video\u2026\n\nThis browser does not support the Video "
            "element.\n\nPolice chase a van through the valley\n, he said.\nA vaArray\n(\n"
            "n driver led officers on a long chase through three towns on Friday.\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_longer_title_like_line_above_the_headline_no_longer_counts() -> None:
    # A saved fuzz input: a crosshead repeated on the page beat the seven-word headline above it,
    # which went as a header line; but its seven words still counted as the headline's length,
    # so the long line under the crosshead was read as the lead. With the line gone, the next
    # clean read that line as the dek.
    crosshead = "'Harvest and hope'"
    page = ("Ann Lee: Growers must count their flood losses\n\n"
            "Ann Lee Ann Lee said growers sh the valley.\n\n"
            f"{crosshead}\n\n"
            "Mr Lee, the son of two growers, said the valley had lost more than half its crop\n\n"
            "Related Stories\n\n" + BODY + f"\n{crosshead}\n\nThe growers meet again in May.\n")
    doc = clean(page)
    assert doc.title == crosshead
    _holds_invariants(page, doc)


def test_a_dek_copied_all_down_a_full_window_stays_in_the_body() -> None:
    # A saved fuzz input: under the headline a dump fragment pasted sixty times filled the window;
    # the first copy, read as a dek with copies in the body (so no subtitle), ended a
    # "Title⏎Dek⏎⏎" block and went with the header, and the next clean, without it, read the
    # line after it as the dek.
    page = ("Army Clears the Old Town\n[0]=>\n\nArmy Clears t[0]=>\n" + "[0]=>\n" * 70)
    doc = clean(page)
    assert doc.subtitle is None
    _holds_invariants(page, doc)


def test_a_dek_with_a_copy_in_the_body_is_no_dek_where_the_body_starts() -> None:
    # A saved fuzz input: a list under a one-word first line was read as its dek, so the long
    # line under the list was the lead; the list has a copy in the body, so the plan keeps no
    # subtitle and the list went with the header, and the next clean, without it, read the
    # long line as the headline and the date under it.
    items = "– approved some draft texts ;\n– made a few appointments ;\n– ’and heard one report.\n"
    page = ("Ann\n" + items + "\nON THE MATTER OF LEGISLATIVE MEASURES AND RULESport of the "
            "Cabinet of Ministers of Wednesday, 10 March 2021\n\nShare :\n\nDate : 10 March 2021"
            "\n\n\n\n \n\nAfter a review of the points on its agenda, the Cabinet has :\n" + items
            + "\nON THE MATTER OF LEGISLATIVE MEASURES AND RULES\nON BEHALF OF THE MINISTRY OF "
            "FOREIGN AFFAIRS AND OF INTERNATIONAL COOPERATION\n\n" + BODY)
    doc = clean(page)
    # (the list's first item, the lead, without its bullet: kept, the next clean would read
    # a bulleted line right under the header as a dek)
    assert doc.body[0] == items.splitlines()[0].removeprefix("– ")
    _holds_invariants(page, doc)


def test_a_kicker_over_a_headline_with_a_dek_is_no_subtitle() -> None:
    # A fuzz input (seed 31): the line above the headline was made the subtitle and the dek
    # read under the headline went with the header; written as the subtitle under the title,
    # the kicker left the long line below to be read as the dek by the next clean.
    page = ("The Valley Will Host The Fair!\n• Welsh\n• French\n"
            "Sponsored by the Valley Growers Council\n\n"
            "Mayor Ann Lee leads a long walk through the Old Town\n"
            "Mayor Ann Lee leads a long is vital to making the valley one of the best places to "
            "live, she said.\n\nShe said it is the duty of everyone to keep walking each day of "
            "their livesWalk through the Old Town\n\nposted on 01/04/2015\n\n" + BODY)
    doc = clean(page)
    assert doc.subtitle is not None and not doc.subtitle.startswith("Sponsored")
    _holds_invariants(page, doc)


def test_a_stray_symbol_under_a_dateline_alone_does_not_hide_the_lead() -> None:
    # Fuzz seed 31: a ticker strip cut inside a row left a symbol's name alone ("CNERGY"),
    # a stray replacement character under it: the lead was not "right under" the dateline,
    # so the word was made the title; the next clean, without the character, read it as the
    # lead's dateline.
    page = ("ABCD 78.55 Decreased By ▼ -0.06 (-0.08%)\nEFG 4.77 Increased By ▲ 0.12 (2.58%)\n"
            "VALLEYCO\n\n\ufffd\n\n4.16 Increased By ▲ 0.13 (3.23%)\n"
            "HIJK 39.29 Increased By ▲ 2.81 (7.7%)\n\n" + BODY)
    doc = clean(page)
    assert doc.title is None
    _holds_invariants(page, doc)


def test_an_ad_slots_name_is_no_headline() -> None:
    # Fuzz seed 32: a lower-case word alone ("ubamobile", an ad slot's name) over date widgets
    # and junk was the only title-like line, so it was made the title; written on the first
    # line, the next clean took it off as junk above the text.
    page = ("adslotmobile\nWed Jan 20, 2016\naccess ad\n\nziva\n\nFri. May 16th, 2025\n"
            "Spread the love\n\n" + BODY)
    doc = clean(page)
    assert doc.title is None
    _holds_invariants(page, doc)


def test_a_dek_over_a_date_is_a_dek_whatever_the_body_repeats() -> None:
    # Fuzz seed 32: a dek over the date, with a copy further down: read as the lead (a dek with
    # a copy in the body is none), its copy went as the repeated lead and the date stayed in
    # the text; the next clean, the copy gone, read the dek over the date. Over a date the
    # header is written with its meta line, which reads back as the cleaner's own format.
    lead = ("Growers in the valley said on Friday that the flood had cost them more than half "
            "of this year's crop.")
    page = ("Valley Growers Count the Cost\n\nValley Growers Count the Cost of the Spring Flood"
            f"\n\n{lead}\n\nFri Apr 17, 2015 16:23:50\n\n" + BODY + f"\n{lead}\n")
    doc = clean(page)
    assert doc.published == "2015-04-17T16:23:50"
    _holds_invariants(page, doc)


def test_a_headline_under_a_garbled_date_is_no_bare_byline() -> None:
    # Fuzz seed 32: under a date cut past reading ("On the 6, 2009", title-like), the real
    # headline was read as a bare name line and went to authors; the next clean, with the
    # cut date alone above the lead, read the page another way.
    page = ("On the 6, 2009\n\nFlood Waters Rise Again\n\nHeavy rain has already been falling "
            "across parts of the valley for a long day's night...\n\nNo comments:y, and the "
            "weather service says there's a 90% chance the rain will go on through Friday\n")
    doc = clean(page)
    assert doc.authors == ()
    _holds_invariants(page, doc)


def test_staff_credits_pasted_twice_at_the_end_are_no_headline() -> None:
    # Fuzz seed 32: a page that opens with its lead and ends with its staff credits, pasted
    # twice: the credit line was made the title at the end, and the next clean, with it on
    # the first line, dropped its copy at the end as the title repeated.
    credits = "Reporting by Jane Doe; Writing by Ann Lee; Editing by Bo Chen"
    page = (BODY + "\nThe mayor said on Wednesday that she had never thought of quitting and "
            "was committed to the plan.\n\n" + f"{credits}\n{credits}\n\nLeave a Reply\n")
    doc = clean(page)
    assert doc.title is None
    _holds_invariants(page, doc)


def test_copies_of_the_title_over_a_comment_thread_end_the_page() -> None:
    # Fuzz seed 33: the headline's copies stood above "1 comment", which opens the comment
    # thread that goes to the end of the page: they stayed, and the next clean, the thread
    # gone, dropped them as the title repeated at the end.
    title = "Mayor Ann Lee gets lost in the valley"
    lead = ("According to the mayor's office, Ann Lee got lost on a walk over the weekend and had "
            "to call for help.")
    page = (f"{title}\n{title}\n\n1 comment\n\n{lead}\n{title}\n{title}\n\n1 comment\n\n"
            + BODY)
    doc = clean(page)
    assert title not in doc.body
    _holds_invariants(page, doc)


def test_related_links_between_do_not_keep_a_dateline_lead_out_of_reach() -> None:
    # Fuzz seed 33: under the headline, four lines stood between a fragment and a lead opened
    # by a dateline, two of them the links under "People are also reading…": too far, so the
    # fragment began the body; the links gone, the next clean found the lead within reach and
    # read the fragment as header.
    page = ("AP\n\nSecond flood in two days hits the valley townArray\n(\n,Array\n(\nArray\n"
            "d and a man was rescued after the river rose over the road where he was trying to "
            "drive.\n\nPeople are also reading…\n\nT(\ns in the county\n\n"
            "SALEM, Ore. (AP) — For the second straight day, the river flooded the valley town "
            "and crews rescued drivers from their cars.\n\n" + BODY)
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_dek_over_nothing_is_read_so_from_the_headline_down_too() -> None:
    # Fuzz seed 33: a header over nothing is read without deks (its lines are the text), but
    # the reading again from the headline down read the dek all the same, and the page was
    # left as text; the caption under the dek gone, the next clean read a headline over it.
    page = ("Barn burns near Mill Pond'. (Jane Roe/Valley News)\n\nA barns Pond\n"
            "Barn burns near the old Mill Pond\n\nA farm barn was destroyed by a fire on Sunday "
            "morning.\nCrews from the valley fire service answered a call about a barn fire "
            "around 2:15 a.m. Sunday. (Jane Roe/Valley News)\n\nA barn\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_date_widget_over_nothing_goes_and_the_header_is_text() -> None:
    # Fuzz seed 33: a date between desk codes (a widget by its neighbours) counted as a date
    # the text would show, so the lines over nothing were read as a header; the widget went,
    # no meta line was written, and the next clean read the header over nothing as text.
    page = ("The mayor tried to walk home when stopped by the rain\n"
            "Valley: The council found a cache of old mapsSHI/SHI\n" + "SHI/SHI\n" * 8
            + "SHIWed Jan 20, 2016 /SHI\n" + "SHI/SHI\n" * 5 + "SH")
    doc = clean(page)
    assert doc.published is None
    _holds_invariants(page, doc)


def test_a_date_cut_past_reading_is_no_headline_however_repeated() -> None:
    # A saved fuzz input: a date line garbled past reading ("201û6"), pasted twice, beat the
    # headline as the repeated line; the headline went as the subtitle, and the next clean,
    # the copy gone, read it as the lead.
    date = "Tue Dec 27, 201\u00fb^\u01926 09:46:34"
    page = ("BLAST MOMENT: Old Depot Blows Up on Live TV after Residents Return to the Valley\n\n"
            f"{date}\n\nMoment when the old depot blew up as residents were returning home, "
            f"filmed by a local TV crew.\n\n{date}\n\n" + BODY)
    doc = clean(page)
    assert doc.title is not None and doc.title.startswith("BLAST MOMENT")
    _holds_invariants(page, doc)


def test_a_copy_of_the_dek_under_it_with_debris_glued_goes_with_the_dek() -> None:
    # A saved fuzz input: the dek ("2015 14:18:11", a cut date) had a copy under it with an
    # orphan comma glued to it: no copy, so it began the body; the comma then went as lead
    # debris, and the next clean read a copy of the dek right under it, which goes with it.
    page = ("Talks Resume\n\nTalks resume in the valley townArray\n2015 14:18:11\n\n"
            "Talks resume in the valley townArray\n, 2015 14:18:11\n\n" + BODY)
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_desk_line_at_the_end_is_no_headline() -> None:
    # Fuzz seed 34: "Asked by report" (a desk's words: "… report") ended a page that opens
    # with its lead, so it was made the title at the end; on the first line, the next clean
    # read it as a desk line, no headline, and took it off.
    page = (BODY.replace("\n\n", "\n") + "Sent by report\n")
    doc = clean(page)
    assert doc.title is None
    _holds_invariants(page, doc)


def test_a_dek_whose_copy_is_in_a_paywall_tail_is_the_dek() -> None:
    # Fuzz seed 34: the dek's only copy stood in the paywall pitch that goes to the end of the
    # page: counted, the line began the body; the pitch gone, the next clean read the dek.
    dek = "Growers say the flood cost them half of this year's crop and most of their savings."
    page = ("Valley growers count the cost of the flood\n\n" + dek + "\nBy Jane Doe\n\n" + BODY
            + "\nTo continue reading this article...\n" + dek + "\n- Unlimited access to news\n")
    doc = clean(page)
    assert doc.subtitle == dek
    _holds_invariants(page, doc)


def test_a_long_second_line_under_the_headline_is_the_dek_the_body_counts() -> None:
    # Fuzz seed 34: a long bulleted line under the headline (a paywall pitch between, which
    # goes) was the dek; written right under the title, the next clean read it as the
    # headline's second line, so the bulleted line under it was still free to be the dek.
    # Counted as the dek there too, the line under it begins the body.
    page = ("Shares in the valley's biggest grower are poised to fall after a poor harvest "
            "update\nJoin Investment Week for free\n- Unlimited access to real-time news, "
            "analysis and opinion from the farm industry, including the weekly market hub\n"
            "- Get ahead of the market.\n\n" + BODY)
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_bulleted_dek_is_the_subtitle_without_its_bullet() -> None:
    page = ("Valley grower's shares drop 14% after a poor harvest\n"
            "- Net income for the grower was $6 million for its first quarter\n\n" + BODY)
    doc = clean(page)
    assert doc.subtitle == "Net income for the grower was $6 million for its first quarter"
    _holds_invariants(page, doc)


def test_a_date_cut_past_reading_at_the_end_is_no_headline() -> None:
    # Fuzz seed 35: "Tue Jul 5, 201" (a date the scrape cut) ended a page that opens with its
    # lead: made the title at the end; on the first line the next clean took it off.
    page = BODY.replace("\n\n", "\n") + "Tue Jul 5, 201\n"
    doc = clean(page)
    assert doc.title is None
    _holds_invariants(page, doc)


def test_a_header_byline_pasted_again_under_the_lead_goes_as_a_repeat() -> None:
    # Fuzz seed 36: the header block pasted twice (title, byline, lead): the lead's copy went
    # as the repeated lead, the byline's copy stayed under the lead, and the next clean read
    # the lead over a byline as the dek.
    title = "Valley: Police Hold Two Reporters at the Old Bridge"
    lead = ("Police in the valley are holding two reporters for filming the building of a hotel "
            "over the old bridge.")
    page = (f"The Valley Post (Valley)\n\n{title}\n\nThe Valley Post (Valley)\n\n{title}\n\n"
            f"By Jane Doe\n\n{lead}\n\nBy Jane Doe\n\n{lead}\n\n" + BODY)
    doc = clean(page)
    assert doc.authors == ("Jane Doe",) and "By Jane Doe" not in doc.body
    _holds_invariants(page, doc)


def test_a_fragment_under_a_dateline_alone_does_not_hide_the_lead() -> None:
    # Fuzz seeds 35 and 36: a headline cut to a dateline's shape ("HRW S") over a fragment cut
    # at its start, then the lead: the fragment stood between, so the short line was the
    # title and the fragment went with the header; the next clean read the line as the
    # lead's dateline.
    page = ("VALLEY C\n\nlams the Council's Plan for the Old Bridge\n\n"
            "SALEM (AP) – The Valley Rights Group condemned the council's plan to close the old "
            "bridge to lorries as a blow to the town's farmers.\n\n" + BODY)
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_copy_of_the_dek_with_alt_text_glued_is_a_copy() -> None:
    # Fuzz seed 36: the line under the headline had a copy below with an image's alt text
    # glued to it ("old-bridgeThe road …"): no copy as the page stood, so the line was made the
    # subtitle; the alt text went as lead debris, and the next clean read the line repeated in
    # the body, no dek. Copies are looked for among the lines as read, debris off.
    from cleaner.document import Options
    from cleaner.header import _Reader

    page = ("Lorry crash near the old bridge\n\nold-bridgeThe road west of the old bridge\n"
            "is closed.\nold-bridgeThe road west of the old bridge\nis closed.\n\n" + BODY)
    reader = _Reader(page, Options())
    reader.entries()
    assert reader.copied_below("The road west of the old bridge", 3)


def test_a_dateline_lead_ends_the_reading_of_lead_debris() -> None:
    # Fuzz seed 36: under a lead opened by a dateline (a long title-like line, "SALEM » …"),
    # a paragraph opening with an orphan comma kept it when a paragraph of the header (which
    # goes) stood above, and lost it when none did: the next clean, without that paragraph,
    # took the comma off.
    page = ("comscore Thousands flee the flood in the valley | The Valley Star\nTop News\n\n"
            "Thousands flee the flood in the valley\n\nThe Valley Star logo\n"
            "Unlimited access to premium stories for as low as $12.95 /mo.\nGet It Now\n"
            "Empty houses were seen in the river village of Oak Bend, Lane county, as residents "
            "took shelter in the school ahead of the flood.\n\n"
            "SALEM » Thousands of people across a wide stretch of the valley sought refuge "
            "Friday in churches}\n, schools and other shelters as the river rose again.\n\n"
            + BODY)
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_line_under_the_headline_repeated_only_in_a_paywall_tail_is_the_dek() -> None:
    # Fuzz seed 37: the long line right under the headline, counted as its dek, had its only
    # copy in the paywall pitch that goes to the end of the page: "repeated", it was no
    # subtitle and went with the header; the next clean read the line under it as the dek.
    perk = "- Important and breaking news stories chosen by the editors and sent to your inbox"
    page = ("Valley grower's shares poised to fall\n" + perk + "\n- Weekly members-only "
            "newsletter with opinion pieces\n- Be the first to hear that the valley's biggest "
            "grower is poised to fall after a trading update.\n" + BODY
            + "To continue reading this article...\nJoin Valley Week for free\n" + perk
            + "\n- Weekly members-only newsletter with opinion pieces\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_stray_letter_left_by_a_split_byline_is_no_headline() -> None:
    # Fuzz seed 39: "By Jane Doe, |y}" on the first line was the headline with its byline split
    # off, leaving "|y}" as the title; the next clean, where it stands alone on the first line,
    # read it as a paragraph and the page's dek as text.
    page = ("By Jane Doe, |y}\n\u00a3C\"Army Clears the Old Town\n\nTue Jul 5, 2018:23\n\n"
            + BODY)
    doc = clean(page)
    assert doc.title != "|y}"
    _holds_invariants(page, doc)


def test_a_three_word_kicker_is_no_subtitle() -> None:
    # Fuzz seed 31 (replayed): a kicker of three words above the headline was written as the
    # subtitle, under it; the next clean reads a line of three words there as no dek (a dek
    # has four at least) and took it for a header line around the headline.
    page = ("Watch: Valley Floo8:23\n\nThousands flee the rising river in the valley\n"
            "Thousands flee the rising river in the valley\n\nWatch: Valley FloodMoreImage\n"
            "ood in the valley\nTue Jul 5, 2016 13:28:23\n\nThe river rose again on Tuesday and\n")
    doc = clean(page)
    assert doc.subtitle is None
    _holds_invariants(page, doc)


def test_a_kicker_is_not_joined_to_the_headline_into_a_broken_date() -> None:
    # Fuzz seed 39: "Wed Sep 3…:" over "0, 2015 14:18:9…", a date line broken in two, was
    # joined as "Kicker: Headline"; on one line it is a date cut past reading, which the next
    # clean removes above the text.
    page = ("Council Votes\n\nWed Sep 3/x.php:1:\n0, 2015 14:18:9\u2022\u00c0\u00b0311\n\n"
            "The council met again on Wednesday.\n")
    doc = clean(page)
    assert not (doc.title or "").startswith("Wed Sep 3")
    _holds_invariants(page, doc)


def test_a_long_line_under_a_short_headline_is_read_as_the_next_clean_reads_it() -> None:
    # Fuzz seed 39: under a short repeated headline ("5 日 ダバオ", a date widget of a
    # Japanese-language site), a longer title-like pair of lines made the long line opening
    # the body its lead; once the pair went with the header, the next clean read the long
    # line as the headline under a site name.
    widgets = "22\u00b0C18\u00b0C\n\u00a510,000=P3,840\n\n"
    page = ("Logo\n\n5 \u65e5 \u30c0\u30d0\u30aa\n\n" + widgets + "5 \u65e5 \u30c0\u30d0\u30aa\n\n"
            + widgets + "Three bridges in the valley closed/x.php:1:\nafter the flood, engineers "
            "say\n\nThree bridges in the valley were closed on Tuesday after engineers found "
            "cracks in their piers, the council said 7\n\nThree bridges in the valley were "
            "closed on Tuesday after engineers found cracks in their piers, the council said "
            "on Wednesday.\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_run_of_orphan_commas_before_the_lead_goes_at_once() -> None:
    # Fuzz: a lead opening with many orphan commas (", , , The council …") lost one comma a
    # clean: each clean found the next one.
    page = "Bridge closed to lorries\n\n" + ", " * 40 + BODY
    doc = clean(page)
    assert doc.body[0].startswith("The council")
    _holds_invariants(page, doc)


def test_over_nothing_only_the_last_dek_is_the_article() -> None:
    # Fuzz seed 40: every line read as header (a fragment over the date, a paragraph over a
    # photo caption), so the page was read without deks, its date line left in the text; the
    # caption gone, the next clean read the fragment as a dek over the date and the paragraph
    # as the lead. Only the last dek, over nothing, is the article.
    page = ("Barn Burns Near the Ol\nd Pond\n\n\nTue Jul 5, 2016 13:28:23\n\n"
            "Crews answered a call about a barn fire early on Sunday.\n\n"
            "(Photo: Jane Roe)\n\n1 Min Read\n\nViews: 1204\n")
    doc = clean(page)
    assert doc.published is not None
    _holds_invariants(page, doc)


def test_a_short_headline_with_a_subtitle_under_it_is_not_read_as_left_alone() -> None:
    # Fuzz seed 39 (replayed): `_read_as_left` read the body under a short headline as if the
    # headline stood alone, but the kicker above it is written under it as the subtitle, and
    # the next clean, seeing the pair, read the page otherwise.
    snow = ("Heavy snow has been falling across the hills of Lane County since noon, and the "
            "forecasters say ")
    page = ("On the Beat in Millbrook\n\nMonday, Febuary 2, 2010\nMonday, Febuary 2, 2010\n\n"
            "Snow Closes Valley Roads\n\n" + snow + "there is a 90% chance of 2010\n\n"
            "Snow Closes Valley Roads\n\n" + snow + "more is due to fall on most of")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_kicker_that_reads_as_a_desk_byline_is_no_subtitle() -> None:
    # Fuzz seed 40: "The storm all News" above the headline was written under it as the
    # subtitle; there the next clean read it as a desk's byline (a name ending "News").
    page = ("NewsLoca16:19-05\n\nThe storm all News\n\n\nValley fire chief hurt in crash during "
            "chase\n\nParray(2) {\nosted at 2:16 PM,2, 2017\nand last updated 2017-11-22 "
            "15:16:19-05\n\nThe storm al")
    doc = clean(page)
    assert doc.subtitle is None
    _holds_invariants(page, doc)


def test_a_gallery_paste_under_the_title_repeated_at_the_end_does_not_keep_it() -> None:
    # Fuzz seed 41: the title's copy at the end of the page stood above gallery pastes of it
    # ("TitleTitle"), so it did not end the page and stayed; the pastes gone, the next clean
    # saw it end the page and dropped it as the title repeated at the end.
    page = ("Valley Floods Close Roads\n\nValley Flood00\nods Close Roads\n\nValley Flood00\n"
            "Valley Flood00Valley Flood00\nValley Flood00Valley Flood00")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_name_repeated_right_above_a_desk_line_is_no_headline() -> None:
    # Fuzz seed 41: "Jane Doe⏎Jane Doe⏎Tribune News Service": the copy right above the desk
    # line signed for it, but the first copy, repeated and so scored up, was the headline; the
    # next clean, the copies gone, saw a name over a desk line, a byline.
    page = ("VALLEY STORIES\n\nBridge closed to lorries\nfor the summer\nJane Doe\nJane Doe\n"
            "Tribune News Service\n\nSalem, June 3\nThe council met on Monday and the mayor said "
            "the bridge would stay shut all summer long.\nfor now.\n\n" + BODY)
    doc = clean(page)
    assert doc.title != "Jane Doe"
    _holds_invariants(page, doc)


def test_a_line_with_the_crawler_prefix_is_no_headline_at_the_end() -> None:
    # Fuzz seed 43: the page's last line, " date 2019-06-05 Valley News | A", was taken for the
    # headline at the end; written first as the title, the next clean took the crawler's date
    # prefix off it.
    page = (" date 201" + '"' * 200 + "9-06-05 Valley Ne\u00f7ws | Watching Out For You\n"
            " date 2019-06-05 Valley Ne\u00f7ws | A")
    doc = clean(page)
    assert not (doc.title or "").startswith("date ")
    _holds_invariants(page, doc)


def test_a_headline_cut_in_two_does_not_open_the_page_as_title_and_dek() -> None:
    # Fuzz seed 44: "VCC C⏎lears …" opening the page read as the cleaner's own "Title⏎Dek⏎⏎",
    # but a line opening in lower case is no dek: the title "VCC C" was written alone over the
    # lead, and the next clean read it as the lead's dateline. The whole headline below wins.
    page = ("VCC C\nlears the Old Town Budget\n\nValley Town Council logo.\nValley Town Council "
            "logo.\n\nVCC Clears the Old Town Budget\n\n" + BODY)
    doc = clean(page)
    assert doc.title == "VCC Clears the Old Town Budget"
    _holds_invariants(page, doc)


def test_a_date_line_with_a_name_cut_in_two_is_no_headline() -> None:
    # Fuzz seed 44: "Tue De(Reuters) -- c 27, 2016 09:46:34", a date line with its month cut
    # in two and repeated, was the headline over the real one (a kicker then, and the
    # subtitle); a letter alone is no word of a headline.
    date = "Tue De(Reuters) -- c 27, 2016 09:46:34"
    page = ("EXPLOSION MOMENT: Old Bridge Falls into the River after Crowds Cross It\n\n"
            + date + "\n" + date + "\n\n" + BODY)
    doc = clean(page)
    assert doc.title != date
    _holds_invariants(page, doc)


def test_a_long_second_line_with_a_copy_below_does_not_use_up_the_dek() -> None:
    # Fuzz seed 44: a long title-like line right under a long headline counted as the dek
    # (the paragraph under it then none), but with a copy below (a paywall perk list whose
    # heading the scrape garbled) it is no subtitle and goes; the next clean read the
    # paragraph under it as the dek.
    perk = ("- Important and breaking news stories chosen by the editors and sent straight to "
            "your inbox each day")
    page = ("Shares in the valley's biggest grower are today poised to fall around 5% after it "
            "delivered a weak update\n" + perk + "\n- Weekly members-only newsletter with "
            "opinion pieces from leading valley growers and a trading update.\nThe grower made "
            "a net profit of $2m, up from $1.6m a year ago, but missed what analysts expected, "
            "they said.\nTo continue!R0e reading this article...\nJoin Valley Week for free\n"
            + perk + "\n- Weekly members-only newsletter with opinion pieces\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_run_of_bullets_goes_at_once() -> None:
    # Fuzz seed 45: "• • Spanish" under the headline lost one bullet a clean ("• Spanish" was
    # the subtitle, then "Spanish").
    page = ("The valley will host the games!\n\u2022 Arabic\n\u2022 \u2022 Spanish\n"
            "Sheikh Jane Doe, deputy mayor and head of the valley games board, backed by the "
            "valley media council\n\nMayor leads a walk around the valley\n\nposted on "
            "01/04/2015\n\n" + BODY)
    doc = clean(page)
    assert "\u2022" not in (doc.subtitle or "")
    _holds_invariants(page, doc)


def test_a_dek_whose_copy_below_carries_the_same_widget_glyph_is_copied() -> None:
    # Fuzz seed 45: a line under a cut headline opened by a widget glyph ("×") had a copy
    # further down with the same glyph. The glyph was read off the line, not off its copy, so
    # the copy did not count and the line was the dek; the next clean, with both glyphs gone,
    # read the copy and kept the line in the body.
    page = ("The river rose over the quay in the nig\n\u00d7&\u2014it was down by Sunday "
            "noon.\n\nShops opened again on the quay by Monday.\n\nRiver Rises Over the Quay\n"
            "\nThe river rose over the quay in the nig\n\u00d7&\u2014it was down by Sunday "
            "noon.\n\nShops opened again on the quay by Monday.\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_line_under_the_headline_copied_below_the_lead_is_no_dek() -> None:
    # Fuzz seed 45: a one-word line under a cut headline had a copy below a long title-like
    # lead. The copy was counted as one going with the line (as a title-like line between
    # goes with the header), so the line was the dek and went; the next clean, the headline
    # alone over the long line, read that line as the headline.
    lead = ("(Valley)- A valley farmer is hurt after a tractor he was driving rolled over on "
            "the hill road")
    page = (f"Valley Tractor Rolls A\n`valley-tractor2\n\n{lead}ed Man\n\n\n`valley-tractor2"
            f"\n\n{lead}\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_promo_over_the_date_with_no_headline_above_is_no_article() -> None:
    # Fuzz seed 45: over nothing, the last dek is the article; here the only "dek" was a
    # promo in lower case over the date, under a label line that goes. Kept as the article,
    # the next clean, with the label gone, read it as a promo, and the page under it as header.
    page = ("[an error occurred while processing this directive]\n"
            "[an error occurred while processing this directive]\nVIDEO: Valley News\n"
            "watch the one-minute valley news\nLast Updated: Friday, 12 March, 2004, 09:15 GMT\n"
            "Mayor says 'no need to resign'\nJane Doe\nDoe says her r\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_the_headline_pasted_twice_does_not_use_up_the_dek() -> None:
    # Fuzz seed 46: a long headline pasted twice counted its copy as a long second line (the
    # dek), so the bulleted line under it was no dek; written out, the copy gone, the next
    # clean read the bulleted line as the dek.
    title = ("Shares in the valley's biggest grower are poised to fall sharply after a weak "
             "harvest update today")
    page = (f"{title}\n{title}\n- Get ahead of the market with a trading update which missed "
            "what analysts expected.\nThe grower made a net profit of $2m, up from $1.6m a year "
            "ago, but missed what analysts expected, they said.\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_headline_shaped_like_a_dateline_is_the_headline_at_the_top() -> None:
    # Fuzz seed 47 (and seed 42's "TOP STO"): a headline in capitals is shaped like a
    # dateline ("SAN FRANCISCO"). Read as the headline on the page, it was written out alone
    # over the text, and the next clean read it as the lead's dateline: a dateline alone
    # stands under a headline, never as the page's first line.
    page = ("Search\nSearch\n\nMAYOR SPEAKS\nMAYOR SPEAKS\n\nFour\n\ntakeaways from the "
            "mayor's latest speech\n\nReacting to the flood on Wednesday in the old town, the "
            "mayor said the valley would rebuild its quay before the winter came.\n\n" + BODY)
    doc = clean(page)
    assert doc.title == "MAYOR SPEAKS"
    _holds_invariants(page, doc)


def test_a_cut_section_word_over_a_dek_is_the_headline_read_again() -> None:
    # Fuzz seed 42: "TOP STO", a section word cut short, was the title with the lead as its
    # subtitle; written out as "Title⏎Subtitle⏎⏎", the next clean read the title as the
    # lead's dateline.
    page = ("V A L L E Y   S T O R I E S\n\n\nTOP STO\nTribune News Service\n\n"
            "Chandigarh, June 3\nIn a finding that points to yet another suspected "
            "dealer-clerk nexus, the old market in Sector 9 has allegedly been rocked by "
            "another stall scam.\n\nIn a fresh finding, faults in the allotment of at least 15 "
            "stalls have been alleged. Earlier, 90 false allotments in the same Array\n(\n"
            "Array\n(\nmarket had been exposed by an inquiry report of the former deputy "
            "commissioner, the council said on Monday.\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_long_line_under_a_shorter_one_under_the_headline_does_not_use_up_the_dek() -> None:
    # Fuzz seed 46: under the headline, a short bulleted line, then a long one. The long one
    # counted as the headline's long second line (the dek), so the bulleted paragraph under
    # it was none; but the plan took the short line as the subtitle, and the next clean, that
    # line written under the title, read the paragraph as the dek.
    short = "- Get ahead of the changes coming to the valley farm trade"
    long = ("- Important and breaking stories chosen by the editors sent straight to your "
            "inbox every single day")
    page = ("Shares in the valley's biggest grower are poised to fall sharply after it gave "
            f"a weak harvest update to the market\n{short}\n{long}\n- Weekly mem missed "
            "forecasts.\nThe grower made a net profit of $2m, up from $1.6m a year ago, but "
            "missed what analysts expected, they said.\nTo continue reading this article...\n"
            f"Join Valley Week for free\n{short}\n{long}\n- Weekly members-only newsletter\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_lead_that_is_a_desk_code_once_its_debris_goes_is_no_lead() -> None:
    # Fuzz seed 47: the body opened at ", 2014"; the lead's debris taken off (the comma), the
    # rest was a desk code that strip_furniture removed, and the next clean, without it, read
    # the line below as header.
    page = ("- Valley Press - Sunday, Mayy 4, 2014\n- Valley Press - Sunday, May 4Array\n(\n"
            ", 2014\n\nSALINA, Kan. (AP) - Valley growel 4, 2014\n- Valley Press - Sunday, M"
            + "By " * 1500 + "ay 4Array\n(\n, 2014\n\nSALINA, Kan. (AP) - Valley gro\n")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_short_headline_pasted_twice_over_chrome_is_read_as_left_alone() -> None:
    # Fuzz seed 47: a short repeated line ("Filtered By: Topstories", garbled past the chrome
    # table) was the headline, its copy and a menu word under it, then a blank line. Only a
    # blank line right under it made the page be read as the next clean reads it; and once
    # read so, the copy above the body no longer counts as a repeat.
    line = "Sorted\ufffd\ufffd By: Topnews"
    page = (f"{line}\n{line}\nNews\n\nMayor questions the timing of the report on the quay "
            "works\n\n\nThe valley's mayor questioned on Tuesday the timing of the release of "
            "the report of the river board on the quay works in the old town\\\n\nThe mayor "
            "noted the report came out a month after the council voted to fund the works, "
            "and said the board had known of the plans.\n\n" + BODY)
    doc = clean(page)
    _holds_invariants(page, doc)


def test_two_lines_over_nothing_read_apart_lose_their_header_line_now() -> None:
    # Fuzz seed 48: two header-like lines over nothing are text, written a paragraph a line.
    # Read apart, the first (a date cut past reading, with a file name) went as a line above
    # the article; that reading was not taken, as it found no title, so the next clean did it.
    page = "Tue Feb 3n\x90d/y.php:2:\n\u00e0 Tue Feb 3Tue Feb 3"
    doc = clean(page)
    _holds_invariants(page, doc)


def test_header_lines_over_nothing_are_read_apart_without_their_chrome() -> None:
    # Fuzz seed 48: over nothing, the header-like lines are the text; read apart to see what
    # the next clean will, the reading kept the logo captions between them. strip_furniture
    # then took those from the text, and the next clean, without them, read a header.
    logo = "Valley Council logo."
    page = (f"VC Backs Quay Works in Town\n\n{logo}\n{logo}\nTT\n\nVC Backs Quay W\norks in "
            f"Town\n\n{logo}\n{logo}\n\nThe Valley Council (VC) voted on Tuesday to back the "
            "quay works in the old town of the valley")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_widget_caption_pasted_with_its_widget_block_is_no_repeated_headline() -> None:
    # A site's header block (a date-and-city caption over weather and exchange-rate widgets)
    # pasted twice above the headline: the caption repeats only with the widgets under it, so
    # the repeat says nothing of a headline. The headline is the line over the date.
    widgets = "4 Mar Valley\n\n18°C9°C\n€100=$108\n"
    page = (f"Logo\n\n{widgets}\n{widgets}\nCouncil shuts the old bridge to lorries after "
            "engineers find cracks\n\n2024/3/4 English\n\n" + BODY)
    doc = clean(page)
    assert doc.title == "Council shuts the old bridge to lorries after engineers find cracks"
    assert doc.published == "2024-03-04"
    assert not any("4 Mar Valley" in paragraph for paragraph in doc.body)
    assert any(fix.before == "4 Mar Valley" for fix in doc.fixes)
    _holds_invariants(page, doc)


def test_a_headline_pasted_twice_with_its_logo_caption_still_repeats() -> None:
    # The same shape with the article's own header chrome under each copy (the headline over
    # its logo caption, pasted twice): the repeat is the headline's, and it stays the title.
    logo = "Valley Council logo."
    page = (f"Council Backs Quay Works\n\n{logo}\n{logo}\n\nCouncil Backs Quay Works\n\n{logo}\n\n"
            "The Valley Council said on Tuesday it backs the quay works in the old town, "
            "which begin in May.\n\n" + BODY)
    doc = clean(page)
    assert doc.title == "Council Backs Quay Works"
    _holds_invariants(page, doc)


def test_a_kicker_that_reads_as_a_dateline_lead_is_no_subtitle() -> None:
    # Fuzz seed 53: a long line opening "WORD WORD: …" above a short headline pasted twice was
    # made its subtitle; written under the title, the next clean read it as a lead opened by
    # a dateline ("CITY: …"), and the two texts differed.
    head = "Tue Jan 9 bridge, 4, 2024 10:31:12"
    page = (f"BRIDGE CLOSED: Valley Council Shuts the Old Bridge to Lorries After Engineers "
            f"Find Cracks in Two Piers\n\n{head}\n{head}\n\n" + BODY)
    doc = clean(page)
    assert doc.subtitle is None
    _holds_invariants(page, doc)


def test_a_dek_with_an_orphan_comma_in_front_is_the_subtitle_without_it() -> None:
    # Fuzz seed 53: a dek opening with an orphan comma (a date cut in two, its first half gone)
    # became the subtitle as written; under the title, the next clean took the comma off as
    # debris glued to the line, and the two texts differed.
    page = ("WATCH: Army Clears the Old Town\n\nMon Jul 4/x.php:1:\n, 2016 13:28:23\n\n"
            "The army said the operation in the old town was over\nMon Jul 4/x.php:1:\n"
            ", 2016 13b+-:28:23\n\n" + BODY)
    doc = clean(page)
    assert not (doc.subtitle or "").startswith(",")
    _holds_invariants(page, doc)


def test_a_fragment_opening_with_a_comma_is_no_lead_for_the_debris_below() -> None:
    # Fuzz seed 54: a fragment opening with an orphan comma (",town hall shuts the quay")
    # counted as the lead, so the debris glued to the line below ("town-hallThe quay …") was
    # read with it; the lead-debris step then took it off all the same, and the next clean
    # read the line without it as a title-like line over nothing.
    page = "Fire near\r\n ,town hall shuts the quay\n\ntown-hallThe quay east of "
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_dump_key_over_the_lead_is_no_lead_for_the_debris_below() -> None:
    # Fuzz seed 54: a dump's key ("[0]=>") under the headline counted as the lead, as any line
    # not opening in lower case did, so the debris glued to the line below was read with it.
    page = "Fire near town hall shuts the quay\n[0]=>\n\ntown-hallThe quay east o f town"
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_garbled_ticker_row_in_a_strip_is_no_headline() -> None:
    # Fuzz seed 54: one row of a stock ticker strip with bytes garbled inside its words was
    # no ticker row to the chrome reader, and became the headline over the strip.
    rows = ["VALCO 12.40 Increased By ▲ 0.30 (2.48%)", "RIVR 8.05 Decreased By ▼ -0.10 (-1.23%)",
            "QUAY 4.16 Incre\ufffdF\ufffdsed By ▲ 0.13 (3.23%)",
            "BRDG 20.15 Increased By ▲ 0.23 (1.15\ufffdw\ufffd%)"]
    page = ("\n".join(rows) + "\n\nCouncil shuts the old bridge to lorries\n\nMarch 4, 2024\n\n"
            + BODY)
    doc = clean(page)
    assert doc.title == "Council shuts the old bridge to lorries"
    assert not any(row in doc.body for row in rows)
    _holds_invariants(page, doc)


def test_a_caption_credit_under_a_long_line_is_no_second_headline_line() -> None:
    # Fuzz seed 54: a long photo caption cut in two by a control character, its second part
    # "to) | Licence Photo", was joined to the first as a headline wrapped over two lines;
    # joined, it read as "Title | Site Name", which the next clean scored down for another.
    page = ("Mayor: The bridge will not reopen\n\nValley The council shut the old bridge to "
            "lorries, and the mayor said it would stay shut againmayor Ann Lee (VNS ph (VNS Pho"
            "\x1cto) | Licence Photo\n\nVALLEY, Aug. 4 (VNS) -- The council shut the old bridge "
            "to lorries, and the mayor said it would stay shut again")
    doc = clean(page)
    _holds_invariants(page, doc)


def test_the_lead_under_its_dateline_alone_is_no_dek() -> None:
    # The lead's dateline on a line of its own ("Valley, June 3") is no headline line: the
    # paragraph right under it is the lead, and the bulleted line under the headline the dek.
    page = ("Council shuts the old bridge\nn Engineers found cracks in two of its piers\nAnn Lee\n"
            "Valley News Service\n\nValley, June 3\nThe council voted on Tuesday to close the old "
            "bridge to lorries after engineers found cracks.\n\nRepairs are expected to take most "
            "of the summer.\n")
    doc = clean(page)
    assert doc.subtitle == "Engineers found cracks in two of its piers"
    assert doc.body[0].startswith("The council voted on Tuesday")
    _holds_invariants(page, doc)


def test_a_dek_in_lower_case_once_its_orphan_comma_goes_is_no_subtitle() -> None:
    # Fuzz seed 56: a dek read off its orphan comma (", the council will …") opens in lower
    # case, which the next clean, with it right under the title, takes for no dek.
    page = ("Analysis: Old fights for the Legislature\n\nSALEM, Ore. (AP) - With conservative "
            "Republicans in controlR\n, the Oregon Legislature will spend much of the year going "
            "back over old debates.\n\nThe annual session opens Monday.\n\n" + BODY)
    doc = clean(page)
    assert not (doc.subtitle or "x")[:1].islower()
    _holds_invariants(page, doc)


def test_a_dek_read_off_its_widget_glyph_is_repaired_as_a_new_line() -> None:
    # Fuzz seed 57: a line split off another by a lone carriage return kept mojibake that the
    # whole line did not show ("×Ë®†rmy …"); read off its widget glyph it became the subtitle
    # as it stood, and the next clean, reading it as a line of its own, repaired it.
    page = ("BREAKING! Bö\x15\r×Ë®†ridge Shut to Lorries\n\n\nBREAKING! Bridge Shut to Lorries\n"
            "Tue Jul 5, 2016 13:28:23\n\n" + BODY)
    doc = clean(page)
    _holds_invariants(page, doc)


def test_a_bulleted_dek_that_reads_as_a_dateline_lead_is_no_subtitle() -> None:
    # Fuzz seed 58: a bulleted dek whose text, its bullet off, opens "WORD: …" became the
    # subtitle; written under the title, the next clean read it as a lead opened by a
    # dateline, as for a kicker (seed 53).
    page = ("Council shuts the old bridge\nn VVALLEY: ngineers found cracks in two of its piers "
            "and the works will take all summer\nAnn Lee\nValley News Service\n\nValley, June 3\n"
            "The council voted on Tuesday to close the old bridge to lorries after engineers "
            "found cracks.\n\nRepairs are expected to take most of the summer.\n")
    doc = clean(page)
    assert doc.subtitle is None
    _holds_invariants(page, doc)


def test_a_loading_placeholder_over_the_page_is_no_headline() -> None:
    # Fuzz seed 60: a video player's "Loading" placeholder opened the page and became the
    # title; the next clean, its lines moved, chose another.
    page = ("Loading\nChase of a speeding van\x00 on the ring road\n\nA speeding van led the "
            "police on a chase on Friday aft Video…\n\nThis browser does not support\r\x08 the "
            "Video element.\n\nChase of a speeding van on the ring road\n\n" + BODY)
    doc = clean(page)
    assert doc.title != "Loading"
    assert any(fix.before == "Loading" and fix.message == "removed player chrome"
               for fix in doc.fixes)
    _holds_invariants(page, doc)


@pytest.mark.parametrize("page", [
    # Fuzz seed 60: an embed's fragment with a bullet was the lead (its copy below made it no
    # dek); the copy gone and the header line above it too, the next clean read it as a dek.
    "Valley logo\n\nCouncil Shuts the Old Bridge\n\n  • Downlo/www.valley.example/player77\"audio "
    "player\">\n  • width=\"100%\" height=\"290\" frameborder=\"0\" title=\"Valley audio player\">"
    "\n  •ad\n  • <iframe src=\"https://www.valley.example/player/embed/77/14\n"
    "77\"audio player\">\n  • width=\"100%\" height=\"290\" frameborder=\"0\" title=\"Valley audio "
    "player\">\n",
    # Fuzz seeds 58 and 60: a bulleted list under the headline, its last item the lead; the
    # items above it gone, the next clean read the lead as the dek.
    "Council shuts the old bridge to lorries after engineers find cracks\n- Sign up for the "
    "council's weekly newsletter for the valley\n- Get the council's news delivered to your "
    "inbox each day\n- The council voted on Tuesday to close the old bridge after engineers "
    "found cracks.\nRepairs are expected to take most of the summer, the mayor said on Tuesday\n",
])
def test_a_lead_with_a_bullet_is_read_as_the_lead_once_written(page: str) -> None:
    doc = clean(page)
    _holds_invariants(page, doc)


@pytest.mark.parametrize("mark", ["", "“ ", "• ", ", "])
def test_the_first_line_pasted_again_with_the_crawler_prefix_is_read_as_its_copy(mark: str) -> None:
    # Fuzz seed 68: the first line, the crawler's prefix on it, pasted twice above the headline
    # (a stray mark before the prefix, or none): the copy's "date 2019-06-05 …" read as a
    # date line made the site's line above it the title, and the next clean read another.
    site = "Valley Gazette | Always Watching Out For You"
    page = (f"{mark}date 2019-06-05 {site}\n{mark}date 2019-06-05 {site}\n"
            "Council shuts the old bridge to lorries\n\n" + BODY)
    doc = clean(page)
    assert (doc.title, doc.published[:10]) == ("Council shuts the old bridge to lorries",
                                               "2019-06-05")
    _holds_invariants(page, doc)



@pytest.mark.parametrize("lead", ["", "- Lorries must now go round the town by the ring road.\n"])
def test_a_related_link_under_the_headline_gives_no_date(lead: str) -> None:
    # Fuzz seed 70: "- Story - Sun, Oct 31st, 2021" lines under the headline, read without
    # their bullet (which makes them related links), were date lines: a related story's date
    # became the page's, and a bulleted lead below them was read differently the next time.
    page = ("Council shuts the old bridge to lorries\n"
            "- Mayor opens the new riverside park - Sun, Oct 31st, 2021\n"
            "- Ferry fares rise for the winter - Sat, Oct 30th, 2021\n" + lead + BODY)
    doc = clean(page)
    assert doc.published is None
    assert sum(fix.message == "removed related link" for fix in doc.fixes) == 2
    _holds_invariants(page, doc)


@pytest.mark.parametrize(("line", "title", "authors"), [
    ("By Ann Lee: × Army Clears the Old Town", "Army Clears the Old Town", ("Ann Lee",)),
    # the glyph off, the rest opens in lower case: no title, so no split (fuzz seed 71: the
    # title "×üArmy …" lost its glyph on the next clean and was read as no title)
    ("By Ann Lee: ×üArmy Clears the Old Town", "By Ann Lee: ×üArmy Clears the Old Town", ()),
])
def test_a_glyph_a_byline_split_bares_is_read_as_the_next_clean_reads_it(
        line: str, title: str, authors: tuple[str, ...]) -> None:
    page = line + "\n\nTue Jul 5, 2016 13:28:23\n\n" + BODY
    doc = clean(page)
    assert (doc.title, doc.authors) == (title, authors)
    _holds_invariants(page, doc)


def test_a_split_that_leaves_a_line_opening_with_a_symbol_is_not_taken() -> None:
    # Fuzz seed 71: "By Ann Lee: $f\"QX\\Army …" split into an author and the title "$f\"QX\\
    # Army …", which, with no date line under it, the next clean read as no headline.
    page = 'By Ann Lee: $f"QX\\Army Clears the Old Town\n\nTue Jul 5xh, 2016 13:28:23\n\n' + BODY
    doc = clean(page)
    assert doc.authors == ()
    _holds_invariants(page, doc)
