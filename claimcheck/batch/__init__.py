"""``claimcheck batch``: analyse an archive, one report per article plus
corpus tables, resumably and in parallel.

The run, in order: lock the output folder; expand the inputs; skip every
article the manifest says is done with the same engine fingerprint; analyse
the rest (worker processes for the rules engine, the main process for the
llm engine, which runs its own concurrency per article); append each
outcome to the manifest as it ends; then write ``articles.csv``,
``sources.csv``, ``summary.md`` (and ``index.html`` when the HTML renderer
is installed) from the manifest, for every input of this run.

A worker process that dies (a segfault, the OOM killer) breaks the pool;
the articles that were in flight are then run one at a time, each in a
fresh process, so only the one that kills its worker is listed with that
error and the others are reported as usual.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Optional

from claimcheck.batch.inputs import expand_inputs
from claimcheck.batch.progress import BatchProgress
from claimcheck.batch.store import ArticleOutcome, InputStamp, OutputFolder, article_key, display_path
from claimcheck.batch.worker import ArticleAnalyser, ArticleTask, BatchJob, EngineSpec, analyse_in_worker, start_worker
from claimcheck.errors import EndpointError

if TYPE_CHECKING:
    from claimcheck.batch.summary import CorpusSummary
    from claimcheck.corrections import CorrectionSet
    from claimcheck.schema import EngineInfo
    from claimcheck.scoring import Rubric

DEFAULT_FORMATS = ("markdown", "json")
_IN_FLIGHT_PER_WORKER = 4
WORKER_DIED = "the worker process died while analysing it (a crash or out of memory)"


@dataclass
class BatchResult:
    out: Path
    total: int = 0
    skipped: int = 0
    analysed: int = 0
    failed: int = 0
    partial: int = 0
    paragraphs: int = 0
    interrupted: bool = False
    written: list[Path] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)


def engine_fingerprint(info: "EngineInfo", rubric: Optional["Rubric"], scoring: Optional[dict] = None) -> str:
    """Changes when a report made now could differ from one made before:
    another engine, model, prompt or lexicon version, rubric, or scoring option (genre, check-first, corrections)."""
    material = {
        "engine": info.model_dump(mode="json"),
        "rubric": rubric.model_dump(mode="json") if rubric is not None else None,
    }
    if scoring:
        material["scoring"] = scoring
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()[:16]


def engine_label(info: "EngineInfo") -> str:
    details = [f"model {info.model}" if info.model else "", f"prompt {info.prompt_version}" if info.prompt_version else "",
               f"lexicon {info.version}" if info.version else ""]
    extra = ", ".join(d for d in details if d)
    return f"{info.name} ({extra})" if extra else info.name


def default_jobs(engine_name: str) -> int:
    # The llm engine waits on the network and has its own --concurrency; more
    # processes would only multiply the load on the endpoint.
    return 1 if engine_name == "llm" else (os.cpu_count() or 1)


def run_batch(
    inputs: list[str],
    out: Path,
    engine: EngineSpec,
    *,
    formats: tuple[str, ...] = DEFAULT_FORMATS,
    rubric: Optional["Rubric"] = None,
    jobs: Optional[int] = None,
    max_bytes: Optional[int] = None,
    force: bool = False,
    quiet: bool = False,
    paths: Optional[list[Path]] = None,
    index: bool = True,
    genre: Optional[str] = None,
    check_first: Optional[int] = None,
    corrections: Optional["CorrectionSet"] = None,
) -> BatchResult:
    """Analyse every article ``inputs`` name (or exactly ``paths``) into ``out``."""
    folder = OutputFolder(out)
    folder.lock()
    try:
        articles = paths if paths is not None else expand_inputs(inputs, exclude=folder.root)
        if rubric is None:  # loaded once here, not once per article by the scoring
            from claimcheck.scoring import load_rubric

            rubric = load_rubric()
        built = engine.build()
        scoring = {k: v for k, v in {"genre": genre if genre != "auto" else None, "check_first": check_first,
                                     "corrections": corrections.digest if corrections else None}.items() if v is not None}
        fingerprint = engine_fingerprint(built.info, rubric, scoring)
        job = BatchJob(engine=engine, rubric=rubric, formats=formats, out_root=folder.root,
                       fingerprint=fingerprint, max_bytes=max_bytes, genre=genre, check_first=check_first,
                       corrections=corrections)
        keys = [article_key(p) for p in articles]
        tasks = _tasks_to_run(folder, articles, keys, job, force)
        result = BatchResult(out=folder.root, total=len(articles), skipped=len(articles) - len(tasks))
        if result.skipped and not quiet:
            print(f"claimcheck: {result.skipped} of {len(articles)} articles already done with this engine; "
                  "skipping them (--force to redo)", file=sys.stderr)
        workers = max(1, min(jobs or default_jobs(built.info.name), len(tasks)))
        progress = BatchProgress(len(tasks), skipped=result.skipped, quiet=quiet)

        def finished(outcome: ArticleOutcome) -> None:
            folder.record(outcome)
            failed = outcome.error is not None
            result.analysed += not failed
            result.failed += failed
            result.paragraphs += outcome.paragraphs
            if failed:
                result.failures.append((outcome.path, outcome.error or ""))
            elif outcome.partial:
                result.partial += 1
            progress.advance(outcome.paragraphs, failed)

        try:
            with progress:
                if workers == 1:
                    analyse = ArticleAnalyser(job, engine=built)
                    for task in tasks:
                        finished(analyse(task))
                else:
                    _run_in_pool(tasks, job, workers, finished)
        except (KeyboardInterrupt, EndpointError) as stop:
            # What finished is in the manifest: tabulate it, then stop.
            result.interrupted = True
            result.written = write_aggregates(folder, keys, engine_label(built.info), index=index)
            raise stop
        result.written = write_aggregates(folder, keys, engine_label(built.info), index=index)
        return result
    finally:
        folder.close()


def _tasks_to_run(folder: OutputFolder, articles: list[Path], keys: list[str], job: BatchJob,
                  force: bool) -> list[ArticleTask]:
    previous = {} if force else folder.latest_outcomes()
    tasks = []
    for path, key in zip(articles, keys):
        stamp = InputStamp.of(path)
        if not folder.is_done(previous.get(key), job.fingerprint, stamp, job.formats):
            tasks.append(ArticleTask(path=str(path), key=key, stamp=stamp))
    return tasks


def _pool_context():  # type: ignore[no-untyped-def]
    import multiprocessing

    # fork starts workers in milliseconds and shares the imported modules;
    # elsewhere (macOS, Windows) the platform default is the safe choice.
    return multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None


def _run_in_pool(tasks: list[ArticleTask], job: BatchJob, workers: int,
                 finished: Callable[[ArticleOutcome], None]) -> None:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    pending = deque(tasks)
    while pending:
        pool = ProcessPoolExecutor(workers, mp_context=_pool_context(), initializer=start_worker, initargs=(job,))
        in_flight: dict = {}
        try:
            while pending or in_flight:
                while pending and len(in_flight) < workers * _IN_FLIGHT_PER_WORKER:
                    task = pending.popleft()
                    in_flight[pool.submit(analyse_in_worker, task)] = task
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    outcome = future.result()  # BrokenProcessPool escapes to the handler below
                    del in_flight[future]
                    finished(outcome)
        except BrokenProcessPool:
            # One of the in-flight articles killed its worker, and the pool
            # with it; run each of them alone to find which.
            pool.shutdown(wait=True)
            for task in in_flight.values():
                finished(_run_alone(task, job))
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        finally:
            pool.shutdown(wait=True)


def _run_alone(task: ArticleTask, job: BatchJob) -> ArticleOutcome:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(1, mp_context=_pool_context(), initializer=start_worker, initargs=(job,)) as pool:
        try:
            return pool.submit(analyse_in_worker, task).result()
        except BrokenProcessPool:
            return ArticleOutcome(key=task.key, path=display_path(task.path), fingerprint=job.fingerprint,
                                  stamp=task.stamp, error=WORKER_DIED)


def write_aggregates(folder: OutputFolder, keys: list[str], engine: str, *, index: bool = True) -> list[Path]:
    """The tables, summary and index for the articles of ``keys``, in that order."""
    from claimcheck.batch.summary import render_summary, summarise
    from claimcheck.batch.tables import write_tables
    from claimcheck.output import write_atomic

    offsets_by_key = folder.latest_offsets(set(keys))
    offsets = [offsets_by_key[k] for k in dict.fromkeys(keys) if k in offsets_by_key]

    def outcomes() -> Iterable[ArticleOutcome]:
        return folder.outcomes_at(offsets)

    written: list[Path] = []

    def write(name: str, text: str) -> None:
        target = folder.contained(name)
        write_atomic(target, text)
        written.append(target)

    written += write_tables(outcomes, folder.root)
    corpus = summarise(outcomes())  # the corpus figures, once: summary.md and index.html both read them
    write("summary.md", render_summary(corpus, engine=engine))
    page = _write_index(folder, outcomes(), corpus) if index else None
    if page is not None:
        written.append(page)
    return written


def _write_index(folder: OutputFolder, outcomes: Iterable[ArticleOutcome], corpus: "CorpusSummary") -> Optional[Path]:
    try:
        from claimcheck.render.html import write_batch_index
    except ImportError:  # the HTML renderer is optional
        return None
    rows = []
    for outcome in outcomes:
        row = outcome.article or {}
        link = outcome.reports.get("html") or outcome.reports.get("markdown") or outcome.reports.get("json")
        rows.append({
            "path": outcome.path, "title": row.get("title"), "date": row.get("date"),
            "report_href": link, "score": row.get("score"), "rating": row.get("rating"),
            "claims": row.get("claims") or 0, "anonymous_only_share": row.get("anonymous_only_share"),
            "orphan_share": row.get("orphan_share"), "flags": row.get("flag_count") or 0, "error": outcome.error,
        })
    return Path(write_batch_index(rows, folder.root, months=corpus.monthly()))
