"""Peak memory (RSS) of one `cleaner clean` of a big page, against the page's size.

    python bench/memory_bench.py [--mb 100] [--kind article|dump|both] [--format json|text]

Each page is written to a temporary file (an article: the sample's paragraphs repeated; a dump:
the same with a 1 MB-per-10 MB var_dump of records after it), then cleaned by the CLI of this
checkout in a fresh subprocess; its peak RSS is read with ``resource.getrusage(RUSAGE_CHILDREN)``
in a wrapper process that runs only that one child, so no other run is counted. Prints one line
per page: size, peak RSS, the ratio, exit code and wall time. Run it once; it is slow.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "alalam-1781312.txt"

# Runs argv[1:] as the only child and prints its peak RSS in bytes (Linux: ru_maxrss is KiB).
_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024\n"
    "print(peak, code.returncode, code.stderr.decode(errors='replace')[-200:].strip()"
    ".replace(chr(10), ' '), sep='\\t')\n"
)


def article_page(size: int) -> bytes:
    """The sample's paragraphs (no dump) repeated up to `size` bytes."""
    text = SAMPLE.read_bytes()
    body = text[: text.find(b"string(")] if b"string(" in text else text
    paragraphs = [p for p in body.split(b"\n\n") if len(p) > 80]
    out = bytearray(b"A headline for the memory bench\n\n")
    index = 0
    while len(out) < size:
        out += paragraphs[index % len(paragraphs)] + b"\n\n"
        index += 1
    return bytes(out[:size])


def dump_page(size: int) -> bytes:
    """An article with a var_dump of records after it: one tenth of the page is dump."""
    record = (b'  [%d]=>\n  array(3) {\n    ["id"]=>\n    string(7) "1781005"\n'
              b'    ["title"]=>\n    string(34) "Lavrov stressed the need for talks"\n'
              b'    ["views"]=>\n    int(1234)\n  }\n')
    dump = bytearray()
    count = 0
    while len(dump) < size // 10:
        dump += record % count
        count += 1
    dump = b"array(%d) {\n" % count + bytes(dump) + b"}\n"
    return article_page(size - len(dump)) + b"\n\n" + dump


def measure(page: bytes, fmt: str, extra: list[str]) -> dict[str, object]:
    cleaner = Path(sys.executable).with_name("cleaner")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        path.write_bytes(page)
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _WRAPPER, str(cleaner), "clean", str(path),
                              "--format", fmt, *extra], capture_output=True, text=True,
                             check=True).stdout
        elapsed = time.perf_counter() - started
    peak, code, error = [*out.rstrip("\n").split("\t"), "", ""][:3]
    return {"size_mb": round(len(page) / 1e6, 1), "peak_rss_mb": round(int(peak) / 1e6),
            "ratio": round(int(peak) / len(page), 2), "exit": int(code),
            "seconds": round(elapsed, 1), "stderr": error}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100, help="page size in MB (10^6 bytes)")
    parser.add_argument("--kind", choices=["article", "dump", "both"], default="both")
    parser.add_argument("--format", choices=["json", "text"], default="json")
    parser.add_argument("extra", nargs="*", help="more options for cleaner clean (after --)")
    args = parser.parse_args()
    size = int(args.mb * 1e6)
    kinds = ["article", "dump"] if args.kind == "both" else [args.kind]
    for kind in kinds:
        page = article_page(size) if kind == "article" else dump_page(size)
        result = measure(page, args.format, args.extra)
        print(json.dumps({"kind": kind, "format": args.format, **result}), flush=True)


if __name__ == "__main__":
    main()
