"""--scheduler local:2 next to -j 2 on the same files, and the cost of one Dask task.

Builds N varied pages (as batch_bench.py does), then:

- ``cleaner clean DIR --format jsonl -j 2`` and ``--scheduler local:2`` (stdout to /dev/null),
  and the same two to shards (``-o DIR``): wall time and files/s, the cluster's start included;
- the same local:2 run with the cluster's start taken out (files/s of the run itself, from the
  summary line: the run's clock starts before the cluster, so this is the end-to-end minus the
  measured start of an empty run);
- per-task overhead: on a LocalCluster of 2 workers, T tasks of an empty partition
  (``process_partition(i, [], job)``), submitted a few at a time as the runner does: seconds
  per task; and a run with --partition-size 10 against 500 on the same files (the extra time
  divided by the extra tasks).

    python bench/cluster_bench.py [N]          # default 5000
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_bench import build_corpus

ROOT = Path(__file__).resolve().parents[1]
CLEANER = str(ROOT / ".venv" / "bin" / "cleaner")


def run(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([CLEANER, "clean", *args, "-q"], check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def empty_task_cost(tasks: int = 400) -> float:
    from distributed import Client, LocalCluster

    from cleaner.batch import Job
    from cleaner.cluster import process_partition

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        job = Job()
        client.submit(process_partition, -1, [], job, pure=False).result()  # warm up
        started = time.perf_counter()
        window = []
        for i in range(tasks):
            window.append(client.submit(process_partition, i, [], job, pure=False))
            if len(window) >= 4:
                window.pop(0).result()
        for future in window:
            future.result()
        return (time.perf_counter() - started) / tasks


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as temp:
        pages = Path(temp) / "in"
        size = build_corpus(pages, count)
        print(f"{count} files, {size / 1e6:.1f} MB, {os.cpu_count()} CPUs (shared)")
        print(f"{'run':<44} {'seconds':>8} {'files/s':>8}")
        rows = [
            ("-j 2 --format jsonl", [str(pages), "--format", "jsonl", "-j", "2"]),
            ("--scheduler local:2 --format jsonl", [str(pages), "--format", "jsonl",
                                                    "--scheduler", "local:2"]),
            ("-j 2 --format jsonl -o DIR (shards)", [str(pages), "--format", "jsonl", "-o",
                                                     f"{temp}/s1", "-j", "2"]),
            ("--scheduler local:2 -o DIR (shards)", [str(pages), "--format", "jsonl", "-o",
                                                     f"{temp}/s2", "--scheduler", "local:2"]),
            ("--scheduler local:2 -o DIR (parquet)", [str(pages), "--format", "parquet", "-o",
                                                      f"{temp}/s3", "--scheduler", "local:2"]),
        ]
        times = {}
        for name, args in rows:
            times[name] = seconds = run(args)
            print(f"{name:<44} {seconds:8.2f} {count / seconds:8,.0f}")
        (Path(temp) / "empty").mkdir()
        (Path(temp) / "empty" / "one.txt").write_text("T\n\nB.\n")
        start = run([f"{temp}/empty", "--format", "jsonl", "--scheduler", "local:2"])
        cluster = times["--scheduler local:2 --format jsonl"] - start
        print(f"{'local:2 start (1-file run)':<44} {start:8.2f}")
        print(f"{'local:2 jsonl, start taken out':<44} {cluster:8.2f} {count / cluster:8,.0f}")
        small = run([str(pages), "--format", "jsonl", "--scheduler", "local:2",
                     "--partition-size", "10"])
        extra_tasks = count / 10 - count / 500
        print(f"{'local:2 jsonl --partition-size 10':<44} {small:8.2f} {count / small:8,.0f}")
        per_task = (small - times["--scheduler local:2 --format jsonl"]) / extra_tasks
        print(f"overhead per task, from partition sizes 10 vs 500: {per_task * 1e3:.2f} ms")
    print(f"overhead per task, empty partitions: {empty_task_cost() * 1e3:.2f} ms")


if __name__ == "__main__":
    main()
