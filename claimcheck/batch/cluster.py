"""``claimcheck batch --dask local`` / ``--scheduler tcp://HOST:8786``: the
rules engine across a dask.distributed cluster.

Partitions are archive shards (a whole JSONL, CSV or WARC file, one Parquet
row group) and, for plain article files, runs of a few dozen files. Each
partition is one Dask task: a worker reads its shard itself (so the inputs,
like ``--out``, must be visible to every worker: a shared file system or an
fsspec URL), analyses the records not yet done, writes their reports into
``--out`` and hands back only their table rows. The client, this process,
appends them to the manifest as each partition ends, and drives the same
progress bar as a local run, article by article: a worker logs a Dask event
(``Worker.log_event``) as its articles finish, at most every
``PROGRESS_SECONDS``, and the client, subscribed to the run's topic, shows
them ahead of the partition's return; when it returns, its real outcomes
replace them (so a partition redone after a lost worker is never counted
twice).

Dask's defaults suit an interactive dashboard; for a pure-Python task that
holds the GIL they cost CPU beside it (``benchmarks/dask_scaling.py``): the
statistical profiler samples every thread's stack every 10 ms, the event
loop's health check ticks every 20 ms, and the system and memory monitors
poll several times a second. :data:`LEAN_CONFIG` turns the profiler off and
slows the rest, for the LocalCluster ``--dask local`` starts and for this
process; a cluster's own workers take it from their configuration
(docs/batch.md gives the environment variables).

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
import threading
import time
import uuid
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional, Union

from claimcheck.batch.archives import FieldNames, Shard, read_shard, shards_of
from claimcheck.batch.store import ArticleOutcome
from claimcheck.batch.worker import ArticleAnalyser, ArticleTask, BatchJob
from claimcheck.errors import UsageError, missing_extra

if TYPE_CHECKING:
    from claimcheck.batch.progress import BatchProgress

DASK_EXTRA = "dask"
FILES_PER_PARTITION = 32
PROGRESS_SECONDS = 0.5
_CONNECT_TIMEOUT = "20s"
_POLL_SECONDS = 0.1
LEAN_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}

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
                      keys: frozenset[str], topic: Optional[str] = None, name: str = "") -> list[ArticleOutcome]:
    """Runs on a Dask worker: one engine per worker process, kept across
    partitions. With ``topic``, says how far partition ``name`` got as it goes."""
    from claimcheck.batch import record_task

    analyser = _analysers.get(job.fingerprint)
    if analyser is None:
        _analysers.clear()
        analyser = _analysers[job.fingerprint] = ArticleAnalyser(job)
    if isinstance(partition, Shard):
        tasks: Iterator[ArticleTask] = (record_task(r) for r in read_shard(partition, fields) if r.key in keys)
    else:
        tasks = iter(partition)
    report = _progress_reporter(topic, name)
    outcomes: list[ArticleOutcome] = []
    paragraphs = 0
    for task in tasks:
        outcome = analyser(task)
        outcomes.append(outcome)
        paragraphs += outcome.paragraphs
        report(len(outcomes), paragraphs)
    return outcomes


def _progress_reporter(topic: Optional[str], partition: str) -> Callable[[int, int], None]:
    """Logs ``{"partition", "articles", "paragraphs"}`` (so far, in this attempt) under ``topic``: the first
    article at once, then at most every PROGRESS_SECONDS."""
    if topic is None:
        return lambda articles, paragraphs: None
    from distributed import get_worker

    try:
        worker = get_worker()
    except ValueError:  # not on a worker (a test calling it directly)
        return lambda articles, paragraphs: None
    last = [float("-inf")]

    def report(articles: int, paragraphs: int) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_SECONDS:
            last[0] = now
            worker.log_event(topic, {"partition": partition, "articles": articles, "paragraphs": paragraphs})

    return report


# ------------------------------------------------------------ on the client


def _one_at_a_time(partition: Partition, keys: frozenset[str], fields: FieldNames,
                   job: BatchJob) -> list[ArticleOutcome]:
    from claimcheck.batch import _run_alone, record_task

    if isinstance(partition, Shard):
        tasks = [record_task(r) for r in read_shard(partition, fields) if r.key in keys]
    else:
        tasks = partition
    return [_run_alone(task, job) for task in tasks]


class _InFlight:
    """What the workers say they have done of each running partition (written by the client's event loop
    thread, read by the main thread)."""

    def __init__(self, sizes: dict[str, int]) -> None:
        self.sizes = sizes
        self._lock = threading.Lock()
        self._done: dict[str, tuple[int, int]] = {}
        self._returned: set[str] = set()

    def heard(self, event: Any) -> None:
        _, message = event
        if not isinstance(message, dict):
            return
        key = message.get("partition")
        with self._lock:
            if key not in self.sizes or key in self._returned:
                return  # late news of a partition that is back already
            articles = min(int(message.get("articles", 0)), self.sizes[key])
            # A partition redone after a lost worker starts again from 0: keep the furthest it got.
            if articles >= self._done.get(key, (0, 0))[0]:
                self._done[key] = (articles, int(message.get("paragraphs", 0)))

    def returned(self, key: str) -> None:
        with self._lock:
            self._returned.add(key)
            self._done.pop(key, None)

    def totals(self) -> tuple[int, int]:
        with self._lock:
            return sum(a for a, _ in self._done.values()), sum(p for _, p in self._done.values())


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
                workers: Optional[int] = None, progress: Optional["BatchProgress"] = None,
                idle: Callable[[], None] = lambda: None) -> None:
    work = list(partitions(file_tasks, archives, todo))
    if not work:
        return
    # distributed first: it names the missing extra in one line (dask comes with it), and its defaults must be
    # loaded before the config.set below, which would drop them when it ends
    _distributed()
    import dask

    with dask.config.set(LEAN_CONFIG):
        client, cluster = _connect(address, workers)
        try:
            _run(client, work, fields, job, finished, progress, idle)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _run(client: Any, work: list[tuple[Partition, frozenset[str]]], fields: FieldNames, job: BatchJob,
         finished: Callable[[ArticleOutcome], None], progress: Optional["BatchProgress"],
         idle: Callable[[], None]) -> None:
    distributed = _distributed()
    run = uuid.uuid4().hex[:8]
    topic = f"claimcheck-progress-{run}"
    names = [f"claimcheck-partition-{run}-{number}" for number in range(len(work))]
    in_flight = _InFlight({name: len(keys) for name, (_, keys) in zip(names, work)})
    client.subscribe_topic(topic, in_flight.heard)
    try:
        futures = [client.submit(analyse_partition, job, partition, fields, keys, topic, name, pure=False, key=name)
                   for name, (partition, keys) in zip(names, work)]
        work_of = {future.key: piece for future, piece in zip(futures, work)}
        pending = distributed.as_completed(futures)
        while not pending.is_empty():
            if progress is not None:
                progress.ahead(*in_flight.totals())
            idle()
            if not pending.has_ready():
                time.sleep(_POLL_SECONDS)  # events arrive on the client's own thread; this one only shows them
                continue
            for future in pending.next_batch(block=False):
                try:
                    outcomes = future.result()
                except distributed.KilledWorker:
                    # Dask gave up after the partition's workers died again and again: one of its
                    # articles kills whatever runs it. Run each alone, here, to find which.
                    partition, keys = work_of[future.key]
                    outcomes = _one_at_a_time(partition, keys, fields, job)
                in_flight.returned(future.key)
                if progress is not None:
                    progress.ahead(*in_flight.totals())
                for outcome in outcomes:
                    finished(outcome)
                future.release()
    finally:
        try:
            client.unsubscribe_topic(topic)
        except Exception:  # the client is closing anyway
            pass
