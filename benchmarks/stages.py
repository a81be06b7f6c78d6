"""What each stage of the pipeline costs per paragraph, on one core.

``python benchmarks/stages.py`` prints, on the benchmark corpus (benchmarks/corpus.py:
PolNeAR dev when ``shared/data`` is found, else generated text), the CPU time per
paragraph of each stage, the best of ``--rounds`` passes:

- ingest: ``from_text`` (decoding, repairs, layout, sentences, metadata);
- engine: the rules engine on the ingested articles;
- roster: ``build_roster`` on the engine's paragraphs;
- scoring: ``score_report`` on them and their roster;
- json: the JSON report of each finished report;
- pipeline: all of it per article, as ``rules_throughput.py`` and ``side_by_side.py`` measure it, plus the JSON.

On a shared machine CPU time still moves with the load. ``--callgrind`` counts
instructions instead (``valgrind --tool=callgrind``, which must be installed): each stage
runs in its own process under valgrind, instrumented only while the stage runs, so the
count per paragraph repeats to a few parts in a thousand whatever else the machine does.
It is slow (valgrind runs the setup too): ``--articles 30`` keeps it to a few minutes.
``--engine-parts`` measures the rules engine's own steps the same way, each alone on the inputs the
engine hands it.
Nothing is asserted; the figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGES = ("ingest", "engine", "roster", "scoring", "json", "pipeline")
# ``--engine-parts``: the rules engine's own steps, each run alone on the inputs the engine gives it
# (tokens and learning names, quotations, sentence ranges, attributions, hedges, claims); what the engine
# costs beyond them is building and validating the paragraph's models.
ENGINE_PARTS = ("engine", "tokenize", "learn_names", "quotations", "sentence_ranges", "attributions", "hedges",
                "claims")


def _work(articles: int | None):  # type: ignore[no-untyped-def]
    """(paragraphs, {stage: a function doing that stage over the corpus once})."""
    sys.path.insert(0, str(HERE))
    from corpus import benchmark_articles

    from claimcheck.article import from_text
    from claimcheck.engines.rules import RulesEngine
    from claimcheck.pipeline import analyse_document
    from claimcheck.render import renderer
    from claimcheck.roster import build_roster
    from claimcheck.scoring import load_rubric, score_report

    _, corpus = benchmark_articles()
    texts = [(a.text(), f"{a.name}.md") for a in corpus[:articles]]
    rubric, engine, as_json = load_rubric(), RulesEngine(), renderer("json")
    documents = [from_text(t, path=p) for t, p in texts]
    analysed = [engine.analyse(d) for d in documents]
    reports = [analyse_document(from_text(t, path=p), engine, rubric) for t, p in texts]
    for report in reports:
        as_json(report)  # first calls build caches and serialisers: not what a stage costs
    work = {
        "ingest": lambda: [from_text(t, path=p) for t, p in texts],
        "engine": lambda: [engine.analyse(d) for d in documents],
        "roster": lambda: [build_roster(ps) for ps in analysed],
        "scoring": lambda: [score_report(r.paragraphs, r.sources, rubric, meta=r.article) for r in reports],
        "json": lambda: [as_json(r) for r in reports],
        "pipeline": lambda: [as_json(analyse_document(from_text(t, path=p), engine, rubric)) for t, p in texts],
    }
    parts = _engine_parts(documents)
    # The setup's objects (the corpus, every report) live to the end: frozen, no full collection during a
    # stage walks them, so a stage's figure holds its own work and its own garbage, not the setup's size or
    # when a collection happens to fall (a claimcheck batch worker freezes what it has loaded the same way).
    gc.collect()
    gc.freeze()
    return sum(len(d.paragraphs) for d in documents), {**work, **parts}


def _engine_parts(documents):  # type: ignore[no-untyped-def]
    from claimcheck.engines.rules.attributions import find_attributions, sentence_token_ranges
    from claimcheck.engines.rules.claims import find_claims
    from claimcheck.engines.rules.hedges import find_hedges
    from claimcheck.engines.rules.phrases import SourceMemory
    from claimcheck.engines.rules.tokens import quotations, tokenize

    texts = [(text, d.sentences[n]) for d in documents for n, text in enumerate(d.paragraphs)]
    # per article, per paragraph: (text, tokens, sentences, quotations, sentence token ranges)
    articles = [[(t, tokenize(t), s, quotations(t), sentence_token_ranges(tokenize(t), s)) for t, s in
                 ((text, d.sentences[n]) for n, text in enumerate(d.paragraphs))] for d in documents]
    flat = [item for article in articles for item in article]

    def attributions():  # type: ignore[no-untyped-def]
        out = []
        for article in articles:
            memory = SourceMemory()
            for text, tokens, _, quotes, ranges in article:
                memory.learn_names(tokens)
                out.append(find_attributions(text, tokens, ranges, quotes, memory))
        return out

    found = attributions()
    hedges = [find_hedges(item[0], item[1], f) for item, f in zip(flat, found)]
    return {
        "tokenize": lambda: [tokenize(t) for t, _ in texts],
        "learn_names": lambda: [SourceMemory().learn_names(item[1]) for item in flat],
        "quotations": lambda: [quotations(t) for t, _ in texts],
        "sentence_ranges": lambda: [sentence_token_ranges(item[1], item[2]) for item in flat],
        "attributions": attributions,
        "hedges": lambda: [find_hedges(item[0], item[1], f) for item, f in zip(flat, found)],
        "claims": lambda: [find_claims(item[0], list(item[2]), item[3], f, h, None) for item, f, h in
                           zip(flat, found, hedges)],
    }


def cpu_times(rounds: int, articles: int | None, stages: tuple[str, ...]) -> None:
    paragraphs, work = _work(articles)
    print(f"{paragraphs} paragraphs; CPU time per paragraph, best of {rounds}")
    for stage in stages:
        best = float("inf")
        for _ in range(rounds):
            started = time.process_time()
            work[stage]()
            best = min(best, time.process_time() - started)
        extra = f"  ({paragraphs / best:,.0f} paragraphs per CPU-second)" if stage == "pipeline" else ""
        print(f"{stage:15} {best / paragraphs * 1e6:8.0f} µs{extra}")


def _one_stage_instrumented(stage: str, articles: int | None) -> None:
    """Run inside valgrind: instrument only the stage itself."""
    paragraphs, work = _work(articles)
    control = ["callgrind_control", "-i"]
    subprocess.run([*control, "on", str(os.getpid())], capture_output=True, check=False)
    work[stage]()
    subprocess.run([*control, "off", str(os.getpid())], capture_output=True, check=False)
    print(paragraphs)


def instruction_counts(articles: int | None, stages: tuple[str, ...]) -> None:
    if shutil.which("valgrind") is None:
        sys.exit("--callgrind needs valgrind (and its callgrind_control) on PATH")
    print("instructions per paragraph (callgrind, Ir), one process per stage")
    for stage in stages:
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "callgrind.out"
            proc = subprocess.run(
                ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                 sys.executable, __file__, "--instrumented", stage, *(["--articles", str(articles)] if articles else [])],
                capture_output=True, text=True, check=False)
            if proc.returncode:
                sys.exit(f"{stage}: valgrind failed:\n{proc.stderr[-2000:]}")
            paragraphs = int(proc.stdout.split()[-1])
            total = sum(int(m.group(1)) for f in Path(folder).glob("callgrind.out*")
                        for m in re.finditer(r"^totals:\s+(\d+)", f.read_text(), re.M))
        print(f"{stage:15} {total / paragraphs / 1000:8.0f} k")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--articles", type=int, help="only the first N articles of the corpus")
    parser.add_argument("--callgrind", action="store_true", help="count instructions under valgrind instead")
    parser.add_argument("--engine-parts", action="store_true", help="the rules engine's own steps instead of the stages")
    parser.add_argument("--instrumented", choices=STAGES + ENGINE_PARTS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.instrumented:
        _one_stage_instrumented(args.instrumented, args.articles)
    elif args.callgrind:
        instruction_counts(args.articles, ENGINE_PARTS if args.engine_parts else STAGES)
    else:
        cpu_times(args.rounds, args.articles, ENGINE_PARTS if args.engine_parts else STAGES)


if __name__ == "__main__":
    main()
