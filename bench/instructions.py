"""Instructions per page of `clean()` under valgrind's callgrind: a count that does not move
with the machine's load, to compare two checkouts on a shared, noisy machine.

    python bench/instructions.py alalam [--rounds 4] [--pythonpath ../old-checkout]

Runs `bench/rounds.py KIND 0` and `bench/rounds.py KIND ROUNDS` under callgrind and prints
(instructions of the second - of the first) / (ROUNDS x pages). Needs valgrind. A count is not
a time: code that misses the caches more runs slower for the same count (say both in a note).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_speed import KINDS

HERE = Path(__file__).resolve().parent


def collected(kind: str, rounds: int, pythonpath: str | None) -> int:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         str(HERE / "rounds.py"), kind, str(rounds)],
        capture_output=True, text=True, env=env, cwd="/", check=True)
    found = re.search(r"Collected\s*:\s*(\d+)", run.stderr)
    if found is None:
        sys.exit("callgrind printed no count")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=list(KINDS))
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--pythonpath", help="the checkout to count (default: this one)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed")
    pages = len(KINDS[args.kind]())
    if not pages:
        sys.exit(f"{args.kind}: no pages (../shared/corpus/ is not beside the clone)")
    base = collected(args.kind, 0, args.pythonpath)
    work = collected(args.kind, args.rounds, args.pythonpath)
    print(f"{args.kind}: {(work - base) / (args.rounds * pages) / 1e6:.2f} M instructions/page")


if __name__ == "__main__":
    main()
