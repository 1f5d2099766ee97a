"""Microseconds per page spent in each pass of `clean()`, on the shared corpus (for the notes).

    python bench/pass_speed.py [--repeat 4] [--kind alalam|sites]

Runs the pipeline pass by pass on every page of the kind, `repeat` rounds after a warm-up, the
per-line caches emptied before each round (as `page_speed.py` does), and prints the mean time
per page of each pass, then the total. Run it under two checkouts (PYTHONPATH pointing at
each) to see where a version spends its time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_speed import KINDS, _cold_caches

from cleaner import pipeline
from cleaner.document import Draft


def per_pass_us(pages: list[str], repeat: int) -> Counter[str]:
    spent: Counter[str] = Counter()
    for round_ in range(repeat + 1):
        _cold_caches()
        for text in pages:
            draft = Draft(text=text)
            for step in pipeline.PASSES:
                start = time.perf_counter()
                if step is not pipeline.strip_var_dump:
                    draft = pipeline.decode_raw(draft)
                draft = step(draft)
                if round_:  # the first round is the warm-up
                    spent[step.__name__] += time.perf_counter() - start
    return Counter({name: seconds / (repeat * len(pages)) * 1e6
                    for name, seconds in spent.items()})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--kind", choices=list(KINDS), default="alalam")
    args = parser.parse_args()
    pages = [json.loads(p.read_text(encoding="utf-8"))["excerpt"] for p in KINDS[args.kind]()]
    if not pages:
        sys.exit(f"{args.kind}: no pages (../shared/corpus/ is not beside the clone)")
    spent = per_pass_us(pages, args.repeat)
    for name, us in spent.items():
        print(f"{name:24s} {us:8.1f} µs/page")
    print(f"{'total':24s} {sum(spent.values()):8.1f} µs/page ({len(pages)} {args.kind} pages)")


if __name__ == "__main__":
    main()
