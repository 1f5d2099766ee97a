"""Microseconds per page of the encoding passes and their gates, old and new, in one run.

    python bench/encoding_gate.py [--repeat 5] [--ftfy]

Pages: the alalam pages (../shared/corpus/dev alalam-*, ../shared/corpus/clean) and the sites
pages (../shared/corpus/sites), each as the pass sees it (after the passes before it). Timed:
the old gate (the Windows-1252-only check repair_mojibake had before issue 16), ftfy's detector
run on the whole page (what a plain "call is_bad" gate would cost), the new gate
(`needs_repair`), and the new passes whole (repair_mojibake + fix_c1_controls). Median of
`repeat` rounds, after a warm-up, with repair_line's cache emptied each round.

--ftfy also scores ftfy's own test cases (../shared/peers/ftfy, see SOURCES.md): wrapped as
SOURCES.md says (body only) and after a lead paragraph (so the header reader does not take a
one-line case for a byline); repaired and negatives left alone.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import regex
from ftfy.badness import is_bad

from cleaner import clean
from cleaner.document import Draft
from cleaner.passes.fix_c1_controls import fix_c1_controls
from cleaner.passes.repair_mojibake import needs_repair, repair_line, repair_mojibake
from cleaner.pipeline import PASSES

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
KINDS = {
    "alalam": lambda: sorted((CORPUS / "dev").glob("alalam-*.json")) + sorted(
        (CORPUS / "clean").glob("*.json")),
    "sites": lambda: sorted((CORPUS / "sites").glob("*.json")),
}

# The gate before issue 16, for comparison: a UTF-8 lead byte read as Windows-1252 and what
# its continuation bytes become.
_OLD_CONT = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc" \
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_OLD_MOJIBAKE = re.compile(f"[\u00c2-\u00df][{_OLD_CONT}]|[\u00e0-\u00ef][{_OLD_CONT}]{{2}}")
_OLD_LEAD = regex.compile("[\u00c2-\u00ef]")


def old_gate(text: str) -> bool:
    return bool(_OLD_LEAD.search(text)) and bool(_OLD_MOJIBAKE.search(text))


def _as_the_pass_sees_it(text: str) -> Draft:
    draft = Draft(text)
    for step in PASSES[: PASSES.index(repair_mojibake)]:
        draft = step(draft)
    return draft


def _new_passes(draft: Draft) -> Draft:
    return fix_c1_controls(repair_mojibake(draft))


def per_page_us(drafts: list[Draft], run: Callable[[Draft], object], repeat: int) -> float:
    for draft in drafts:
        run(draft)
    times = []
    for _ in range(repeat):
        repair_line.cache_clear()
        start = time.perf_counter()
        for draft in drafts:
            run(draft)
        times.append((time.perf_counter() - start) / len(drafts))
    return statistics.median(times) * 1e6


def _norm(text: str) -> str:
    text = text.translate(dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff")))
    text = text.translate(str.maketrans({"ʼ": "'", "‘": "'", "’": "'", "‚": "'", "‛": "'",
                                         "“": '"', "”": '"', "„": '"', "‟": '"'}))
    return re.sub(r"[\s\u00a0]+", " ", text).strip()


def score_ftfy(lead: bool) -> str:
    cases = [c for f in sorted((SHARED / "peers" / "ftfy").glob("*.json"))
             for c in json.loads(f.read_text(encoding="utf-8")) if c["expect"] == "pass"]
    if not cases:
        return "ftfy cases absent"
    good = {True: 0, False: 0}
    total = {True: 0, False: 0}
    first = "The army retook the town on Wednesday."
    for case in cases:
        extra = f"{first}\n\n" if lead else ""
        head = "Army Retakes Town\n\nWed Jan 20, 2016 22:31:33\n\n"
        doc = clean(f"{head}{extra}{case['original']}\n")
        paragraphs = list(doc.body)
        if lead and paragraphs[:1] == [first]:
            paragraphs = paragraphs[1:]
        negative = _norm(case["fixed"]) == _norm(case["original"])
        total[negative] += 1
        good[negative] += _norm("\n\n".join(paragraphs)) == _norm(case["fixed"])
    return (f"repaired {good[False]}/{total[False]}, negatives left alone "
            f"{good[True]}/{total[True]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--ftfy", action="store_true")
    args = parser.parse_args()
    runs: dict[str, Callable[[Draft], object]] = {
        "old gate": lambda d: old_gate(d.text),
        "is_bad(page)": lambda d: is_bad(d.text),
        "new gate": lambda d: needs_repair(d.text),
        "new passes": _new_passes,
    }
    for kind, pages in KINDS.items():
        texts = [json.loads(p.read_text(encoding="utf-8"))["excerpt"] for p in pages()]
        if not texts:
            print(f"{kind}: no pages under {CORPUS}")
            continue
        drafts = [_as_the_pass_sees_it(text) for text in texts]
        cells = [f"{name} {per_page_us(drafts, run, args.repeat):.1f}"
                 for name, run in runs.items()]
        flagged = sum(needs_repair(d.text) for d in drafts)
        print(f"{kind} ({len(drafts)} pages, {flagged} pass the new gate): µs/page "
              + ", ".join(cells))
    if args.ftfy:
        print(f"ftfy cases, body as SOURCES.md wraps them: {score_ftfy(lead=False)}")
        print(f"ftfy cases, after a lead paragraph:       {score_ftfy(lead=True)}")


if __name__ == "__main__":
    main()
