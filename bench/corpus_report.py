"""Report what the cleaner recovers from the shared dev corpus (numbers for the issue notes).

    python bench/corpus_report.py [../shared/corpus/dev]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from cleaner import clean

RESIDUE = ("string(", "array(", "=>", "contenttypeid")


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/dev")
    counts: Counter[str] = Counter()
    for page in sorted(folder.glob("*.json")):
        excerpt = json.loads(page.read_text(encoding="utf-8"))["excerpt"]
        doc = clean(excerpt)
        counts["pages"] += 1
        dumps = [f for f in doc.fixes if f.pass_name == "strip_var_dump"]
        counts["dumps"] += len(dumps)
        counts["dumps complete"] += sum("complete)" in f.message for f in dumps)
        counts["dumps cut off"] += sum("cut off)" in f.message for f in dumps)
        counts["records recovered"] += sum(len(v) for v in doc.embedded if isinstance(v, list))
        counts["count mismatches explained"] += sum("count off by" in w for w in doc.warnings)
        counts["payloads repaired (quotes)"] += sum("repaired unescaped" in w for w in doc.warnings)
        body = "\n".join(doc.body)
        residue = [r for r in RESIDUE if r in body]
        if residue:
            counts["pages with residue"] += 1
            print(f"residue in {page.name}: {residue}", file=sys.stderr)
    width = max(map(len, counts))
    for key, value in counts.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
