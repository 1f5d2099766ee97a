"""Microseconds per page of `clean()` on the shared corpus, by kind of page (for the notes).

    python bench/page_speed.py [--repeat 5] [--kind alalam|sites|all] [--cold-tables]

Each page is cleaned `repeat` times after one warm-up, with the per-line caches emptied
before each round (a batch of distinct pages seldom meets a line twice); the median time per
page is printed per kind. Run it under two checkouts side by side (PYTHONPATH
pointing at each) to compare versions on the same machine in one sitting.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from cleaner import clean

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
KINDS = {
    "alalam": lambda: sorted((CORPUS / "dev").glob("alalam-*.json")) + sorted(
        (CORPUS / "clean").glob("*.json")),
    "sites": lambda: sorted((CORPUS / "sites").glob("*.json")),
}


def _cold_caches(tables: bool = False) -> None:
    """Empty the per-line caches: a batch of distinct pages seldom meets a line twice. With
    `tables`, also the chrome reader's first-word tables (which a batch does fill: first words
    repeat from page to page)."""
    import importlib

    for module, name in (("cleaner.classify", "classify"), ("cleaner.chrome", "chrome_line"),
                         ("cleaner.passes.repair_mojibake", None)):
        try:
            found = importlib.import_module(module)
        except ImportError:  # an older checkout, without the cache
            continue
        for value in vars(found).values() if name is None else [getattr(found, name)]:
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
    if tables:
        try:
            from cleaner import chrome
        except ImportError:
            return
        for table in (*getattr(chrome, "_TIERS", ()), getattr(chrome, "_OPENERS", None)):
            if callable(getattr(table, "clear", None)):
                table.clear()


def per_page_us(pages: list[str], repeat: int, tables: bool = False) -> float:
    for text in pages:
        clean(text)
    times = []
    for _ in range(repeat):
        _cold_caches(tables)
        start = time.perf_counter()
        for text in pages:
            clean(text)
        times.append((time.perf_counter() - start) / len(pages))
    return statistics.median(times) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--kind", choices=[*KINDS, "all"], default="all")
    parser.add_argument("--cold-tables", action="store_true",
                        help="also empty the chrome reader's first-word tables each round")
    args = parser.parse_args()
    for kind, pages in KINDS.items():
        if args.kind not in ("all", kind):
            continue
        texts = [json.loads(p.read_text(encoding="utf-8"))["excerpt"] for p in pages()]
        if not texts:
            print(f"{kind}: no pages (../shared/corpus/ is not beside the clone)")
            continue
        spent = per_page_us(texts, args.repeat, args.cold_tables)
        print(f"{kind}: {len(texts)} pages, {spent:,.0f} µs/page")


if __name__ == "__main__":
    main()
