"""Microseconds per page of the extract_quotes pass alone, on the shared corpus (for the notes).

    python bench/quote_speed.py [--repeat 5]

Every page is run through the passes before extract_quotes once; then extract_quotes alone is
timed on those drafts, `repeat` rounds after a warm-up, and the median per page is printed per
kind of page. Run it under two checkouts (PYTHONPATH pointing at each) to compare versions.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from cleaner.document import Draft
from cleaner.passes.extract_quotes import extract_quotes
from cleaner.passes.strip_var_dump import decode_raw
from cleaner.pipeline import PASSES

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
KINDS = {"dev": "dev/*.json", "clean": "clean/*.json", "sites": "sites/*.json"}


def drafts(pattern: str) -> list[Draft]:
    out = []
    for path in sorted(CORPUS.glob(pattern)):
        draft = Draft(text=json.loads(path.read_text(encoding="utf-8"))["excerpt"])
        for step in PASSES:
            if step is extract_quotes:
                break
            draft = step(decode_raw(draft))
        out.append(draft)
    return out


def per_page_us(pages: list[Draft], repeat: int) -> float:
    for draft in pages:
        extract_quotes(draft)
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for draft in pages:
            extract_quotes(draft)
        rounds.append((time.perf_counter() - start) / len(pages) * 1e6)
    return statistics.median(rounds)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    for kind, pattern in KINDS.items():
        pages = drafts(pattern)
        if pages:
            print(f"{kind:6} {len(pages):4} pages  {per_page_us(pages, args.repeat):8.1f} µs/page")


if __name__ == "__main__":
    main()
