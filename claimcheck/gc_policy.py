"""Garbage collection for a process that claimcheck owns and spends analysing articles.

Analysing an article allocates many short-lived container objects (tokens, lists, dicts, pydantic
models) and frees nearly all of them by reference counting: over the 84 PolNeAR dev articles the
cycle collector finds 15 objects of garbage in all. With CPython's default thresholds (700, 10, 10)
it still runs a young collection whenever 700 more objects are alive than at the last one and, now
and then, a full one that walks every object alive: the loaded modules, pydantic's schemas, the
lexicon, and whatever the caller keeps. That is time spent finding next to nothing
(docs/performance.md has the figures).

So, once what stays loaded is loaded, :func:`tune_for_analysis` moves everything alive out of the
collector's sight (``gc.freeze()``: those objects are never walked again; they live as long as the
process anyway) and collects the young generation less often. Collection stays on, so a cycle made
while analysing is still freed, and a long batch's memory stays flat (benchmarks/batch_memory.py).

Only processes claimcheck owns are tuned: the command line's ``check`` and ``batch``, and the batch's
worker processes. Importing claimcheck, or calling :func:`claimcheck.analyse` or ``run_batch`` from a
program, leaves that program's collector as it was.
"""

from __future__ import annotations

import gc

# A young collection when this many more objects are alive than at the last one, instead of 700.
ANALYSIS_GEN0_THRESHOLD = 10_000


def tune_for_analysis() -> None:
    """Freeze what is alive now and raise the young generation's threshold (see the module's docstring)."""
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(ANALYSIS_GEN0_THRESHOLD, older, oldest)
