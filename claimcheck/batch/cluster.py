"""``claimcheck batch --dask local`` / ``--scheduler tcp://HOST:8786``: the
rules engine across a dask.distributed cluster.

Partitions are archive shards (a whole JSONL, CSV or WARC file, one Parquet
row group) and, for plain article files, runs of a few dozen files. Each
partition is one Dask task: a worker reads its shard itself (so the inputs,
like ``--out``, must be visible to every worker: a shared file system or an
fsspec URL), analyses the records not yet done, writes their reports into
``--out`` and hands back only their table rows. The client, this process,
appends them to the manifest as each partition ends, and drives the same
progress bar as a local run.

Why nothing is lost or duplicated when a worker dies: a partition's rows
reach the manifest only when its task has finished, exactly once per task
(Dask reruns a task whose worker was lost, on another worker, and its
future completes once). Reports are written atomically under names fixed by
the article, so a rerun of a half-done partition overwrites its own files.
Resume is the local one: the client decides from the manifest what is done
(same engine fingerprint, same content) before submitting anything, and a
worker skips every record it was not asked for.
"""

from __future__ import annotations

import logging
import os
import uuid
from typing import Any, Callable, Iterator, Optional, Union

from claimcheck.batch.archives import FieldNames, Shard, read_shard, shards_of
from claimcheck.batch.store import ArticleOutcome
from claimcheck.batch.worker import ArticleAnalyser, ArticleTask, BatchJob
from claimcheck.errors import UsageError, missing_extra

DASK_EXTRA = "dask"
FILES_PER_PARTITION = 32
_CONNECT_TIMEOUT = "20s"

Partition = Union[Shard, list[ArticleTask]]


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise missing_extra("dask.distributed", DASK_EXTRA) from None
    return distributed


def partitions(file_tasks: list[ArticleTask], archives: list[str],
               todo: dict[Shard, set[str]]) -> Iterator[tuple[Partition, frozenset[str]]]:
    """Each partition with work in it, and the keys to do there."""
    for start in range(0, len(file_tasks), FILES_PER_PARTITION):
        chunk = file_tasks[start:start + FILES_PER_PARTITION]
        yield chunk, frozenset(t.key for t in chunk)
    for location in archives:
        for shard in shards_of(location):
            keys = todo.get(shard)
            if keys:
                yield shard, frozenset(keys)


# ------------------------------------------------------------ on the workers

_analysers: dict[str, ArticleAnalyser] = {}


def analyse_partition(job: BatchJob, partition: Partition, fields: FieldNames,
                      keys: frozenset[str]) -> list[ArticleOutcome]:
    """Runs on a Dask worker: one engine per worker process, kept across partitions."""
    from claimcheck.batch import record_task

    analyser = _analysers.get(job.fingerprint)
    if analyser is None:
        _analysers.clear()
        analyser = _analysers[job.fingerprint] = ArticleAnalyser(job)
    if isinstance(partition, Shard):
        tasks: Iterator[ArticleTask] = (record_task(r) for r in read_shard(partition, fields) if r.key in keys)
    else:
        tasks = iter(partition)
    return [analyser(task) for task in tasks]


# ------------------------------------------------------------ on the client


def _one_at_a_time(partition: Partition, keys: frozenset[str], fields: FieldNames,
                   job: BatchJob) -> list[ArticleOutcome]:
    from claimcheck.batch import _run_alone, record_task

    if isinstance(partition, Shard):
        tasks = [record_task(r) for r in read_shard(partition, fields) if r.key in keys]
    else:
        tasks = partition
    return [_run_alone(task, job) for task in tasks]


def _connect(address: str, workers: Optional[int]) -> tuple[Any, Any]:
    distributed = _distributed()
    if address == "local":
        cluster = distributed.LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                           processes=True, dashboard_address=None, silence_logs=logging.ERROR)
        return distributed.Client(cluster), cluster
    try:
        return distributed.Client(address, timeout=_CONNECT_TIMEOUT), None
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UsageError(f"--scheduler {address}: cannot reach the Dask scheduler ({reason})") from None


def run_on_dask(address: str, file_tasks: list[ArticleTask], archives: list[str], todo: dict[Shard, set[str]],
                fields: FieldNames, job: BatchJob, finished: Callable[[ArticleOutcome], None], *,
                workers: Optional[int] = None) -> None:
    work = list(partitions(file_tasks, archives, todo))
    if not work:
        return
    client, cluster = _connect(address, workers)
    distributed = _distributed()
    run = uuid.uuid4().hex[:8]
    try:
        futures = [client.submit(analyse_partition, job, partition, fields, keys, pure=False,
                                 key=f"claimcheck-partition-{run}-{number}")
                   for number, (partition, keys) in enumerate(work)]
        work_of = {future.key: piece for future, piece in zip(futures, work)}
        for future in distributed.as_completed(futures):
            try:
                outcomes = future.result()
            except distributed.KilledWorker:
                # Dask gave up after the partition's workers died again and again: one of its
                # articles kills whatever runs it. Run each alone, here, to find which.
                partition, keys = work_of[future.key]
                outcomes = _one_at_a_time(partition, keys, fields, job)
            for outcome in outcomes:
                finished(outcome)
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
