"""What fsyncing every batch report costs, against the manifest's checkpoints.

``claimcheck batch`` used to ``fsync`` every report before renaming it into
place. It now renames reports without one and makes them durable together,
one ``syncfs`` per manifest checkpoint, before the lines that name them are
written (``claimcheck/batch/store.py`` gives the crash-safety argument).
This runs the same batch (the benchmark corpus, see corpus.py, as Markdown
files; rules engine; markdown + json reports; ``--jobs 1``) both ways,
alternating, into ``--out-dir`` (default: a temporary folder on the disk
that holds /tmp; pass a folder on the disk you will really use, since the
cost of an fsync is the disk's), and prints the best wall time and CPU time
of each and the difference per article.

The per-report way is had by having the writer fsync every file again
(``AtomicFile(durable=True)``), which is what it did before.

Run: ``python benchmarks/batch_durability.py [--rounds 3] [--copies 2] [--out-dir DIR]``.
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import benchmark_articles  # noqa: E402

from claimcheck import output  # noqa: E402
from claimcheck.batch import run_batch  # noqa: E402
from claimcheck.batch.worker import EngineSpec  # noqa: E402
from claimcheck.engines import create_engine  # noqa: E402


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _run(inputs: Path, out: Path, every_report: bool) -> tuple[float, float, int]:
    original = output.AtomicFile.__init__

    def durable_always(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["durable"] = True
        original(self, *args, **kwargs)

    if every_report:
        output.AtomicFile.__init__ = durable_always  # type: ignore[method-assign]
    try:
        started, cpu = time.perf_counter(), _cpu()
        result = run_batch([str(inputs)], out, EngineSpec(create_engine, {"name": "rules"}), quiet=True,
                           force=True, index=False, jobs=1)
        return time.perf_counter() - started, _cpu() - cpu, result.analysed
    finally:
        output.AtomicFile.__init__ = original  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--copies", type=int, default=2, help="times the corpus is repeated")
    parser.add_argument("--out-dir", type=Path, default=None, help="where the batches write (default: a temporary folder)")
    args = parser.parse_args()
    source, articles = benchmark_articles()
    with tempfile.TemporaryDirectory(dir=args.out_dir) as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        for copy in range(args.copies):
            for article in articles:
                (inputs / f"{article.name}-{copy}.md").write_text(article.text(), encoding="utf-8")
        print(f"corpus: {source}: {len(articles) * args.copies} articles; writing to {tmp}")
        best: dict[bool, tuple[float, float]] = {}
        count = 0
        for round_number in range(args.rounds):
            for every_report in (True, False):
                wall, cpu, count = _run(inputs, Path(tmp) / f"out-{every_report}-{round_number}", every_report)
                kept = best.get(every_report)
                best[every_report] = (min(wall, kept[0]), min(cpu, kept[1])) if kept else (wall, cpu)
        print(f"{'durability':<34} {'wall s':>8} {'CPU s':>7} {'ms/article wall':>16}")
        for every_report, label in ((True, "fsync every report (before)"), (False, "syncfs per checkpoint (now)")):
            wall, cpu = best[every_report]
            print(f"{label:<34} {wall:8.2f} {cpu:7.2f} {wall / count * 1000:16.2f}")
        saved = best[True][0] - best[False][0]
        print(f"saved: {saved:.2f} s of wall time, {saved / count * 1000:.2f} ms per article "
              f"({saved / best[True][0]:.0%} of the run), best of {args.rounds} alternating rounds")


if __name__ == "__main__":
    main()
