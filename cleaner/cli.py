"""The command line: parse options, read and write, call the library, pick a renderer.

Exit codes: 0 success; 1 --check found a page that would change; 2 usage error, unreadable
single input, or stdout could not be written (a full disk); 123 some files of a batch failed;
130 interrupted by Ctrl-C (SIGINT), 143 by SIGTERM. Data goes to stdout; progress, errors and
the summary go to stderr.
"""

from __future__ import annotations

import errno
import itertools
import os
import sys
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import click

from cleaner import __version__
from cleaner.batch import (
    DEFAULT_MAX_SIZE,
    STDIN,
    STOP,
    Interrupted,
    Item,
    Job,
    OutputPlan,
    Report,
    Result,
    check_output_dir,
    clamp_jobs,
    commit,
    is_folder,
    iter_inputs,
    output_path,
    prepare_data,
    process_stream,
    read_files_from,
    read_input,
    read_limited,
    run_batch,
)
from cleaner.document import Options
from cleaner.errors import CleanerError, InputError
from cleaner.pipeline import PASSES, select_passes
from cleaner.render import visible, visible_bytes

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 --check found a page that would change; 2 usage error, an "
    "unreadable single input or one over --max-size, or stdout could not be written (no "
    "space left on device); 123 some files of a batch failed; 130 interrupted (Ctrl-C), 143 "
    "stopped by SIGTERM."
)
IN_PLACE_HELP = (
    "Rewrite changed inputs in the text format, atomically, keeping mode and owner; a symlink "
    "is written through to its target, a read-only file is refused. The text format holds "
    "title, subtitle, label, date and body: authors, published_raw, embedded dumps, quotes "
    "and the fixes are not kept (use -o DIR --format json for those)."
)


class FatalError(click.ClickException):
    """A one-line error on stderr (``Error: …``) with exit code 2."""

    exit_code = 2


class _Group(click.Group):
    """Ctrl-C or SIGTERM anywhere: one line and exit 130 or 143, never click's 'Aborted!'."""

    def invoke(self, ctx: click.Context) -> Any:  # noqa: ANN401 (click's own signature)
        try:
            return super().invoke(ctx)
        except (Interrupted, KeyboardInterrupt) as interrupt:
            signum = getattr(interrupt, "signum", 2)
            click.echo("interrupted", err=True)
            sys.exit(128 + signum)


@click.group(cls=_Group, context_settings=CONTEXT_SETTINGS, epilog=EXIT_CODES_HELP)
@click.version_option(__version__, "-V", "--version", prog_name="cleaner")
def main() -> None:
    """Turn raw scraper dumps of news pages into clean article text and structured JSON."""


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, metavar="[PATH|-]...")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl", "parquet"]),
              default="text", show_default=True, help="Output format; jsonl gives one object "
              "per input file; with -o, jsonl and parquet write shards (README: cluster).")
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Mirror the inputs under DIR, one .txt/.json per input (atomic writes): "
              "below their common folder, or below the current folder with --files-from.")
@click.option("--in-place", is_flag=True, help=IN_PLACE_HELP)
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if any page would change.")
@click.option("--diff", is_flag=True, help="Print a unified diff of each page that would change.")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="Only files matching PATTERN inside folders (repeatable).")
@click.option("--exclude", "excludes", multiple=True, metavar="PATTERN",
              help="Skip files and folders matching PATTERN (repeatable).")
@click.option("--files-from", type=click.File("rb"), help="Read paths from FILE or - (stdin).")
@click.option("-0", "--null", is_flag=True, help="--files-from paths are NUL-separated.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1,
              show_default="number of CPUs", help="Worker processes for a batch (at most "
              "2 per CPU, and no more than the inputs).")
@click.option("--scheduler", metavar="ADDRESS|local[:N]", help="Run the batch on a Dask "
              "scheduler (tcp://host:8786), or on N local worker processes (needs cleaner[dask]).")
@click.option("--partition-size", type=click.IntRange(min=1), metavar="N",
              help="Files per task with --scheduler, and per shard [default: 500].")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--color/--no-color", default=None, help="Force colour on or off (stderr).")
@click.option("--only", multiple=True, metavar="PASS[,PASS]", help="Run only these passes.")
@click.option("--skip", multiple=True, metavar="PASS[,PASS]", help="Skip these passes.")
@click.option("--dayfirst", is_flag=True, help="Read 01/02/2016 as 1 February.")
@click.option("--tz", metavar="ZONE", help="IANA zone attached to dates without an offset.")
@click.option("--quotes", type=click.Choice(["keep", "curly", "straight"]), default="keep",
              show_default=True, help="Quote marks after repair: as found, all curly, or straight.")
@click.option("--max-size", metavar="SIZE", default="64M", show_default=True, expose_value=False,
              callback=lambda ctx, _, value: ctx.meta.__setitem__("max_size", parse_size(value)),
              help="Refuse pages bigger than SIZE (bytes, or with K/M/G: MiB…; 0 for no "
              "limit): exit 2 for one page, a failed file in a batch.")
def clean(paths: tuple[str, ...], fmt: str, output_dir: Path | None, in_place: bool,
          check: bool, diff: bool, globs: tuple[str, ...], excludes: tuple[str, ...],
          files_from: IO[bytes] | None, null: bool, jobs: int, scheduler: str | None,
          partition_size: int | None, quiet: bool,
          color: bool | None, only: tuple[str, ...], skip: tuple[str, ...], dayfirst: bool,
          tz: str | None, quotes: str) -> None:
    """Clean pages: a file, stdin (- or nothing), or many files and folders (a batch)."""
    with STOP.installed():
        _clean(paths, fmt, output_dir, in_place, check, diff, globs, excludes, files_from, null,
               jobs, scheduler, partition_size, quiet, color, only, skip, dayfirst, tz, quotes)


def _clean(paths: tuple[str, ...], fmt: str, output_dir: Path | None, in_place: bool,
           check: bool, diff: bool, globs: tuple[str, ...], excludes: tuple[str, ...],
           files_from: IO[bytes] | None, null: bool, jobs: int, scheduler: str | None,
           partition_size: int | None, quiet: bool, color: bool | None,
           only: tuple[str, ...], skip: tuple[str, ...], dayfirst: bool, tz: str | None,
           quotes: str) -> None:
    job = _make_job(fmt, output_dir, in_place, check, diff, only, skip, dayfirst, tz, quotes)
    listed_stdin = files_from is not None and (files_from is sys.stdin.buffer
                                               or getattr(files_from, "name", "") == "<stdin>")
    if paths.count(STDIN) + listed_stdin > 1:
        raise FatalError("stdin (-) can be read only once: give - or --files-from - once")
    single = files_from is None and len(paths) <= 1 and not (paths and is_folder(paths[0]))
    if single and output_dir is not None and paths and paths[0] != STDIN:
        _guard(check_output_dir, output_dir, [Path(paths[0])])
    single = single and job.mode != "shards"  # one file on a cluster: cleaned right here
    if single:
        report = _clean_single(paths[0] if paths else STDIN, job, check)
        sys.exit(report.exit_code)
    if job.mode == "stdout" and fmt != "jsonl":
        raise FatalError("several inputs need --format jsonl, --output-dir DIR, --in-place, "
                         "--check or --diff (stdout holds one document in text or json)")
    paths = paths or (() if files_from is not None else (STDIN,))  # shards of stdin alone
    inputs = [Path(p) for p in paths]
    base = _mirror_base(paths, files_from is not None)
    plan = None
    if output_dir is not None:
        _guard(check_output_dir, output_dir, [p for p in inputs if str(p) != STDIN])
    if job.mode == "output-dir":  # shards have names of their own: no collisions to plan
        _refuse_collisions(job, inputs, base)
        plan = OutputPlan(job)
    items = _items(inputs, files_from, null, globs, excludes, base, plan)
    folders = files_from is not None or any(is_folder(p) for p in inputs)
    total = None if folders else len(inputs)
    partitioned = None if scheduler is None and job.mode != "shards" else (
        scheduler, partition_size)
    report = _run(items, job, clamp_jobs(jobs, total), check, quiet, color, total, partitioned)
    sys.exit(report.exit_code)


def _mirror_base(paths: tuple[str, ...], files_from: bool) -> str:
    """What --output-dir mirrors: the folders' and files' common folder, or with --files-from
    (paths not known in advance) the current folder."""
    if files_from:
        return os.getcwd()
    folders = [os.path.abspath(p if is_folder(p) else os.path.dirname(p) or ".")
               for p in paths if p != STDIN]
    return os.path.commonpath(folders) if folders else os.getcwd()


def _refuse_collisions(job: Job, inputs: list[Path], base: str) -> None:
    """Two file arguments that map to one output: a usage error before any work."""
    seen: dict[Path, Path] = {}
    for path in inputs:
        if str(path) == STDIN or is_folder(path):
            continue
        target = output_path(job, path, base)
        if seen.setdefault(target, path) != path:
            raise FatalError(f"{str(seen[target])!r} and {str(path)!r} would both be written "
                             f"to {str(target)!r}; clean them in two runs")


def _guard(check: Callable[..., object], *args: object) -> None:
    """Run a library check; its CleanerError becomes a one-line usage error."""
    try:
        check(*args)
    except CleanerError as error:
        raise FatalError(str(error)) from None


def _split_names(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name.strip() for value in values for name in value.split(",") if name.strip())


def _make_job(fmt: str, output_dir: Path | None, in_place: bool, check: bool, diff: bool,
              only: tuple[str, ...], skip: tuple[str, ...], dayfirst: bool, tz: str | None,
              quotes: str) -> Job:
    if sum((output_dir is not None, in_place, check or diff)) > 1:
        raise FatalError("choose one of --output-dir, --in-place and --check/--diff")
    if in_place and fmt != "text":
        raise FatalError("--in-place rewrites inputs as text; drop --format " + fmt)
    if fmt == "parquet" and output_dir is None:
        raise FatalError("--format parquet writes shards: add -o DIR")
    only, skip = _split_names(only), _split_names(skip)
    _guard(select_passes, only, skip)
    if tz:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise FatalError(f"unknown time zone {tz!r}; use an IANA name such as "
                             "'Asia/Tehran'") from None
    mode = ("diff" if diff else "check" if check else "in-place" if in_place
            else "stdout" if output_dir is None
            else "shards" if fmt in ("jsonl", "parquet") else "output-dir")
    return Job(mode=mode, fmt=fmt, options=Options(dayfirst=dayfirst, tz=tz, quotes=quotes),
               only=only, skip=skip, output_dir=output_dir, max_size=_max_size())


def _max_size() -> int:
    """--max-size of the command running (inspect has none: the default)."""
    return click.get_current_context().meta.get("max_size", DEFAULT_MAX_SIZE)


def parse_size(value: str) -> int:
    """'64M' → 67108864 (K, M, G are powers of 1024; a plain number is bytes)."""
    number, unit = value.strip().upper().rstrip("IB") or "0", 0
    if number[-1:] in ("K", "M", "G"):
        number, unit = number[:-1], 10 * (" KMG".index(number[-1]))
    try:
        size = int(float(number) * (1 << unit))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size such as 64M, 1G or 500000") from None
    if size < 0:
        raise click.BadParameter(f"{value!r}: a size cannot be negative")
    return size


def _read_single(name: str) -> tuple[bytes, Path | None]:
    """The bytes of one input (stdin for -) and its path; unreadable is a usage error.

    A FIFO named alone is read (``cleaner clean <(curl …)``); a device or socket is refused."""
    with STOP.interruptible():
        if name == STDIN:
            try:
                return read_limited(sys.stdin.buffer, "<stdin>", _max_size()), None
            except CleanerError as error:
                raise FatalError(str(error)) from None
        try:
            return read_input(Path(name), regular_only=False, max_size=_max_size()), Path(name)
        except CleanerError as error:
            raise FatalError(str(error)) from None


def _clean_single(name: str, job: Job, check: bool) -> Report:
    """One file or stdin: an unreadable input is a usage error (exit 2), not a failed batch."""
    if name == STDIN and job.mode in ("in-place", "output-dir"):
        raise FatalError(f"--{job.mode} needs file inputs, not stdin")
    data, path = _read_single(name)
    with STOP.interruptible():
        prepared = prepare_data(data, None if path is None else name, path,
                                None if path is None else path.parent, job)
    result = commit(prepared)
    if result.error:
        raise FatalError(result.error)
    report = Report(check=check)
    report.add(result)
    _write_out(lambda: _emit([result], check))
    if STOP.signum:
        raise Interrupted(STOP.signum)
    return report


def _items(inputs: list[Path], files_from: IO[bytes] | None, null: bool,
           globs: tuple[str, ...], excludes: tuple[str, ...], base: str,
           plan: OutputPlan | None) -> Iterator[Item]:
    paths: Iterable[Path | Item] = inputs
    if files_from is not None:  # streamed: a million paths are never held at once
        paths = itertools.chain(inputs, _listed(files_from, null))
    items = iter_inputs(paths, globs, excludes, base=base if plan is not None else None,
                        folder_guard=None if plan is None else plan.refuse_folder)
    return items if plan is None else plan.plan(items)


def _listed(stream: IO[bytes], null: bool) -> Iterator[Path | Item]:
    """The --files-from paths; a list that cannot be read on ends in one failed item."""
    try:
        yield from read_files_from(stream, null)
    except (InputError, OSError) as error:
        message = str(error) if isinstance(error, InputError) else (
            f"--files-from: cannot read on: {error.strerror or error}")
        yield Item("--files-from", "", message)


def _emit(results: list[Result], check: bool) -> None:
    """Print what the results have for stdout, then flush; errors and check notes to stderr.

    One flush per chunk, not per file: output still streams (``| head``, ``| jq``) but without
    a system call for every file.
    """
    out = sys.stdout.buffer
    shown = visible_bytes if out.isatty() else bytes  # a terminal never obeys the page
    for result in results:
        if result.error:
            out.flush()  # keep stdout and stderr in order on a shared terminal
            click.echo(f"error: {result.error}", err=True)
            continue
        if result.skipped:
            out.flush()
            click.echo(f"skipped: {display(result.source)} is {result.skipped}, not a regular "
                       "file", err=True)
            continue
        if result.output:
            out.write(shown(result.output))
        if check and result.changed:
            click.echo(f"would clean {visible(result.source)}", err=True)
    out.flush()


def display(name: str) -> str:
    return repr(name)


def _write_out(write: Callable[[], None]) -> None:
    """Run a write to stdout; a full disk (or any failed write) is fatal: exit 2, one line."""
    try:
        write()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise _stdout_failed(error) from None


def _stdout_failed(error: OSError) -> FatalError:
    """The error for a failed write to stdout; stdout now points at /dev/null, so that the
    interpreter's last flush stays quiet."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    reason = error.strerror or os.strerror(error.errno or errno.EIO)
    return FatalError(f"cannot write to stdout: {reason}")


def _run(items: Iterable[Item], job: Job, jobs: int, check: bool, quiet: bool,
         color: bool | None, total: int | None,
         partitioned: tuple[str | None, int | None] | None = None) -> Report:
    from cleaner.progress import make_progress

    report = Report(check=check)
    started = time.perf_counter()
    show_bar = not quiet and sys.stderr.isatty()
    results = (run_batch(items, job, jobs) if partitioned is None
               else _run_partitions(items, job, jobs, *partitioned, show_bar))
    try:
        with make_progress(show_bar, total, color) as bar:
            def emit(chunk: list[Result]) -> None:
                _emit(chunk, check)
                bar.advance(len(chunk))

            process_stream(results, report, emit)
    except BrokenPipeError:
        # stdout was closed (| head): stop quietly, with no error at interpreter exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        results.close()
        sys.exit(0)
    except OSError as error:  # a full disk under stdout: fatal, the rest would be lost too
        results.close()
        raise _stdout_failed(error) from None
    finally:
        results.close()
    if not quiet:
        click.echo(report.summary(time.perf_counter() - started), err=True)
    return report


def _run_partitions(items: Iterable[Item], job: Job, jobs: int, scheduler: str | None,
                    size: int | None, dashboard: bool) -> Generator[list[Result], None, None]:
    """Shards or a Dask scheduler: partitions of files as tasks (cleaner.cluster)."""
    from cleaner.cluster import run_partitions

    def show(link: str) -> None:
        click.echo(f"dask dashboard: {link}", err=True)

    try:
        return run_partitions(items, job, jobs, scheduler, size, show if dashboard else None)
    except CleanerError as error:
        raise FatalError(str(error)) from None


@main.command()
@click.argument("file", default="-", metavar="[FILE|-]")
@click.option("--diff", is_flag=True, help="Show a coloured diff of the original against the "
              "clean text instead.")
@click.option("--color/--no-color", default=None,
              help="Force colour on or off (default: on for a terminal; NO_COLOR is honoured).")
@click.option("--width", type=click.IntRange(min=40), help="Width in columns (default: the "
              "terminal's).")
def inspect(file: str, diff: bool, color: bool | None, width: int | None) -> None:
    """Show a page and everything the cleaner did to it (rich; plain text when piped)."""
    from rich.console import Console

    from cleaner import clean_bytes
    from cleaner.render.pretty import render_diff_pretty, render_document

    data, path = _read_single(file)
    source = None if path is None else file
    doc = clean_bytes(data, source=source)
    console = Console(force_terminal=color, no_color=color is False or None, width=width,
                      highlight=False)
    name = source or "<stdin>"
    console.print(render_diff_pretty(doc, name) if diff else render_document(doc))


@main.command(name="passes")
def list_passes() -> None:
    """List the passes in pipeline order, with what each one does."""
    for step in PASSES:
        doc = sys.modules[step.__module__].__doc__ or ""
        click.echo(doc.strip().splitlines()[0] if doc.strip() else step.__name__)
