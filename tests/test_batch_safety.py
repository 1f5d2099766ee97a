"""Issue 12: batch and terminal safety, each defect on a real tree (subprocesses for signals).

Never overwrite (an input, or a file the same run wrote), never hang (FIFOs, devices,
/dev/zero), report every failure (unreadable folders, NUL bytes, a full disk), stop on a signal
within about a second and count exactly what was written.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.batch import clamp_jobs, new_file_mode
from cleaner.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "alalam-1781312.txt"
ROOT = os.geteuid() == 0
NOBODY = 65534


def invoke(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "cleaner", "clean", *args]


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def page() -> bytes:
    return SAMPLE.read_bytes()


# 1. -o name collisions ----

def test_files_from_mirrors_paths_so_same_names_in_two_folders_do_not_collide(tmp_path, page,
                                                                               monkeypatch):
    monkeypatch.chdir(tmp_path)
    for folder in ("c/a", "c/b"):
        Path(folder).mkdir(parents=True)
        Path(folder, "x.txt").write_bytes(page.replace(b"Lavrov", folder[-1].encode() * 3))
    result = invoke("clean", "--files-from", "-", "-o", "o", "-q", input="c/a/x.txt\nc/b/x.txt\n")
    assert result.exit_code == 0, result.stderr
    assert files(Path("o")) == ["c/a/x.txt", "c/b/x.txt"]
    assert "aaa" in Path("o/c/a/x.txt").read_text(encoding="utf-8")
    assert "bbb" in Path("o/c/b/x.txt").read_text(encoding="utf-8")


def test_two_file_arguments_in_different_folders_mirror_their_common_folder(tmp_path, page):
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "x.txt").write_bytes(page)
    out = tmp_path / "o"
    result = invoke("clean", str(tmp_path / "in/a/x.txt"), str(tmp_path / "in/b/x.txt"),
                    "-o", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    assert files(out) == ["a/x.txt", "b/x.txt"]


def test_two_file_arguments_mapping_to_one_output_are_refused_before_any_work(tmp_path, page):
    (tmp_path / "x.txt").write_bytes(page)
    (tmp_path / "x.html").write_bytes(page)
    out = tmp_path / "o"
    result = invoke("clean", str(tmp_path / "x.txt"), str(tmp_path / "x.html"), "-o", str(out))
    assert result.exit_code == 2 and "would both be written" in result.stderr
    assert result.stderr.count("\n") == 1 and not out.exists()


def test_a_collision_found_in_a_walk_is_reported_and_never_overwrites(tmp_path, page):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.html").write_bytes(page)
    (folder / "x.txt").write_bytes(page.replace(b"Lavrov", b"Kerry"))
    out = tmp_path / "o"
    result = invoke("clean", str(folder), "-o", str(out))
    assert result.exit_code == 123
    assert "which this run wrote for" in result.stderr and "1 failed" in result.stderr
    assert files(out) == ["x.txt"]
    assert "Lavrov" in (out / "x.txt").read_text(encoding="utf-8")  # the first, x.html, kept


# 2. -o must never replace an input ----

@pytest.mark.parametrize("extra", [[], ["--format", "json"]])
def test_output_folder_holding_a_file_input_is_refused(tmp_path, page, extra):
    (tmp_path / "a.txt").write_bytes(page)
    (tmp_path / "a.txt").chmod(0o644)
    result = invoke("clean", str(tmp_path / "a.txt"), "-o", str(tmp_path), *extra)
    assert result.exit_code == 2 and "inside --output-dir" in result.stderr
    assert (tmp_path / "a.txt").read_bytes() == page
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_files_from_inputs_inside_the_output_folder_are_refused(tmp_path, page):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_bytes(page)
    listing = f"{folder}\n{folder / 'a.txt'}\n"
    result = invoke("clean", "--files-from", "-", "-o", str(folder / "out"), input=listing)
    assert result.exit_code == 123, result.stderr
    assert "overlap; not cleaned" in result.stderr
    assert (folder / "a.txt").read_bytes() == page
    result = invoke("clean", "--files-from", "-", "-o", str(folder), input=listing)
    assert result.exit_code == 123 and "is inside --output-dir" in result.stderr
    assert (folder / "a.txt").read_bytes() == page


# 3. modes ----

@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_outputs_get_the_mode_open_would_give(tmp_path, page, umask):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(page)
    previous = os.umask(umask)
    try:
        assert new_file_mode() == 0o666 & ~umask
        result = invoke("clean", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "-q")
    finally:
        os.umask(previous)
    assert result.exit_code == 0
    assert stat.S_IMODE((tmp_path / "o" / "a.txt").stat().st_mode) == 0o666 & ~umask


@pytest.mark.skipif(not ROOT, reason="changing a file's owner needs root")
def test_in_place_keeps_mode_and_owner(tmp_path, page):
    target = tmp_path / "a.txt"
    target.write_bytes(page)
    target.chmod(0o640)
    os.chown(target, NOBODY, NOBODY)
    result = invoke("clean", str(target), "--in-place")
    assert result.exit_code == 0, result.stderr
    info = target.stat()
    assert (stat.S_IMODE(info.st_mode), info.st_uid, info.st_gid) == (0o640, NOBODY, NOBODY)
    assert "string(" not in target.read_text(encoding="utf-8")


# 4. --in-place over symlinks and read-only files ----

def test_in_place_writes_through_a_symlink(tmp_path, page):
    (tmp_path / "real.txt").write_bytes(page)
    (tmp_path / "link.txt").symlink_to("real.txt")
    result = invoke("clean", str(tmp_path / "link.txt"), "--in-place")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "link.txt").is_symlink()
    assert "string(" not in (tmp_path / "real.txt").read_text(encoding="utf-8")


def test_in_place_refuses_a_read_only_file(tmp_path, page):
    target = tmp_path / "ro.txt"
    target.write_bytes(page)
    target.chmod(0o444)
    result = invoke("clean", str(target), "--in-place")
    assert result.exit_code == 2 and "read-only" in result.stderr
    result = invoke("clean", str(tmp_path), "--in-place", "-q")
    assert result.exit_code == 123 and "read-only" in result.stderr
    assert target.read_bytes() == page and stat.S_IMODE(target.stat().st_mode) == 0o444


def test_help_says_what_the_text_format_of_in_place_drops():
    help_text = " ".join(invoke("clean", "--help").stdout.split())
    for field in ("authors", "published_raw", "embedded"):
        assert field in help_text


def test_in_place_keeps_the_subtitle_over_a_second_clean(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("Big Headline About Things Here\nA dek that says more about the story "
                      "below it.\n\nJan 20, 2016\n\nBody text of the page.\n", encoding="utf-8")
    first = json.loads(invoke("clean", str(target), "--format", "json").stdout)
    assert first["subtitle"] == "A dek that says more about the story below it."
    assert invoke("clean", str(target), "--in-place").exit_code == 0
    again = json.loads(invoke("clean", str(target), "--format", "json").stdout)
    assert (again["title"], again["subtitle"]) == (first["title"], first["subtitle"])


# 5. FIFOs, devices, /dev/zero ----

def test_a_fifo_in_a_tree_is_skipped_not_waited_on(tmp_path, page):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(page)
    os.mkfifo(folder / "b.pipe")
    proc = subprocess.run(cli(str(folder), "--format", "jsonl", "-j", "1"), capture_output=True,
                          text=True, timeout=30, check=False)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 1
    assert "b.pipe' is a FIFO" in proc.stderr and "1 skipped" in proc.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_listed_is_skipped_and_as_a_list_is_an_error(tmp_path):
    proc = subprocess.run(cli("--files-from", "-", "--format", "jsonl"), input=f"/dev/zero\n"
                          f"{SAMPLE}\n", capture_output=True, text=True, timeout=30, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "is a character device" in proc.stderr and len(proc.stdout.splitlines()) == 1
    for extra in ([], ["-0"]):
        proc = subprocess.run(cli("--files-from", "/dev/zero", "--format", "jsonl", *extra),
                              capture_output=True, text=True, timeout=30, check=False)
        assert proc.returncode == 123 and "is it a list of paths" in proc.stderr
        assert "Traceback" not in proc.stderr and "MemoryError" not in proc.stderr


def test_a_device_named_alone_is_a_usage_error():
    result = invoke("clean", "/dev/null")
    assert result.exit_code == 2 and "character device" in result.stderr


# 6 and 7. unreadable folders and parents (as another user when run as root) ----

@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder another user can reach (tmp_path lies under a 0700 folder of root)."""
    folder = Path(tempfile.mkdtemp(prefix="cleaner-test-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder)


@contextlib.contextmanager
def unprivileged() -> Iterator[None]:
    """Without root's power to read anything: as nobody (effective ids) when we are root."""
    if not ROOT:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def locked_tree(shared_tmp, page) -> Path:
    root = shared_tmp / "tree"
    (root / "locked" / "inner").mkdir(parents=True)
    (root / "open").mkdir()
    (root / "open" / "a.txt").write_bytes(page)
    (root / "locked" / "inner" / "x.txt").write_bytes(page)
    for path in [root, *root.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    (root / "locked").chmod(0)
    return root


def test_an_unreadable_folder_is_reported_as_an_error(locked_tree):
    with unprivileged():
        result = invoke("clean", str(locked_tree), "--format", "jsonl", "-j", "1")
    assert result.exit_code == 123, result.stderr
    assert len(result.stdout.splitlines()) == 1
    assert re.search(r"error: cannot read folder '.*locked': Permission denied", result.stderr)


def test_an_unsearchable_parent_is_one_line_not_a_traceback(locked_tree):
    hidden = str(locked_tree / "locked" / "inner" / "x.txt")
    with unprivileged():
        single = invoke("clean", hidden)
        batch = invoke("clean", hidden, str(locked_tree / "locked" / "inner"), "--format",
                       "jsonl", "-j", "1")
    assert single.exit_code == 2 and single.stderr.count("\n") == 1, single.stderr
    assert "Permission denied" in single.stderr
    assert batch.exit_code == 123 and "Permission denied" in batch.stderr, batch.stderr


def test_a_nul_byte_in_a_files_from_list_is_a_failed_file_not_a_traceback():
    result = invoke("clean", "--files-from", "-", "--format", "jsonl",
                    input=f"a\0b\n{SAMPLE}\n".encode())
    assert result.exit_code == 123
    assert "NUL byte" in result.stderr and "-0" in result.stderr
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("batch", [False, True])
def test_a_full_disk_on_stdout_is_fatal_with_one_line(batch):
    args = [str(SAMPLE), str(SAMPLE), "--format", "jsonl"] if batch else [str(SAMPLE)]
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(cli(*args), stdout=full, stderr=subprocess.PIPE, text=True,
                              timeout=30, check=False)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1] == ("Error: cannot write to stdout: No space "
                                                    "left on device")
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr


# 8. signals ----

def _big_page(path: Path, megabytes: int = 40) -> None:
    seed = SAMPLE.read_bytes()
    path.write_bytes(seed * (megabytes * 1_000_000 // len(seed)))


def _wait_for(predicate, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_ctrl_c_on_a_single_file_exits_130_at_once(tmp_path):
    _big_page(tmp_path / "big.txt")
    proc = subprocess.Popen(cli(str(tmp_path / "big.txt")), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    started = time.monotonic()
    _, stderr = proc.communicate(timeout=30)
    assert time.monotonic() - started < 3
    assert proc.returncode == 130, stderr
    assert "Aborted" not in stderr and "Traceback" not in stderr


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_stops_a_batch_at_once_counting_exactly_what_was_written(tmp_path, signum):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i:02d}.txt").write_bytes(SAMPLE.read_bytes())
    _big_page(folder / "05.txt")  # a worker is deep in this one when the signal comes
    proc = subprocess.Popen(cli(str(folder), "-o", str(out), "-j", "2"),
                            stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: out.is_dir() and len(list(out.glob("*.txt"))) >= 4)
    time.sleep(0.3)
    proc.send_signal(signum)
    started = time.monotonic()
    _, stderr = proc.communicate(timeout=30)
    assert time.monotonic() - started < 3
    assert proc.returncode == 128 + signum, stderr
    assert "Traceback" not in stderr
    written = files(out)
    assert "05.txt" not in written and not list(out.rglob("*.tmp"))
    counted = re.search(r"interrupted after (\d+) files", stderr)
    assert counted, stderr
    assert int(counted.group(1)) == len(written), (stderr, written)


def test_sigterm_to_the_whole_process_group_counts_exactly(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i:02d}.txt").write_bytes(SAMPLE.read_bytes())
    _big_page(folder / "05.txt")
    proc = subprocess.Popen(cli(str(folder), "-o", str(out), "-j", "2"),
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    _wait_for(lambda: out.is_dir() and len(list(out.glob("*.txt"))) >= 4)
    os.killpg(proc.pid, signal.SIGTERM)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 143 and "Traceback" not in stderr, stderr
    counted = re.search(r"interrupted after (\d+) files", stderr)
    assert counted and int(counted.group(1)) == len(files(out)), stderr


# 9. workers and stdin ----

def test_workers_are_clamped_to_the_inputs_and_the_cpus():
    cpus = os.cpu_count() or 1
    assert clamp_jobs(1000, 3) == 3
    assert clamp_jobs(1000) == 2 * cpus
    assert clamp_jobs(1, 50) == 1


def test_stdin_among_other_inputs_is_read_once(tmp_path, page):
    (tmp_path / "a.txt").write_text("Other Title\n\nBody.\n", encoding="utf-8")
    result = invoke("clean", "-", str(tmp_path / "a.txt"), "--format", "jsonl", "-q",
                    input=page)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["source"] for row in rows] == [None, str(tmp_path / "a.txt")]
    assert rows[0]["label"] == "video"
    result = invoke("clean", "-", "-", "--format", "jsonl", input=page)
    assert result.exit_code == 2 and "only once" in result.stderr
