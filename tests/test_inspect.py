"""`cleaner inspect`: every part of the view is there, at narrow and wide widths."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from cleaner import clean_bytes
from cleaner.cli import main
from cleaner.render.pretty import render_diff_pretty, render_document

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "alalam-1781312.txt"


def rendered(renderable, width: int) -> str:
    console = Console(file=io.StringIO(), width=width, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def flat(text: str) -> str:
    """The words of a view, without its box lines and line breaks (wrapping may split a row)."""
    return " ".join(re.sub(r"[│╭╮╰╯─━┃┏┓┗┛]", " ", text).split())


@pytest.mark.parametrize("width", [60, 120])
def test_every_part_of_the_view_is_there(width):
    doc = clean_bytes(SAMPLE.read_bytes(), source=str(SAMPLE))
    text = rendered(render_document(doc), width)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= width
    words = flat(text)
    for part in ("cleaner inspect", "title", "video", "published", "2016-01-20T22:31:33",
                 "raw: Wed Jan 20,", "5,034 →", "body", "fixes by pass", "strip_var_dump",
                 "fix_quote_attribution", "no warnings", "embedded #1", "10 records", "1781005",
                 "speaker", "Lavrov", "stressed"):
        assert part in words, f"{part!r} missing at width {width}"
    order = [text.index(p) for p in ("─ cleaner inspect", "─ body", "fixes by pass",
                                     "no warnings", "embedded #1", "\nquotes")]
    assert order == sorted(order)


def test_warnings_panel_and_tree_for_non_tabular_payloads():
    doc = clean_bytes(b'Title\n\nBody.\n\narray(2) {\n  ["a"]=>\n  int(1)\n  ["b"]=>\n'
                      b'  array(1) {\n    [0]=>\n    bool(true)\n  }\n}\n'
                      b'string(90) "[{"id":"1"} ,{"id":"2')
    text = flat(rendered(render_document(doc), 80))
    assert "warnings" in text and "cut off" in text
    assert "embedded #1" in text and "a: 1" in text and "embedded #2: 1 records" in text


def test_diff_view():
    doc = clean_bytes(SAMPLE.read_bytes())
    text = rendered(render_diff_pretty(doc, "seed"), 100)
    assert "-By VIDEO" in text and "+video | 2016-01-20T22:31:33" in text


def test_inspect_command_prints_plain_text_when_piped():
    result = CliRunner().invoke(main, ["inspect", str(SAMPLE), "--width", "100"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert "cleaner inspect" in result.stdout and "embedded #1" in result.stdout


def test_inspect_colour_can_be_forced_and_no_color_wins():
    forced = CliRunner().invoke(main, ["inspect", str(SAMPLE), "--color"],
                                catch_exceptions=False)
    assert "\x1b[" in forced.stdout
    off = CliRunner(env={"NO_COLOR": "1"}).invoke(main, ["inspect", str(SAMPLE), "--diff"],
                                                  catch_exceptions=False)
    assert "\x1b[3" not in off.stdout and "-By VIDEO" in off.stdout


def test_inspect_missing_file_is_one_line_exit_2(tmp_path):
    result = CliRunner().invoke(main, ["inspect", str(tmp_path / "nope")],
                                catch_exceptions=False)
    assert result.exit_code == 2 and result.stderr.startswith("Error: cannot read")
