"""Partitions of files cleaned as tasks, on a Dask cluster or local processes; results in order.

`run_partitions` cuts the streamed inputs into partitions of a few hundred files and submits each
as one task, keeping only a few tasks per worker thread in flight, so a listing of 10⁸ paths is
never held whole. A task carries paths, not contents: workers read the files themselves (shared
storage) and send back Results, which for ``-o``, ``--check`` and shards are only counts and
failures (JSONL for stdout has to travel). Results are taken in input order, so stdout, the
summary line, the failure reports and the exit code are those of a local run with the same
inputs. A file that fails is a failed Result, never a failed task.

``--scheduler tcp://host:8786`` connects to a running Dask scheduler; ``--scheduler local[:N]``
starts a LocalCluster of N worker processes (one thread each, loopback) for trying it. A task
lost with its worker is run again by Dask (on another worker): its shard or outputs are written
again whole, under the same names, and its results are taken once. dask and distributed are
imported only here, and only when a scheduler is asked for.
"""

from __future__ import annotations

import logging
import os
import re
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from typing import Any, Protocol

from cleaner.batch import STDIN, STOP, Item, Job, Result, process_item
from cleaner.errors import CleanerError
from cleaner.shards import Manifest, check_shard_dir, counted, write_shard

PARTITION_SIZE = 500  # files per task (and per shard): ~0.5 s of work, so overhead is noise
LOCAL = re.compile(r"local(?::(\d+))?")
EXTRA_HINT = "pip install 'cleaner[dask]'"
CONNECT_TIMEOUT = "10s"  # to reach a scheduler before giving up


class ClusterError(CleanerError):
    """The Dask scheduler cannot be reached or the dask extra is not installed."""


def process_partition(index: int, items: list[Item], job: Job) -> list[Result]:
    """The task: clean the files of partition `index`; in shard mode also write its shard.

    Never raises for a bad file, nor for a shard that cannot be written (every file of the
    partition then fails with the reason).
    """
    if job.mode != "shards":
        return [process_item(item, job) for item in items]
    lines = replace(job, mode="stdout", fmt="jsonl")
    results = [process_item(item, lines) for item in items]
    assert job.output_dir is not None
    try:
        write_shard(job.output_dir, index, job.fmt, results)
    except OSError as error:
        reason = f"cannot write shard {index} in {str(job.output_dir)!r}: {error.strerror or error}"
        return [replace(result, output=b"", error=result.error or reason) for result in results]
    return [replace(result, output=b"") for result in results]


def partitions(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """The items in consecutive lists of `size` (the last may be shorter), streaming.

    >>> [len(part) for part in partitions([("a", "")] * 5, 2)]
    [2, 2, 1]
    """
    part: list[Item] = []
    for item in items:
        part.append(item)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


# Executors: something with submit() -> future (result(), cancel()), a width and close() -------

class _Future(Protocol):
    def result(self) -> list[Result]: ...

    def cancel(self) -> Any: ...  # noqa: ANN401 - bool for concurrent.futures, None for Dask


class _Inline:
    """One process, no workers: runs each partition when it is submitted."""

    width = 1

    def submit(self, fn: Callable[..., list[Result]], *args: Any) -> _Future:  # noqa: ANN401
        future: Future[list[Result]] = Future()
        future.set_result(fn(*args))
        return future

    def close(self, pending: list[_Future]) -> None:
        return None


def _ignore_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the run; workers finish


class _Processes:
    """Local worker processes (-j N) for sharded output without a scheduler."""

    def __init__(self, jobs: int) -> None:
        import multiprocessing

        self.width = jobs
        self.pool = ProcessPoolExecutor(jobs, multiprocessing.get_context("fork"),
                                        initializer=_ignore_ctrl_c)

    def submit(self, fn: Callable[..., list[Result]], *args: Any) -> _Future:  # noqa: ANN401
        return self.pool.submit(fn, *args)

    def close(self, pending: list[_Future]) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)  # running partitions finish whole


class _Dask:
    """A distributed Client on an existing scheduler, or on a LocalCluster it starts."""

    def __init__(self, scheduler: str, on_dashboard: Callable[[str], None] | None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ClusterError(f"--scheduler needs dask and distributed: {EXTRA_HINT}") from None
        self.cluster: Any = None
        local = LOCAL.fullmatch(scheduler)
        try:
            if local:
                workers = int(local.group(1) or os.cpu_count() or 1)
                if workers < 1:
                    raise ClusterError("--scheduler local:N needs N of 1 or more")
                # Dask's own log lines are not shown (CRITICAL): on Ctrl-C the scheduler
                # stops first, and a worker that misses its heartbeat then logs a traceback on
                # the terminal; a failing file or task comes back through its future and is
                # reported as every other failure is.
                self.cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True,
                    host="127.0.0.1", silence_logs=logging.CRITICAL,
                    dashboard_address=":0")  # any free port: 8787 may be taken
                self.client = Client(self.cluster)
            else:
                logging.getLogger("distributed").setLevel(logging.ERROR)
                self.client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as error:
            self._close_cluster()
            raise ClusterError(f"cannot reach the Dask scheduler {scheduler!r}: {error}; "
                               "is it running (dask scheduler) and is the address right?"
                               ) from None
        self.width = max(1, sum(self.client.nthreads().values()))
        link = self.client.dashboard_link if on_dashboard else None
        if on_dashboard and link:
            on_dashboard(link)

    def submit(self, fn: Callable[..., list[Result]], *args: Any) -> _Future:  # noqa: ANN401
        return self.client.submit(fn, *args, pure=False)

    def close(self, pending: list[_Future]) -> None:
        try:
            if pending:
                self.client.cancel(pending)
            self.client.close()
        finally:
            self._close_cluster()

    def _close_cluster(self) -> None:
        if self.cluster is not None:
            self.cluster.close()  # workers finish the task they run, then stop
            self.cluster = None


def run_partitions(items: Iterable[Item], job: Job, jobs: int = 1, scheduler: str | None = None,
                   partition_size: int | None = None,
                   on_dashboard: Callable[[str], None] | None = None
                   ) -> Generator[list[Result]]:
    """Clean the items a partition per task; yield each partition's Results in input order.

    Connects (or starts the local cluster) before returning, so a bad address is a ClusterError
    here, not halfway through. `partition_size` defaults to PARTITION_SIZE; `on_dashboard` is
    given the Dask dashboard's address, once.
    Closing the generator early (Ctrl-C, a closed pipe) cancels the tasks not yet taken.
    """
    if job.mode == "shards":
        assert job.output_dir is not None
        check_shard_dir(job.output_dir)
        if job.fmt == "parquet":
            _require_pyarrow()
    executor: _Inline | _Processes | _Dask
    if scheduler is not None:
        executor = _Dask(scheduler, on_dashboard)
    elif jobs > 1:
        executor = _Processes(jobs)
    else:
        executor = _Inline()
    results = _in_order(executor, partitions(items, partition_size or PARTITION_SIZE), job)
    if job.mode == "shards":
        assert job.output_dir is not None
        return counted(results, Manifest(job.output_dir, job.fmt))
    return results


def _require_pyarrow() -> None:
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ClusterError(f"--format parquet needs pyarrow: {EXTRA_HINT}") from None


def _in_order(executor: _Inline | _Processes | _Dask, parts: Iterator[list[Item]],
              job: Job) -> Generator[list[Result]]:
    """Submit partitions, a window at a time; yield their Results in order.

    Waiting is interruptible (Ctrl-C, SIGTERM: `batch.STOP`), taking a result is not. A
    partition holding stdin (``-``) is cleaned here: only this process can read it.
    """
    window: deque[_Future] = deque()
    in_flight = 1 if isinstance(executor, _Inline) else max(2, executor.width * 2)
    here = _Inline()
    try:
        for index, part in enumerate(parts):
            runner = here if any(item[0] == STDIN for item in part) else executor
            window.append(runner.submit(process_partition, index, part, job))
            if len(window) >= in_flight:
                yield _take(window)
        while window:
            yield _take(window)
    finally:
        executor.close(list(window))


def _take(window: deque[_Future]) -> list[Result]:
    with STOP.interruptible():
        results = window[0].result()
    window.popleft()
    return results
