"""Does ``claimcheck batch`` keep memory flat as the archive grows?

Writes the benchmark articles out as files (PolNeAR dev, cycled, when
present; else generated text), runs the real rules batch over them with
reports in both formats, and prints articles, paragraphs, time and the
peak RSS of the main process and of the largest worker, for a small and a
large run. Each run is its own child process, so peaks do not carry over.

Run: ``python benchmarks/batch_memory.py`` (default 200 then 2,000
articles; ``--sizes 2000`` for one run). On demand only: it writes a few
thousand files under a temporary folder and takes a minute or two.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import benchmark_articles, write_articles  # noqa: E402

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from claimcheck.batch import run_batch
from claimcheck.batch.worker import EngineSpec
from claimcheck.engines import create_engine
from claimcheck.scoring import load_rubric
folder, out, jobs, index = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "index"
started = time.perf_counter()
result = run_batch([folder], out, EngineSpec(create_engine, {"name": "rules"}), rubric=load_rubric(),
                   jobs=jobs, quiet=True, index=index)
seconds = time.perf_counter() - started
print(json.dumps({
    "articles": result.analysed, "failed": result.failed, "paragraphs": result.paragraphs, "seconds": seconds,
    "main_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


def run(size: int, jobs: int, workdir: Path, index: bool) -> dict:
    source, articles = benchmark_articles(size)
    folder = workdir / f"articles-{size}"
    write_articles(folder, articles)
    child = subprocess.run([sys.executable, "-c", _CHILD, str(folder), str(workdir / f"out-{size}"), str(jobs),
                            "index" if index else "no-index"],
                           capture_output=True, text=True, check=True)
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    figures["source"] = source
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-index", dest="index", action="store_false",
                        help="leave out index.html, whose rendering holds every article's row")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claimcheck-batch-memory-") as tmp:
        started = time.perf_counter()
        rows = [run(size, args.jobs, Path(tmp), args.index) for size in args.sizes]
    index = "with index.html" if args.index else "without index.html"
    print(f"corpus: {rows[0]['source']}, cycled; rules engine, markdown + json reports, {index}, {args.jobs} worker(s)")
    for row in rows:
        rate = row["paragraphs"] / row["seconds"]
        print(f"  {row['articles']:6d} articles {row['paragraphs']:7d} paragraphs {row['seconds']:7.1f} s "
              f"({rate:5.0f} ¶/s)  peak RSS: main {row['main_peak_mb']:6.1f} MB, "
              f"largest worker {row['worker_peak_mb']:6.1f} MB  failed {row['failed']}")
    if len(rows) > 1:
        growth = rows[-1]["main_peak_mb"] / rows[0]["main_peak_mb"]
        print(f"main-process peak RSS grows {growth:.2f}x for {rows[-1]['articles'] / rows[0]['articles']:.0f}x "
              f"the articles ({time.perf_counter() - started:.0f} s in all)")


if __name__ == "__main__":
    main()
