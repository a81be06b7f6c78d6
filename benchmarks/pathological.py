"""Does the rules engine stay linear on hostile paragraphs?

Each case is one invented paragraph built to defeat a naive scanner: no
sentence punctuation, a million commas, 10,000 quotation marks, one word of
5 MB, brackets and quotes nested thousands deep. Each runs through the real
ingest and pipeline (read, repair, split, rules engine, roster, scoring,
JSON rendering), in a fresh child process, and the script prints its time,
the peak RSS of that process, the paragraphs the article became and whether
the report says it split them (see docs/reliability.md, "Bounded work").

Run: ``python benchmarks/pathological.py`` (all cases, about a minute);
``--cases commas,one-word`` for some; ``--timeout S`` per case (default
120). On demand only: nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

MB = 1024 * 1024


def _no_punctuation() -> str:
    words = "the bridge over the river was closed for repairs in the spring and the council met to weigh the cost "
    return (words * (5 * MB // len(words)))[: 5 * MB - 1]


def _commas() -> str:
    return "The mayor said that " + "a, " * 1_000_000 + "and the bridge."


def _quotes() -> str:
    return "The mayor said " + '"yes" and ' * 5_000 + "that was all."


def _unbalanced_quotes() -> str:
    return "Officials said " + '" ' * 10_000 + "the bridge would reopen."


def _one_word() -> str:
    return "x" * (5 * MB - 1)


def _nested_brackets() -> str:
    depth = 100_000
    return "The mayor said " + "(" * depth + "the bridge" + ")" * depth + " would reopen."


def _nested_quotes() -> str:
    depth = 20_000
    return "The mayor said " + "“‘" * depth + "the bridge would reopen" + "’”" * depth + ", he said."


def _dense_cues() -> str:
    words = "the mayor told reporters the bridge would reopen soon according to officials who asked not to be named "
    return (words * (5 * MB // len(words)))[: 5 * MB - 1]


def _said_wall() -> str:
    sentence = "The mayor said the bridge would reopen in May, officials said. "
    return sentence * (2 * MB // len(sentence))


CASES: dict[str, Callable[[], str]] = {
    "no-punctuation-5mb": _no_punctuation,
    "million-commas": _commas,
    "10k-quotation-marks": _quotes,
    "10k-unbalanced-quotes": _unbalanced_quotes,
    "one-5mb-word": _one_word,
    "nested-brackets-100k": _nested_brackets,
    "nested-quotes-20k": _nested_quotes,
    "2mb-of-attributions": _said_wall,
    "5mb-no-punctuation-dense-cues": _dense_cues,
}

_CHILD = """
import json, resource, sys, time
started = time.perf_counter()
from claimcheck.article import load
from claimcheck.engines import create_engine
from claimcheck.pipeline import analyse_document
from claimcheck.render import renderer
document = load(sys.argv[1])
report = analyse_document(document, create_engine("rules"))
rendered = renderer("json")(report)
print(json.dumps({
    "seconds": time.perf_counter() - started,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "paragraphs": len(report.paragraphs),
    "attributions": sum(len(p.attributions) for p in report.paragraphs),
    "split_note": any("split" in w for w in report.article.warnings),
    "report_mb": len(rendered) / (1024 * 1024),
}))
"""


def run_case(name: str, folder: Path, timeout: float) -> dict:
    path = folder / f"{name}.txt"
    path.write_text(CASES[name]() + "\n", encoding="utf-8")
    size_mb = path.stat().st_size / MB
    started = time.perf_counter()
    try:
        child = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True,
                               timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"case": name, "input_mb": size_mb, "error": f"did not finish in {timeout:.0f} s"}
    if child.returncode != 0:
        return {"case": name, "input_mb": size_mb, "error": child.stderr.strip().splitlines()[-1:]}
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    figures.update(case=name, input_mb=size_mb, wall_seconds=time.perf_counter() - started)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case names")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per case before giving up")
    args = parser.parse_args()
    names = [n for n in args.cases.split(",") if n]
    unknown = [n for n in names if n not in CASES]
    if unknown:
        parser.error(f"unknown case(s) {', '.join(unknown)}; choose from {', '.join(CASES)}")
    print(f"{'case':24} {'input':>8} {'time':>8} {'peak RSS':>9} {'paras':>6} {'attrib':>7} {'split':>6}")
    with tempfile.TemporaryDirectory(prefix="claimcheck-pathological-") as tmp:
        for name in names:
            r = run_case(name, Path(tmp), args.timeout)
            if "error" in r:
                print(f"{name:24} {r['input_mb']:6.1f}MB  FAILED: {r['error']}")
                continue
            print(f"{name:24} {r['input_mb']:6.1f}MB {r['seconds']:7.1f}s {r['peak_mb']:7.0f}MB "
                  f"{r['paragraphs']:6} {r['attributions']:7} {'yes' if r['split_note'] else 'no':>6}", flush=True)


if __name__ == "__main__":
    main()
