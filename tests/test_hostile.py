"""Hostile input: every case gives a clean result or a one-line error, never a traceback or a hang.

Each case runs the command with a generous time limit that only a hang would reach (these are
not speed checks; bench/ measures speed). With CLEANER_SLOW_TESTS=1 (CI sets it) each runs in its
own process, as a user runs it, on 50 MB versions of the big cases; the everyday run calls the
command in this process through Click's CliRunner (starting Python and compiling the lexicon's
patterns for each case was most of its time) on 1 MB versions.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "alalam-1781312.txt"
SLOW = os.environ.get("CLEANER_SLOW_TESTS") == "1"
BIG = 50_000_000 if SLOW else 1_000_000
HANG_LIMIT = 300  # seconds: far beyond any real run, so only a hang fails on it

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")


def _article() -> bytes:
    seed = SAMPLE.read_bytes()
    return seed[: seed.index(b"string(")]


CASES = {
    "empty": b"",
    "whitespace only": b" \n\t\r\n   \n",
    "nul bytes": b"\x00" * 10_000,
    "png": PNG + bytes(range(256)) * 40,
    "big file": (_article() * (BIG // len(_article()) + 1))[:BIG],
    "single long line": b"word, " * (BIG // 30),
    "nested array 100000": b"array(1) {\n[0]=>\n" * 100_000 + b"int(1)\n" + b"}\n" * 100_000,
    "1000 dumps": b"Body.\n" + b"".join(f'string(3) "{i:03d}"\n'.encode() for i in range(1000)),
    "json nested 100000": b'string(200000) "' + b"[" * 100_000 + b"]" * 100_000 + b'"\n',
    "run of quotes": b'"' * 200_000,
    "run of curly quotes": "“”".encode() * 50_000,
    "run of commas": b"," * 200_000,
    "By By By": b"By " * 50_000,
    "spaces": b" " * 1_000_000 + b"x",
    "quotes and attributions": b'"a, b said." ' * 20_000,
    "mojibake": "Itâ€™s a cafÃ©, he said.\n".encode() * 1000,
    "utf-16 with BOM": "\ufeffTitle\n\nBody “quoted”.\n".encode("utf-16-le"),
    "utf-16 without BOM": "Title\n\nBody of the page.\n".encode("utf-16-le"),
    "utf-32 with BOM": "Title\n\nBody.\n".encode("utf-32"),
    "windows-1252": "Caf\u00e9 \u201cnews\u201d \u2013 report\n".encode("cp1252"),
    "latin-1 with control bytes": b"Caf\xe9 \x81\x8d news\n",
    "lone cr": b"Title\r\rBody one.\rBody two.\r",
    "dates everywhere": b"Wed Jan 20, 2016 22:31:33\n" * 10_000,
    "xdebug headers alone": b"/x.php:1:\n" * 5_000,
    # Chrome lines above a JSON line are skipped to find a record: in one pass over the page,
    # not a copy of the rest for each line (that took seconds for 5,000 markers over 1 MB).
    "gallery markers above a record":
        b"MoreImage\n" * (BIG // 50) + b'[{"title": "T", "content": "<p>B.</p>"}]\n'
        + b"word " * (BIG // 10),
    # A title above its date line made of labels: every one is peeled, in linear time.
    "stacked label prefixes": b"VIDEO: " * (BIG // 70) + b"x\nTue Jul 5, 2016\n\nBody.\n",
    "stacked label suffixes":
        b"Title" + b" - Video" * (BIG // 80) + b"\nTue Jul 5, 2016\n\nBody.\n",
}


def run_cli(*args: str, data: bytes | None = None) -> subprocess.CompletedProcess:
    """The command's exit code, stdout and stderr: in its own process (CLEANER_SLOW_TESTS=1),
    or in this one, where an alarm ends a hang as the process's time limit would."""
    if SLOW:
        return subprocess.run([sys.executable, "-m", "cleaner", *args], input=data,
                              capture_output=True, timeout=HANG_LIMIT, check=False)

    def hang(signum: int, frame: object) -> None:
        raise TimeoutError(f"no result in {HANG_LIMIT} s")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(HANG_LIMIT)
    try:
        result = CliRunner().invoke(main, list(args), input=data)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # the traceback a user would have seen, shown by pytest
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout_bytes,
                                       result.stderr_bytes)


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input_cleans_without_traceback(name):
    result = run_cli("clean", "-", "--format", "json", data=CASES[name])
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-500:]
    assert b"Traceback" not in result.stderr
    doc = json.loads(result.stdout)  # a dump nested 100,000 deep too: cut to text past 100
    assert isinstance(doc["body"], list)


def test_mojibake_is_repaired_and_recorded():
    result = run_cli("clean", "-", "--format", "json", data=CASES["mojibake"][:60])
    doc = json.loads(result.stdout)
    assert doc["body"][0] == "It’s a café, he said."
    assert any(fix["pass"] == "repair_mojibake" for fix in doc["fixes"])


@pytest.mark.parametrize(("name", "expected"), [
    ("utf-16 with BOM", "Body “quoted”."), ("utf-16 without BOM", "Body of the page."),
    ("windows-1252", "Café “news” – report"), ("latin-1 with control bytes", None),
])
def test_encodings_are_detected(name, expected):
    doc = json.loads(run_cli("clean", "-", "--format", "json", data=CASES[name]).stdout)
    if expected is not None:
        assert expected in doc["body"]
    if name != "utf-16 with BOM":
        assert doc["warnings"], "a guessed charset must be said"


def test_a_directory_and_a_missing_file_are_one_line_errors(tmp_path):
    for target in (tmp_path, tmp_path / "missing.txt"):
        result = run_cli("clean", str(target), "--format", "json")
        assert result.returncode == 2
        assert result.stderr.decode().count("\n") == 1 and b"Traceback" not in result.stderr


def test_undecodable_utf16_bytes_are_a_warning_in_the_json():
    data = b"\xff\xfe" + "Title\n\nBody.\n".encode("utf-16-le") + b"\x00\xd8"
    doc = json.loads(run_cli("clean", "-", "--format", "json", data=data).stdout)
    assert "1 undecodable byte sequence(s) became U+FFFD" in doc["warnings"]
