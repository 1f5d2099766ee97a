"""html_to_paragraphs (cleaner.html_text): HTML bodies to paragraphs, on fixtures of our own."""

from __future__ import annotations

import pytest

from cleaner.html_text import html_to_paragraphs, undo_escapes


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
