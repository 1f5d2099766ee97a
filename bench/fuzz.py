"""Mutational fuzzing of `clean` against its invariants, for a fixed time.

Pages from the seed, the goldens and the shared corpus are mutated at random (cuts, repeated and
dropped lines, inserted quote marks, commas, dump headers, bytes, huge runs) and cleaned; each
result must keep every invariant: no exception, idempotent, no word lost, fixes replay. Failing
inputs are written to OUT (default fuzz-failures/, up to 500 of them) to become regression cases.
The inputs depend only on the seed, not on what the cleaner does with them: ``--inputs N`` with
the seed of an earlier run replays exactly its first N inputs against the code as it is now.

    python bench/fuzz.py --minutes 30 [--seed 1] [--out fuzz-failures] [--inputs N]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from invariants import lost_words, replay  # noqa: E402

from cleaner import clean, clean_bytes  # noqa: E402
from cleaner.decode import decode_bytes  # noqa: E402

SNIPPETS = [b'"', "“".encode(), "”".encode(), "’".encode(), b",", b", he said.", b"By ",
            b"VIDEO: ", b"string(12) \"", b"array(2) {\n", b"}\n", b"[0]=>\n", b"int(",
            b"\r\n", b"\r", b"\n\n\n", b"\x00", b"\xff", b"\xc3", b"\xe2\x80", b"Wed Jan 20, 2016 ",
            b"SHI/SHI\n", b"MoreImage\n", b"Array\n(\n", b"    [a] => ", b"/x.php:1:\n",
            "\u00a0".encode(), "\u200b".encode(), b"\t", b" " * 50, b"(Reuters) -- "]


_MAX_SAVED = 500


def corpus() -> list[bytes]:
    pages = [(ROOT / "samples" / "alalam-1781312.txt").read_bytes()]
    pages += [p.read_bytes() for p in (ROOT / "tests" / "golden").rglob("*.txt")
              if not p.name.endswith(".clean.txt")]
    shared = ROOT.parent / "shared" / "corpus"
    for page in sorted(shared.rglob("*.json")):
        pages.append(json.loads(page.read_text(encoding="utf-8"))["excerpt"].encode())
    return pages


def mutate(rng: random.Random, data: bytes) -> bytes:
    for _ in range(rng.randint(1, 6)):
        kind = rng.randrange(7)
        pos = rng.randint(0, len(data))
        if kind == 0:
            data = data[:pos]
        elif kind == 1:
            data = data[:pos] + rng.choice(SNIPPETS) + data[pos:]
        elif kind == 2:
            end = min(len(data), pos + rng.randint(1, 200))
            data = data[:pos] + data[end:]
        elif kind == 3:
            lines = data.split(b"\n")
            if lines:
                i = rng.randrange(len(lines))
                lines.insert(i, lines[i])
            data = b"\n".join(lines)
        elif kind == 4:
            data = data[:pos] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))) \
                + data[pos:]
        elif kind == 5:
            data = data[:pos] + rng.choice(SNIPPETS) * rng.randint(2, 2000) + data[pos:]
        else:
            other = rng.randint(0, len(data))
            data = data[:pos] + data[other : other + rng.randint(1, 300)] + data[pos:]
    return data


def check(data: bytes) -> None:
    doc = clean_bytes(data)
    text = doc.to_text()
    assert clean(text).to_text() == text, "not idempotent"
    lost = lost_words(decode_bytes(data)[0], doc)
    assert not lost, f"lost words: {sorted(lost)[:10]}"
    assert replay(decode_bytes(data)[0], doc) == list(doc.body), "fixes do not replay"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    parser.add_argument("--inputs", type=int, default=None,
                        help="stop after this many inputs (the time limit still applies)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pages = corpus()
    stop = time.monotonic() + args.minutes * 60
    runs = failures = 0
    kinds: dict[str, int] = {}
    while time.monotonic() < stop and (args.inputs is None or runs < args.inputs):
        data = mutate(rng, rng.choice(pages))
        runs += 1
        try:
            check(data)
        except Exception as error:
            failures += 1
            kind = f"{type(error).__name__}: {str(error)[:60]}"
            kinds[kind] = kinds.get(kind, 0) + 1
            if failures <= _MAX_SAVED:
                args.out.mkdir(exist_ok=True)
                (args.out / f"case-{failures:04d}.bin").write_bytes(data)
                (args.out / f"case-{failures:04d}.txt").write_text(traceback.format_exc())
        if runs % 2000 == 0:
            print(f"{runs} inputs, {failures} failures", flush=True)
    elapsed = (time.monotonic() - stop) / 60 + args.minutes
    print(f"done: {runs} inputs in {elapsed:.1f} min, {failures} failures")
    for kind, count in sorted(kinds.items(), key=lambda item: -item[1]):
        print(f"  {count:6d}  {kind}")


if __name__ == "__main__":
    main()
