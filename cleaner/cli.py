"""The command line: parse options, read and write, call the library, pick a renderer.

Exit codes: 0 success; 1 --check found a page that would change; 2 usage error or unreadable
input. Data goes to stdout; errors and notes go to stderr.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from cleaner import __version__, clean_bytes
from cleaner.document import Options
from cleaner.errors import CleanerError
from cleaner.pipeline import PASSES, select_passes
from cleaner.render import render_diff, render_json, render_text

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 --check found a page that would change; "
    "2 usage error or unreadable input."
)


class FatalError(click.ClickException):
    """A one-line error on stderr (``Error: …``) with exit code 2."""

    exit_code = 2


def _split_names(values: tuple[str, ...]) -> list[str]:
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except IsADirectoryError:
        raise FatalError(f"cannot read {path!r}: it is a directory") from None
    except OSError as error:
        raise FatalError(f"cannot read {path!r}: {error.strerror or error}") from None


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and a rename: never a half-written file."""
    fd, temp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@click.group(context_settings=CONTEXT_SETTINGS, epilog=EXIT_CODES_HELP)
@click.version_option(__version__, "-V", "--version", prog_name="cleaner")
def main() -> None:
    """Turn raw scraper dumps of news pages into clean article text and structured JSON."""


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("file", default="-", metavar="[FILE|-]")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here (atomically) instead of stdout.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if the page would change.")
@click.option("--diff", is_flag=True, help="Print a unified diff of the change instead.")
@click.option("--only", multiple=True, metavar="PASS[,PASS]", help="Run only these passes.")
@click.option("--skip", multiple=True, metavar="PASS[,PASS]", help="Skip these passes.")
@click.option("--dayfirst", is_flag=True, help="Read 01/02/2016 as 1 February.")
@click.option("--tz", metavar="ZONE", help="IANA zone attached to dates without an offset.")
@click.option("--quotes", type=click.Choice(["keep", "curly", "straight"]), default="keep",
              show_default=True, help="Quote marks after repair: as found, all curly, or straight.")
def clean(file: str, fmt: str, output: Path | None, check: bool, diff: bool,
          only: tuple[str, ...], skip: tuple[str, ...], dayfirst: bool, tz: str | None,
          quotes: str) -> None:
    """Clean one page (a file, or stdin with - or no argument)."""
    try:
        passes = select_passes(_split_names(only), _split_names(skip))
        options = _options(dayfirst, tz, quotes)
    except CleanerError as error:
        raise FatalError(str(error)) from None
    doc = clean_bytes(_read_input(file), source=None if file == "-" else file, options=options,
                      passes=passes)
    name = "<stdin>" if file == "-" else file
    if diff:
        click.echo(render_diff(doc, name), nl=False)
    if check:
        if doc.changed:
            click.echo(f"would clean {name}", err=True)
            sys.exit(1)
        return
    if diff:
        return
    rendered = render_json(doc) + "\n" if fmt == "json" else render_text(doc)
    if output is not None:
        write_atomic(output, rendered)
    else:
        click.echo(rendered, nl=False)


def _options(dayfirst: bool, tz: str | None, quotes: str) -> Options:
    if tz:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise CleanerError(f"unknown time zone {tz!r}; use an IANA name such as "
                               "'Asia/Tehran'") from None
    return Options(dayfirst=dayfirst, tz=tz, quotes=quotes)


@main.command(name="passes")
def list_passes() -> None:
    """List the passes in pipeline order, with what each one does."""
    for step in PASSES:
        doc = (step.__module__ and sys.modules[step.__module__].__doc__) or ""
        summary = doc.strip().splitlines()[0] if doc.strip() else step.__name__
        click.echo(summary)

