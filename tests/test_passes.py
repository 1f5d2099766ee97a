"""Unit tests for each pass, each on its own, including empty input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import clean
from cleaner.document import Draft, Dump, Options
from cleaner.passes.decode_embedded_json import (
    decode_embedded_json,
    escape_inner_quotes,
    salvage_json_array,
)
from cleaner.passes.find_credits import _PATTERNS, _plausible, _sources, find_credits
from cleaner.passes.fix_quote_attribution import fix_quote_attribution
from cleaner.passes.normalize_whitespace import normalize_whitespace
from cleaner.passes.parse_dateline import parse_dateline
from cleaner.passes.repair_header import repair_header
from cleaner.passes.strip_var_dump import strip_var_dump
from cleaner.pipeline import PASSES
from cleaner.speech import quote_spans


def dump_line(payload: str) -> str:
    return f'string({len(payload.encode())}) "{payload}"'


@pytest.mark.parametrize("step", PASSES, ids=[p.__name__ for p in PASSES])
@pytest.mark.parametrize("text", ["", "\n", "   \n\n  "])
def test_every_pass_accepts_empty_input(step, text):
    draft = step(Draft(text))
    assert draft.title is None
    assert draft.text.strip() == ""


# strip_var_dump -----------------------------------------------------------------------------

def test_dump_is_read_by_byte_count_with_quotes_newlines_and_multibyte():
    payload = 'a "quoted" ’word’\nsecond line "\nthird'
    draft = strip_var_dump(Draft(f"Body.\n\n{dump_line(payload)}\nAfter.\n"))
    assert draft.dumps[0].value == payload
    assert draft.dumps[0].complete and draft.dumps[0].declared == draft.dumps[0].found
    assert draft.text == "Body.\n\nAfter.\n"
    assert draft.warnings == ()
    assert draft.fixes[0].pass_name == "strip_var_dump" and draft.fixes[0].after == ""


def test_cut_off_dump_is_recovered_with_a_warning():
    draft = strip_var_dump(Draft('Body.\nstring(500) "[{"id":"1"} ,{"id":"2'))
    assert draft.dumps[0].value == '[{"id":"1"} ,{"id":"2'
    assert not draft.dumps[0].complete
    assert "declared 500 bytes, found 21" in draft.warnings[0]
    assert draft.text == "Body.\n"


def test_count_off_by_a_few_bytes_finds_the_real_closing_quote():
    payload = '[{"t":"caf\u00e9 \u201cx\u201d"}]'
    wrong = len(payload.encode()) - 5  # as if the file had been re-encoded
    draft = strip_var_dump(Draft(f'Body.\nstring({wrong}) "{payload}"\n'))
    assert draft.dumps[0].value == payload
    assert "count off by +5" in draft.warnings[0]


def test_mention_of_string_in_a_sentence_is_left_alone():
    text = 'The function returns string(5) "hello" in PHP.\n'
    assert strip_var_dump(Draft(text)).text == text


def test_several_dumps_are_all_taken_in_order():
    text = f"{dump_line('[1]')}\nMiddle.\n{dump_line('{}')}\n"
    draft = decode_embedded_json(strip_var_dump(Draft(text)))
    assert draft.embedded == ([1], {})
    assert draft.text == "Middle.\n"


# decode_embedded_json -----------------------------------------------------------------------

def _decoded(payload: str, complete: bool = True) -> Draft:
    dump = Dump(raw="", value=payload, complete=complete, line=3)
    return decode_embedded_json(Draft("", dumps=(dump,)))


def test_valid_json_is_decoded_exactly():
    assert _decoded('[{"id":"1","title":"A “b”"} ]').embedded == ([{"id": "1", "title": "A “b”"}],)


def test_unescaped_quotes_in_a_title_are_repaired_with_a_warning():
    draft = _decoded('[{"id":"1","title":"Ban on "Sectarianism""} ,{"id":"2","title":"ok"}]')
    assert draft.embedded[0][0]["title"] == 'Ban on "Sectarianism"'
    assert len(draft.embedded[0]) == 2
    assert "repaired unescaped quotes" in draft.warnings[0]


def test_cut_off_array_keeps_complete_records():
    draft = _decoded('[{"id":"1"} ,{"id":"2"} ,{"id":"3","ti', complete=False)
    assert draft.embedded == ([{"id": "1"}, {"id": "2"}],)
    assert "cut-off JSON array: kept 2 complete record(s)" in draft.warnings[0]


def test_non_json_payload_stays_a_string():
    assert _decoded("just words").embedded == ("just words",)
    draft = _decoded("{not json")
    assert draft.embedded == ("{not json",) and "not valid JSON" in draft.warnings[0]


def test_salvage_and_escape_helpers_on_edge_cases():
    assert salvage_json_array("") == ([], 0)
    assert salvage_json_array("[]") == ([], 1)
    assert escape_inner_quotes('{"a":"b"}') == '{"a":"b"}'


# normalize_whitespace -----------------------------------------------------------------------

def test_whitespace_is_normalised_and_recorded():
    draft = normalize_whitespace(Draft("A  b\t \r\n\r\n\r\n\r\nC\u200b.\n"))
    assert draft.text == "A b\n\nC.\n"
    messages = {fix.message for fix in draft.fixes}
    assert {"converted 4 line ending(s) to LF", "normalised spaces"} <= messages


def test_clean_text_has_no_whitespace_fixes():
    assert normalize_whitespace(Draft("Title\n\nBody.\n")).fixes == ()


# parse_dateline -----------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "iso"), [
    ("Wed Jan 20, 2016 22:31:33", "2016-01-20T22:31:33"),
    ("Mon Apr 29, 2013 20:07:21", "2013-04-29T20:07:21"),
    ("Fri May 1, 2015 16:07:23", "2015-05-01T16:07:23"),
    ("20 Jan 2016 22:31", "2016-01-20T22:31:00"),
    ("January 20, 2016", "2016-01-20"),
    ("2016-01-20 22:31:33", "2016-01-20T22:31:33"),
    ("2016-01-20T22:31:33+03:30", "2016-01-20T22:31:33+03:30"),
    ("Updated in: 28 February 2024 - 12:38", "2024-02-28T12:38:00"),
    ("video | 2016-01-20T22:31:33", "2016-01-20T22:31:33"),
])
def test_date_line_variants(line, iso):
    draft = parse_dateline(Draft(f"Title\n\n{line}\n\nBody.\n"))
    assert draft.published == iso
    assert draft.text == "Title\n\n\nBody.\n"
    # The plan is handed on: repair_header takes the title from it, not from a new reading.
    assert [step.role for step in draft.header.steps] == ["title"]


def test_dayfirst_and_tz_options():
    draft = parse_dateline(Draft("02/01/2016 10:00\nBody.\n",
                                 options=Options(dayfirst=True, tz="Asia/Tehran")))
    assert draft.published == "2016-01-02T10:00:00+03:30"


def test_wrong_weekday_is_a_warning_and_date_still_set():
    draft = parse_dateline(Draft("Tue Jan 20, 2016 22:31:33\nBody.\n"))
    assert draft.published == "2016-01-20T22:31:33"
    assert "weekday Tue does not match 2016-01-20" in draft.warnings[0]


def test_date_inside_a_sentence_is_not_a_date_line():
    text = "The talks open on Jan 25, 2016 in Geneva.\n"
    assert parse_dateline(Draft(text)).published is None


def test_date_far_below_the_header_is_body_text():
    text = "".join(f"Paragraph {i}.\n" for i in range(8)) + "Wed Jan 20, 2016 22:31:33\n"
    assert parse_dateline(Draft(text)).published is None


# repair_header ------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "title", "label", "authors"), [
    ("By VIDEO, ‘We’ll Fight’: Lavrov", "‘We’ll Fight’: Lavrov", "video", ()),
    ("BY PHOTOS,Crowds Gather", "Crowds Gather", "photo", ()),
    ("By Picture: Old City at Night", "Old City at Night", "photo", ()),
    ("By John Smith, Farmers Return", "Farmers Return", None, ("John Smith",)),
    ("VIDEO: Iraq’s Oldest Monastery Destroyed", "Iraq’s Oldest Monastery Destroyed", "video", ()),
    ("Picture: ISIS Stones a Woman", "ISIS Stones a Woman", "photo", ()),
    ("Hidden bomb found in a TV - Video", "Hidden bomb found in a TV", "video", ()),
    ("ALEPPO: Army advances", "ALEPPO: Army advances", None, ()),
])
def test_header_bylines_and_labels(line, title, label, authors):
    draft = repair_header(parse_dateline(Draft(f"{line}\n\nJuly 5, 2016\n\nBody.\n")))
    assert (draft.title, draft.label, draft.authors) == (title, label, authors)
    # The header line goes; the blank lines stay (blank lines are not content, and later
    # fixes count lines in this text).
    assert draft.text == "\n\nBody.\n"


def test_repeated_title_is_dropped_and_recorded():
    draft = repair_header(Draft("Same Title\n\nSame Title\nJuly 5, 2016\n\nBody.\n"))
    assert draft.title == "Same Title"
    assert any(fix.message == "dropped repeated title line" for fix in draft.fixes)


def test_kicker_with_colon_joins_the_title_and_other_kicker_is_subtitle():
    draft = repair_header(Draft("Sheikh Qassem:\nHezbollah Will Win\nJuly 5, 2016\n\nBody.\n"))
    assert draft.title == "Sheikh Qassem: Hezbollah Will Win"
    # A kicker set apart above the headline that stands on its date: the subtitle.
    text = "Latest on the Flood\n\nConvoys Arrive\nJuly 5, 2016\n\nBody.\n"
    draft = repair_header(Draft(text))
    assert (draft.title, draft.subtitle) == ("Convoys Arrive", "Latest on the Flood")
    # A dek right under the headline (the cleaner's own text format): the subtitle.
    draft = repair_header(Draft("Convoys Arrive\nAid reaches the towns\nJuly 5, 2016\n\nBody.\n"))
    assert (draft.title, draft.subtitle) == ("Convoys Arrive", "Aid reaches the towns")


def test_no_header_invents_nothing():
    text = "The water rose by two metres, the authority said.\n\nResidents were told.\n"
    draft = repair_header(Draft(text))
    assert draft.title is None and draft.text == text


# fix_quote_attribution ----------------------------------------------------------------------

@pytest.mark.parametrize(("before", "after"), [
    ('"We will fight, Lavrov stressed."', '"We will fight," Lavrov stressed.'),
    ("“We will fight, he said.”", "“We will fight,” he said."),
    ("“We will fight, Lavrov said.\"", "“We will fight,\" Lavrov said."),
    ('"We will fight, said Lavrov."', '"We will fight," said Lavrov.'),
    ('"We will fight, the Russia\'s top diplomat replied."',
     '"We will fight," the Russia\'s top diplomat replied.'),
    ('"We will fight, a spokesman for the ministry said."',
     '"We will fight," a spokesman for the ministry said.'),
    ('"We will fight, Lavrov told reporters."', '"We will fight," Lavrov told reporters.'),
    ('"It is over. It is a child of Al-Qaeda, Lavrov explained."',
     '"It is over. It is a child of Al-Qaeda," Lavrov explained.'),
    ('"It is a crisis, Lavrov said." "They received aid," he added.',
     '"It is a crisis," Lavrov said. "They received aid," he added.'),
])
def test_swallowed_attributions_are_repaired(before, after):
    draft = fix_quote_attribution(Draft(before + "\n"))
    assert draft.text == after + "\n"
    assert draft.fixes and draft.fixes[0].pass_name == "fix_quote_attribution"


@pytest.mark.parametrize("text", [
    "“We will fight,” he said.",
    '"Will it end?" he asked.',
    "It won’t end in the ’90s, Russia's envoy said.",
    "“We won’t go, he said. And we’ll stay.",
    "The so-called “peace plan, the minister said” was rejected.",
    "He said: “It is ‘the plan, he said’ that failed.”",
    '"He told me that the war would end soon and that the army, which had been fighting for years '
    'in the northern mountains without rest, was tired."',
])
def test_correct_or_ambiguous_quotes_are_left_alone(text):
    draft = fix_quote_attribution(Draft(text + "\n"))
    assert draft.text == text + "\n"
    assert draft.fixes == ()


def test_quote_spans_handles_unclosed_quotes():
    assert quote_spans("“Open and never closed") == []
    assert quote_spans('"a" "b"') == [(0, 2), (4, 6)]


@pytest.mark.parametrize("page", [
    "SHI/SHI\nTitle Here\n\nWed Jan 20, 2016 22:31:33\n\nBody text.\n",
    "Title Here\nSHI/SHI\n\nWed Jan 20, 2016 22:31:33\n\nBody text.\n",
    "Title Here\n" + "Army Wins" * 5 + "\n\nWed Jan 20, 2016 22:31:33\n\nBody text.\n",
])
def test_furniture_in_the_header_is_no_title_and_is_removed_as_furniture(page):
    doc = clean(page)
    assert (doc.title, doc.subtitle, doc.body) == ("Title Here", None, ("Body text.",))
    assert doc.fixes[-1].pass_name == "strip_furniture"


def test_an_impossible_date_line_ends_the_header_and_stays_in_the_text():
    doc = clean("Title Here\n\nTue Feb 30, 2016 13:28:23\n\nBody text.\n")
    assert (doc.title, doc.published, doc.published_raw) == ("Title Here", None, None)
    assert doc.body == ("Tue Feb 30, 2016 13:28:23", "Body text.")
    assert doc.warnings == ("date line 'Tue Feb 30, 2016 13:28:23': impossible date "
                            "'Tue Feb 30, 2016 13:28:23'; left in the text",)


def _credits_without_hints(text: str) -> tuple[str, ...]:
    """find_credits as it would be without its cheap per-page and per-line tests."""
    credits: list[str] = []
    for line in text.split("\n"):
        for index, pattern in enumerate(_PATTERNS):
            for match in pattern.finditer(line):
                for source in _sources(match.group("source").strip(), index):
                    if _plausible(source, index, line, match.start("source")) \
                            and source.casefold() not in {c.casefold() for c in credits}:
                        credits.append(source)
    return tuple(credits)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "Ten died, FNA reported.", "; Press TV reported", " Al-Alam News Network reports.",
    "WASHINGTON, March 4 (Reuters) - ", "(reuters) -- ", "Moscow, SANA- ", "Source: SABA News",
    "via: IRNA", "With input from INP", "Copyright 2016 NPR.", "- BLOOMBERG",
    "Riyadh, May 25, 2019, SPA -- ", "(KXYZ) -The ", ", SPA said",
    "reported", "report ", ".", "”", '"', " ", "\n", "has reported", "x",
]), max_size=12).map("".join))
def test_find_credits_prefilters_never_hide_a_credit(text):
    assert find_credits(Draft(text)).credits == _credits_without_hints(text)


# --- join_hard_wraps -------------------------------------------------------------------------

def test_join_hard_wraps_joins_a_wrapped_paragraph_and_records_it() -> None:
    from cleaner.passes.join_hard_wraps import join_hard_wraps

    text = ("The committee met on Tuesday to review the\n"
            "budget proposals submitted by the regional\n"
            "offices, and agreed to defer the decision.\n")
    out = join_hard_wraps(Draft(text))
    assert out.text.split("\n")[0] == (
        "The committee met on Tuesday to review the budget proposals submitted by the regional "
        "offices, and agreed to defer the decision.")
    assert [f.pass_name for f in out.fixes] == ["join_hard_wraps"]


@pytest.mark.parametrize("page", [
    # A lost no-break space at the wrap ("voilÃ⏎le"): joined, the line is mojibake that
    # repair_mojibake (run before, line by line) repairs on the next clean.
    "The committee met on Tuesday and said voilÃ\n"
    "le travail to the budget proposals of the regional\n"
    "offices, and agreed to defer the decision.\n\nIt meets again in May.\n",
    # A tag in the way: gone, it leaves mojibake the next clean repairs.
    "Bridge closed to lorries\n\nThe council met in the <b>cafÃ</b> noir on Tuesday.\n",
    # A label split off the headline leaves one.
    "VIDEO: Ã la carte menus return to the valley\n\nJuly 5, 2016\n\nThe council met.\n",
])
def test_a_line_a_pass_makes_after_repair_mojibake_is_repaired_as_it_would(page: str) -> None:
    doc = clean(page)
    assert "Ã" not in doc.to_text()
    assert clean(doc.to_text()).to_text() == doc.to_text()


def test_join_hard_wraps_leaves_one_paragraph_per_line_lists_and_two_line_blocks() -> None:
    from cleaner.passes.join_hard_wraps import join_hard_wraps

    for text in (
        "First sentence ends here.\nSecond sentence ends too.\nThird one as well.\n",
        "- an item that goes on and on\n- another item that goes on\n- and a third item here\n",
        "A headline wrapped over\ntwo lines of the page\n\nBody.\n",
    ):
        assert join_hard_wraps(Draft(text)).text == text


def test_join_hard_wraps_never_joins_a_chrome_line_or_the_crawler_prefix() -> None:
    from cleaner.passes.join_hard_wraps import join_hard_wraps

    wrapped = ("The council voted on Tuesday to close the old\n"
               "bridge to lorries after engineers found some\n"
               "cracks in two of its piers.\n")
    # A share row under a wrapped paragraph is a line of its own; the paragraph still joins.
    out = join_hard_wraps(Draft(wrapped + "Share on Facebook\n")).text.split("\n")
    assert out[:2] == ["The council voted on Tuesday to close the old bridge to lorries after "
                       "engineers found some cracks in two of its piers.", "Share on Facebook"]
    # The crawler's date prefix opens a header block: no wrap to join there.
    header = ("date 2019-06-05 Valley Gazette | Always Watching Out For You\n"
              "Sheriff: Deputy shot during an argument over the cats\nShare on Facebook\n")
    assert join_hard_wraps(Draft(header)).text == header
