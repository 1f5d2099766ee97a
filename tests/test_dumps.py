"""The dump reader: every form of the grammar, round trips, cuts at any byte, depth."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phprender import print_r, var_dump

from cleaner import clean, clean_bytes
from cleaner.dumps import DUMP_START, dump_starts, parse_dump
from cleaner.dumps.common import MAX_DEPTH
from cleaner.render import render_json


def parsed(block: bytes):
    result = parse_dump(block, 0)
    assert result is not None
    return result


# The grammar, form by form -------------------------------------------------------------------

@pytest.mark.parametrize(("block", "value"), [
    (b"bool(true)\n", True),
    (b"bool(false)\n", False),
    (b"NULL\n", None),
    (b"int(-5)\n", -5),
    (b"float(1.5)\n", 1.5),
    (b"float(1.0E-5)\n", 1.0e-5),
    (b"float(2147483648)\n", 2147483648.0),
    (b"float(INF)\n", "INF"),
    (b"float(-INF)\n", "-INF"),
    (b"float(NAN)\n", "NAN"),
    (b"double(2.5)\n", 2.5),
    (b'string(5) "a"\n"b"\n', 'a"\n"b'),
    (b'string(3) "\xe2\x80\x99"\n', "\u2019"),
    (b'string(2) "\xff\x00"\n', {"__bytes_hex__": "ff00"}),
    (b"array(0) {\n}\n", []),
    (b"enum(Suit::Hearts)\n", {"__enum__": "Suit::Hearts"}),
    (b"uninitialized(int)\n", {"__uninitialized__": "int"}),
    (b"resource(5) of type (stream)\n", {"__resource__": "stream", "id": 5}),
    (b"*RECURSION*\n", "*RECURSION*"),
])
def test_scalar_and_simple_forms(block, value):
    assert parsed(block).value == value


def test_float_minus_zero_stays_a_float_in_json():
    value = parsed(b"float(-0)\n").value
    assert math.copysign(1, value) < 0 and json.dumps(value) == "-0.0"
    assert json.dumps(parsed(b"float(2147483648)\n").value) == "2147483648.0"


def test_arrays_lists_and_objects_with_visibility():
    block = b"""object(App\\Post)#7 (2) {
  ["id"]=>
  int(3)
  ["title":protected]=>
  string(2) "Hi"
  ["secret":"App\\Post":private]=>
  &array(3) {
    [0]=>
    NULL
    [1]=>
    bool(true)
    ["x"]=>
    *RECURSION*
  }
  ["old:protected"]=>
  int(1)
  ["older:App\\Base:private"]=>
  int(2)
}
"""
    assert parsed(block).value == {
        "__class__": "App\\Post", "id": 3, "title": "Hi",
        "secret": {"0": None, "1": True, "x": "*RECURSION*"}, "old": 1, "older": 2,
    }


def test_array_with_keys_out_of_order_is_an_object_with_string_keys():
    assert parsed(b"array(2) {\n  [1]=>\n  int(1)\n  [0]=>\n  int(0)\n}\n").value == {
        "1": 1, "0": 0}


def test_xdebug_text_mode():
    block = (b"/var/www/index.php:12:\n"
             b"class Foo#1 (4) {\n"
             b"  public $a =>\n  int(1)\n"
             b"  protected ${0} =>\n  double(1.5)\n"
             b"  private ?int $n =>\n  *uninitialized*\n"
             b"  public $list =>\n  array(2) {\n    'k\\'ey' =>\n    string(4) \"a\\000bc\"\n"
             b"    [3] =>\n    string(61) \"only the start\"...\n  }\n"
             b"}\n")
    result = parsed(block)
    assert result.kind == "xdebug"
    assert result.value == {
        "__class__": "Foo", "a": 1, "0": 1.5, "n": {"__uninitialized__": "?int"},
        "list": {"k'ey": "a\x00bc", "3": "only the start"},
    }
    assert any("Xdebug cut a string: declared 61 bytes, 14 shown" in n for n in result.notes)


def test_print_r_nested_objects_and_visibility():
    block = (b"Array\n(\n    [0] => 1\n    [name] => Foo Object\n        (\n"
             b"            [p:protected] => x\n            [q:Foo:private] => \n"
             b"        )\n\n    [2] => two\nlines\n)\n")
    result = parsed(block)
    assert result.kind == "print_r"
    assert result.value == {"0": "1", "name": {"__class__": "Foo", "p": "x", "q": ""},
                            "2": "two\nlines"}


def test_several_dumps_at_the_end_and_between_paragraphs():
    page = (b"Title\n\nWed Jan 20, 2016 22:31:33\n\nFirst paragraph.\n\nint(5)\n"
            b"Second paragraph.\n\n" + var_dump({"a": [1, 2]}) + b"\n"
            + print_r(["x"]) + b'string(7) "[1,2,3]"\n')
    doc = clean_bytes(page)
    assert doc.body == ("First paragraph.", "Second paragraph.")
    assert doc.embedded == (5, {"a": [1, 2]}, ["x"], [1, 2, 3])


def test_mentions_of_dump_syntax_in_sentences_are_left_alone():
    text = ('PHP prints string(5) "hello" for a short string.\n'
            'string(5) "hello" is what you see, then more text.\n'
            "The array(2) { form is used for arrays.\n")
    doc = clean(text)
    assert doc.embedded == () and len(doc.body) == 3


def test_top_level_json_payloads_php_escaped_and_double_encoded():
    escaped = '[{"u":"http:\\/\\/x.ir\\/a","t":"It\\u2019s"}]'
    double = json.dumps('[{"id":"1"}]')
    page = (f'Body.\nstring({len(escaped)}) "{escaped}"\n'
            f'string({len(double)}) "{double}"\n').encode()
    assert clean_bytes(page).embedded == ([{"u": "http://x.ir/a", "t": "It’s"}], [{"id": "1"}])


def test_non_utf8_bytes_in_a_dump_do_not_garble_the_article():
    page = "Café opens.\n".encode() + b'string(3) "\xff\xfe\x00"\n'
    doc = clean_bytes(page)
    assert doc.body == ("Café opens.",)
    assert doc.embedded == ({"__bytes_hex__": "fffe00"},)


def test_depth_10000_neither_crashes_parse_nor_json_output():
    depth = 10_000
    block = b"".join(b"array(1) {\n[0]=>\n" for _ in range(depth)) + b"int(1)\n" + b"}\n" * depth
    doc = clean_bytes(b"Body.\n" + block)
    value = doc.embedded[0]
    for _ in range(MAX_DEPTH - 1):  # the value nests MAX_DEPTH deep; the rest is its dump text
        value = value[0]
    assert isinstance(value, list) and isinstance(value[0], str)
    rest = value[0]
    assert rest.startswith("array(1) {") and rest.endswith("}")
    assert rest.count("array(1) {") == depth - MAX_DEPTH and "int(1)" in rest
    assert any(f"nested deeper than {MAX_DEPTH}" in warning for warning in doc.warnings)
    out = render_json(doc, indent=None)
    assert json.loads(out)["embedded"][0] == doc.embedded[0]


def test_a_thousand_dumps_in_one_file():
    page = b"Body.\n" + b"".join(f'string(3) "{i:03d}"\n'.encode() for i in range(1000))
    doc = clean_bytes(page)
    assert len(doc.embedded) == 1000 and doc.embedded[-1] == "999"


# Round trips and cuts (hypothesis) -----------------------------------------------------------

_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
_leaf = st.none() | st.booleans() | st.integers(-2**63, 2**63 - 1) | _text \
    | st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: f == 0 or 1e-300 < abs(f))
_key = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",),
                                      exclude_characters='"\n\r]\'\\'), min_size=1, max_size=8)
_value = st.recursive(
    _leaf,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(_key.filter(lambda k: not k.lstrip("-").isdigit()), inner, min_size=1,
                      max_size=4)
    | st.builds(lambda cls, d: {"__class__": cls, **d},
                st.sampled_from(["Foo", "App\\Model\\Post"]),
                # Property names as PHP code can write them (Xdebug shows them bare after $).
                st.dictionaries(st.from_regex(r"[A-Za-z_\u00e9\u0628][A-Za-z0-9_\u00e9]{0,7}",
                                              fullmatch=True).filter(lambda k: k != "__class__"),
                                inner, max_size=3)),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(_value)
def test_var_dump_round_trip(value):
    block = var_dump(value)
    result = parsed(block)
    assert result.complete
    assert result.value == value
    assert result.end == len(block) - 1


@settings(max_examples=100, deadline=None)
@given(_value)
def test_xdebug_round_trip(value):
    result = parsed(b"/app/x.php:3:\n" + var_dump(value, xdebug=True))
    assert result.value == value


@settings(max_examples=150, deadline=None)
@given(_value, st.data())
def test_cut_at_any_byte_never_crashes_and_keeps_complete_parts(value, data):
    block = var_dump(value)
    cut = data.draw(st.integers(1, len(block)))
    page = b"Body.\n" + block[:cut]
    doc = clean_bytes(page)
    assert doc.body[:1] == ("Body.",)
    if isinstance(value, list) and doc.embedded and isinstance(doc.embedded[0], list):
        recovered = doc.embedded[0]
        complete_items = [v for v, got in zip(value, recovered, strict=False) if v == got]
        assert recovered[: len(complete_items)] == value[: len(complete_items)]


_plain = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Zl", "Zp"),
                                        exclude_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85"),
                 max_size=15).filter(lambda s: s.strip() not in ("Array", "(", ")")
                                     and not s.endswith(" Object"))
_pr_value = st.recursive(
    _plain,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(_key.filter(lambda k: not k.lstrip("-").isdigit()), inner, min_size=1,
                      max_size=4),
    max_leaves=10,
)


@settings(max_examples=150, deadline=None)
@given(_pr_value.filter(lambda v: isinstance(v, list | dict)))
def test_print_r_round_trip(value):
    result = parsed(print_r(value))
    assert result.kind == "print_r" and result.complete
    assert result.value == value


def test_a_count_that_fits_nowhere_takes_its_line_and_no_more():
    doc = clean('Body.\nstring(3) "abcdef\nNext line stays.\n')
    assert doc.body == ("Body.", "Next line stays.")
    assert doc.embedded == ("abcdef",)
    assert doc.warnings == ("var_dump at line 2: declared 3 bytes, but no closing quote fits; "
                            "took the 6 bytes to the end of the line",)


_dump_page = st.lists(st.sampled_from([
    b"\n", b"\r", b"\r\n", b" ", b"\t", b"(", b'string(1) "a"', b"Array", b"Foo Object",
    b"x.php:3:", b"NULL", b"class A#1 (0) {", b"array(1) {", b"int(3)", b"word", b"#",
]), max_size=30).map(b"".join)


@settings(max_examples=300, deadline=None)
@given(_dump_page)
def test_dump_starts_finds_what_scanning_every_byte_finds(data):
    assert list(dump_starts(data)) == [match.start() for match in DUMP_START.finditer(data)]


# The last forms of php-src's own tests (issue 16) ---------------------------------------------

@pytest.mark.parametrize(("block", "value"), [
    (b"float(123,13452345)\n", 123.13452345),  # old PHP under a comma locale
    (b"array(2) {\n  [0]=>\n  float(-1,5)\n  [1]=>\n  float(2,5E-5)\n}\n", [-1.5, 2.5e-5]),
])
def test_a_float_with_a_locale_comma(block, value):
    assert parsed(block).value == value


@pytest.mark.parametrize(("block", "value"), [
    (b"stdClass Object\n(\n    [a] => 1\n    [self] => stdClass Object\n *RECURSION*\n"
     b"    [b] => 2\n)\n", {"__class__": "stdClass", "a": "1", "self": "*RECURSION*", "b": "2"}),
    (b"Array\n(\n    [0] => 1\n    [1] => Array\n *RECURSION*\n)\n", ["1", "*RECURSION*"]),
    (b"Array\n(\n    [0] => stdClass Object *RECURSION*\n    [1] => x\n)\n", ["*RECURSION*", "x"]),
])
def test_print_r_recursion_marker_goes_on_with_the_block(block, value):
    result = parsed(block)
    assert result.complete and result.end == len(block) - 1
    assert result.value == value


@pytest.mark.parametrize(("key", "in_object"), [
    (b'a\nb', False), (b'a\r\nb"]=>x', False), (b'line\none', True),
    ('/\\"쫾몾ꮘﳞ볚'.encode(), False), (b'a"b', True), (b'a\\', False),
    (b'\x01\x1b\x7f', False),
])
def test_var_dump_keys_are_read_up_to_the_closing_quote_at_the_end_of_their_line(key, in_object):
    head = b"object(Foo)#1 (2) {\n" if in_object else b"array(2) {\n"
    block = head + b'  ["' + key + b'"]=>\n  int(1)\n  ["k"]=>\n  string(1) "v"\n}\n'
    result = parsed(block)
    assert result.complete
    value = result.value
    assert isinstance(value, dict)
    assert value[key.decode("utf-8", "replace")] == 1 and value["k"] == "v"


def test_a_var_dump_key_with_invalid_utf8_is_kept_with_replacement_characters():
    block = b'array(1) {\n  ["a\xff\xfe"]=>\n  int(1)\n}\n'
    assert parsed(block).value == {"a\ufffd\ufffd": 1}


def test_a_scalar_token_ends_at_a_word_boundary():
    # A fuzzed 'NULLng(26) "…"' is not NULL plus a stray 'ng(26)': the line stays text, whole.
    dump = b'array(2) {\n  [0]=>\n  NULLng(26) "abcdefghijklmnopqrstuvwxyz"\n  [1]=>\n  int(2)\n}\n'
    doc = clean_bytes(b"Title Here\n\nBody text.\n\n" + dump + b"\nMore text.\n")
    assert 'NULLng(26) "abcdefghijklmnopqrstuvwxyz"' in doc.body
    for token in (b"int(5)x", b"bool(true)ly", b"float(1.5)e"):
        result = parse_dump(b"array(1) {\n  [0]=>\n  " + token + b"\n}\n", 0)
        assert result is None or not result.complete


# Keys as var_dump writes them, unescaped: quotes, backslashes, brackets, line breaks, controls.
# Only a key holding '"]=>' at the end of one of its lines is ambiguous (PHP's own output is).
_hostile_key = st.text(alphabet=st.sampled_from('ab"\\]=>\n\r\t\x00\x01\x1b é쫾'),
                       min_size=1, max_size=10).filter(
    # (the opening quote counts: a key starting ']=>⏎' reads '["]=>' on its first line)
    lambda k: '"]=>\n' not in '"' + k + "\n" and '"]=>\r' not in '"' + k
    and not k.lstrip("-").isdigit()
    and not k.endswith("\r"))


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(_hostile_key, st.integers(0, 9) | _text, min_size=1, max_size=4))
def test_var_dump_round_trip_with_hostile_keys(value):
    result = parsed(var_dump(value))
    assert result.complete
    assert result.value == value


@pytest.mark.parametrize("glued", ["NULL\u00ff5kA", "int(12)\u00e9t\u00e9", "bool(true)\u00f1o"])
def test_a_value_glued_to_letters_ends_no_dump_inside_a_word(glued: str) -> None:
    # Fuzz seed 28: "NULLÿ5kA" read as NULL with "ÿ5kA" left over: the cut split a word of the
    # page in two (UTF-8 bytes of letters are word characters, as ASCII letters are).
    from invariants import lost_words, replay

    page = ('Officials open new school\n\nThe new school opened on Monday.\n\n'
            f'object(App\\Models\\Article)#1 (2) {{\n  ["id"]=>\n  int(1642)\n  ["editor"]=>\n'
            f'  {glued}\n  ["x"]=>\n  int(1)\n}}\n')
    doc = clean_bytes(page.encode("utf-8"))
    assert not lost_words(page, doc)
    assert replay(page, doc) == list(doc.body)


def test_a_dump_whose_closing_quote_desk_codes_kept_out_of_reach_goes_with_them() -> None:
    # Fuzz seed 55: a string dump miscounted by a few bytes, its closing quote under a run of
    # desk codes, was out of the reader's reach and stayed; strip_furniture took the desk
    # codes, the quote came in reach, and the next clean cut the dump.
    value = '[{"id":"7","title":"Army Clears the Old Town"} ,{"id":"8","title":"Town Reopens"} ]'
    page = ("Army Clears the Old Town\n\nThe army said on Tuesday the operation in the old town "
            "was over and residents could return.\n\n"
            f'string({len(value) - 4}) "{value}SHI/SHI\n' + "SHI/SHI\n" * 1200 + '"')
    doc = clean(page)
    assert clean(doc.to_text()).to_text() == doc.to_text()
    assert not any("string(" in paragraph for paragraph in doc.body)
