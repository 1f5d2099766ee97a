"""The `cleaner` command's entry point: Ctrl-C while the program is still starting (importing
the pipeline compiles the lexicon's patterns, a few hundred milliseconds) ends it as Ctrl-C
does later: one line, exit 130, no traceback."""

from __future__ import annotations

import sys


def main() -> None:
    try:
        from cleaner.cli import main as cli
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    cli()
