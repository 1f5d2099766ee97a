"""Batch cleaning: paths in, worker processes, results out in input order, and a Report.

The pieces, each usable alone (the CLI strings them together; other runners can too):

- inputs: `iter_inputs` walks folders (an unreadable folder becomes a failed item, never a
  silent skip) and `read_files_from` reads a --files-from list (bounded: a list without
  separators, such as /dev/zero, is an error, not a MemoryError);
- outputs: `OutputPlan` maps each input to its output under --output-dir (mirroring the input
  paths, so distinct inputs get distinct outputs) and refuses any output that would replace an
  input or a file the same run already wrote; `write_atomic` writes one output (temp file and
  rename, mode 0666 & ~umask as `open()` gives); `in_place_target` checks an --in-place rewrite;
- the per-file work: `process_file(path, root, job) -> Result` never raises for a bad file.
  It is `prepare` (read, clean, render: no side effect, safe to interrupt) then `commit` (the
  write, which a signal never cuts in half);
- running: `run_batch` yields Results in input order, from worker processes it starts only as
  the inputs need them; Ctrl-C and SIGTERM (`StopSignals`) stop it within about a second, and
  every file written before the stop is counted;
- `Report` counts and gives the exit code.

Paths cross the process boundary as plain strings and outputs as UTF-8 bytes: pickling Path
objects and encoding every output in the parent cost the parent (which shares the CPUs with the
workers) ~100 µs per file.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import os
import signal
import stat
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple

from cleaner import clean_bytes
from cleaner.document import Document, Options
from cleaner.errors import CleanerError, InputError, SkippedInput
from cleaner.pipeline import Pass, select_passes
from cleaner.render import encode_utf8, render_diff, render_json, render_json_bytes

if TYPE_CHECKING:  # multiprocessing is imported only when a batch runs with workers
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

EXIT_OK, EXIT_CHANGES, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 123


class OutputInsideInputError(CleanerError):
    """--output-dir lies inside an input folder (or is one), or holds an input."""


@dataclass(frozen=True, slots=True)
class Job:
    """What to do with each file; sent once to every worker."""

    mode: str = "stdout"  # stdout | output-dir | in-place | check | diff
    fmt: str = "jsonl"  # text | json | jsonl
    options: Options = field(default_factory=Options)
    only: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()
    output_dir: Path | None = None
    max_size: int = 0  # bytes; a bigger page is refused (a failed file); 0: no limit


@dataclass(frozen=True, slots=True)
class Result:
    """What became of one file. `output` is what the parent prints (JSONL line or diff), UTF-8.

    `error` is set when the file failed; `skipped` (the kind of file, such as 'a FIFO') when it
    was not a regular file and was left alone.
    """

    source: str
    changed: bool = False
    output: bytes = b""
    warnings: int = 0
    fixes: tuple[tuple[str, int], ...] = ()
    error: str | None = None
    skipped: str | None = None


@dataclass(slots=True)
class Report:
    """Counts for the summary line and the exit code (as black's Report)."""

    check: bool = False
    files: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0
    warnings: int = 0
    fixes: Counter[str] = field(default_factory=Counter)
    interrupted: int = 0  # the signal that stopped the run (SIGINT or SIGTERM), else 0

    def add(self, result: Result) -> None:
        self.files += 1
        if result.error is not None:
            self.failed += 1
            return
        if result.skipped is not None:
            self.skipped += 1
            return
        if result.changed:
            self.changed += 1
        else:
            self.unchanged += 1
        self.warnings += result.warnings
        self.fixes.update(dict(result.fixes))

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 128 + self.interrupted
        if self.failed:
            return EXIT_FAILED
        if self.check and self.changed:
            return EXIT_CHANGES
        return EXIT_OK

    def summary(self, elapsed: float) -> str:
        rate = self.files / elapsed if elapsed > 0 else 0.0
        verb = "would change" if self.check else "changed"
        fixes = ", ".join(f"{name} {count}" for name, count in self.fixes.most_common())
        head = "interrupted after" if self.interrupted else "cleaned"
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        return (f"{head} {self.files} files in {elapsed:.2f}s ({rate:,.0f} files/s): "
                f"{self.changed} {verb}, {self.unchanged} unchanged, {self.failed} failed"
                f"{skipped}, {self.warnings} warnings" + (f"; fixes: {fixes}" if fixes else ""))


# Signals --------------------------------------------------------------------------------------

class Interrupted(BaseException):
    """Ctrl-C or SIGTERM, raised only where stopping loses nothing (see StopSignals)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class StopSignals:
    """SIGINT and SIGTERM become a flag, and an `Interrupted` only inside `interruptible()`.

    Code that waits or cleans (no side effect yet) runs inside `interruptible()`, so a signal
    stops it at once; code that writes a file, sends a message or counts a result runs outside,
    so a signal never cuts it in half: it checks `signum` when it is done.
    """

    def __init__(self) -> None:
        self.signum = 0
        self._depth = 0

    def install(self) -> None:
        """Handle both signals from now on (a worker process, for good)."""
        self.signum, self._depth = 0, 0
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._handle)

    @contextlib.contextmanager
    def installed(self) -> Iterator[StopSignals]:
        """Handle both signals inside the block; the previous handlers come back after it."""
        previous = {signum: signal.getsignal(signum) for signum in (signal.SIGINT,
                                                                     signal.SIGTERM)}
        self.install()
        try:
            yield self
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def _handle(self, signum: int, frame: object) -> None:
        self.signum = self.signum or signum
        if self._depth:
            raise Interrupted(self.signum)

    @contextlib.contextmanager
    def interruptible(self) -> Iterator[None]:
        if self.signum:
            raise Interrupted(self.signum)
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1


STOP = StopSignals()


# Inputs ---------------------------------------------------------------------------------------

def _matches(name: str, relative: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(relative, p) for p in patterns)


STDIN = "-"  # as a path: stdin, read once and by the parent process


class Item(NamedTuple):
    """One input: the file, the folder its output mirrors from, and why it fails (if it does)."""

    path: str
    root: str
    problem: str | None = None


def display_name(path: Path | str | bytes) -> str:
    """A path as valid text: bytes of a non-UTF-8 file name become U+FFFD (JSON must encode)."""
    return os.fsencode(path).decode("utf-8", "replace")


def is_folder(path: Path | str) -> bool:
    """os.path.isdir: False (not PermissionError) when a parent cannot be searched."""
    return os.path.isdir(path)


def iter_inputs(paths: Iterable[Path | str | Item], globs: tuple[str, ...] = (),
                excludes: tuple[str, ...] = (), base: str | None = None,
                folder_guard: Callable[[str], str | None] | None = None) -> Iterator[Item]:
    """Yield an Item for every file to clean, streaming.

    Folders are walked in sorted order; hidden files and folders inside them are skipped, and
    symlinked folders are not followed (no loops). A path that does not exist is yielded as is,
    so that it is reported as a failure; so is a folder that cannot be listed (as ripgrep's
    "Permission denied"). Outputs mirror `base` when given, else each folder argument (a file
    argument: its folder). `folder_guard(folder)` may refuse a folder with a reason.
    """
    for given in paths:
        if isinstance(given, Item):  # already decided (a --files-from list that broke off)
            yield given
            continue
        path = os.fspath(given)
        if not is_folder(path):
            yield Item(path, base if base is not None else os.path.dirname(path))
            continue
        refused = folder_guard(path) if folder_guard is not None else None
        if refused:
            yield Item(path, path, refused)
            continue
        unreadable: list[OSError] = []
        for folder, dirs, files in os.walk(path, onerror=unreadable.append, followlinks=False):
            yield from (_unreadable_folder(error, path) for error in unreadable)
            unreadable.clear()
            relative_folder = os.path.relpath(folder, path)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                             and not _matches(d, os.path.join(relative_folder, d), excludes))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                relative = os.path.normpath(os.path.join(relative_folder, name))
                if globs and not _matches(name, relative, globs):
                    continue
                if excludes and _matches(name, relative, excludes):
                    continue
                yield Item(os.path.join(folder, name), path if base is None else base)
        yield from (_unreadable_folder(error, path) for error in unreadable)


def _unreadable_folder(error: OSError, root: str) -> Item:
    folder = error.filename if error.filename is not None else root
    reason = error.strerror or str(error)
    return Item(os.fspath(folder), root, f"cannot read folder {display_name(folder)!r}: {reason}")


MAX_LISTED_PATH = 1 << 16  # bytes; Linux paths stop at 4,096
MAX_EMPTY_RUN = 1 << 20  # separators in a row with no path between them


def read_files_from(stream: IO[bytes], null_separated: bool) -> Iterator[Path]:
    """Paths from --files-from: one per line, or NUL-separated (``find -print0``).

    A list that is not one (no separator in 64 KiB, or a megabyte of separators and nothing
    else, as /dev/zero gives) raises InputError instead of filling memory or spinning forever.
    """
    separator = b"\0" if null_separated else b"\n"
    rest = b""
    empty_run = 0
    while True:
        chunk = stream.read(1 << 16)
        rest += chunk
        *complete, rest = rest.split(separator)
        if not chunk:
            complete.append(rest)
        for raw in complete:
            name = raw if null_separated else raw.rstrip(b"\r")
            if name:
                empty_run = 0
                yield Path(os.fsdecode(name))
            else:
                empty_run += 1
        if len(rest) > MAX_LISTED_PATH or empty_run > MAX_EMPTY_RUN:
            what = "a path longer than 64 KiB" if rest else "a megabyte of separators"
            raise InputError(f"--files-from: {what}; is it a list of paths"
                             + ("?" if null_separated else " (-0 for NUL-separated)?"))
        if not chunk:
            return


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


@lru_cache(maxsize=4096)
def _real_folder(folder: str) -> str:
    return os.path.realpath(folder or ".")


def check_output_dir(output_dir: Path, inputs: Iterable[Path]) -> None:
    """Refuse an output folder that is an input folder or lies inside one, or holds an input."""
    out = os.path.realpath(output_dir)
    for path in inputs:
        if is_folder(path):
            folder = os.path.realpath(path)
            if _inside(out, folder):
                raise OutputInsideInputError(
                    f"--output-dir {str(output_dir)!r} is inside the input folder {str(path)!r}; "
                    "choose a folder outside it")
            if _inside(folder, out):
                raise OutputInsideInputError(
                    f"the input folder {str(path)!r} is inside --output-dir {str(output_dir)!r}; "
                    "choose a folder outside it")
        elif _inside(_real_folder(os.path.dirname(path)), out):
            raise OutputInsideInputError(
                f"the input {str(path)!r} is inside --output-dir {str(output_dir)!r}, where an "
                "output could replace it; choose another folder")


# Outputs --------------------------------------------------------------------------------------

def output_path(job: Job, path: Path | str, root: Path | str) -> Path:
    """Where --output-dir puts the output of `path`: its path below `root`, mirrored.

    A path outside `root` keeps its whole absolute path below the output folder (as rsync -R).
    The suffix becomes .txt (text) or .json.
    """
    assert job.output_dir is not None
    full, base = os.path.abspath(path), os.path.abspath(root)
    relative = os.path.relpath(full, base) if _inside(full, base) and full != base else (
        os.path.splitdrive(full)[1].lstrip(os.sep))
    return job.output_dir / Path(relative).with_suffix(".txt" if job.fmt == "text" else ".json")


class OutputPlan:
    """Checks, in the parent and in input order, that no output replaces what it must not.

    An output may not replace an input (an input inside the output folder is refused, as is an
    input folder holding the output folder), nor a file this run already wrote (two inputs that
    map to one output: the first wins, the second is a failure). Holds 16 bytes per output.
    """

    def __init__(self, job: Job) -> None:
        assert job.output_dir is not None
        self.job = job
        self.out = os.path.realpath(job.output_dir)
        self._claimed: dict[bytes, str] = {}

    def refuse_folder(self, folder: str) -> str | None:
        """Why a folder input cannot be mirrored into the output folder, or None."""
        real = os.path.realpath(folder)
        if _inside(self.out, real) or _inside(real, self.out):
            return (f"the input folder {display_name(folder)!r} and --output-dir "
                    f"{display_name(self.job.output_dir or '')!r} overlap; not cleaned")
        return None

    def check(self, item: Item) -> Item:
        if item.problem is not None:
            return item
        if _inside(_real_folder(os.path.dirname(item.path)), self.out):
            return item._replace(problem=f"the input {display_name(item.path)!r} is inside "
                                 "--output-dir; not cleaned (its output could replace it)")
        target = os.fsencode(output_path(self.job, item.path, item.root))
        key = hashlib.blake2b(target, digest_size=16).digest()
        first = self._claimed.setdefault(key, item.path)
        if first is not item.path:
            return item._replace(problem=f"{display_name(item.path)!r} maps to "
                                 f"{display_name(target)!r}, which this run wrote for "
                                 f"{display_name(first)!r}; not overwritten")
        return item

    def plan(self, items: Iterable[Item]) -> Iterator[Item]:
        return (self.check(item) for item in items)


def new_file_mode() -> int:
    """The mode open() gives a new file: 0666 less the umask (read without changing it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # no /proc: set and restore (not thread-safe, so only as a fallback)
    os.umask(mask)
    return 0o666 & ~mask


_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def write_atomic(path: Path, text: str, mode: int | None = None, durable: bool = True,
                 owner: tuple[int, int] | None = None) -> None:
    """Write via a temp file in the same folder, fsync and rename: never a half-written file.

    The file gets `mode` (default: what open() would give, 0666 & ~umask) and `owner` (uid,
    gid) when given. Ctrl-C and SIGTERM wait until the rename is done (or the temp file is
    gone). `durable=False` skips the fsync: the rename is still atomic, but a power cut may
    lose the file. Fine for --output-dir, which destroys nothing; --in-place always syncs.
    """
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                os.fchmod(handle.fileno(), new_file_mode() if mode is None else mode)
                if owner is not None:
                    os.fchown(handle.fileno(), *owner)
                if durable:
                    os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def in_place_target(path: Path) -> tuple[Path, os.stat_result]:
    """The file an --in-place rewrite replaces (a symlink's target) and its stat; InputError
    for a file that is read-only (no write permission bit: refused even for root, as black)."""
    target = Path(os.path.realpath(path))
    info = target.stat()
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise InputError(f"{display_name(path)!r} is read-only; not rewritten")
    return target, info


def render(doc: Document, fmt: str) -> str:
    if fmt == "json":
        return render_json(doc) + "\n"
    if fmt == "jsonl":
        return render_json(doc, indent=None) + "\n"
    return doc.to_text()


def render_bytes(doc: Document, fmt: str) -> bytes:
    """`render` as UTF-8 bytes, built without a second full-size copy (see render_json_bytes)."""
    if fmt in ("json", "jsonl"):
        return render_json_bytes(doc, indent=2 if fmt == "json" else None, end="\n")
    return encode_utf8(doc.to_text())


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR,
          "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def file_kind(mode: int) -> str:
    """'a FIFO', 'a character device'…: what a non-regular file is, for messages."""
    return next((kind for test, kind in _KINDS if test(mode)), "not a regular file")


# Pages bigger than this are refused by default: cleaning takes ~11-13x a page's size in memory
# (bench/memory_bench.py), so a 64 MiB page peaks near 800 MB; a bigger one must be asked for.
DEFAULT_MAX_SIZE = 64 << 20


def size_text(size: int) -> str:
    """A byte count for messages: '64 MiB', '1.5 GiB', '300 bytes'."""
    for unit, shift in (("GiB", 30), ("MiB", 20), ("KiB", 10)):
        if size >= 1 << shift:
            return f"{size / (1 << shift):.4g} {unit}"
    return f"{size} bytes"


def too_big(name: str, max_size: int) -> InputError:
    return InputError(f"{name!r} is larger than --max-size ({size_text(max_size)}); not cleaned "
                      "(raise --max-size, or 0 for no limit)")


def read_limited(handle: IO[bytes], name: str, max_size: int) -> bytes:
    """All of a stream, or InputError when it holds more than `max_size` bytes (0: no limit)."""
    data = handle.read(max_size + 1) if max_size else handle.read()
    if max_size and len(data) > max_size:
        raise too_big(name, max_size)
    return data


def read_input(path: Path | str, regular_only: bool = True, max_size: int = 0) -> bytes:
    """A regular file's bytes; InputError with a one-line reason when it cannot be read.

    Anything else (FIFO, device, socket, folder) raises SkippedInput with its kind, before it is
    opened (a FIFO would block, /dev/zero never ends); the open is O_NONBLOCK and checked again
    in case the file changed in between. `regular_only=False` reads a FIFO too (one named
    input, as ``cleaner clean <(curl …)``). A file over `max_size` bytes (0: no limit) is an
    InputError, known from its size before it is read (a FIFO: once that much was read).
    """
    name = display_name(path)
    try:
        info = os.stat(path)
        kind = info.st_mode
        if stat.S_ISDIR(kind) or not (stat.S_ISREG(kind)
                                      or (stat.S_ISFIFO(kind) and not regular_only)):
            raise SkippedInput(f"{name!r} is {file_kind(kind)}, not a regular file",
                               file_kind(kind))
        if max_size and stat.S_ISREG(kind) and info.st_size > max_size:
            raise too_big(name, max_size)
        flags = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(path, flags | (os.O_NONBLOCK if regular_only else 0))
        with open(fd, "rb") as handle:
            kind = os.fstat(fd).st_mode
            if regular_only and not stat.S_ISREG(kind):
                raise SkippedInput(f"{name!r} is {file_kind(kind)}, not a regular file",
                               file_kind(kind))
            return read_limited(handle, name, max_size)
    except OSError as error:
        raise InputError(f"cannot read {name!r}: {error.strerror or error}") from None
    except ValueError:  # an embedded NUL byte
        raise InputError(f"cannot read {name!r}: the name holds a NUL byte (a --files-from "
                         "list made by find -print0 needs -0)") from None


@lru_cache(maxsize=8)
def _passes(only: tuple[str, ...], skip: tuple[str, ...]) -> tuple[Pass, ...]:
    return select_passes(only, skip)


# The per-file work ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Prepared:
    """A cleaned file, not yet written: the Result, and the write `commit` still has to do."""

    result: Result
    target: Path | None = None
    text: str = ""
    in_place: os.stat_result | None = None


def prepare(path: str, root: str, job: Job) -> Prepared:
    """Read and clean one file and render its output; no side effect (safe to interrupt).

    The path ``-`` is stdin (the CLI lets it appear once)."""
    if path == STDIN:
        import sys

        try:
            data = read_limited(sys.stdin.buffer, "<stdin>", job.max_size)
        except InputError as error:
            return Prepared(Result("<stdin>", error=str(error)))
        return prepare_data(data, None, None, None, job)
    try:
        data = read_input(path, max_size=job.max_size)
    except SkippedInput as skipped:
        return Prepared(Result(display_name(path), skipped=skipped.kind))
    except InputError as error:
        return Prepared(Result(display_name(path), error=str(error)))
    return prepare_data(data, display_name(path), Path(path), Path(root), job)


def prepare_data(data: bytes, source: str | None, path: Path | None, root: Path | None,
                 job: Job) -> Prepared:
    """Clean one page's bytes and render what the job says (path is None for stdin)."""
    name = source or "<stdin>"
    try:
        doc = clean_bytes(data, source=source, options=job.options,
                          passes=_passes(job.only, job.skip))
        changed = doc.changed
        fixes = tuple(Counter(fix.pass_name for fix in doc.fixes).items())
        result = Result(name, changed, b"", len(doc.warnings), fixes)
        if job.mode == "stdout":
            output = render_bytes(doc, job.fmt)
            return Prepared(Result(name, changed, output, len(doc.warnings), fixes))
        if job.mode == "diff" and changed:
            output = render_diff(doc, name).encode("utf-8", "surrogateescape")
            return Prepared(Result(name, changed, output, len(doc.warnings), fixes))
        if job.mode in ("output-dir", "in-place") and path is None:
            return Prepared(Result(name, error=f"--{job.mode} needs file inputs, not stdin"))
        if job.mode == "output-dir" and root is not None and path is not None:
            return Prepared(result, output_path(job, path, root), render(doc, job.fmt))
        if job.mode == "in-place" and changed and path is not None:
            target, info = in_place_target(path)
            return Prepared(result, target, doc.to_text(), info)
        return Prepared(result)
    except CleanerError as error:
        return Prepared(Result(name, error=str(error)))
    except OSError as error:
        return Prepared(Result(name, error=f"cannot clean {name!r}: {error.strerror or error}"))
    except RecursionError:
        return Prepared(Result(name, error=f"cannot clean {name!r}: input nested too deep"))


_MADE_FOLDERS: set[Path] = set()  # per process: a folder is made once, not once per file


def _make_folder(folder: Path) -> None:
    if folder not in _MADE_FOLDERS:
        folder.mkdir(parents=True, exist_ok=True)
        if len(_MADE_FOLDERS) > 10_000:  # a million folders must not grow the set forever
            _MADE_FOLDERS.clear()
        _MADE_FOLDERS.add(folder)


def commit(prepared: Prepared) -> Result:
    """Do the write a Prepared file still needs; a failed write becomes a failed Result."""
    result, target = prepared.result, prepared.target
    if target is None:
        return result
    try:
        if prepared.in_place is not None:  # mode and owner kept, always synced
            info = prepared.in_place
            write_atomic(target, prepared.text, mode=stat.S_IMODE(info.st_mode),
                         owner=(info.st_uid, info.st_gid))
            return result
        _make_folder(target.parent)
        try:
            write_atomic(target, prepared.text, durable=False)
        except FileNotFoundError:  # the folder went away since we made it: once more
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, prepared.text, durable=False)
    except OSError as error:
        return Result(result.source, error=f"cannot write output for {result.source!r}: "
                      f"{error.strerror or error}")
    return result


def process_file(path: str, root: str, job: Job) -> Result:
    """Clean one file as the job says. Never raises for a bad file: returns a failed Result."""
    return commit(prepare(path, root, job))


def process_item(item: Item, job: Job) -> Result:
    if item.problem is not None:
        return Result(display_name(item.path), error=item.problem)
    return process_file(item.path, item.root, job)


def work(chunk: Iterable[Item], job: Job) -> list[Result]:
    """Process items until done or until a stop signal: the Results of every file finished.

    Cleaning is interruptible; a write is not, and a file written is always in the list.
    """
    results: list[Result] = []
    for item in chunk:
        if item.problem is not None:
            results.append(Result(display_name(item.path), error=item.problem))
            continue
        try:
            with STOP.interruptible():
                prepared = prepare(item.path, item.root, job)
        except Interrupted:
            break
        results.append(commit(prepared))
        if STOP.signum:
            break
    return results


# Running --------------------------------------------------------------------------------------

MAX_JOBS_PER_CPU = 2


def clamp_jobs(jobs: int, total: int | None = None) -> int:
    """Workers worth starting: at most the inputs known and a small multiple of the CPUs."""
    jobs = min(jobs, MAX_JOBS_PER_CPU * (os.cpu_count() or 1))
    return max(1, min(jobs, total) if total is not None else jobs)


def _chunks(items: Iterable[Item], size: int, first: int = 1) -> Iterator[list[Item]]:
    """Chunks of growing size (1, 2, 4 … `size`): few files still spread over the workers."""
    chunk: list[Item] = []
    limit = max(1, min(first, size))
    iterator = iter(items)
    while True:
        with STOP.interruptible():  # reading a slow --files-from or walking a big tree
            item = next(iterator, None)
        if item is None:
            break
        if item.path == STDIN:  # alone: the parent reads it (a worker's stdin is /dev/null)
            if chunk:
                yield chunk
                chunk = []
            yield [item]
            continue
        chunk.append(item)
        if len(chunk) >= limit:
            yield chunk
            chunk = []
            limit = min(size, limit * 2)
    if chunk:
        yield chunk


def run_batch(items: Iterable[Item], job: Job, jobs: int = 1,
              chunk_size: int = 64) -> Generator[list[Result], None, None]:
    """Clean every item; yield Results in input order, a chunk at a time (one file at a time
    with one worker). Stops the workers if the caller stops.

    On Ctrl-C or SIGTERM (with `STOP` installed) the files in flight are finished or dropped
    within about a second, their Results are yielded, then Interrupted is raised.
    """
    if jobs <= 1:
        for chunk in _chunks(items, 1):
            results = work(chunk, job)
            if len(results) < len(chunk):
                raise Interrupted(STOP.signum or signal.SIGINT)
            yield results
            if STOP.signum:
                raise Interrupted(STOP.signum)
        return
    yield from _WorkerPool(job, jobs).run(_chunks(items, chunk_size, first=1))


def _worker_main(conn: Connection, job: Job, inherited: list[Connection]) -> None:
    """A worker: chunks in, Results out; after a stop signal, chunks come back short or empty.

    It closes the parent's ends of the pipes it inherited, so that when the parent closes
    them the workers see the end of their input."""
    for other in inherited:
        other.close()
    STOP.install()
    _MADE_FOLDERS.clear()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        seq, chunk = message
        results = [] if STOP.signum else work(chunk, job)
        try:
            conn.send((seq, results, STOP.signum))
        except OSError:
            return


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection
    pending: deque[int] = field(default_factory=deque)


class _WorkerPool:
    """Forked workers, each with its own pipe; a bounded number of chunks in flight.

    (multiprocessing.Pool cannot be stopped cleanly: a worker it terminates while sending a
    result leaves half a message that its result thread waits on forever.)
    """

    def __init__(self, job: Job, jobs: int, grace: float = 1.0) -> None:
        import multiprocessing

        self.context = multiprocessing.get_context("fork")
        self.job, self.jobs, self.grace = job, jobs, grace
        self.workers: list[_Worker] = []
        self.chunks: dict[int, list[Item]] = {}  # sent, no answer yet
        self.done: dict[int, list[Result]] = {}  # answered, not yet yielded

    def _can_take(self) -> bool:
        """A chunk can go out: a worker is idle, one more may start, or one has a single chunk
        queued (two per worker keep it busy; more would only fill the pipes)."""
        return len(self.workers) < self.jobs or any(len(w.pending) < 2 for w in self.workers)

    def _worker_for_next_chunk(self) -> _Worker:
        """An idle worker, else a new one (up to `jobs`), else the least busy."""
        idle = [w for w in self.workers if not w.pending]
        if idle:
            return idle[0]
        if len(self.workers) < self.jobs:
            parent, child = self.context.Pipe()
            inherited = [parent, *(w.conn for w in self.workers)]
            process = self.context.Process(target=_worker_main, daemon=True,
                                           args=(child, self.job, inherited))
            process.start()
            child.close()
            self.workers.append(_Worker(process, parent))
            return self.workers[-1]
        return min(self.workers, key=lambda w: len(w.pending))

    def run(self, chunks: Iterator[list[Item]]) -> Iterator[list[Result]]:
        next_seq = sent = 0
        more = True
        stopped = False
        try:
            while more or self.chunks or self.done:
                while more and sent - next_seq < self.jobs * 4 and self._can_take():
                    chunk = next(chunks, None)
                    if chunk is None:
                        more = False
                        break
                    if chunk[0].path == STDIN:
                        self.done[sent] = work(chunk, self.job)
                        sent += 1
                        continue
                    worker = self._worker_for_next_chunk()
                    worker.conn.send((sent, chunk))
                    worker.pending.append(sent)
                    self.chunks[sent] = chunk
                    sent += 1
                while next_seq in self.done:
                    yield self.done.pop(next_seq)
                    next_seq += 1
                if self.chunks:
                    with STOP.interruptible():
                        self._receive(timeout=None)
        except Interrupted as interrupt:
            stopped = True
            yield from self._drain(next_seq)
            raise Interrupted(interrupt.signum) from None
        finally:
            self._close(stopped)

    def _receive(self, timeout: float | None) -> None:
        from multiprocessing.connection import wait

        busy = [w for w in self.workers if w.pending]
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
        for worker in busy:
            if worker.conn in ready:
                try:
                    seq, results, signum = worker.conn.recv()
                except (EOFError, OSError):
                    self._lost(worker)
                    continue
                worker.pending.remove(seq)
                chunk = self.chunks.pop(seq)
                self.done[seq] = results
                if signum and not STOP.signum:  # a worker alone was told to stop: stop all
                    STOP.signum = signum
                if len(results) < len(chunk) and STOP.signum == 0:
                    STOP.signum = signal.SIGINT
            elif worker.process.sentinel in ready:
                self._lost(worker)
        if STOP.signum and STOP._depth:
            raise Interrupted(STOP.signum)

    def _lost(self, worker: _Worker) -> None:
        """A worker died (killed, out of memory): its chunks fail, the others go on."""
        worker.process.join(0.1)
        code = worker.process.exitcode
        why = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        for seq in worker.pending:
            self.done[seq] = [Result(display_name(item.path), error=f"cannot clean "
                                     f"{display_name(item.path)!r}: the worker died ({why})")
                              for item in self.chunks.pop(seq)]
        worker.pending.clear()
        worker.conn.close()
        self.workers.remove(worker)

    def _drain(self, next_seq: int) -> Iterator[list[Result]]:
        """After a stop: tell every worker, take what they finished (within `grace`), in order."""
        for worker in self.workers:
            _signal(worker, STOP.signum or signal.SIGINT)
        deadline = time.monotonic() + self.grace
        while self.chunks and time.monotonic() < deadline:
            self._receive(timeout=max(0.0, deadline - time.monotonic()))
        while next_seq in self.done:
            yield self.done.pop(next_seq)
            next_seq += 1
        for seq in sorted(self.done):  # after a chunk still stuck: finished files, still counted
            yield self.done.pop(seq)

    def _close(self, stopped: bool) -> None:
        """Closed pipes end the workers (EOF); one still busy is told to stop, and one stuck
        past `grace` is killed (it is cleaning, not writing: a write is never that slow)."""
        for worker in self.workers:
            if worker.pending and not stopped:
                _signal(worker, signal.SIGINT)
            worker.conn.close()
        deadline = time.monotonic() + self.grace
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.exitcode is None:
                worker.process.kill()
                worker.process.join()
        self.workers.clear()


def _signal(worker: _Worker, signum: int) -> None:
    if worker.process.pid is not None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(worker.process.pid, signum)


def process_stream(results: Iterator[list[Result]], report: Report,
                   on_chunk: Callable[[list[Result]], object]) -> Report:
    """Feed every chunk of results to the report and `on_chunk`; a stop marks it interrupted."""
    try:
        for chunk in results:
            for result in chunk:
                report.add(result)
            on_chunk(chunk)
    except Interrupted as interrupt:
        report.interrupted = interrupt.signum
    except KeyboardInterrupt:
        report.interrupted = signal.SIGINT
    return report
