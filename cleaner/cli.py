"""The command line: parse options, read and write, call the library, pick a renderer.

Exit codes: 0 success; 1 --check found a page that would change; 2 usage error or unreadable
single input; 123 some files of a batch failed; 130 interrupted. Data goes to stdout; progress,
errors and the summary go to stderr.
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

import click

from cleaner import __version__
from cleaner.batch import (
    Item,
    Job,
    Report,
    Result,
    check_output_dir,
    iter_inputs,
    process_data,
    process_stream,
    read_files_from,
    read_input,
    run_batch,
)
from cleaner.document import Options
from cleaner.errors import CleanerError
from cleaner.pipeline import PASSES, select_passes

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 --check found a page that would change; 2 usage error or an "
    "unreadable single input; 123 some files of a batch failed; 130 interrupted."
)


class FatalError(click.ClickException):
    """A one-line error on stderr (``Error: …``) with exit code 2."""

    exit_code = 2


@click.group(context_settings=CONTEXT_SETTINGS, epilog=EXIT_CODES_HELP)
@click.version_option(__version__, "-V", "--version", prog_name="cleaner")
def main() -> None:
    """Turn raw scraper dumps of news pages into clean article text and structured JSON."""


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, metavar="[PATH|-]...")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl", "parquet"]),
              default="text", show_default=True, help="Output format; jsonl gives one object "
              "per input file; with -o, jsonl and parquet write shards (README: cluster).")
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Mirror the inputs under DIR, one .txt/.json per input (atomic writes).")
@click.option("--in-place", is_flag=True, help="Rewrite changed inputs (text format only).")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if any page would change.")
@click.option("--diff", is_flag=True, help="Print a unified diff of each page that would change.")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="Only files matching PATTERN inside folders (repeatable).")
@click.option("--exclude", "excludes", multiple=True, metavar="PATTERN",
              help="Skip files and folders matching PATTERN (repeatable).")
@click.option("--files-from", type=click.File("rb"), help="Read paths from FILE or - (stdin).")
@click.option("-0", "--null", is_flag=True, help="--files-from paths are NUL-separated.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1,
              show_default="number of CPUs", help="Worker processes for a batch.")
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
def clean(paths: tuple[str, ...], fmt: str, output_dir: Path | None, in_place: bool,
          check: bool, diff: bool, globs: tuple[str, ...], excludes: tuple[str, ...],
          files_from: IO[bytes] | None, null: bool, jobs: int, scheduler: str | None,
          partition_size: int | None, quiet: bool,
          color: bool | None, only: tuple[str, ...], skip: tuple[str, ...], dayfirst: bool,
          tz: str | None, quotes: str) -> None:
    """Clean pages: a file, stdin (- or nothing), or many files and folders (a batch)."""
    job = _make_job(fmt, output_dir, in_place, check, diff, only, skip, dayfirst, tz, quotes)
    single = files_from is None and len(paths) <= 1 and not (paths and Path(paths[0]).is_dir())
    single = single and job.mode != "shards"  # one file on a cluster: cleaned right here
    if single:
        report = _clean_single(paths[0] if paths else "-", job, check)
        sys.exit(report.exit_code)
    if job.mode == "stdout" and fmt != "jsonl":
        raise FatalError("several inputs need --format jsonl, --output-dir DIR, --in-place, "
                         "--check or --diff (stdout holds one document in text or json)")
    inputs = [Path(p) for p in paths]
    if output_dir is not None:
        _guard(check_output_dir, output_dir, inputs)
    items = _items(inputs, files_from, null, globs, excludes)
    total = None if files_from or any(p.is_dir() for p in inputs) else len(inputs)
    partitioned = None if scheduler is None and job.mode != "shards" else (
        scheduler, partition_size)
    report = _run(items, job, jobs, check, quiet, color, total, partitioned)
    sys.exit(report.exit_code)


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
               only=only, skip=skip, output_dir=output_dir)


def _read_single(name: str) -> tuple[bytes, Path | None]:
    """The bytes of one input (stdin for -) and its path; unreadable is a usage error."""
    if name == "-":
        return sys.stdin.buffer.read(), None
    try:
        return read_input(Path(name)), Path(name)
    except CleanerError as error:
        raise FatalError(str(error)) from None


def _clean_single(name: str, job: Job, check: bool) -> Report:
    """One file or stdin: an unreadable input is a usage error (exit 2), not a failed batch."""
    if name == "-" and job.mode in ("in-place", "output-dir"):
        raise FatalError(f"--{job.mode} needs file inputs, not stdin")
    data, path = _read_single(name)
    result = process_data(data, None if path is None else name, path,
                          None if path is None else path.parent, job)
    if result.error:
        raise FatalError(result.error)
    report = Report(check=check)
    report.add(result)
    _emit([result], check)
    return report


def _items(inputs: list[Path], files_from: IO[bytes] | None, null: bool,
           globs: tuple[str, ...], excludes: tuple[str, ...]) -> Iterator[Item]:
    paths: Iterable[Path] = inputs
    if files_from is not None:  # streamed: a million paths are never held at once
        paths = itertools.chain(inputs, read_files_from(files_from, null))
    return iter_inputs(paths, globs, excludes)


def _emit(results: list[Result], check: bool) -> None:
    """Print what the results have for stdout, then flush; errors and check notes to stderr.

    One flush per chunk, not per file: output still streams (``| head``, ``| jq``) but without
    a system call for every file.
    """
    out = sys.stdout.buffer
    for result in results:
        if result.error:
            out.flush()  # keep stdout and stderr in order on a shared terminal
            click.echo(f"error: {result.error}", err=True)
            continue
        if result.output:
            out.write(result.output)
        if check and result.changed:
            click.echo(f"would clean {result.source}", err=True)
    out.flush()


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
            process_stream(results, report,
                           lambda chunk: (_emit(chunk, check), bar.advance(len(chunk))))
    except BrokenPipeError:
        # stdout was closed (| head): stop quietly, with no error at interpreter exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        results.close()
        sys.exit(0)
    finally:
        results.close()
    if not quiet:
        click.echo(report.summary(time.perf_counter() - started), err=True)
    return report


def _run_partitions(items: Iterable[Item], job: Job, jobs: int, scheduler: str | None,
                    size: int | None, dashboard: bool) -> Iterator[list[Result]]:
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
