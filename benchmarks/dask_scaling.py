"""How ``claimcheck batch --scheduler`` scales with Dask workers.

Writes the benchmark corpus (PolNeAR dev when ``../shared/data`` has it,
else generated text; see corpus.py), cycled ``--copies`` times, as a JSONL
archive split into ``--shards`` files, then runs the real batch (rules
engine, markdown + json reports, tables, summary) on a LocalCluster of 1, 2
and 4 single-threaded worker processes. For each it prints:

- wall time and paragraphs per wall-second;
- paragraphs per CPU-second: paragraphs over the CPU time of the workers and
  of this process (the client reads the archive once to plan, and writes the
  manifest and tables), so the figure does not depend on what else runs;
- the speed-up over one worker, and the efficiency per worker (speed-up
  divided by workers). On a machine with fewer cores than workers the
  speed-up cannot exceed the core count, and the load average is printed
  beside it because other jobs share the cores.

A first row runs the same batch in one process without Dask (``--jobs 1``):
a worker's CPU per paragraph is compared against it. Each worker count runs
with claimcheck's lean Dask configuration (``cluster.LEAN_CONFIG``: no
statistical profiler, slower health ticks and monitors) and, with
``--config both`` (the default), also with Dask's defaults, alternating, so
the two are measured under the same load.

Run: ``python benchmarks/dask_scaling.py`` (needs ``pip install '.[dask]'``).
Nothing is asserted; the figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import benchmark_articles  # noqa: E402

from claimcheck.batch import run_batch  # noqa: E402
from claimcheck.batch.worker import EngineSpec  # noqa: E402
from claimcheck.engines import create_engine  # noqa: E402


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _warm() -> None:
    """Import claimcheck and build a rules engine in a worker, outside the timing (a fresh
    worker process pays for its imports once; a long batch does not notice)."""
    from claimcheck.batch import cluster  # noqa: F401
    from claimcheck.engines.rules import RulesEngine

    RulesEngine()


def write_archive(folder: Path, copies: int, shards: int) -> tuple[list[str], int]:
    source, articles = benchmark_articles()
    print(f"corpus: {source}: {len(articles)} articles x {copies} copies in {shards} JSONL shards")
    records = [(copy, a) for copy in range(copies) for a in articles]
    files = [open(folder / f"part-{n:03d}.jsonl", "w", encoding="utf-8") for n in range(shards)]
    for number, (copy, article) in enumerate(records):
        files[number % shards].write(json.dumps({
            "id": f"{article.name}-{copy}", "title": article.title, "date": article.date,
            "text": "\n\n".join(article.paragraphs),
        }) + "\n")
    for handle in files:
        handle.close()
    return sorted(str(p) for p in folder.glob("part-*.jsonl")), sum(len(a.paragraphs) for _, a in records)


def run_once(inputs: list[str], out: Path, workers: int, lean: bool = True) -> tuple[float, float, int]:
    import dask
    from distributed import Client, LocalCluster

    from claimcheck.batch import cluster as claimcheck_cluster

    config = claimcheck_cluster.LEAN_CONFIG if lean else {}
    if not lean:  # run_on_dask sets the lean configuration for the client: keep Dask's defaults there too
        claimcheck_cluster.LEAN_CONFIG, kept = {}, claimcheck_cluster.LEAN_CONFIG
    with dask.config.set(config), LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        client.run(_warm)
        worker_cpu = lambda: sum(client.run(_cpu_seconds).values())  # noqa: E731
        before_workers, before_client = worker_cpu(), _cpu_seconds()
        started = time.perf_counter()
        result = run_batch(inputs, out, EngineSpec(create_engine, {"name": "rules"}), quiet=True, force=True,
                           index=False, cluster=cluster.scheduler_address)
        wall = time.perf_counter() - started
        cpu = (worker_cpu() - before_workers) + (_cpu_seconds() - before_client)
    if not lean:
        claimcheck_cluster.LEAN_CONFIG = kept
    return wall, cpu, result.paragraphs


def run_one_process(inputs: list[str], out: Path) -> tuple[float, float, int]:
    """The same batch in this process, without Dask: what a worker's CPU per paragraph is compared against."""
    before, started = _cpu_seconds(), time.perf_counter()
    result = run_batch(inputs, out, EngineSpec(create_engine, {"name": "rules"}), quiet=True, force=True,
                       index=False, jobs=1)
    return time.perf_counter() - started, _cpu_seconds() - before, result.paragraphs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--copies", type=int, default=4, help="times the corpus is repeated in the archive")
    parser.add_argument("--shards", type=int, default=16, help="JSONL files (Dask partitions)")
    parser.add_argument("--config", choices=("lean", "defaults", "both"), default="both",
                        help="Dask configuration: claimcheck's lean one, Dask's defaults, or both alternating")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        inputs, paragraphs = write_archive(Path(tmp), args.copies, args.shards)
        print(f"{paragraphs} paragraphs")
        configs = {"lean": [True], "defaults": [False], "both": [True, False]}[args.config]
        base: dict[bool, float] = {}
        print(f"{'workers':>7} {'config':>8} {'wall s':>8} {'¶/wall-s':>9} {'¶/CPU-s':>8} {'speed-up':>8} "
              f"{'per worker':>10} {'load':>5}")
        _warm()
        wall, cpu, done = run_one_process(inputs, Path(tmp) / "out-one-process")
        print(f"{'no Dask':>7} {'':>8} {wall:8.2f} {done / wall:9.0f} {done / cpu:8.0f} {'':>8} {'':>10} "
              f"{os.getloadavg()[0]:5.2f}   (one process, --jobs 1)")
        for workers in args.workers:
            for lean in configs:
                wall, cpu, done = run_once(inputs, Path(tmp) / f"out-{workers}-{lean}", workers, lean)
                base.setdefault(lean, wall)
                speedup = base[lean] / wall
                print(f"{workers:7d} {'lean' if lean else 'defaults':>8} {wall:8.2f} {done / wall:9.0f} "
                      f"{done / cpu:8.0f} {speedup:8.2f}x {speedup / workers:9.0%} {os.getloadavg()[0]:5.2f}")


if __name__ == "__main__":
    main()
