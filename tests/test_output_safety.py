"""What the cleaner shows and writes is safe for whoever reads it (issue 12, items 10-13).

A terminal never obeys the page (inspect, text to a TTY); JSON lines never split for a line
reader; JSON never nests past what standard readers parse; a huge page is refused, not fatal.
"""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import clean_bytes
from cleaner.cli import main
from cleaner.render import render_json, visible

EVIL = (b"Evil \x1b]0;PWNED\x07Title\n\nBody \x1b[2J cleared. More \xc2\x9b2J and a "
        b"\xe2\x80\xae reversal.\n\nA line\x85break and\xe2\x80\xa8one\xe2\x80\xa9more.\n")
CLEANER = [sys.executable, "-m", "cleaner"]


def _no_page_escapes(text: str) -> None:
    for sequence in ("\x1b]0;", "\x1b[2J", "\x07", "\x9b", "\u202e"):
        assert sequence not in text, f"{sequence!r} reached the terminal"


# 10. inspect and text on a terminal --------------------------------------------------------

@pytest.mark.parametrize("colour", ["--no-color", "--color"])
def test_inspect_shows_control_characters_instead_of_passing_them(tmp_path: Path,
                                                                  colour: str) -> None:
    page = tmp_path / "evil.txt"
    page.write_bytes(EVIL)
    for extra in ([], ["--diff"]):
        result = CliRunner().invoke(main, ["inspect", str(page), colour, "--width", "120",
                                           *extra])
        assert result.exit_code == 0, result.output
        _no_page_escapes(result.stdout)
        assert "^[]0;PWNED^G" in result.stdout
        if colour == "--no-color":
            assert "\x1b" not in result.stdout


def test_inspect_does_not_read_page_text_as_markup(tmp_path: Path) -> None:
    page = tmp_path / "markup.txt"
    page.write_bytes(b"Title\n\nBody with [bold red]markup[/bold red] and [link=x]y[/link].\n")
    result = CliRunner().invoke(main, ["inspect", str(page), "--no-color", "--width", "200"])
    assert "[bold red]markup[/bold red]" in result.stdout


def test_visible_is_cat_v_notation() -> None:
    assert visible("a\x1b[2Jb\x7f\x9b\x00\r") == "a^[[2Jb^?M-^[^@^M"
    assert visible("tab\tand\nline stay; é ü — “ok”") == "tab\tand\nline stay; é ü — “ok”"
    assert visible("x\u202ey\u2066") == "x<U+202E>y<U+2066>"


def _run_on_pty(args: list[str]) -> bytes:
    """Run the cleaner with stdout on a pseudo-terminal; everything it wrote there."""
    master, slave = pty.openpty()
    try:
        process = subprocess.Popen(CLEANER + args, stdout=slave, stderr=subprocess.DEVNULL,
                                   stdin=subprocess.DEVNULL)
    finally:
        os.close(slave)
    chunks: list[bytes] = []
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 30)
            if not ready:
                break
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
        process.wait(timeout=30)
    return b"".join(chunks)


# Without the repair passes the page's escapes would reach the output untouched.
RAW = ["--skip", "repair_mojibake,fix_c1_controls"]


def test_text_to_a_terminal_shows_control_characters(tmp_path: Path) -> None:
    page = tmp_path / "evil.txt"
    page.write_bytes(EVIL)
    shown = _run_on_pty(["clean", str(page), *RAW]).decode("utf-8", "replace")
    _no_page_escapes(shown)
    assert "^[[2J" in shown and "M-^[2J" in shown


def test_text_to_a_pipe_stays_byte_exact(tmp_path: Path) -> None:
    page = tmp_path / "evil.txt"
    page.write_bytes(EVIL)
    piped = subprocess.run([*CLEANER, "clean", str(page), *RAW], capture_output=True,
                           check=True).stdout
    assert b"\x1b[2J" in piped and b"\xc2\x9b" in piped


# 11. JSON lines split only at their end -----------------------------------------------------

SPLITTERS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def test_jsonl_records_survive_every_line_reader() -> None:
    page = ("Title\n\nBody " + " ".join(f"a{ch}b" for ch in SPLITTERS) + " end.\n").encode()
    doc = clean_bytes(page, passes=())  # no pass: every splitter stays in the text
    for indent in (None, 2):
        text = render_json(doc, indent=indent)
        for ch in SPLITTERS + "\x7f\x9b":
            assert ch not in text
        assert json.loads(text) == json.loads(json.dumps(doc.to_dict()))
    line = render_json(doc, indent=None) + "\n"
    assert len(line.splitlines()) == 1


def test_jsonl_cli_output_is_one_line_per_file(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_bytes(
            f"Title {name}\n\nA body\u2028with\u2029separators\x85here.\n".encode())
    result = CliRunner().invoke(main, ["clean", "--format", "jsonl", "-q", "--skip",
                                       "normalize_whitespace,fix_c1_controls",
                                       str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["body"] for line in lines)


# 12. No output nests past what json and jq read ---------------------------------------------

def _print_r(depth: int) -> bytes:
    lines = ["Array", "("]
    for level in range(1, depth):
        lines += [" " * (8 * level - 4) + "[0] => Array", " " * (8 * level) + "("]
    lines.append(" " * (8 * depth - 4) + "[0] => leaf")
    for level in range(depth - 1, -1, -1):
        lines += [" " * (8 * level) + ")", ""]
    return "\n".join(lines).encode()


def _json_payload(depth: int) -> bytes:
    payload = "[" * depth + '"leaf"' + "]" * depth
    return f'string({len(payload)}) "{payload}"\n'.encode()


DEEP = {
    "var_dump 100000":
        b"array(1) {\n[0]=>\n" * 100_000 + b'string(4) "leaf"\n' + b"}\n" * 100_000,
    "var_dump 300, cut off": b"array(1) {\n  [0]=>\n" * 300 + b"  int(7)\n" + b"}\n" * 20,
    "print_r 150": _print_r(150),
    "JSON payload 500": _json_payload(500),
}


@pytest.mark.parametrize("name", list(DEEP))
def test_deep_dumps_load_in_json_and_jq_and_keep_every_part(tmp_path: Path, name: str) -> None:
    page = tmp_path / "deep.txt"
    page.write_bytes(b"Title\n\nBody.\n\n" + DEEP[name])
    result = subprocess.run([*CLEANER, "clean", str(page), "--format", "json"],
                            capture_output=True, check=True)
    doc = json.loads(result.stdout)  # Python's default recursion limit
    assert any("deeper than 100 levels" in warning for warning in doc["warnings"])
    value, depth = doc["embedded"][0], 0
    while isinstance(value, list | dict):
        value = value[0] if isinstance(value, list) else next(iter(value.values()))
        depth += 1
    assert depth <= 100 and isinstance(value, str)
    if name != "var_dump 300, cut off":
        assert value.count("leaf") == 1  # the innermost value is in the text kept
    if shutil.which("jq"):
        jq = subprocess.run(["jq", "-c", ".embedded | length"], input=result.stdout,
                            capture_output=True, check=False)
        assert jq.returncode == 0 and jq.stdout.strip() == b"1", jq.stderr


# 13. A page too big to clean is refused with one line, not killed ---------------------------

def test_a_page_over_max_size_is_refused_with_exit_2(tmp_path: Path) -> None:
    page = tmp_path / "big.txt"
    page.write_bytes(b"Title\n\n" + b"A paragraph of the page.\n\n" * 100)
    result = CliRunner().invoke(main, ["clean", str(page), "--max-size", "1K"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "larger than --max-size (1 KiB)" in result.stderr
    stdin = CliRunner().invoke(main, ["clean", "--max-size", "1K"], input=page.read_bytes())
    assert stdin.exit_code == 2 and "'<stdin>' is larger than --max-size" in stdin.stderr
    assert CliRunner().invoke(main, ["clean", str(page), "--max-size", "0"]).exit_code == 0
    assert CliRunner().invoke(main, ["clean", str(page), "--max-size", "3000"]).exit_code == 0
    bad = CliRunner().invoke(main, ["clean", str(page), "--max-size", "lots"])
    assert bad.exit_code == 2 and "not a size" in bad.stderr


def test_a_page_over_max_size_is_a_failed_file_in_a_batch(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"Title\n\n" + b"A paragraph of the page.\n\n" * 100)
    (tmp_path / "small.txt").write_bytes(b"Title\n\nBody.\n")
    result = subprocess.run([*CLEANER, "clean", str(tmp_path), "--format", "jsonl",
                             "--max-size", "1K", "-j", "1"], capture_output=True, check=False)
    assert result.returncode == 123, result.stderr
    assert [json.loads(line)["body"] for line in result.stdout.splitlines()] == [["Body."]]
    assert b"error: " in result.stderr and b"larger than --max-size" in result.stderr
    assert b"Traceback" not in result.stderr


def test_max_size_default_and_units() -> None:
    from cleaner.batch import DEFAULT_MAX_SIZE, Job
    from cleaner.cli import parse_size

    assert DEFAULT_MAX_SIZE == parse_size("64M") == 64 << 20
    assert parse_size("1G") == 1 << 30 and parse_size("500000") == 500_000
    assert parse_size("1.5KiB") == 1536 and parse_size("0") == 0
    assert Job().max_size == 0  # the library sets no limit; the CLI's default is 64 MiB


def test_a_file_name_with_escapes_is_shown_visible_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "evil\x1b]0;PWNED\x07.txt").write_bytes(b"Title\n\nBody  with  spaces.\n")
    (tmp_path / "plain.txt").write_bytes(b"Title\n\nBody  with  spaces.\n")
    result = CliRunner().invoke(main, ["clean", "--check", "-q", str(tmp_path)])
    assert result.exit_code == 1
    _no_page_escapes(result.stderr)
    assert "evil^[]0;PWNED^G.txt" in result.stderr and "plain.txt" in result.stderr


def test_ctrl_c_while_the_command_is_still_starting_is_one_line_and_130(monkeypatch, capsys):
    """The pipeline's patterns compile while `cleaner.cli` is imported (a few hundred ms): an
    interrupt then ends the command as it does later, not with a traceback."""
    import builtins
    import sys as system

    import pytest

    from cleaner import launcher

    real_import = builtins.__import__

    def interrupted_import(name: str, *args: object, **kwargs: object) -> object:
        if name == "cleaner.cli":
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.delitem(system.modules, "cleaner.cli", raising=False)
    monkeypatch.setattr(builtins, "__import__", interrupted_import)
    with pytest.raises(SystemExit) as stop:
        launcher.main()
    assert stop.value.code == 130
    assert capsys.readouterr().err == "interrupted\n"


def test_ctrl_c_soon_after_start_exits_130_without_a_traceback() -> None:
    import signal
    import subprocess
    import sys as system
    import time

    sample = Path(__file__).resolve().parents[1] / "samples" / "alalam-1781312.txt"
    # Python itself starts first (its own modules, then the two-line launcher, as the console
    # script does): the interrupt comes once the launcher runs, while it imports the pipeline
    # (a few hundred ms). (Sent before, on a loaded machine it lands in Python's own start.)
    proc = subprocess.Popen([system.executable, "-c", "import sys; "
                             "from cleaner.launcher import main; print('up', flush=True); "
                             "sys.argv = ['cleaner', 'clean', sys.argv[1]]; main()", str(sample)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "up\n"
    time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode in (0, 130), stderr  # 0: it had already finished
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
