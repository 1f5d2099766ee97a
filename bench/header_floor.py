"""What `clean()` costs per page with a free header model: the floor the other passes set.

    python bench/header_floor.py [--kind alalam|sites] [--rounds 25]

Times `clean()` on every page of the kind, the per-line caches emptied each round (as
`page_speed.py` does), best round of N, twice in one process: once as it is, once with
`read_header` answered from a memo filled beforehand (the header model then costs nothing; the
chrome and line readings it would have cached are paid by the passes that ask them after it).
The gap is what the header model costs; the second figure is the least any speed-up of the
header alone can reach. Run it under another checkout (PYTHONPATH) to compare.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_speed import KINDS, _cold_caches

from cleaner import clean, header
from cleaner.document import Options
from cleaner.header import HeaderPlan


def best_us(pages: list[str], rounds: int) -> float:
    for text in pages:
        clean(text)
    best = float("inf")
    for _ in range(rounds):
        _cold_caches()
        start = time.perf_counter()
        for text in pages:
            clean(text)
        best = min(best, time.perf_counter() - start)
    return best / len(pages) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kind", choices=list(KINDS), default="alalam")
    parser.add_argument("--rounds", type=int, default=25)
    args = parser.parse_args()
    pages = [json.loads(p.read_text(encoding="utf-8"))["excerpt"] for p in KINDS[args.kind]()]
    if not pages:
        sys.exit(f"{args.kind}: no pages (../shared/corpus/ is not beside the clone)")
    full = best_us(pages, args.rounds)
    read = header.read_header
    memo: dict[str, HeaderPlan] = {}

    def remembered(text: str, options: Options | None = None) -> HeaderPlan:
        if text not in memo:
            memo[text] = read(text, options)
        return memo[text]

    header.read_header = remembered  # type: ignore[assignment]
    try:
        free = best_us(pages, args.rounds)
    finally:
        header.read_header = read  # type: ignore[assignment]
    print(f"clean() as it is        {full:7.0f} µs/page")
    print(f"with a free header      {free:7.0f} µs/page ({len(pages)} {args.kind} pages)")
    print(f"the header model costs  {full - free:7.0f} µs/page")


if __name__ == "__main__":
    main()
