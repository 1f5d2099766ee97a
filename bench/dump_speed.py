"""How fast the dump reader parses a large var_dump (goal: 1 MB in under 50 ms).

    python bench/dump_speed.py [SIZE_MB]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from phprender import var_dump

from cleaner.dumps import parse_dump


def _records(n: int) -> list[dict]:
    return [{"id": str(1780000 + i), "sort": str(3479406 - i), "contenttypeid": "21",
             "pic": f"/2016/01/20/alalam_6358887274613{i:05d}_25f_4x3.jpg",
             "title": f"Related “story” number {i} with a \"quoted\" word"} for i in range(n)]


def bench(name: str, block: bytes, repeat: int = 7) -> None:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = parse_dump(block, 0)
        times.append(time.perf_counter() - start)
        assert result is not None and result.complete
    best, median = min(times) * 1000, statistics.median(times) * 1000
    print(f"{name:<46} {len(block) / 1e6:6.2f} MB   best {best:7.1f} ms   median {median:7.1f} ms")


def main() -> None:
    size_mb = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    target = int(size_mb * 1_000_000)
    one = json.dumps(_records(1), ensure_ascii=False)
    per = len(one.encode())
    payload = json.dumps(_records(max(1, target // per)), ensure_ascii=False)
    bench("string(N) holding a JSON array (the real case)",
          f'string({len(payload.encode())}) "{payload}"\n'.encode())
    structured = var_dump(_records(max(1, target // 260)))
    bench("array of arrays (structured var_dump)", structured)
    xdebug = b"/app/x.php:1:\n" + var_dump(_records(max(1, target // 260)), xdebug=True)
    bench("the same in Xdebug text mode", xdebug)


if __name__ == "__main__":
    main()
