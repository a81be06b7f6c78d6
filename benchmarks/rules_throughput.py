"""How fast the rules engine reads news, in paragraphs per second.

Prints, on the PolNeAR dev articles when ``../shared/data/polnear_dev.jsonl``
is present (else on generated text):

- one core: the engine alone (articles already ingested), and the whole
  pipeline per article (ingest, engine, roster, scoring), as
  ``claimcheck batch`` runs it minus writing the reports;
- all cores: the pipeline in one worker process per core;
- scaling: pipeline time for 10, 100 and 1,000 articles on one core, per
  paragraph, which must stay flat (linear growth), with the process's peak
  RSS after each size (which must not climb with the corpus).

One-core figures are CPU time of this process (``time.process_time``), so
other work on a shared machine does not deflate them; the all-cores figure
is wall-clock time and does depend on what else runs (the load average is
printed with it).

Run: ``python benchmarks/rules_throughput.py`` (``--sizes 10 100`` for a
quick look). Nothing is asserted: the figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import Article, benchmark_articles  # noqa: E402

from claimcheck.article import from_text  # noqa: E402
from claimcheck.engines.rules import RulesEngine  # noqa: E402
from claimcheck.pipeline import analyse_document  # noqa: E402
from claimcheck.scoring import load_rubric  # noqa: E402

_RUBRIC = load_rubric()
_ENGINE: RulesEngine | None = None


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def analyse_text(article: Article) -> int:
    """The batch's per-article work minus the file writes; returns paragraphs."""
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = RulesEngine()
    document = from_text(article.text(), path=f"{article.name}.md")
    report = analyse_document(document, _ENGINE, _RUBRIC)
    return len(report.paragraphs)


def engine_only(articles: list[Article], repeats: int) -> float:
    """Best of ``repeats`` passes: on a shared machine the least disturbed pass is the engine's speed."""
    documents = [from_text(a.text(), path=f"{a.name}.md") for a in articles]
    paragraphs = sum(len(d.paragraphs) for d in documents)
    engine = RulesEngine()
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        for document in documents:
            engine.analyse(document)
        best = min(best, time.process_time() - started)
    return paragraphs / best


def pipeline_one_core(articles: list[Article]) -> tuple[int, float]:
    started = time.process_time()
    paragraphs = sum(analyse_text(a) for a in articles)
    return paragraphs, time.process_time() - started


def pipeline_all_cores(articles: list[Article], workers: int) -> float:
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        pool.map(analyse_text, articles[:workers])  # warm the workers' engines
        started = time.perf_counter()
        paragraphs = sum(pool.imap_unordered(analyse_text, articles, chunksize=4))
        return paragraphs / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000], help="articles per scaling step")
    parser.add_argument("--repeats", type=int, default=3, help="passes over the corpus for the one-core figures")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="workers for the all-cores figure")
    args = parser.parse_args()

    source, articles = benchmark_articles()
    total = sum(len(a.paragraphs) for a in articles)
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.processor() or platform.platform()}, "
          f"Python {platform.python_version()}")
    print(f"corpus: {source}: {len(articles)} articles, {total} paragraphs")

    print(f"one core, engine only:  {engine_only(articles, args.repeats):8.0f} paragraphs/s")
    analyse_text(articles[0])  # build the engine outside the timing
    best = max(p / s for p, s in (pipeline_one_core(articles) for _ in range(args.repeats)))
    print(f"one core, pipeline:     {best:8.0f} paragraphs/s  (ingest + engine + roster + scoring)")
    cycled = [articles[i % len(articles)] for i in range(max(len(articles), 4 * args.jobs))] * 2
    print(f"{args.jobs} cores, pipeline:      {pipeline_all_cores(cycled, args.jobs):8.0f} paragraphs/s  "
          f"(wall clock; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs)")

    print("scaling (one core, pipeline; time per paragraph is the median over runs of 10 articles):")
    per_paragraph = []
    for size in args.sizes:
        step = max(1, len(articles) // size)  # a small batch samples the whole corpus, not just its first articles
        batch = [articles[(i * step) % len(articles)] for i in range(size)]
        passes = max(1, 100 // size)  # at least ten 10-article runs per size, so the median means something
        runs = [pipeline_one_core(batch[i:i + 10]) for _ in range(passes) for i in range(0, size, 10)]
        paragraphs = sum(p for p, _ in runs) // passes
        seconds = sum(s for _, s in runs) / passes
        typical = statistics.median(s / p for p, s in runs)
        per_paragraph.append(typical)
        print(f"  {size:6d} articles {paragraphs:7d} paragraphs {seconds:8.2f} s  "
              f"{1e6 * typical:7.0f} µs/paragraph  peak RSS {peak_rss_mb():6.1f} MB")
    spread = max(per_paragraph) / min(per_paragraph)
    verdict = "linear" if spread < 1.5 else "NOT linear"
    print(f"  time per paragraph varies {spread:.2f}x from {args.sizes[0]} to {args.sizes[-1]} articles: {verdict}")


if __name__ == "__main__":
    main()
