"""Throughput of this checkout against another one, in one run.

``python benchmarks/side_by_side.py --against /path/to/other/.venv/bin/python``
measures, on the same corpus (benchmarks/corpus.py: PolNeAR dev when
``shared/data`` is found, else generated text), with each interpreter in turn
(alternating, ``--rounds`` times, best round kept, so a burst of load from
other jobs hits both alike):

- engine: the rules engine alone on ingested articles;
- pipeline: ingest + engine + roster + scoring per article (what
  ``rules_throughput.py`` calls the pipeline);
- batch: ``claimcheck batch DIR --jobs 1`` in-process over the corpus written
  as Markdown files: reading the files, the pipeline, writing the markdown
  and JSON reports, the manifest, the tables and the summary.

All in paragraphs per CPU-second of one process (``time.process_time``).
Nothing is asserted; the figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

MEASURE = r"""
import json, sys, time, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from corpus import benchmark_articles
from claimcheck.article import from_text
from claimcheck.engines.rules import RulesEngine
from claimcheck.pipeline import analyse_document
from claimcheck.scoring import load_rubric
from claimcheck.batch import run_batch
from claimcheck.batch.worker import EngineSpec
from claimcheck.engines import create_engine

_, articles = benchmark_articles()
texts = [(a.text(), f"{a.name}.md") for a in articles]
rubric, engine = load_rubric(), RulesEngine()
documents = [from_text(t, path=p) for t, p in texts]
paragraphs = sum(len(d.paragraphs) for d in documents)

def timed(work):
    started = time.process_time()
    work()
    return time.process_time() - started

def engine_only():
    for d in documents:
        engine.analyse(d)

def pipeline():
    for t, p in texts:
        analyse_document(from_text(t, path=p), engine, rubric)

pipeline()
out = Path(tempfile.mkdtemp())
def batch():
    result = run_batch([sys.argv[2]], out, EngineSpec(create_engine, {"name": "rules"}), jobs=1, quiet=True,
                       index=False, force=True)
    assert result.failed == 0, result.failures[:3]
batch()
print(json.dumps({
    "paragraphs": paragraphs,
    "engine": paragraphs / min(timed(engine_only) for _ in range(2)),
    "pipeline": paragraphs / min(timed(pipeline) for _ in range(2)),
    "batch": paragraphs / min(timed(batch) for _ in range(2)),
}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", required=True, help="the other checkout's Python (its claimcheck installed)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from corpus import benchmark_articles, write_articles

    source, articles = benchmark_articles()
    with tempfile.TemporaryDirectory() as folder:
        write_articles(Path(folder), articles)
        runs: dict[str, list[dict]] = {"this checkout": [], "other": []}
        for _ in range(args.rounds):
            for label, python in (("other", args.against), ("this checkout", sys.executable)):
                proc = subprocess.run([python, "-c", MEASURE, str(HERE), folder], capture_output=True, text=True,
                                      cwd=tempfile.gettempdir())
                if proc.returncode:
                    sys.exit(f"{label} ({python}) failed:\n{proc.stderr[-2000:]}")
                runs[label].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    print(f"corpus: {source}: {len(articles)} articles; best of {args.rounds} alternating rounds, "
          "paragraphs per CPU-second")
    print(f"{'':15} {'engine':>8} {'pipeline':>9} {'batch':>8}")
    best = {label: {k: max(r[k] for r in rs) for k in ("engine", "pipeline", "batch")} for label, rs in runs.items()}
    for label in ("other", "this checkout"):
        b = best[label]
        print(f"{label:15} {b['engine']:8.0f} {b['pipeline']:9.0f} {b['batch']:8.0f}")
    ratio = {k: best["this checkout"][k] / best["other"][k] for k in ("engine", "pipeline", "batch")}
    print(f"{'ratio':15} {ratio['engine']:7.2f}x {ratio['pipeline']:8.2f}x {ratio['batch']:7.2f}x")


if __name__ == "__main__":
    main()
