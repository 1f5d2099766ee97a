"""The cleaner's date reader side by side with python-dateutil and dateparser, on date strings.

    python bench/date_parsers.py [--verbose]

Two sets of strings: the 93 date strings of ../shared/peers/dates.json (each given whole to every
parser), and the header lines of the sites pages (../shared/corpus/sites/) from which at least one
of the three parsers reads the page's labelled publication date (the union, so that no parser
picks the set). A string counts when the parser reads its date, and the hour and minute (and
offset, on the sites lines) where the label shows them. Each parser is called the way it is
meant for a line: `cleaner.dates.read_date_line`; `dateutil.parser.parse(line, fuzzy=True,
tzinfos=<the cleaner's zone table>)`; `dateparser.parse(line)` then
`dateparser.search.search_dates(line)`. Prints accuracy and µs per line (the median of 3 runs
over each set). Skips (exit 0) when a library or the data is missing.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from cleaner.dates import crawler_date, read_date_line
from cleaner.lexicon.zones import ZONES

SHARED = Path(__file__).resolve().parents[2] / "shared"
Parser = Callable[[str], str | None]


def ours(line: str) -> str | None:
    found = read_date_line(line)
    if found is None:
        return None
    date = found.published or found.updated
    return date.iso if date else None


def _tzinfos() -> dict[str, int]:
    return {name: (row.offset or 0) * 60 for name, row in ZONES.items() if row.iana is None}


def make_dateutil() -> Parser | None:
    try:
        from dateutil import parser
    except ImportError:
        return None
    tzinfos = _tzinfos()

    def run(line: str) -> str | None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return parser.parse(line, fuzzy=True, tzinfos=tzinfos).isoformat()
        except (ValueError, OverflowError, TypeError):
            return None
    return run


def make_dateparser() -> Parser | None:
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        return None
    def run(line: str) -> str | None:
        found: dt.datetime | None = dateparser.parse(line)
        if found is None:
            hits = search_dates(line)
            found = hits[0][1] if hits else None
        return found.isoformat() if found else None
    return run


def matches(iso: str | None, date: str, clock: str | None, offset: str | None = None) -> bool:
    if not iso or iso[:10] != date:
        return False
    if clock and iso[11:11 + len(clock)] != clock:
        return False
    return not offset or iso[19:].replace(":", "") == offset.replace(":", "")


def peer_cases() -> list[tuple[str, str, str | None, str | None]]:
    cases = json.loads((SHARED / "peers" / "dates.json").read_text(encoding="utf-8"))
    return [(case["text"], case["date"], case["time"], None) for case in cases]


def site_cases(parsers: dict[str, Parser]) -> list[tuple[str, str, str | None, str | None]]:
    found = []
    for path in sorted((SHARED / "corpus" / "sites").glob("*.json")):
        page = json.loads(path.read_text(encoding="utf-8"))
        label = page["expect"]["published"]
        if not label:
            continue
        date, clock = label[:10], (label[11:16] or None)
        offset = label[16:] or None
        for line in page["excerpt"].split("\n")[:40]:
            line = line.strip()
            if (prefix := crawler_date(line)) is not None:
                line = prefix[1]  # the crawler's own date is not a page's date line
            if not any(ch.isdigit() for ch in line) or len(line) > 140:
                continue
            if any(matches(run(line), date, clock, offset) for run in parsers.values()):
                found.append((line, date, clock, offset))
                break
    return found


def score(run: Parser, cases: list[tuple[str, str, str | None, str | None]],
          verbose: bool, name: str) -> tuple[int, float]:
    good = 0
    for line, date, clock, offset in cases:
        ok = matches(run(line), date, clock, offset)
        good += ok
        if verbose and not ok:
            print(f"  {name} miss: {line!r} -> {run(line)!r}")
    times = []
    for _ in range(3):
        start = time.perf_counter()
        for case in cases:
            run(case[0])
        times.append((time.perf_counter() - start) / len(cases) * 1e6)
    return good, sorted(times)[1]


def main(argv: list[str]) -> int:
    if not (SHARED / "peers" / "dates.json").is_file():
        print(f"{SHARED / 'peers'} is not there: nothing to measure")
        return 0
    parsers: dict[str, Parser] = {"cleaner.dates": ours}
    for name, make in (("python-dateutil", make_dateutil), ("dateparser", make_dateparser)):
        run = make()
        if run is None:
            print(f"{name} is not installed: left out")
        else:
            parsers[name] = run
    sets = {"peers dates.json": peer_cases()}
    if (SHARED / "corpus" / "sites").is_dir():
        sets["sites date lines"] = site_cases(parsers)
    verbose = "--verbose" in argv
    print(f"{'set':<18} {'parser':<16} {'accuracy':>16} {'µs/line':>10}")
    for set_name, cases in sets.items():
        for name, run in parsers.items():
            good, micros = score(run, cases, verbose, name)
            print(f"{set_name:<18} {name:<16} {good:>4}/{len(cases):<4} "
                  f"({100.0 * good / len(cases):5.1f}%) {micros:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
