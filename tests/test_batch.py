"""Batch mode on real temp trees: inputs, outputs, ordering, atomicity, failures, exit codes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.batch import Job, Report, Result, iter_inputs, read_files_from, run_batch
from cleaner.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "alalam-1781312.txt"
CLEAN_PAGE = "Clean Title\n\nBody that needs nothing.\n"


def invoke(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """in/ with nested folders, odd names, hidden entries, a clean page and a symlink loop."""
    root = tmp_path / "in"
    (root / "a" / "b").mkdir(parents=True)
    (root / ".hidden").mkdir()
    seed = SAMPLE.read_bytes()
    (root / "a" / "one.txt").write_bytes(seed)
    (root / "a" / "b" / "two words.txt").write_bytes(seed.replace(b"Lavrov", b"Kerry"))
    (root / "a" / "b" / "line\nbreak.txt").write_bytes(seed)
    (root / "clean.txt").write_text(CLEAN_PAGE, encoding="utf-8")
    (root / "notes.md").write_bytes(seed)
    (root / ".secret.txt").write_bytes(seed)
    (root / ".hidden" / "x.txt").write_bytes(seed)
    (root / "a" / "loop").symlink_to(root, target_is_directory=True)
    return root


def names(items) -> list[str]:
    return [os.path.relpath(item.path, item.root) for item in items]


def test_walk_is_sorted_skips_hidden_and_symlink_loops(tree):
    assert names(iter_inputs([tree])) == [
        "clean.txt", "notes.md", "a/one.txt", "a/b/line\nbreak.txt", "a/b/two words.txt"]


def test_glob_and_exclude(tree):
    assert names(iter_inputs([tree], globs=("*.txt",), excludes=("b",))) == [
        "clean.txt", "a/one.txt"]
    assert names(iter_inputs([tree], excludes=("*.md", "two*"))) == [
        "clean.txt", "a/one.txt", "a/b/line\nbreak.txt"]


def test_files_from_lines_and_nul(tmp_path):
    import io

    assert list(read_files_from(io.BytesIO(b"a.txt\r\nb c.txt\n\nd.txt"), False)) == [
        Path("a.txt"), Path("b c.txt"), Path("d.txt")]
    assert list(read_files_from(io.BytesIO(b"a\nb.txt\0c.txt\0"), True)) == [
        Path("a\nb.txt"), Path("c.txt")]


def test_jsonl_is_in_input_order_and_identical_for_any_number_of_workers(tree):
    one = invoke("clean", str(tree), "--format", "jsonl", "-j", "1", "-q")
    two = invoke("clean", str(tree), "--format", "jsonl", "-j", "2", "-q")
    assert one.exit_code == 0, one.stderr
    assert one.stdout == two.stdout
    rows = [json.loads(line) for line in one.stdout.splitlines()]
    assert [Path(r["source"]).name for r in rows] == [
        "clean.txt", "notes.md", "one.txt", "line\nbreak.txt", "two words.txt"]
    assert rows[2]["label"] == "video" and len(rows[2]["embedded"][0]) == 10


def test_many_files_with_two_workers_keep_order(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(150):
        (folder / f"{i:04d}.txt").write_text(f"Title {i}\n\nBody number {i}.\n", encoding="utf-8")
    result = invoke("clean", str(folder), "--format", "jsonl", "-j", "2", "-q")
    titles = [json.loads(line)["title"] for line in result.stdout.splitlines()]
    assert titles == [f"Title {i}" for i in range(150)]


def test_output_dir_mirrors_the_tree(tree, tmp_path):
    out = tmp_path / "out"
    result = invoke("clean", str(tree), "-o", str(out), "--format", "json", "-q")
    assert result.exit_code == 0 and result.stdout == ""
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["a/b/line\nbreak.json", "a/b/two words.json", "a/one.json",
                       "clean.json", "notes.json"]
    assert json.loads((out / "a" / "one.json").read_text(encoding="utf-8"))["label"] == "video"
    assert not list(out.rglob("*.tmp"))


@pytest.mark.parametrize("inside", ["", "sub"])
def test_output_dir_inside_an_input_is_refused(tree, inside):
    result = invoke("clean", str(tree), "-o", str(tree / inside), "--format", "json")
    assert result.exit_code == 2 and "inside the input folder" in result.stderr


def test_in_place_rewrites_only_changed_files_atomically_keeping_permissions(tree):
    page = tree / "a" / "one.txt"
    page.chmod(0o640)
    clean_page = tree / "clean.txt"
    before = clean_page.stat()
    result = invoke("clean", str(tree), "--in-place", "-q")
    assert result.exit_code == 0, result.stderr
    assert "string(" not in page.read_text(encoding="utf-8")
    assert page.stat().st_mode & 0o777 == 0o640
    after = clean_page.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert not list(tree.rglob("*.tmp"))
    again = invoke("clean", str(tree), "--check", "-q")
    assert again.exit_code == 0


def test_in_place_needs_text(tree):
    result = invoke("clean", str(tree), "--in-place", "--format", "json")
    assert result.exit_code == 2 and "--in-place" in result.stderr


def test_check_lists_changed_files_and_exits_1(tree):
    result = invoke("clean", str(tree), "--check")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("would clean") == 4
    assert "clean.txt" not in result.stderr.replace("would clean", "")
    assert "4 would change, 1 unchanged, 0 failed" in result.stderr


def test_diff_prints_a_diff_per_changed_file(tree):
    result = invoke("clean", str(tree), "--diff", "-q")
    assert result.exit_code == 0
    assert result.stdout.count("\n--- ") + result.stdout.startswith("--- ") == 4


def test_several_inputs_to_plain_stdout_is_a_usage_error(tree):
    result = invoke("clean", str(tree / "clean.txt"), str(tree / "a" / "one.txt"))
    assert result.exit_code == 2 and "--format jsonl" in result.stderr


def test_bad_files_are_reported_and_the_run_goes_on(tree, tmp_path):
    (tree / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    listing = tmp_path / "list"
    listing.write_bytes(b"\0".join([str(tree / "a" / "one.txt").encode(), str(tree).encode(),
                                    str(tree / "gone.txt").encode(), b"/no/such/file"]))
    result = invoke("clean", "--files-from", str(listing), "-0", "--format", "jsonl", "-j", "1")
    assert result.exit_code == 123
    assert len(result.stdout.splitlines()) == 6  # one.txt + the 5 files of the folder
    assert "error: cannot read" in result.stderr and "/no/such/file" in result.stderr
    assert "3 failed" in result.stderr  # gone.txt twice (in the folder, and listed) and /no/such


def test_non_utf8_file_name(tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    name = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(name, "wb") as handle:
        handle.write(b"Title\n\nBody.\n")
    result = invoke("clean", str(folder), "--format", "jsonl", "-q")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "Title"


def test_files_from_stdin(tree):
    listing = f"{tree / 'clean.txt'}\n{tree / 'a' / 'one.txt'}\n"
    result = invoke("clean", "--files-from", "-", "--format", "jsonl", "-q", input=listing)
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == [
        "Clean Title", "‘We’ll Fight ISIS until Its Complete Annihilation’: Lavrov"]


def test_report_exit_codes():
    report = Report(check=True)
    assert report.exit_code == 0
    report.add(Result("a", changed=True))
    assert report.exit_code == 1
    report.add(Result("b", error="cannot read"))
    assert report.exit_code == 123
    report.interrupted = signal.SIGINT
    assert report.exit_code == 130
    report.interrupted = signal.SIGTERM
    assert report.exit_code == 143


def test_run_batch_stops_its_workers_when_the_caller_stops(tmp_path):
    for i in range(200):
        (tmp_path / f"{i}.txt").write_text("T\n\nBody.\n", encoding="utf-8")
    results = run_batch(iter_inputs([tmp_path]), Job(fmt="jsonl"), jobs=2, chunk_size=4)
    assert next(results)[0].error is None
    results.close()  # must not hang


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "cleaner", "clean", *args]


def test_closed_stdout_ends_quietly(tree):
    folder = tree / "many"
    folder.mkdir()
    for i in range(300):
        (folder / f"{i}.txt").write_bytes(SAMPLE.read_bytes())
    proc = subprocess.run(f"{' '.join(_cli(str(folder), '--format', 'jsonl'))} | head -n 1",
                          shell=True, capture_output=True, text=True, timeout=60, check=False)
    assert len(proc.stdout.splitlines()) == 1
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


def test_ctrl_c_stops_promptly_prints_summary_and_leaves_no_partial_file(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for i in range(4000):
        (folder / f"{i:05d}.txt").write_bytes(SAMPLE.read_bytes())
    proc = subprocess.Popen(_cli(str(folder), "-o", str(out), "-j", "2"),
                            stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    started = time.monotonic()
    _, stderr = proc.communicate(timeout=30)
    assert time.monotonic() - started < 10
    assert proc.returncode == 130, stderr
    assert "interrupted after" in stderr and "Traceback" not in stderr
    assert not list(out.rglob("*.tmp"))
    for written in out.rglob("*.txt"):
        assert written.read_text(encoding="utf-8").startswith("‘We’ll Fight")
