"""Batch throughput and memory, next to the I/O floor (cat) and a peer (ftfy.fix_text).

Builds N dumps in a temp dir from the seed and the dev corpus pages (each varied, so no two
files are identical), then runs, in one go:

- ``cat`` over the files (the I/O floor for reading),
- writing each file's bytes to a new file, in Python (the floor for --output-dir: on some
  virtual machines creating a small file costs more kernel time than cleaning it),
- ftfy's ``fix_text`` over the same texts in one process (a peer; skipped if ftfy is absent),
- ``cleaner clean DIR --format jsonl`` with -j1 and -j2, stdout to /dev/null,
- ``cleaner clean DIR -o OUT`` with -j1 and -j2,
- -j2 to JSONL over N and over 10 × N inputs (``--files-from``) to show memory stays flat.

Peak memory is the largest resident set of any one process of the run (parent or worker).

    python bench/batch_bench.py [N]          # default 20000
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "samples" / "alalam-1781312.txt"
DEV = ROOT.parent / "shared" / "corpus" / "dev"


def build_corpus(folder: Path, count: int) -> int:
    """Write `count` varied pages into `folder` (100 per subfolder); return the total bytes."""
    pages = [SEED.read_bytes()]
    if DEV.is_dir():
        pages += [json.loads(p.read_text(encoding="utf-8"))["excerpt"].encode()
                  for p in sorted(DEV.glob("*.json"))]
    total = 0
    for i in range(count):
        page = pages[i % len(pages)]
        cut = page.find(b"\n")
        varied = page[:cut] + f" ({i})".encode() + page[cut:] if cut > 0 else page
        sub = folder / f"{i // 100:05d}"
        if i % 100 == 0:
            sub.mkdir(parents=True)
        (sub / f"{i:07d}.txt").write_bytes(varied)
        total += len(varied)
    return total


def timed(command: list[str] | str, **kwargs: object) -> tuple[float, int]:
    """Run a command; return (seconds, peak RSS in MB of its largest process)."""
    wrapper = (
        "import resource, subprocess, sys, time, json\n"
        "cmd = json.loads(sys.argv[1])\n"
        "t = time.perf_counter()\n"
        "subprocess.run(cmd, shell=isinstance(cmd, str), check=True,\n"
        "               stdout=subprocess.DEVNULL)\n"
        "print(time.perf_counter() - t,\n"
        "      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, json.dumps(command)], check=True,
                         capture_output=True, text=True, **kwargs).stdout.split()
    return float(out[0]), int(out[1]) // 1024


def ftfy_rate(folder: Path) -> float | None:
    try:
        import ftfy
    except ImportError:
        return None
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.txt"))]
    start = time.perf_counter()
    for text in texts:
        ftfy.fix_text(text)
    return len(texts) / (time.perf_counter() - start)


def write_floor(folder: Path, out: Path) -> float:
    """Seconds to write each input's bytes to a new file under `out` (open/write/close, one
    process): the file-system floor for --output-dir, whatever the cleaner does."""
    files = sorted(folder.rglob("*.txt"))
    start = time.perf_counter()
    for index, path in enumerate(files):
        target = out / path.parent.name / f"{index}.json"
        if index % 100 == 0:
            target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    cleaner = [sys.executable, "-m", "cleaner", "clean"]
    with tempfile.TemporaryDirectory(prefix="cleaner-bench-") as tmp:
        folder = Path(tmp) / "in"
        size = build_corpus(folder, count)
        mb = size / 1e6
        listing = Path(tmp) / "listing"
        files = [str(p) for p in sorted(folder.rglob("*.txt"))]
        listing.write_text("\n".join(files * 10) + "\n", encoding="utf-8")
        rows: list[tuple[str, int, float, int | None]] = []

        seconds, peak = timed(f"find {folder} -type f -print0 | xargs -0 cat")
        rows.append(("cat (I/O floor)", count, seconds, None))
        rate = ftfy_rate(folder)
        if rate is not None:
            rows.append(("ftfy.fix_text, 1 process", count, count / rate, None))
        # Each writing run gets a folder of its own: deleting 20,000 files just before a run
        # slows file creation on some virtual disks (discard), which would bias the later run.
        rows.append(("write floor (open/write/close per file)", count,
                     write_floor(folder, Path(tmp) / "out-floor"), None))
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        for jobs in (1, 2):
            seconds, peak = timed([*cleaner, str(folder), "--format", "jsonl", "-q",
                                   "-j", str(jobs)], env=env)
            rows.append((f"cleaner -j{jobs} → JSONL", count, seconds, peak))
        for jobs in (1, 2):
            out = Path(tmp) / f"out-j{jobs}"
            seconds, peak = timed([*cleaner, str(folder), "-o", str(out), "-q",
                                   "-j", str(jobs)], env=env)
            rows.append((f"cleaner -j{jobs} → --output-dir", count, seconds, peak))
        seconds, peak = timed([*cleaner, "--files-from", str(listing), "--format", "jsonl",
                               "-q", "-j", "2"], env=env)
        rows.append(("cleaner -j2 → JSONL, 10 × N inputs", count * 10, seconds, peak))

    print(f"{count} files, {mb:.1f} MB, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print()
    print("| run | files | seconds | files/s | MB/s | peak RSS (MB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, files_done, seconds, peak in rows:
        scale = files_done / count
        print(f"| {name} | {files_done} | {seconds:.2f} | {files_done / seconds:,.0f} | "
              f"{mb * scale / seconds:,.1f} | {peak if peak is not None else '—'} |")


if __name__ == "__main__":
    main()
