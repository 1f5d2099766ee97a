"""Sharded output: `--format jsonl|parquet -o DIR` writes one file per partition, and a manifest.

Each partition of the inputs (a few hundred files, in input order) becomes one shard,
``part-00000.jsonl`` or ``part-00000.parquet``, written by whoever cleaned the partition (a local
worker process or a Dask worker) through a temp file and a rename: a shard is whole or absent.
Reading the shards in name order gives the same records, in the same order, as the single JSONL
stream of ``--format jsonl`` on stdout; a file that failed has no record (its error is reported
on stderr, as for a local batch). The process that counts the results writes ``_manifest.jsonl``
(one line per shard: its name, the first and last input, files, records, failed), again through
a rename, when the run ends. Readers skip names starting with ``_`` or ``.``
(``dask.dataframe.read_parquet``, pyarrow datasets, DuckDB's ``read_parquet('DIR/*.parquet')``).

Parquet: one column per field of the JSON schema. Strings are strings; lists of strings are
``list<string>``; ``quotes`` and ``fixes`` are lists of structs with the JSON keys as fields;
``embedded`` (values of any shape) is one JSON text. pyarrow is imported only to write Parquet.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cleaner.errors import CleanerError
from cleaner.render import dumps_deep

if TYPE_CHECKING:
    import pyarrow

    from cleaner.batch import Result

MANIFEST = "_manifest.jsonl"
SHARD_NAME = re.compile(r"part-(\d{5,})\.(jsonl|parquet)")
SUFFIX = {"jsonl": ".jsonl", "parquet": ".parquet"}
TEMP_PREFIX = ".part-"


class ShardDirError(CleanerError):
    """The output folder of a sharded run already holds shards or a manifest."""


def shard_name(index: int, fmt: str) -> str:
    """The file name of shard `index`.

    >>> shard_name(7, "jsonl"), shard_name(123456, "parquet")
    ('part-00007.jsonl', 'part-123456.parquet')
    """
    return f"part-{index:05d}{SUFFIX[fmt]}"


def check_shard_dir(folder: Path) -> None:
    """Refuse a folder that holds a previous run's shards: they would mix with this run's."""
    if not folder.is_dir():
        return
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name == MANIFEST or SHARD_NAME.fullmatch(entry.name):
                raise ShardDirError(
                    f"--output-dir {str(folder)!r} already holds shards ({entry.name}); "
                    "choose an empty folder or remove them")


def _write_atomic_bytes(target: Path, write: Any) -> None:  # noqa: ANN401 - a writer callback
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(temp)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_shard(folder: Path, index: int, fmt: str, results: list[Result]) -> None:
    """Write the records of one partition (the JSONL lines in `results`) as shard `index`."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / shard_name(index, fmt)
    lines = [result.output for result in results if result.error is None and result.output]
    if fmt == "jsonl":
        def write(temp: str) -> None:
            with open(temp, "wb") as handle:
                handle.writelines(lines)
    else:
        table = parquet_table([json.loads(line.decode("utf-8", "replace")) for line in lines])

        def write(temp: str) -> None:
            import pyarrow.parquet as pq

            pq.write_table(table, temp)
    _write_atomic_bytes(target, write)


# Parquet --------------------------------------------------------------------------------------

STRING_FIELDS = ("source", "title", "subtitle", "label", "published", "published_raw")
LIST_FIELDS = ("authors", "credits", "body", "warnings")
STRUCT_FIELDS = {
    "quotes": (("text", "string"), ("speaker", "string"), ("cue", "string"),
               ("paragraph", "int64")),
    "fixes": (("pass", "string"), ("message", "string"), ("before", "string"),
              ("after", "string"), ("line", "int64"), ("column", "int64")),
}
JSON_TEXT_FIELDS = ("embedded",)
FIELD_ORDER = ("source", "title", "subtitle", "label", "authors", "credits", "published",
               "published_raw", "body", "embedded", "quotes", "fixes", "warnings")


def parquet_schema() -> pyarrow.Schema:
    """The Parquet schema: the JSON schema's fields in its order (see the module docstring)."""
    import pyarrow as pa

    def column(name: str) -> pyarrow.DataType:
        if name in LIST_FIELDS:
            return pa.list_(pa.string())
        if name in STRUCT_FIELDS:
            return pa.list_(pa.struct([(key, getattr(pa, kind)())
                                       for key, kind in STRUCT_FIELDS[name]]))
        return pa.string()  # STRING_FIELDS and JSON_TEXT_FIELDS

    return pa.schema([(name, column(name)) for name in FIELD_ORDER])


def to_row(record: dict[str, Any]) -> dict[str, Any]:
    """A JSON record as a Parquet row: fields of any shape become one JSON text.

    >>> to_row({"title": "T", "embedded": [{"a": 1}]})["embedded"]
    '[{"a":1}]'
    """
    row = dict(record)
    for name in JSON_TEXT_FIELDS:
        if name in row:
            row[name] = dumps_deep(row[name], indent=None)
    return row


def from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row back as the JSON record it was made from.

    >>> from_row(to_row({"title": "T", "embedded": [1]}))
    {'title': 'T', 'embedded': [1]}
    """
    record = dict(row)
    for name in JSON_TEXT_FIELDS:
        if isinstance(record.get(name), str):
            record[name] = json.loads(record[name])
    return record


def parquet_table(records: list[dict[str, Any]]) -> pyarrow.Table:
    import pyarrow as pa

    return pa.Table.from_pylist([to_row(record) for record in records], schema=parquet_schema())


# Manifest -------------------------------------------------------------------------------------

class Manifest:
    """Counts shards as their results arrive in order; written as `_manifest.jsonl` at the end.

    Lines go to a temp file as they come (a run of 10⁸ files keeps none of them in memory);
    `finish` renames it into place. After an interrupted run `finish` also removes the shards
    that workers wrote past the last one counted, so the folder holds exactly what the summary
    counted, and any temp file a killed worker left.
    """

    def __init__(self, folder: Path, fmt: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.fmt, self.count = folder, fmt, 0
        fd, self._temp = tempfile.mkstemp(dir=folder, prefix=f".{MANIFEST}.", suffix=".tmp")
        self._handle = os.fdopen(fd, "w", encoding="utf-8")

    def add(self, results: list[Result]) -> None:
        """Record the next shard (its results, in input order)."""
        failed = sum(result.error is not None for result in results)
        entry = {"shard": shard_name(self.count, self.fmt),
                 "first": results[0].source if results else None,
                 "last": results[-1].source if results else None,
                 "files": len(results), "records": len(results) - failed, "failed": failed}
        self._handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.count += 1

    def finish(self) -> None:
        self._handle.close()
        for name in os.listdir(self.folder):
            match = SHARD_NAME.fullmatch(name)
            stale = match is not None and int(match.group(1)) >= self.count
            if stale or (name.startswith(TEMP_PREFIX) and name.endswith(".tmp")):
                (self.folder / name).unlink(missing_ok=True)
        os.replace(self._temp, self.folder / MANIFEST)


def counted(results: Generator[list[Result]], manifest: Manifest) -> Generator[list[Result]]:
    """Pass the partitions' results through, recording each in the manifest; finish it last."""
    try:
        for chunk in results:
            manifest.add(chunk)
            yield chunk
    finally:
        results.close()  # stop the workers before the folder is tidied
        manifest.finish()
