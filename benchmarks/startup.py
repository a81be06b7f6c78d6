"""How long ``claimcheck`` takes to start, against Python itself.

Prints the median wall time of ``python -c pass``, ``claimcheck --version``
and ``claimcheck --help`` over several runs, the ratio of ``--version`` to
bare Python (goal: at most 3x), and which heavy modules ``--help``,
``--version`` and a rules-engine run import (goal: none of openai,
instructor, trafilatura, charset_normalizer).

Run: ``python benchmarks/startup.py`` (``--runs 30`` for steadier figures
on a busy machine). ``python -X importtime -m claimcheck --help`` shows the
cost of each module when a figure looks wrong.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "article.txt"
HEAVY = ("openai", "instructor", "httpx", "trafilatura", "lxml", "charset_normalizer", "jinja2", "tenacity",
         "rich", "markdown_it", "ftfy", "pydantic", "typer")
_IMPORTS_PROBE = """
import atexit, json, sys
heavy = {heavy!r}
atexit.register(lambda: sys.__stderr__.write("IMPORTED " + json.dumps([m for m in heavy if m in sys.modules]) + "\\n"))
sys.argv = ["claimcheck", *{args!r}]
from claimcheck.entry_point import main
main()
"""


def claimcheck_command() -> list[str]:
    script = Path(sys.executable).with_name("claimcheck")
    if script.is_file():
        return [str(script)]
    found = shutil.which("claimcheck")
    return [found] if found else [sys.executable, "-m", "claimcheck"]


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def imported(args: list[str]) -> list[str]:
    probe = _IMPORTS_PROBE.format(heavy=HEAVY, args=args)
    child = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO)
    line = next((l for l in child.stderr.splitlines() if l.startswith("IMPORTED ")), "IMPORTED null")
    return json.loads(line.removeprefix("IMPORTED ")) or []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    claimcheck = claimcheck_command()
    median_seconds([sys.executable, "-c", "pass"], 3)  # warm the file cache
    python = median_seconds([sys.executable, "-c", "pass"], args.runs)
    version = median_seconds([*claimcheck, "--version"], args.runs)
    help_ = median_seconds([*claimcheck, "--help"], args.runs)
    print(f"command: {' '.join(claimcheck)}   ({args.runs} runs each, median)")
    print(f"python -c pass        {1000 * python:7.1f} ms")
    print(f"claimcheck --version  {1000 * version:7.1f} ms   {version / python:4.1f}x python (goal <= 3x)")
    print(f"claimcheck --help     {1000 * help_:7.1f} ms   {help_ / python:4.1f}x python")
    for label, argv in (("--version", ["--version"]), ("--help", ["--help"]),
                        ("rules run", [str(SEED), "--engine", "rules", "-q"])):
        print(f"imports for {label:10s} {', '.join(imported(argv)) or '(none of the listed)'}")
    print(f"listed: {', '.join(HEAVY)}")


if __name__ == "__main__":
    main()
