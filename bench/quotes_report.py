"""Measure the quote repair (numbers for the issue notes).

1. On the dev corpus: every repair made, and every suspected swallowed attribution left alone
   (a closing mark right after ``, <few words> <speech verb>….``) for reading by hand.
2. On the clean corpus (and the well-edited cases below): every correctly attributed quote is
   broken into the swallowed form; the cleaner must give the original back exactly, and must
   leave the unbroken page untouched.

    python bench/quotes_report.py [../shared/corpus]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import regex

from cleaner import clean
from cleaner.speech import VERB

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from quotecases import CORRECT, WELL_EDITED, break_quote

SUSPECT = regex.compile(rf",\s(?:\S+\s){{0,5}}?(?:{VERB})\b[^\"“”]{{0,60}}\.[\"”](?=\s|$)",
                        regex.V1)


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    print("## Repairs made on dev/")
    made = 0
    for page in sorted((corpus / "dev").glob("*.json")):
        doc = clean(json.loads(page.read_text(encoding="utf-8"))["excerpt"])
        for fix in doc.fixes:
            if fix.pass_name == "fix_quote_attribution":
                made += 1
                print(f"- {page.stem}: line {fix.line}: {fix.before!r} → {fix.after!r}")
        for number, paragraph in enumerate(doc.body, start=1):
            for match in SUSPECT.finditer(paragraph):
                print(f"  suspect left alone, {page.stem} ¶{number}: …{match.group()[-90:]!r}")
    print(f"repairs made: {made}")

    print("\n## Break-and-repair on clean/ and well-edited text")
    cases = [(page.stem, p) for page in sorted((corpus / "clean").glob("*.json"))
             for p in paragraphs(json.loads(page.read_text(encoding="utf-8"))["excerpt"])]
    cases += [("well-edited", p) for p in WELL_EDITED]
    restored = broken_total = untouched = 0
    for name, paragraph in cases:
        if clean(paragraph).body == (paragraph,):
            untouched += 1
        else:
            print(f"  CHANGED unbroken ({name}): {paragraph[:100]!r}")
        for match in CORRECT.finditer(paragraph):
            broken_total += 1
            broken = break_quote(paragraph, match)
            result = clean(broken).body
            if result == (paragraph,):
                restored += 1
            else:
                print(f"  not restored ({name}): {broken[max(0, match.start() - 40):][:140]!r}")
    print(f"unbroken paragraphs left untouched: {untouched}/{len(cases)}")
    print(f"broken quotes restored exactly: {restored}/{broken_total}")


if __name__ == "__main__":
    main()
