"""HTML bodies to paragraphs (cleaner.html_text) and HTML left in text pages (decode_html), on
fixtures of our own."""

from __future__ import annotations

import pytest
from invariants import lost_words, replay

from cleaner import clean
from cleaner.html_text import html_to_paragraphs, undo_escapes
from cleaner.passes.decode_html import decode_line


@pytest.mark.parametrize(("html", "paragraphs"), [
    ("<p>One.</p><p>Two.</p>", ["One.", "Two."]),
    ("One.<br>Two.<br/>Three.", ["One.", "Two.", "Three."]),
    ("<div><div><p>Deep <em>inside</em>.</p></div></div>", ["Deep inside."]),
    ("<ul><li>a</li><li>b</li></ul>", ["a", "b"]),
    ("<h1>Head</h1><blockquote>Quoted</blockquote>", ["Head", "Quoted"]),
    ("<p>Keep</p><!-- a comment --><p>going</p>", ["Keep", "going"]),
    ("<p>A</p><script>var a = '<p>x</p>';</script><style>.a{}</style><p>B</p>", ["A", "B"]),
    ('<p>A</p><iframe src="https://x.example/v">fallback</iframe><p>B</p>', ["A", "B"]),
    ("<p>&ldquo;Hi&rdquo; &amp; &#8217;bye&#39;</p>", ["“Hi” & ’bye'"]),
    ("<p>&nbsp;</p><p> \u00a0 </p><p>Only this</p>", ["Only this"]),
    ("First.\r\n\r\nSecond.", ["First.", "Second."]),
    ("First.\\r\\n\\r\\nSecond.<\\/p>", ["First.", "Second."]),
    ("a line\nwrapped", ["a line wrapped"]),
    ("x < y and AT&T", ["x < y and AT&T"]),
    ('<p>Complete.</p><p><span style="font-family: ge', ["Complete."]),
    ("", []),
])
def test_html_to_paragraphs(html, paragraphs):
    assert html_to_paragraphs(html) == paragraphs


def test_undo_escapes_leaves_plain_text_alone():
    assert undo_escapes("no escapes here") == "no escapes here"
    assert undo_escapes("a\\/b") == "a/b"


# decode_html: HTML left in ordinary text pages (issue 13), on fixtures of our own.


@pytest.mark.parametrize(("line", "decoded"), [
    ("&quot;Yes&quot;", '"Yes"'),
    ("it&rsquo;s", "it’s"),
    ("it&#8217;s &#x2019;", "it’s ’"),
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("&amp;rsquo;", "’"),
    ("a&nbsp;b", "a\u00a0b"),
    ("AT&T and Q&A", "AT&T and Q&A"),
    ("x < y and y > z", "x < y and y > z"),
    ("&bogus; stays", "&bogus; stays"),
    ("<Reuters> stays", "<Reuters> stays"),
    ("One.</p><p>Two.", "One.\n\nTwo."),
    ("One.<br>Two.<br />", "One.\nTwo.\n"),
    ('Watch: <iframe src="https://v.example/1" width="500"></iframe>', "Watch: "),
    ('<span style="x">bold</span> text', "bold text"),
])
def test_decode_line(line, decoded):
    assert decode_line(line) == decoded


HTML_IN_TEXT = (
    "Floods hit the valley\n\n"
    "Rain fell for three days.</p><p>&ldquo;We have never seen this,&rdquo; said "
    "the mayor.</p>\n"
    "<p>&nbsp;</p>\n"
    '<iframe src="https://video.example/embed/9" width="560"></iframe>\n'
    "AT&T said its network was down &amp; repairs would take a week; x < y.\n"
)


def test_html_in_a_text_page_is_decoded_and_recorded():
    doc = clean(HTML_IN_TEXT)
    assert doc.title == "Floods hit the valley"
    assert doc.body == (
        "Rain fell for three days.",
        "“We have never seen this,” said the mayor.",
        "AT&T said its network was down & repairs would take a week; x < y.",
    )
    assert [fix.line for fix in doc.fixes if fix.pass_name == "decode_html"] == [3, 4, 5, 6]
    assert lost_words(HTML_IN_TEXT, doc) == set()
    assert replay(HTML_IN_TEXT, doc) == list(doc.body)
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_clean_text_pays_nothing():
    page = "Headline\n\nA plain paragraph with AT&T and x < y.\n"
    doc = clean(page)
    assert not [fix for fix in doc.fixes if fix.pass_name == "decode_html"]


def test_a_bullet_left_alone_by_an_embed_goes_with_it():
    page = 'Headline here\n\nFirst paragraph.\n  • <iframe src="https://p.example/e/1"></iframe>\n'
    doc = clean(page)
    assert doc.body == ("First paragraph.",)
    assert replay(page, doc) == list(doc.body)
