"""Per-page header layout, title, label, date and furniture on the dev corpus (for issue notes).

    python bench/layout_report.py [../shared/corpus/dev] [GLOB]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from cleaner import Document, clean


def layout(doc: Document) -> str:
    header = [f for f in doc.fixes if f.pass_name == "repair_header"]
    messages = [f.message for f in header]
    if any(f.before.lower().startswith("by ") for f in header):
        return "byline"
    if doc.title is None:
        return "date first, no title" if doc.published else "no title, no date"
    if doc.subtitle:
        return "kicker + title"
    if "dropped repeated title line" in messages:
        return "title, blank, title + date"
    return "title once, date"


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/dev")
    pattern = sys.argv[2] if len(sys.argv) > 2 else "alalam-*.json"
    counts: Counter[str] = Counter()
    print("| page | layout | title | label | published | furniture removed |")
    print("| --- | --- | --- | --- | --- | --- |")
    for page in sorted(folder.glob(pattern)):
        doc = clean(json.loads(page.read_text(encoding="utf-8"))["excerpt"])
        kind = layout(doc)
        counts[kind] += 1
        furniture = ", ".join(f.before[:20] for f in doc.fixes if f.pass_name == "strip_furniture")
        title = (doc.title or "—")[:48]
        print(f"| {page.stem} | {kind} | {title} | {doc.label or '—'} | {doc.published or '—'} "
              f"| {furniture or '—'} |")
    print()
    for kind, count in counts.most_common():
        print(f"{kind}: {count}")


if __name__ == "__main__":
    main()
