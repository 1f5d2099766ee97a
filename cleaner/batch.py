"""Batch cleaning: paths in, worker processes, results out in input order, and a Report.

The path list is streamed and work goes out in chunks with a bounded number in flight, so memory
does not grow with the number of files. Results come back in input order whatever the number of
workers. A file that cannot be read or cleaned becomes a failed Result; the run goes on.

Paths cross the process boundary as plain strings and outputs as UTF-8 bytes: pickling Path
objects and encoding every output in the parent cost the parent (which shares the CPUs with the
workers) ~100 µs per file.
"""

from __future__ import annotations

import fnmatch
import os
import signal
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING

from cleaner import clean_bytes
from cleaner.document import Document, Options
from cleaner.errors import CleanerError, InputError
from cleaner.pipeline import Pass, select_passes
from cleaner.render import render_diff, render_json

if TYPE_CHECKING:  # multiprocessing is imported only when a batch runs with workers
    from multiprocessing.pool import AsyncResult, Pool

EXIT_OK, EXIT_CHANGES, EXIT_USAGE, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 123, 130


class OutputInsideInputError(CleanerError):
    """--output-dir lies inside an input folder (or is one)."""


@dataclass(frozen=True, slots=True)
class Job:
    """What to do with each file; sent once to every worker."""

    mode: str = "stdout"  # stdout | output-dir | in-place | check | diff
    fmt: str = "jsonl"  # text | json | jsonl
    options: Options = field(default_factory=Options)
    only: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()
    output_dir: Path | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """What became of one file. `output` is what the parent prints (JSONL line or diff), UTF-8."""

    source: str
    changed: bool = False
    output: bytes = b""
    warnings: int = 0
    fixes: tuple[tuple[str, int], ...] = ()
    error: str | None = None


@dataclass(slots=True)
class Report:
    """Counts for the summary line and the exit code (as black's Report)."""

    check: bool = False
    files: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    warnings: int = 0
    fixes: Counter[str] = field(default_factory=Counter)
    interrupted: bool = False

    def add(self, result: Result) -> None:
        self.files += 1
        if result.error is not None:
            self.failed += 1
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
            return EXIT_INTERRUPTED
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
        return (f"{head} {self.files} files in {elapsed:.2f}s ({rate:,.0f} files/s): "
                f"{self.changed} {verb}, {self.unchanged} unchanged, {self.failed} failed, "
                f"{self.warnings} warnings" + (f"; fixes: {fixes}" if fixes else ""))


# Inputs ---------------------------------------------------------------------------------------

def _matches(name: str, relative: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(relative, p) for p in patterns)


Item = tuple[str, str]  # (file, root): root is the input folder that outputs mirror


def iter_inputs(paths: Iterable[Path | str], globs: tuple[str, ...] = (),
                excludes: tuple[str, ...] = ()) -> Iterator[Item]:
    """Yield (file, root) for every file to clean, streaming; root is what outputs mirror.

    Folders are walked in sorted order; hidden files and folders inside them are skipped, and
    symlinked folders are not followed (no loops). A path that does not exist is yielded as is,
    so that it is reported as a failure.
    """
    for given in paths:
        path = os.fspath(given)
        if not os.path.isdir(path):
            yield path, os.path.dirname(path)
            continue
        for folder, dirs, files in os.walk(path, followlinks=False):
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
                yield os.path.join(folder, name), path


def read_files_from(stream: IO[bytes], null_separated: bool) -> Iterator[Path]:
    """Paths from --files-from: one per line, or NUL-separated (``find -print0``)."""
    separator = b"\0" if null_separated else b"\n"
    rest = b""
    while True:
        chunk = stream.read(1 << 16)
        rest += chunk
        *complete, rest = rest.split(separator)
        if not chunk:
            complete.append(rest)
        for raw in complete:
            name = raw if null_separated else raw.rstrip(b"\r")
            if name:
                yield Path(os.fsdecode(name))
        if not chunk:
            return


def check_output_dir(output_dir: Path, inputs: Iterable[Path]) -> None:
    """Refuse an output folder that is an input folder or lies inside one."""
    out = output_dir.resolve()
    for path in inputs:
        if path.is_dir():
            folder = path.resolve()
            if out == folder or folder in out.parents:
                raise OutputInsideInputError(
                    f"--output-dir {str(output_dir)!r} is inside the input folder {str(path)!r}; "
                    "choose a folder outside it"
                )


# Work -----------------------------------------------------------------------------------------

_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def write_atomic(path: Path, text: str, mode: int | None = None, durable: bool = True) -> None:
    """Write via a temp file in the same folder, fsync and rename: never a half-written file.

    Ctrl-C and SIGTERM wait until the rename is done (or the temp file is gone): a signal that
    landed between creating the temp file and the ``try`` would otherwise leave it behind.
    `durable=False` skips the fsync: the rename is still atomic, but a power cut may lose the
    file. Fine for --output-dir, which destroys nothing; --in-place always syncs.
    """
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                if durable:
                    os.fsync(handle.fileno())
            if mode is not None:
                os.chmod(temp, mode)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def render(doc: Document, fmt: str) -> str:
    if fmt == "json":
        return render_json(doc) + "\n"
    if fmt == "jsonl":
        return render_json(doc, indent=None) + "\n"
    return doc.to_text()


def _output_path(job: Job, path: Path, root: Path) -> Path:
    """Where --output-dir puts the output of `path` (its place under `root`, mirrored)."""
    assert job.output_dir is not None
    relative = path.relative_to(root) if path.is_relative_to(root) else Path(path.name)
    return job.output_dir / relative.with_suffix(".txt" if job.fmt == "text" else ".json")


def display_name(path: Path | str) -> str:
    """A path as valid text: bytes of a non-UTF-8 file name become U+FFFD (JSON must encode)."""
    return os.fsencode(path).decode("utf-8", "replace")


def read_input(path: Path | str) -> bytes:
    """A file's bytes; a CleanerError with a one-line reason when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        reason = "it is a directory" if os.path.isdir(path) else (error.strerror or str(error))
        raise InputError(f"cannot read {display_name(path)!r}: {reason}") from None


def process_file(path: str, root: str, job: Job) -> Result:
    """Clean one file as the job says. Never raises for a bad file: returns a failed Result."""
    try:
        data = read_input(path)
    except InputError as error:
        return Result(display_name(path), error=str(error))
    return process_data(data, display_name(path), Path(path), Path(root), job)


_MADE_FOLDERS: set[Path] = set()  # per process: a folder is made once, not once per file


def _make_folder(folder: Path) -> None:
    if folder not in _MADE_FOLDERS:
        folder.mkdir(parents=True, exist_ok=True)
        if len(_MADE_FOLDERS) > 10_000:  # a million folders must not grow the set forever
            _MADE_FOLDERS.clear()
        _MADE_FOLDERS.add(folder)


@lru_cache(maxsize=8)
def _passes(only: tuple[str, ...], skip: tuple[str, ...]) -> tuple[Pass, ...]:
    return select_passes(only, skip)


def process_data(data: bytes, source: str | None, path: Path | None, root: Path | None,
                 job: Job) -> Result:
    """Clean one page's bytes and emit it as the job says (path is None for stdin)."""
    name = source or "<stdin>"
    try:
        doc = clean_bytes(data, source=source, options=job.options,
                          passes=_passes(job.only, job.skip))
        changed = doc.changed
        output = b""
        if job.mode == "stdout":
            output = render(doc, job.fmt).encode("utf-8", "surrogateescape")
        elif job.mode == "diff" and changed:
            output = render_diff(doc, name).encode("utf-8", "surrogateescape")
        elif job.mode == "output-dir" and path is not None and root is not None:
            target = _output_path(job, path, root)
            _make_folder(target.parent)
            try:
                write_atomic(target, render(doc, job.fmt), durable=False)
            except FileNotFoundError:  # the folder went away since we made it: once more
                target.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(target, render(doc, job.fmt), durable=False)
        elif job.mode == "in-place" and changed and path is not None:
            write_atomic(path, doc.to_text(), mode=path.stat().st_mode & 0o7777)
    except OSError as error:
        return Result(name, error=f"cannot write output for {name!r}: {error.strerror or error}")
    except RecursionError:
        return Result(name, error=f"cannot clean {name!r}: input nested too deep")
    fixes = Counter(fix.pass_name for fix in doc.fixes)
    return Result(name, changed, output, len(doc.warnings), tuple(fixes.items()))


_JOB: Job | None = None


def _init_worker(job: Job) -> None:
    """Workers leave Ctrl-C to the parent; SIGTERM (terminate) unwinds so temp files go."""
    global _JOB
    _JOB = job
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_term)


def _exit_on_term(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _process_chunk(chunk: list[Item]) -> list[Result]:
    assert _JOB is not None
    return [process_file(path, root, _JOB) for path, root in chunk]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_batch(items: Iterable[Item], job: Job, jobs: int = 1,
              chunk_size: int = 64) -> Iterator[list[Result]]:
    """Clean every item; yield Results in input order, a chunk at a time (one file at a time
    with one worker). Stops the workers if the caller stops."""
    if jobs <= 1:
        for path, root in items:
            yield [process_file(path, root, job)]
        return
    import multiprocessing

    pool = multiprocessing.get_context("fork").Pool(jobs, _init_worker, (job,))
    window: deque[AsyncResult[list[Result]]] = deque()
    finished = False
    try:
        for chunk in _chunks(items, chunk_size):
            window.append(pool.apply_async(_process_chunk, (chunk,)))
            if len(window) >= jobs * 4:
                yield window.popleft().get()
        while window:
            yield window.popleft().get()
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # Ctrl-C, a closed pipe or an error: stop the workers
            _stop_early(pool, window)
        pool.join()


def _stop_early(pool: Pool, window: deque[AsyncResult[list[Result]]],
                grace: float = 2.0) -> None:
    """Let the few chunks in flight finish (their results are dropped), then close the pool.

    Pool.terminate() kills workers wherever they are, and one killed while sending its results
    leaves half a message in the pipe: the pool's result thread then waits for the rest forever
    (a rare hang, seen once under load). Only a chunk stuck for longer than `grace` seconds (a
    huge file) is worth that risk.
    """
    deadline = time.monotonic() + grace
    for pending in window:
        pending.wait(max(0.0, deadline - time.monotonic()))
    if all(pending.ready() for pending in window):
        pool.close()
    else:
        pool.terminate()


def process_stream(results: Iterator[list[Result]], report: Report,
                   on_chunk: Callable[[list[Result]], None]) -> Report:
    """Feed every chunk of results to the report and `on_chunk`; Ctrl-C marks it interrupted."""
    try:
        for chunk in results:
            for result in chunk:
                report.add(result)
            on_chunk(chunk)
    except KeyboardInterrupt:
        report.interrupted = True
    return report
