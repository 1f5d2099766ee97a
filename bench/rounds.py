"""Clean every page of a kind N rounds (caches emptied each round), printing nothing: a fixed
amount of work for an outside timer to pair two checkouts on (the machine is shared and noisy).

    farm-bench --vs "env PYTHONPATH=../old .venv/bin/python bench/rounds.py alalam 30" \\
        -- .venv/bin/python bench/rounds.py alalam 30

Time the same with N = 0 (imports and one warm-up round) and take the difference: per page,
(t(30) - t(0)) / (30 x pages). Run it as a script (`bench/rounds.py`, not `python -c` from the
project folder, where the checkout in the current folder would shadow PYTHONPATH).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_speed import KINDS, _cold_caches

from cleaner import clean


def main() -> None:
    kind, rounds = sys.argv[1], int(sys.argv[2])
    pages = [json.loads(p.read_text(encoding="utf-8"))["excerpt"] for p in KINDS[kind]()]
    for text in pages:
        clean(text)
    for _ in range(rounds):
        _cold_caches()
        for text in pages:
            clean(text)


if __name__ == "__main__":
    main()
