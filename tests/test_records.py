"""Pages that are JSON article records (read_json_record): the key table, our own fixtures, and
the three dev pages of ../shared/corpus/dev/ (read from there, skipped when absent)."""

from __future__ import annotations

import json

import pytest
from conftest import corpus_param
from invariants import lost_words, replay

from cleaner import clean
from cleaner.lexicon.record_keys import FIELDS, KEYS
from cleaner.passes.read_json_record import read_fields


def check(original: str, doc) -> None:
    assert lost_words(original, doc) == set()
    assert replay(original, doc) == list(doc.body)
    assert clean(doc.to_text()).to_text() == doc.to_text()


@pytest.mark.parametrize("row", KEYS, ids=[f"{row.field}:{row.path}" for row in KEYS])
def test_every_key_row_reads_its_example(row):
    assert row.field in FIELDS
    record = json.loads(row.example)
    fields = read_fields(record)
    got_row, value, _raw = fields[row.field]
    assert got_row == row
    if row.field == "body":
        assert "|".join(value) == row.reads
    elif row.field == "authors":
        assert "; ".join(value) == row.reads
    else:
        assert value == row.reads


WORDPRESS = json.dumps({
    "id": 5512, "date": "2019-03-04T10:15:00", "date_gmt": "2019-03-04T09:15:00",
    "slug": "storm-hits-coast", "status": "publish", "type": "post",
    "title": {"rendered": "Storm hits the coast&#8217;s towns"},
    "content": {"rendered": "<p>Winds of 120 km/h tore roofs off homes on Monday.</p>\n"
                "<p>&ldquo;We lost everything,&rdquo; said resident Ana Ruiz.</p>\n"
                "<p>&nbsp;</p>\n<p>Power was cut to 4,000 homes.</p>\n", "protected": False},
    "excerpt": {"rendered": "<p>Winds tore roofs off homes.</p>\n", "protected": False},
    "author": 7, "categories": [3],
})

JSON_LD = json.dumps({
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "Council approves new bridge",
    "description": "The vote was 7 to 2.",
    "datePublished": "2021-06-01T08:00:00+02:00",
    "author": {"@type": "Person", "name": "Lena Brandt"},
    "publisher": {"@type": "Organization", "name": "Daily Example"},
    "articleBody": "The city council approved the bridge on Tuesday.\n\nWork starts in May.",
})

FEED = json.dumps([
    {"title": "First story of the feed", "published_at": 1614854100,
     "body": "<p>The first story's only paragraph.</p>"},
    {"title": "Second story of the feed", "published_at": 1614857700,
     "body": "<p>The second story's only paragraph.</p>"},
])

NESTED_HTML = json.dumps({
    "title": "Markets fall",
    "content": "<div class=\"wrap\"><!-- ad slot --><p>Stocks <b>fell <i>sharply</i></b> "
               "on Friday.</p><script>track('x');</script><style>p{color:red}</style>"
               "<iframe src=\"https://example.com/embed\">embedded video</iframe>"
               "<ul><li>Oil rose.</li><li>Gold fell.</li></ul><blockquote>Sell now, "
               "said one trader.</blockquote><h2>Outlook</h2><p>Analysts expect more "
               "losses.<br>Some disagree.</p></div>",
})


def test_wordpress_rest_record():
    doc = clean(WORDPRESS)
    assert doc.title == "Storm hits the coast’s towns"
    assert doc.subtitle == "Winds tore roofs off homes."
    assert doc.published and doc.published.startswith("2019-03-04T09:15")
    assert doc.body[0] == "Winds of 120 km/h tore roofs off homes on Monday."
    assert doc.body[1].startswith("“We lost everything,”")
    assert len(doc.body) == 3  # the &nbsp; paragraph is dropped
    assert doc.embedded == (json.loads(WORDPRESS),)
    messages = [fix.message for fix in doc.fixes if fix.pass_name == "read_json_record"]
    assert "record field title from key 'title.rendered'" in messages
    assert "read the JSON record (body from key 'content.rendered')" in messages
    check(WORDPRESS, doc)


def test_json_ld_news_article():
    doc = clean(JSON_LD)
    assert doc.title == "Council approves new bridge"
    assert doc.subtitle == "The vote was 7 to 2."
    assert doc.authors == ("Lena Brandt",)
    assert doc.published and doc.published.startswith("2021-06-01T08:00")
    assert doc.body == ("The city council approved the bridge on Tuesday.", "Work starts in May.")
    check(JSON_LD, doc)


def test_feed_array_reads_the_first_and_warns():
    doc = clean(FEED)
    assert doc.title == "First story of the feed"
    assert doc.body == ("The first story's only paragraph.",)
    assert doc.published == "2021-03-04T10:35:00+00:00"  # epoch seconds, UTC
    assert any("feed of 2 articles" in warning for warning in doc.warnings)
    assert doc.embedded == (json.loads(FEED),)
    check(FEED, doc)


def test_cut_off_record_is_salvaged_with_a_warning():
    page = ('[[{"content_id":"77","content_title":"Quake shakes the capital",'
            '"content_date":"2022-01-05 07:30:00","content_body":"Buildings swayed for a '
            'minute.\\r\\n\\r\\nNo one was hurt, officials said.\\r\\n\\r\\nSchools clo')
    doc = clean(page)
    assert doc.title == "Quake shakes the capital"
    assert doc.published == "2022-01-05T07:30:00"
    assert doc.body == ("Buildings swayed for a minute.", "No one was hurt, officials said.",
                        "Schools clo")
    assert any("cut-off JSON record" in warning for warning in doc.warnings)
    record = doc.embedded[0][0][0]
    assert record["content_id"] == "77"
    check(page, doc)


@pytest.mark.parametrize("cut", ["\\" + " " * 300 + "}", "\\u20", "\\"])
def test_a_cut_off_string_ending_in_a_broken_escape_keeps_its_text(cut: str) -> None:
    # Fuzz seed 47: the record's last string was cut after a backslash with a long run of
    # spaces behind it. Every trim of the last six characters still held the bad escape, so
    # the body read empty and the page was no record; the next clean, the spaces squeezed,
    # read the record.
    page = ('[[{"content_id":"78","content_title":"Storm floods the quay",'
            '"content_body":"The river rose overnight.\\r\\n\\r\\nShops shut early.' + cut)
    doc = clean(page)
    assert doc.title == "Storm floods the quay"
    assert doc.body == ("The river rose overnight.", "Shops shut early.")
    check(page, doc)


def test_nested_html_with_comments_scripts_and_iframes():
    doc = clean(NESTED_HTML)
    assert doc.title == "Markets fall"
    assert doc.body == ("Stocks fell sharply on Friday.", "Oil rose.", "Gold fell.",
                        "Sell now, said one trader.", "Outlook", "Analysts expect more losses.",
                        "Some disagree.")
    text = doc.to_text()
    for residue in ("<", ">", "track(", "color:red", "ad slot", "embedded video"):
        assert residue not in text
    check(NESTED_HTML, doc)


def test_cms_dump_after_a_lead_in():
    page = ("All Article Properties:\n{\n\"status\": \"publish\",\n\"title\": \"Dam bursts "
            "after rains\",\n\"firstPublished\": \"2016-07-27 21:29:25\",\n\"contents\": "
            "\"<p><span style=\\\"font-size: 12pt;\\\">Floods reached the town.</span></p>"
            "\\r\\n<p><span>Hundreds fled.</span></p>\"\n}")
    doc = clean(page)
    assert doc.title == "Dam bursts after rains"
    assert doc.published == "2016-07-27T21:29:25"
    assert doc.body == ("Floods reached the town.", "Hundreds fled.")
    check(page, doc)


@pytest.mark.parametrize("page", [
    '{"theme": "dark", "per_page": 20, "features": {"comments": true}}',
    "[1, 2, 3, 4, 5]",
    '{"title": "A settings page", "version": 3}',
    '{"content": "<p>Body with no headline key.</p>"}',
    "Settings:\n{\"a\": 1}",
])
def test_json_that_is_not_an_article_is_left_as_it_is(page):
    doc = clean(page)
    assert not [fix for fix in doc.fixes if fix.pass_name == "read_json_record"]
    assert doc.embedded == ()


def test_text_pages_are_not_read_as_records():
    page = "Headline here\n\n{Not JSON} starts this paragraph.\n"
    doc = clean(page)
    assert not [fix for fix in doc.fixes if fix.pass_name == "read_json_record"]


DEV = (corpus_param("dev", "other-qodsna*412391*")
       + corpus_param("dev", "other-islamic-awakening*6969*")
       + corpus_param("dev", "other-staging.dailymaverick*"))

EXPECTED = {
    "qodsna": ("Israel begins demolition of 25 homes in West Bank refugee camp",
               "The Zionist regime’s military claimed", None),
    "islamic-awakening": ("Multiple Casualties as Powerful Blast Hits Police HQ in Afghanistan",
                          "Afghan officials said the explosion", "2020-10-18T16:31:52"),
    "dailymaverick": ("Massive IS bomb attack kills 44 in Syrian Kurdish city",
                      "It was the largest and deadliest attack", "2016-07-27T21:29:25"),
}


@pytest.mark.parametrize("page", DEV)
def test_dev_record_pages_come_out_as_articles(page):
    excerpt = json.loads(page.read_text(encoding="utf-8"))["excerpt"]
    doc = clean(excerpt, source=page.name)
    title, first, published = next(v for k, v in EXPECTED.items() if k in page.name)
    assert doc.title == title
    assert doc.body[0].startswith(first)
    if published:
        assert doc.published == published
    text = doc.to_text()
    for residue in ("&nbsp;", "&rsquo;", "&ldquo;", "&#", "<p>", "</p>", "<span", "\\r\\n",
                    "\\/", '"content_'):
        assert residue not in text, f"{residue!r} left in {page.name}"
    assert doc.embedded
    check(excerpt, doc)


@pytest.mark.parametrize("record", [
    # keys cased and separated as other APIs write them
    {"Title": "Bridge closed to lorries", "Author": "Jane Doe", "PublishDate": "2024-03-04",
     "Body": "<p>The council voted on Tuesday to close the bridge.</p>"},
    {"status": "ok", "data": {"article": {
        "headline": "Bridge closed to lorries", "byline": "By Jane Doe",
        "published_at": "2024-03-04 10:32:00",
        "body_html": "<p>The council voted on Tuesday to close the bridge.</p>"}}},
    {"articles": [{"title": "Bridge closed to lorries", "author": "Jane Doe",
                   "publishedAt": "2024-03-04T10:32:00Z",
                   "content": "The council voted on Tuesday to close the bridge."}]},
])
def test_records_of_other_apis(record) -> None:
    page = json.dumps(record)
    doc = clean(page)
    assert doc.title == "Bridge closed to lorries"
    assert doc.authors == ("Jane Doe",)  # "By Jane Doe" read as a byline
    assert doc.published is not None and doc.published.startswith("2024-03-04")
    assert doc.body[0] == "The council voted on Tuesday to close the bridge."
    check(page, doc)


def test_a_record_byline_credits_an_agency_and_names_two_authors() -> None:
    doc = clean(json.dumps({"headline": "Bridge closed", "byline": "By Ann Lee and Bo Chen",
                            "articleBody": "The council voted on Tuesday."}))
    assert doc.authors == ("Ann Lee", "Bo Chen")
    doc = clean(json.dumps({"headline": "Bridge closed", "author": "The Associated Press",
                            "articleBody": "The council voted on Tuesday."}))
    assert (doc.authors, doc.credits) == ((), ("AP",))


def test_an_apis_truncation_mark_goes_and_is_recorded() -> None:
    from cleaner.lexicon.record_keys import TRUNCATION_EXAMPLE

    page = json.dumps({"title": "Bridge closed to lorries", "content": TRUNCATION_EXAMPLE})
    doc = clean(page)
    assert doc.body == ("The council voted on Tuesday to close the bridge…",)
    assert any("[+1200 chars]" in fix.message for fix in doc.fixes)
    check(page, doc)


@pytest.mark.parametrize("title", [".", "u", "—"])
def test_a_record_title_that_is_debris_is_no_title(title):
    # Written on the first line, "." or "u" was the title; the next clean, with no record to
    # read, took it off the text as debris above the article.
    page = json.dumps({"title": title, "description": "Blast hits the city centre",
                       "content": "<p>Ten people died.</p><p>The police closed the road.</p>"})
    doc = clean(page)
    assert doc.title in (None, "Blast hits the city centre")
    assert doc.subtitle is None
    assert doc.body[-1] == "The police closed the road."
    assert clean(doc.to_text()).to_text() == doc.to_text()
    check(page, doc)


def test_a_record_under_a_line_of_debris_is_read():
    # "ad slot" above the record: no lead-in (it ends in no colon), so the record stayed text;
    # the header took the line off as debris, and the next clean read the record.
    page = 'ad slot\n{"title": "Blast hits city", "content": "<p>Ten people died.</p>"}'
    doc = clean(page)
    assert (doc.title, doc.body) == ("Blast hits city", ("Ten people died.",))
    check(page, doc)


def test_a_record_with_stray_control_characters_is_read():
    # A NUL between two members: the record did not decode, and stayed text; repair_mojibake
    # removed the NUL, and the next clean read the record.
    page = '{"title": "Blast hits city",\x00 "content": "<p>Ten people died.</p>"}'
    doc = clean(page)
    assert (doc.title, doc.body) == ("Blast hits city", ("Ten people died.",))
    check(page, doc)


def test_a_cut_off_record_written_twice_is_read_once():
    # Each copy cut off after an escape: the salvage of the two lines held no article, so
    # the record stayed text; strip_furniture dropped the copy, and the next clean read it.
    copy = '[{"title": "Blast hits city", "content": "<p>Ten people died.</p><p>The police\\r\\n\\'
    page = copy + "\n" + copy
    doc = clean(page)
    assert doc.title == "Blast hits city"
    assert doc.body[0] == "Ten people died."
    check(page, doc)


@pytest.mark.parametrize(("head", "tail"), [
    ("", "Share on WhatsApp\n"), ("", "\n\n" + "\u00e2\u20ac" * 60 + "\n"),
    ("MoreImage\n" * 3, ""), ("Share on WhatsApp\n\n", "\nMoreImage\n"),
])
def test_chrome_around_a_record_does_not_hide_it(head, tail):
    # Fuzz seeds 34 and 35: a record with a share row or a gallery paste under it was no record
    # page (a complete value with more after it), and one under gallery markers no JSON page;
    # strip_furniture removed the lines, and the next clean read the record.
    page = (head + '{"title": "Bridge closed to lorries", "content": "<p>The council voted on '
            'Tuesday.</p>"}\n' + tail)
    doc = clean(page)
    assert (doc.title, doc.body) == ("Bridge closed to lorries", ("The council voted on Tuesday.",))
    check(page, doc)


def test_a_long_line_of_a_record_pasted_again_is_read_once():
    # Fuzz: a dump header glued inside a key ("content_sumarray(2) {") broke the record over
    # lines, and its next line was pasted again; the copy spoiled the decoding, strip_furniture
    # dropped it as the repeated lead, and the next clean read the record.
    line = ('summary": "The council voted on Tuesday to close the old bridge to lorries after '
            'the engineers\' report.", "content": "<p>Repairs take months.</p>"}]')
    page = '[{"title": "Bridge closed to lorries", "content_sumarray(2) {\n' + line + "\n" + line
    doc = clean(page)
    assert doc.title == "Bridge closed to lorries"
    check(page, doc)


def test_a_record_written_twice_whose_copies_differ_in_spacing_is_read_once():
    # A tab in one copy: the copies differed until the text passes dropped it; strip_furniture
    # then removed the copy and the next clean read the record (found by the fuzzer).
    one = ('{"title": "Blast hits city", "content": "<p>Ten people died in the city&#039;s old '
           'market on Tuesday.</p>"}')
    page = one + "\n" + one.replace(" in the ", " in \tthe ") + "\n"
    doc = clean(page)
    assert (doc.title, doc.body) == ("Blast hits city",
                                     ("Ten people died in the city's old market on Tuesday.",))
    check(page, doc)


def _record(title_to_key: str, key: str) -> str:
    return ('[{"content_title": "Bridge closed to lorries",' + title_to_key + key + ":"
            + title_to_key + '"<p>The council voted on Tuesday.</p><p>Repairs take months.</p>"}]')


@pytest.mark.parametrize("page", [
    # Fuzz seed 25: a run of no-break or zero-width spaces between a record's tokens, or
    # zero-width ones inside a key, made it no JSON to this pass; normalize_whitespace, after
    # it, turned them into a space or dropped them, and the next clean read the record.
    *(_record(blank, '"content_body"') for blank in
      ("\u00a0" * 30, "\u200b" * 40, "\u3000\ufeff", "\t\u2009")),
    *(_record("", '"' + blank + 'content_body"') for blank in ("\u200b" * 40, "\ufeff\u2060")),
    # Fuzz seed 31: a zero-width space inside an escape of a string value (``\\<ZWSP>r``) is
    # no escape to JSON; normalize_whitespace dropped it, and the next clean read the record.
    _record("", '"content_body"').replace("Repairs", "\\\u200br\\nRepairs"),
    # Fuzz seed 40: a group separator or a form feed between tokens is no JSON whitespace;
    # normalize_whitespace made it a line break, and the next clean read the record.
    *(_record(brk, '"content_body"') for brk in ("\x1d", "\x0c\x1c", "\u2028")),
    # Fuzz seed 42: a stray bracket line above the record ("[}") opened it to this pass, which
    # read no record there; the line went above the text as junk, and the next clean read it.
    *(stray + "\n" + _record("", '"content_body"') for stray in ("[}", "{]", "[[")),
])
def test_spaces_normalising_would_fix_do_not_hide_a_record(page: str) -> None:
    doc = clean(page)
    assert doc.title == "Bridge closed to lorries"
    assert doc.body == ("The council voted on Tuesday.", "Repairs take months.")
    assert clean(doc.to_text()).to_text() == doc.to_text()
    assert replay(page, doc) == list(doc.body)
    assert not lost_words(page, doc)


@pytest.mark.parametrize("body", [
    "<p>The council voted on Tuesday.</p><p>&array(2) { \u201cThe repairs take the summer,\u201d "
    "the council said.</p>",
    "<p>The council voted on Tuesday.</p>\\n&array(2) {\\narray(2) {\\nThe repairs take the summer,"
    " the council said.",
])
def test_a_dump_revealed_in_a_record_leaves_no_space_opening_its_line(body: str) -> None:
    # Fuzz seed 27: a var_dump start inside a record's body showed only once the record was
    # read; cut out after normalize_whitespace had run, it left " “The …", which the next
    # clean's normalize_whitespace trimmed.
    page = '[{"content_title": "Bridge closed to lorries", "content_body": "' + body + '"}]'
    doc = clean(page)
    assert all(paragraph == paragraph.strip() for paragraph in doc.body)
    assert clean(doc.to_text()).to_text() == doc.to_text()
    assert replay(page, doc) == list(doc.body)
    assert not lost_words(page, doc)


@pytest.mark.parametrize("blank", ["\u200b" * 30, "\u00a0\u00a0 \u2009", "\ufeff"])
def test_record_fields_are_spaced_as_the_text_is(blank: str) -> None:
    # Fuzz seed 28: zero-width spaces inside a record's summary stayed in the subtitle; the
    # text written out, the next clean's normalize_whitespace took them out of that line.
    record = {"content_title": "Bridge closed" + blank + "to lorries",
              "content_summary": "Engineers found" + blank + "cracks in the old span"}
    fields = read_fields(record)
    for name in ("title", "subtitle"):
        text = fields[name][1]
        assert isinstance(text, str) and text == " ".join(text.split()), name
        assert not any(ch in text for ch in "\u200b\ufeff\u00a0\u2009"), name


def test_a_record_title_opening_with_a_bullet_letter_is_the_title_without_it() -> None:
    # Fuzz seed 55: a record's title cut to "n West Bank camp" (the last letter of a word, or
    # a Wingdings bullet) was written on the first line as it stood; the next clean took the
    # line for a bullet above the article and removed it.
    record = ('{"title": "n Valley bridge closed", "summary": "The council shut the old bridge '
              'to lorries after engineers found cracks.", "content": "<p>The council voted on '
              'Tuesday to close the old bridge to lorries.</p><p>Repairs will take most of the '
              'summer.</p>"}')
    doc = clean(record)
    assert doc.title == "Valley bridge closed"
    assert clean(doc.to_text()).to_text() == doc.to_text()
