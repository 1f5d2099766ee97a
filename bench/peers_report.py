"""Score the cleaner on other projects' own test strings (../shared/peers/, see its SOURCES.md).

    python bench/peers_report.py [dates|authors|quotes|all] [--verbose]

Each case is wrapped into a page exactly as SOURCES.md says, cleaned with `cleaner.clean`, and
compared the way SOURCES.md describes. Prints one line per suite, `suite: P/T (x%)`, and with
--verbose every miss. Skips (exit 0, with a message) when ../shared/peers/ is absent.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from cleaner import clean

PEERS = Path(__file__).resolve().parents[2] / "shared" / "peers"


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def score_dates(verbose: bool) -> tuple[int, int]:
    cases = json.loads((PEERS / "dates.json").read_text(encoding="utf-8"))
    good = 0
    for case in cases:
        page = f"Some Headline Here\n\n{case['text']}\n\nThe army retook the town on Wednesday.\n"
        published = clean(page).published or ""
        ok = published[:10] == case["date"]
        if ok and case["time"]:
            ok = published[11 : 11 + len(case["time"])] == case["time"]
        good += ok
        if verbose and not ok:
            print(f"  date miss: {case['text']!r} -> {published!r} "
                  f"(want {case['date']} {case['time']})")
    return good, len(cases)


_OWN_LEAD = re.compile(r"^\s*(?:by\b|by:|written by|words by|analysis by)", re.I)


def _byline_page(byline: str, glued: bool) -> str:
    line = byline if _OWN_LEAD.match(byline) else f"By {byline}"
    if glued:
        return f"{line}, Some Headline Here\n\nWed Jan 20, 2016 22:31:33\n\n" \
            "The army retook the town on Wednesday, officials said.\n"
    return f"Some Headline Here\n{line}\nWed Jan 20, 2016 22:31:33\n\n" \
        "The army retook the town on Wednesday, officials said.\n"


def score_authors(verbose: bool, glued: bool = False) -> tuple[int, int]:
    cases = json.loads((PEERS / "authors.json").read_text(encoding="utf-8"))
    good = 0
    for case in cases:
        got = [_ws(a) for a in clean(_byline_page(case["byline"], glued)).authors]
        wanted = [[_ws(a) for a in case["expected"]]]
        if case.get("alt") is not None:
            wanted.append([_ws(a) for a in case["alt"]])
        ok = got in wanted
        good += ok
        if verbose and not ok:
            print(f"  author miss{' (glued)' if glued else ''}: {case['byline']!r} -> {got!r} "
                  f"(want {wanted[0]!r})")
    return good, len(cases)


def score_quotes(verbose: bool) -> tuple[int, int]:
    cases = json.loads((PEERS / "quotes.json").read_text(encoding="utf-8"))
    good = 0
    for case in cases:
        doc = clean(f"Army Retakes Town\n\nWed Jan 20, 2016 22:31:33\n\n{case['text']}\n")
        got = [(q.speaker, (q.cue or "").lower(), q.text.strip().rstrip(","))
               for q in doc.quotes if q.speaker and q.paragraph > 0]
        wanted = [(e["speaker"], e["cue"].lower(),
                   e["content"].strip().strip("\"“”‘’'").strip().rstrip(","))
                  for e in case["expected"]]
        ok = len(got) == len(wanted) and all(
            g[1:] == w[1:] and (g[0] == w[0] or g[0] == case.get("speaker_alt", {}).get(w[0]))
            for g, w in zip(got, wanted, strict=False))
        good += ok
        if verbose and not ok:
            print(f"  quote miss: {case['text'][:70]!r} -> {got!r} (want {wanted!r})")
    return good, len(cases)


def main(argv: list[str]) -> int:
    if not PEERS.is_dir():
        print(f"{PEERS} is not there: nothing to score")
        return 0
    verbose = "--verbose" in argv
    suites = [a for a in argv if not a.startswith("-")] or ["all"]
    runs = {
        "dates": lambda: score_dates(verbose),
        "authors": lambda: score_authors(verbose),
        "authors (glued to the title)": lambda: score_authors(verbose, glued=True),
        "quotes": lambda: score_quotes(verbose),
    }
    for name, run in runs.items():
        if "all" in suites or name.split()[0] in suites:
            good, total = run()
            print(f"{name}: {good}/{total} ({100.0 * good / total:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
