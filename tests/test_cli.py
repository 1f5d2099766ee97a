"""The command line, through Click's CliRunner (stdout and stderr kept apart)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "alalam-1781312.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, *args: str, input: bytes | str | None = None):
    return runner.invoke(main, list(args), input=input, catch_exceptions=False)


def test_sample_to_json_meets_the_core_contract(runner):
    result = invoke(runner, "clean", str(SAMPLE), "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    doc = json.loads(result.stdout)
    assert list(doc)[:3] == ["source", "title", "subtitle"]
    assert {"source", "title", "label", "authors", "published", "published_raw", "body",
            "embedded", "fixes", "warnings"} <= set(doc)
    assert doc["title"] == "‘We’ll Fight ISIS until Its Complete Annihilation’: Lavrov"
    assert doc["label"] == "video"
    assert doc["authors"] == []
    assert doc["published"] == "2016-01-20T22:31:33"
    assert doc["published_raw"] == "Wed Jan 20, 2016 22:31:33"
    assert len(doc["body"]) == 18
    assert any(p.endswith('annihilation," Lavrov stressed.') for p in doc["body"])
    assert any(p.endswith('Al-Qaeda," Lavrov explained.') for p in doc["body"])
    assert any(p.startswith("“The main thing") and p.endswith("Lavrov told journalists in "
               "Switzerland.") for p in doc["body"])
    assert len(doc["embedded"]) == 1 and len(doc["embedded"][0]) == 10
    assert doc["embedded"][0][0]["id"] == "1781005"
    assert doc["embedded"][0][-1]["title"].startswith("VIDEO: Iraq’s Oldest")
    assert doc["warnings"] == []
    for fix in doc["fixes"]:
        assert set(fix) == {"pass", "message", "before", "after", "line", "column"}
    assert "“" in result.stdout  # not ASCII-escaped


def test_sample_text_has_no_debris_and_is_stable(runner):
    result = invoke(runner, "clean", str(SAMPLE))
    assert result.exit_code == 0
    text = result.stdout
    for debris in ("string(", "By VIDEO", "contenttypeid", "[{"):
        assert debris not in text
    lines = text.split("\n")
    assert lines[0].startswith("‘We’ll Fight ISIS")
    assert lines[1] == "video | 2016-01-20T22:31:33"
    assert lines[2] == ""
    again = invoke(runner, "clean", "-", input=text.encode())
    assert again.stdout == text


def test_stdin_is_the_default_input(runner):
    result = invoke(runner, "clean", input=SAMPLE.read_bytes())
    assert result.exit_code == 0 and result.stdout.startswith("‘We’ll Fight")


def test_missing_file_is_one_line_exit_2(runner, tmp_path):
    result = invoke(runner, "clean", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: cannot read")


def test_a_folder_to_plain_stdout_is_a_usage_error_with_a_hint(runner, tmp_path):
    result = invoke(runner, "clean", str(tmp_path))
    assert result.exit_code == 2 and "--format jsonl" in result.stderr
    assert result.stderr.count("\n") == 1


def test_unknown_pass_is_a_usage_error(runner):
    result = invoke(runner, "clean", str(SAMPLE), "--skip", "nope")
    assert result.exit_code == 2 and "unknown pass 'nope'" in result.stderr


def test_unknown_time_zone_is_a_usage_error(runner):
    result = invoke(runner, "clean", str(SAMPLE), "--tz", "Mars/Olympus")
    assert result.exit_code == 2 and "unknown time zone" in result.stderr


def test_skip_and_only_select_passes(runner):
    result = invoke(runner, "clean", str(SAMPLE), "--format", "json",
                    "--skip", "fix_quote_attribution")
    doc = json.loads(result.stdout)
    assert {f["pass"] for f in doc["fixes"]} == {"strip_var_dump", "normalize_whitespace",
                                                 "parse_dateline", "repair_header"}
    result = invoke(runner, "clean", str(SAMPLE), "--format", "json",
                    "--only", "strip_var_dump,decode_embedded_json")
    doc = json.loads(result.stdout)
    assert doc["title"] is None and len(doc["embedded"]) == 1


def test_check_reports_change_with_exit_1(runner, tmp_path):
    result = invoke(runner, "clean", str(SAMPLE), "--check")
    assert result.exit_code == 1 and result.stdout == ""
    assert "would clean" in result.stderr
    clean_file = tmp_path / "clean.txt"
    clean_file.write_text(invoke(runner, "clean", str(SAMPLE)).stdout, encoding="utf-8")
    assert invoke(runner, "clean", str(clean_file), "--check").exit_code == 0


def test_diff_prints_a_unified_diff(runner):
    result = invoke(runner, "clean", str(SAMPLE), "--diff")
    assert result.exit_code == 0
    assert result.stdout.startswith("---") and "-By VIDEO" in result.stdout


def test_single_file_to_output_dir(runner, tmp_path):
    result = invoke(runner, "clean", str(SAMPLE), "--format", "json", "-o", str(tmp_path))
    assert result.exit_code == 0 and result.stdout == ""
    out = tmp_path / "alalam-1781312.json"
    assert json.loads(out.read_text(encoding="utf-8"))["label"] == "video"
    assert [p.name for p in tmp_path.iterdir()] == ["alalam-1781312.json"]


def test_binary_and_latin1_input_do_not_crash(runner):
    result = invoke(runner, "clean", "--format", "json", input=b"caf\xe9 \x00\x81\xff\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["warnings"]


def test_passes_command_lists_every_pass(runner):
    from cleaner.pipeline import PASS_NAMES

    result = invoke(runner, "passes")
    for name in PASS_NAMES:
        assert name in result.stdout


def test_help_alias_and_exit_codes_documented(runner):
    result = invoke(runner, "clean", "-h")
    assert result.exit_code == 0 and "Exit codes" in result.stdout


def test_python_dash_m_works_and_plain_clean_does_not_import_rich():
    code = (
        "import sys, runpy; sys.argv = ['cleaner', 'clean', sys.argv[1]];"
        "\ntry:\n    runpy.run_module('cleaner', run_name='__main__')"
        "\nexcept SystemExit:\n    pass"
        "\nassert 'rich' not in sys.modules, 'rich was imported'"
    )
    result = subprocess.run([sys.executable, "-c", code, str(SAMPLE)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("‘We’ll Fight")


def test_dayfirst_and_tz_flags(runner):
    page = "Title\n\n02/01/2016 10:00\n\nBody.\n"
    plain = json.loads(invoke(runner, "clean", "--format", "json", input=page).stdout)
    assert plain["published"] == "2016-02-01T10:00:00"
    result = invoke(runner, "clean", "--format", "json", "--dayfirst", "--tz", "Asia/Tehran",
                    input=page)
    assert json.loads(result.stdout)["published"] == "2016-01-02T10:00:00+03:30"
