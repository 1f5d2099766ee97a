"""The batch on a real Dask LocalCluster (2 worker processes, loopback) against the local run.

Byte for byte: JSONL on stdout, -o trees (files and modes), --check notes, failure reports,
the summary (less its timing) and exit codes; shards and Parquet against the single stream; a
worker killed mid-run; Ctrl-C; the README's dask.bag recipe; dask never imported by a plain run.
"""

from __future__ import annotations

import json
import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.batch import Job, iter_inputs
from cleaner.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "alalam-1781312.txt"
README = (ROOT / "README.md").read_text(encoding="utf-8")
FILES = 1000
TIMING = re.compile(r" in \d+\.\d\ds \([\d,]+ files/s\)")

NO_EXTRA = "the dask extra is not installed (pip install -e '.[test,dask]')"

PAGES = (
    "Title number {i}\n\nWed Jan 20, 2016 22:31:33\n\nBody  of page {i} with  “quotes” .\n",
    "Clean Title {i}\n\nBody that needs nothing.\n",
    "STUART, Fla. \u2014 Page {i} opens\nwith a dateline and a line\nwrapped at a fixed width "
    "by the\nagency that sent it.\n\n\"We will go on,\" he said.\n",
    "Headline {i} | The Site\n\nBy Jane Doe\n\nJanuary 5, 2017\n\nFirst paragraph {i}.\n\n"
    "Second paragraph, with a quote: \u201cIt is so,\u201d she said.\n",
)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,000 inputs in nested folders: varied pages, the sample, Latin-1 bytes and 3 failures."""
    root = tmp_path_factory.mktemp("cluster") / "in"
    seed = SAMPLE.read_bytes()
    for i in range(FILES - 3):
        folder = root / f"f{i % 7}" / f"g{i % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        if i % 50 == 0:
            data = seed.replace(b"Lavrov", f"Lavrov{i}".encode())
        elif i % 97 == 0:
            data = f"Caf\xe9 {i}\n\nCorps du texte.\n".encode("latin-1")
        else:
            data = PAGES[i % len(PAGES)].format(i=i).encode()
        (folder / f"page-{i:04d}.txt").write_bytes(data)
    for i in range(3):  # dangling links: "No such file or directory" (root can read anything)
        (root / f"f{i}" / f"broken-{i}.txt").symlink_to(root / "nowhere")
    assert sum(1 for _ in iter_inputs([root])) == FILES
    return root


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of 2 worker processes (one thread each) on loopback."""
    import logging

    distributed = pytest.importorskip("distributed", reason=NO_EXTRA)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=":0",
                                       silence_logs=logging.ERROR)
    client = distributed.Client(cluster)
    yield cluster, client
    client.close()
    cluster.close()


def invoke(*args: str | os.PathLike[str]):
    return CliRunner().invoke(main, [os.fspath(arg) for arg in args], catch_exceptions=False)


def same_run(local, remote) -> None:
    """Same exit code, stdout bytes and stderr lines (the summary's timing aside)."""
    assert remote.exit_code == local.exit_code, remote.stderr
    assert remote.stdout_bytes == local.stdout_bytes
    assert TIMING.sub("", remote.stderr) == TIMING.sub("", local.stderr)


def tree(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {os.path.relpath(path, folder): (path.read_bytes(), stat.S_IMODE(path.stat().st_mode))
            for path in sorted(folder.rglob("*")) if path.is_file()}


def shard_records(folder: Path) -> list[bytes]:
    lines: list[bytes] = []
    for shard in sorted(folder.glob("part-*.jsonl")):
        lines.extend(shard.read_bytes().splitlines(keepends=True))
    return lines


def test_jsonl_on_stdout_is_byte_for_byte_the_local_run(pages, cluster):
    local = invoke("clean", pages, "--format", "jsonl", "-j", "2")
    assert local.exit_code == 123 and local.stdout_bytes.count(b"\n") == FILES - 3
    assert local.stderr.count("error: cannot read") == 3
    remote = invoke("clean", pages, "--format", "jsonl", "--scheduler",
                    cluster[0].scheduler_address, "--partition-size", "128")
    same_run(local, remote)


def test_output_dir_and_check_are_the_local_run(pages, cluster, tmp_path):
    address = cluster[0].scheduler_address
    local = invoke("clean", pages, "-o", tmp_path / "local", "--format", "json", "-j", "2")
    remote = invoke("clean", pages, "-o", tmp_path / "remote", "--format", "json",
                    "--scheduler", address, "--partition-size", "200")
    same_run(local, remote)
    assert tree(tmp_path / "remote") == tree(tmp_path / "local")
    assert len(tree(tmp_path / "local")) == FILES - 3
    same_run(invoke("clean", pages, "--check", "-j", "2"),
             invoke("clean", pages, "--check", "--scheduler", address))


def test_shards_hold_the_single_stream_records(pages, cluster, tmp_path):
    stream = invoke("clean", pages, "--format", "jsonl").stdout_bytes.splitlines(keepends=True)
    here = invoke("clean", pages, "--format", "jsonl", "-o", tmp_path / "here", "-j", "2",
                  "--partition-size", "300")
    there = invoke("clean", pages, "--format", "jsonl", "-o", tmp_path / "there",
                   "--scheduler", cluster[0].scheduler_address, "--partition-size", "300")
    for run, folder in ((here, tmp_path / "here"), (there, tmp_path / "there")):
        assert run.exit_code == 123 and run.stdout_bytes == b""
        assert shard_records(folder) == stream
        names = sorted(path.name for path in folder.iterdir())
        assert names == ["_manifest.jsonl"] + [f"part-0000{i}.jsonl" for i in range(4)]
        manifest = [json.loads(line) for line in (folder / "_manifest.jsonl").open()]
        assert [entry["files"] for entry in manifest] == [300, 300, 300, 100]
        assert sum(entry["records"] for entry in manifest) == len(stream)
        assert sum(entry["failed"] for entry in manifest) == 3
        assert manifest[0]["first"] == next(iter_inputs([pages]))[0]
    same_run(here, there)


def test_parquet_shards_read_back_as_the_json_records(pages, cluster, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed")
    from cleaner.shards import FIELD_ORDER, from_row

    stream = [json.loads(line) for line in
              invoke("clean", pages, "--format", "jsonl").stdout_bytes.splitlines()]
    run = invoke("clean", pages, "--format", "parquet", "-o", tmp_path / "pq",
                 "--scheduler", cluster[0].scheduler_address, "--partition-size", "250")
    assert run.exit_code == 123, run.stderr
    table = pq.read_table(tmp_path / "pq")  # a folder read as one dataset: _manifest skipped
    assert tuple(table.column_names) == FIELD_ORDER == tuple(stream[0])
    assert [from_row(row) for row in table.to_pylist()] == stream


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(pages, cluster, tmp_path):
    from cleaner.cluster import run_partitions

    local_cluster, client = cluster
    expected = invoke("clean", pages, "--format", "jsonl").stdout_bytes
    job = Job(mode="stdout", fmt="jsonl")
    results = run_partitions(iter_inputs([pages]), job, scheduler=local_cluster.scheduler_address,
                             partition_size=50)
    before = client.run(os.getpid)
    out: list[bytes] = []
    killed = None
    for chunk in results:
        out.extend(result.output for result in chunk)
        if killed is None:
            busy = [address for address, keys in client.processing().items() if keys]
            killed = before[busy[0] if busy else next(iter(before))]
            os.kill(killed, signal.SIGKILL)
    assert b"".join(out) == expected
    deadline = time.monotonic() + 30
    while len(client.run(os.getpid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)  # the nanny starts a new worker: later tests get their 2 again
    assert killed not in client.run(os.getpid).values()


def test_ctrl_c_cancels_and_leaves_only_counted_whole_shards(pages, tmp_path):
    pytest.importorskip("distributed", reason=NO_EXTRA)
    out = tmp_path / "out"
    process = subprocess.Popen(
        [ROOT / ".venv" / "bin" / "cleaner" if (ROOT / ".venv").exists() else "cleaner",
         "clean", pages, "--format", "jsonl", "-o", out, "--scheduler", "local:2",
         "--partition-size", "4"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (out / "part-00002.jsonl").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert stdout == b""
    assert b"Traceback" not in stderr, stderr.decode()
    counted = int(re.search(rb"interrupted after (\d+) files", stderr).group(1))
    manifest = [json.loads(line) for line in (out / "_manifest.jsonl").open()]
    assert sum(entry["files"] for entry in manifest) == counted < FILES
    shards = sorted(path.name for path in out.glob("part-*"))
    assert shards == [entry["shard"] for entry in manifest]
    assert not [path for path in out.iterdir() if path.name.startswith(".")]


def test_unreachable_scheduler_and_missing_output_are_one_line_errors(pages, tmp_path,
                                                                    monkeypatch):
    pytest.importorskip("distributed", reason=NO_EXTRA)
    monkeypatch.setattr("cleaner.cluster.CONNECT_TIMEOUT", "1s")
    result = invoke("clean", pages, "--format", "jsonl", "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2 and result.stderr.startswith("Error: cannot reach the Dask")
    assert len(result.stderr.strip().splitlines()) == 1
    result = invoke("clean", pages, "--format", "parquet")
    assert result.exit_code == 2 and "add -o DIR" in result.stderr
    (tmp_path / "o").mkdir()
    (tmp_path / "o" / "part-00000.jsonl").write_text("{}\n")
    result = invoke("clean", pages, "--format", "jsonl", "-o", tmp_path / "o")
    assert result.exit_code == 2 and "already holds shards" in result.stderr


def readme_recipe(name: str) -> str:
    """The python block under the README's `<!-- recipe: name -->` marker."""
    after = README.split(f"<!-- recipe: {name} -->", 1)[1]
    return after.split("```python\n", 1)[1].split("```", 1)[0]


def test_readme_dask_bag_recipe_runs_as_written(pages, tmp_path):
    pytest.importorskip("dask.bag", reason="dask is not installed")
    (tmp_path / "pages").symlink_to(pages / "f1" / "g1", target_is_directory=True)
    result = subprocess.run([sys.executable, "-c", readme_recipe("dask.bag")], cwd=tmp_path,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for path in sorted((tmp_path / "clean").glob("*.jsonl"))
               for line in path.read_text(encoding="utf-8").splitlines()]
    expected = invoke("clean", pages / "f1" / "g1", "--format", "jsonl").stdout.splitlines()
    assert len(records) == len(expected)
    assert sorted(r["body"] for r in records) == sorted(json.loads(e)["body"] for e in expected)


def test_readme_spark_recipe_uses_only_the_public_api():
    recipe = readme_recipe("pyspark")
    assert "binaryFiles" in recipe and "cleaner.clean_bytes(" in recipe and ".to_dict()" in recipe


def test_clean_bytes_documents_survive_pickling():
    import pickle

    import cleaner

    doc = cleaner.clean_bytes(SAMPLE.read_bytes(), source="sample")
    again = pickle.loads(pickle.dumps(doc))
    assert again.to_dict() == doc.to_dict() and again.to_text() == doc.to_text()
    assert pickle.loads(pickle.dumps(cleaner.clean_bytes)) is cleaner.clean_bytes


@pytest.mark.parametrize("args", [
    ["clean", str(SAMPLE)],
    ["clean", str(SAMPLE), str(SAMPLE), "--format", "jsonl", "-j", "2"],
    ["clean", str(SAMPLE), "--format", "jsonl", "-o", "shards", "-j", "2"],
])
def test_core_and_plain_clean_never_import_dask(args, tmp_path):
    code = (
        "import sys, runpy; sys.argv = ['cleaner'] + sys.argv[1:];"
        "\ntry:\n    runpy.run_module('cleaner', run_name='__main__')"
        "\nexcept SystemExit:\n    pass"
        "\nheavy = {'dask', 'distributed', 'pyarrow'} & set(sys.modules)"
        "\nassert not heavy, heavy"
    )
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, check=False, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout or (tmp_path / "shards" / "part-00000.jsonl").exists()


def test_stdin_among_the_inputs_is_read_by_the_client(pages, cluster):
    page = pages / "f1" / "g1" / "page-0001.txt"
    args = ["clean", "-", page, "--format", "jsonl"]
    local = CliRunner().invoke(main, [str(a) for a in args], input=b"T\n\nStdin body.\n")
    remote = CliRunner().invoke(main, [str(a) for a in args] + [
        "--scheduler", cluster[0].scheduler_address], input=b"T\n\nStdin body.\n")
    assert local.exit_code == 0 and b"Stdin body." in local.stdout_bytes
    same_run(local, remote)
