"""``claimcheck batch``: analyse an archive, one report per article plus
corpus tables, resumably and in parallel.

The run, in order: lock the output folder; expand the inputs; skip every
article the manifest says is done with the same engine fingerprint (a
report made by an older version of the engine or of claimcheck is stale:
it is said, and run again unless ``keep_stale``); analyse
the rest (worker processes for the rules engine, the main process for the
llm engine, which runs its own concurrency per article); append each
outcome to the manifest as it ends; then write ``articles.csv``,
``sources.csv``, ``summary.md`` and ``index.html`` from the manifest, for
every input of this run.

A worker process that dies (a segfault, the OOM killer) breaks the pool;
the articles that were in flight are then run one at a time, each in a
fresh process, so only the one that kills its worker is listed with that
error and the others are reported as usual.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional

from claimcheck.batch.archives import FieldNames, Shard, expand_archives, iter_records, split_archive_inputs
from claimcheck.batch.inputs import Discovery, discover
from claimcheck.batch.progress import BatchProgress
from claimcheck.batch.store import (
    ArticleOutcome, InputStamp, OutputFolder, OutputLocation, article_key, display_path, output_folder,
)
from claimcheck.batch.worker import ArticleAnalyser, ArticleTask, BatchJob, EngineSpec, analyse_in_worker, start_worker
from claimcheck.errors import EndpointError, OutputError
from claimcheck.notices import say

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
    out: OutputLocation  # a Path, or the URL of a remote --out
    total: int = 0
    skipped: int = 0
    stale: int = 0
    analysed: int = 0
    failed: int = 0
    partial: int = 0
    paragraphs: int = 0
    interrupted: bool = False
    written: list[Any] = field(default_factory=list)  # Paths, or RemoteTargets for a remote --out
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped_entries: list[tuple[str, str]] = field(default_factory=list)  # not regular files: (path, what it is)
    found: int = 0  # every entry the inputs named, articles or not
    summary: str = ""  # where summary.md is, to tell the user


def engine_fingerprint(info: "EngineInfo", rubric: Optional["Rubric"], scoring: Optional[dict] = None) -> str:
    """Changes when a report made now could differ from one made before:
    another engine, model or prompt version, engine code (its version hashes
    it), claimcheck release or report-making code, rubric, or scoring option
    (genre, check-first, corrections)."""
    from claimcheck import __version__
    from claimcheck.versions import REPORT_CODE, content_hash

    material = {
        "engine": info.model_dump(mode="json"),
        "rubric": rubric.model_dump(mode="json") if rubric is not None else None,
        "claimcheck": __version__,
        "report_code": content_hash(REPORT_CODE),
    }
    if scoring:
        material["scoring"] = scoring
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()[:16]


def engine_identity(info: "EngineInfo") -> str:
    """The engine and model, without versions: what stays the same across an upgrade."""
    return f"{info.name}:{info.model}" if info.model else info.name


def engine_label(info: "EngineInfo") -> str:
    details = [f"model {info.model}" if info.model else "", f"prompt {info.prompt_version}" if info.prompt_version else "",
               f"version {info.version}" if info.version else ""]
    extra = ", ".join(d for d in details if d)
    return f"{info.name} ({extra})" if extra else info.name


def default_jobs(engine_name: str) -> int:
    """One process per CPU for an engine that computes; one for an engine that
    waits on the network and keeps its own concurrency (more processes would
    only multiply the load on the endpoint)."""
    from claimcheck.engines import engine_entry

    return engine_entry(engine_name).default_jobs()


def run_batch(
    inputs: list[str],
    out: OutputLocation,
    engine: EngineSpec,
    *,
    formats: tuple[str, ...] = DEFAULT_FORMATS,
    rubric: Optional["Rubric"] = None,
    jobs: Optional[int] = None,
    max_bytes: Optional[int] = None,
    force: bool = False,
    keep_stale: bool = False,
    quiet: bool = False,
    paths: Optional[list[Path]] = None,
    index: bool = True,
    genre: Optional[str] = None,
    check_first: Optional[int] = None,
    corrections: Optional["CorrectionSet"] = None,
    fields: FieldNames = FieldNames(),
    cluster: Optional[str] = None,
) -> BatchResult:
    """Analyse every article ``inputs`` name (or exactly ``paths``) into ``out``.

    Inputs ending in an archive suffix (``.jsonl``, ``.csv``, ``.parquet``,
    ``.warc.gz``...) are read record by record with ``fields`` naming the
    columns; ``cluster`` (``"local"`` or a scheduler address) runs the
    analysis on Dask instead of local worker processes."""
    folder = output_folder(out)
    folder.lock()
    try:
        archive_inputs, file_inputs = split_archive_inputs(inputs) if paths is None else ([], [])
        archives = expand_archives(archive_inputs)
        if paths is not None:
            discovery = Discovery(articles=list(paths))
        elif file_inputs or not archives:
            discovery = discover(file_inputs, exclude=folder.local_root)
        else:
            discovery = Discovery()
        articles = discovery.articles
        if rubric is None:  # loaded once here, not once per article by the scoring
            from claimcheck.scoring import load_rubric

            rubric = load_rubric()
        built = engine.build()
        scoring = {k: v for k, v in {"genre": genre if genre != "auto" else None, "check_first": check_first,
                                     "corrections": corrections.digest if corrections else None}.items() if v is not None}
        fingerprint = engine_fingerprint(built.info, rubric, scoring)
        job = BatchJob(engine=engine, rubric=rubric, formats=formats, out_root=folder.root,
                       fingerprint=fingerprint, max_bytes=max_bytes, engine_id=engine_identity(built.info),
                       engine_version=built.info.version, genre=genre, check_first=check_first,
                       corrections=corrections,
                       # a LocalCluster's workers share this machine's disk cache, which the checkpoint's syncfs flushes
                       sync_reports=cluster not in (None, "local"))
        resume = _Resume(folder, {} if force else folder.latest_outcomes(), job, keep_stale)
        keys = [article_key(p) for p in articles]
        tasks = _tasks_to_run(resume, articles, keys)
        archive_keys, archive_todo = _archive_records_to_run(resume, archives, fields)
        keys += archive_keys
        to_run = len(tasks) + sum(len(k) for k in archive_todo.values())
        result = BatchResult(out=folder.root, total=len(keys), skipped=len(keys) - to_run, stale=len(resume.stale),
                             skipped_entries=discovery.skipped, found=discovery.found + len(archive_keys),
                             summary=folder.shown("summary.md"))
        accounting = _Accounting(discovery, found=result.found)
        _say_stale(resume.stale, len(keys), built.info, keep_stale, quiet)
        if result.skipped:
            say(f"{result.skipped} of {len(keys)} articles already done with this engine; skipping them "
                "(--force to redo)", quiet)
        workers = max(1, min(jobs or default_jobs(built.info.name), to_run))
        progress = BatchProgress(to_run, skipped=result.skipped, quiet=quiet)

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

        # What could not even be opened (a folder without permission, a symlink loop) is a
        # failed article of this run like any other: in the manifest, the tables and the summary.
        for path, cause in discovery.unreadable:
            unreadable = Path(path)
            keys.append(article_key(unreadable))
            outcome = ArticleOutcome(key=keys[-1], path=display_path(path), fingerprint=fingerprint,
                                     error=cause, engine=job.engine_id, engine_version=job.engine_version)
            folder.record(outcome)
            result.total += 1
            result.failed += 1
            result.failures.append((outcome.path, outcome.error or ""))
        try:
            with progress:
                if cluster is not None:
                    from claimcheck.batch.cluster import run_on_dask

                    run_on_dask(cluster, tasks, archives, archive_todo, fields, job, finished, workers=jobs,
                                progress=progress, idle=folder.checkpoint_if_due)
                    stream: Iterator[ArticleTask] = iter(())
                else:
                    stream = _all_tasks(tasks, archives, archive_todo, fields)
                if workers == 1:
                    analyse = ArticleAnalyser(job, engine=built)
                    for task in stream:
                        finished(analyse(task))
                else:
                    _run_in_pool(stream, job, workers, finished, idle=folder.checkpoint_if_due)
        except (KeyboardInterrupt, EndpointError) as stop:
            # What finished is in the manifest: tabulate it, then stop.
            result.interrupted = True
            accounting.stopped = "interrupted" if isinstance(stop, KeyboardInterrupt) else str(stop)
            result.written = write_aggregates(folder, keys, engine_label(built.info), index=index,
                                              accounting=accounting)
            raise stop
        except OutputError as stop:
            # A full or read-only folder: tabulate what finished if it still takes the tables
            # (each is written whole or not at all), then stop with the first cause.
            result.interrupted = True
            accounting.stopped = str(stop)
            try:
                result.written = write_aggregates(folder, keys, engine_label(built.info), index=index,
                                                  accounting=accounting)
            except OutputError:
                pass
            raise
        result.written = write_aggregates(folder, keys, engine_label(built.info), index=index, accounting=accounting)
        return result
    finally:
        folder.close()


@dataclass
class _Resume:
    """What the manifest says is done: an article runs unless its latest
    outcome stands for this run, or is stale and ``keep_stale`` keeps it."""

    folder: OutputFolder
    previous: dict[str, ArticleOutcome]
    job: BatchJob
    keep_stale: bool
    stale: list[ArticleOutcome] = field(default_factory=list)

    def needs_run(self, key: str, stamp: Optional[InputStamp]) -> bool:
        outcome, job = self.previous.get(key), self.job
        if self.folder.is_done(outcome, job.fingerprint, stamp, job.formats):
            return False
        if outcome is not None and self.folder.is_stale(outcome, job.engine_id, stamp, job.formats):
            self.stale.append(outcome)
            return not self.keep_stale
        return True


def _tasks_to_run(resume: _Resume, articles: list[Path], keys: list[str]) -> list[ArticleTask]:
    tasks = []
    for path, key in zip(articles, keys):
        stamp = InputStamp.of(path)
        if resume.needs_run(key, stamp):
            tasks.append(ArticleTask(path=str(path), key=key, stamp=stamp))
    return tasks


def _say_stale(stale: list[ArticleOutcome], total: int, info: "EngineInfo", keep_stale: bool, quiet: bool) -> None:
    if not stale:
        return
    older = sorted({o.engine_version or "unrecorded" for o in stale if o.engine_version != info.version})
    made_by = f" (version {', '.join(older[:3])}{' ...' if len(older) > 3 else ''}; now {info.version})" if older else ""
    what = (f"{len(stale)} of {total} reports were made by an older {info.name} engine, claimcheck or rubric"
            f"{made_by}")
    say(f"{what}; keeping them (--keep-stale)" if keep_stale else f"{what}; making them again (--keep-stale keeps them)",
        quiet)


def _archive_records_to_run(resume: _Resume, archives: list[str],
                            fields: FieldNames) -> tuple[list[str], dict[Shard, set[str]]]:
    """A first pass over the archives, holding only keys: every record's key
    (for the tables' order), and, by shard, those not done yet. The texts are
    read again, record by record, when they are analysed."""
    keys: list[str] = []
    todo: dict[Shard, set[str]] = {}
    for record in iter_records(archives, fields):
        key = record.key
        keys.append(key)
        if resume.needs_run(key, record.stamp):
            todo.setdefault(record.shard, set()).add(key)
    return keys, todo


def _all_tasks(tasks: list[ArticleTask], archives: list[str], todo: dict[Shard, set[str]],
               fields: FieldNames) -> Iterator[ArticleTask]:
    yield from tasks
    if todo:
        for record in iter_records(archives, fields):
            if record.key in todo.get(record.shard, ()):
                yield record_task(record)


def record_task(record) -> ArticleTask:  # type: ignore[no-untyped-def]
    return ArticleTask(path=record.path, key=record.key, stamp=record.stamp, record=record)


def _pool_context():  # type: ignore[no-untyped-def]
    import multiprocessing

    # fork starts workers in milliseconds and shares the imported modules;
    # elsewhere (macOS, Windows) the platform default is the safe choice.
    return multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None


def _run_in_pool(tasks: Iterable[ArticleTask], job: BatchJob, workers: int,
                 finished: Callable[[ArticleOutcome], None], idle: Callable[[], None] = lambda: None) -> None:
    """Tasks are drawn from ``tasks`` only as workers free up, so an archive's
    texts are never all in memory at once. ``idle`` is called at least every
    ``CHECKPOINT_SECONDS`` while workers are busy."""
    from claimcheck.batch.store import CHECKPOINT_SECONDS

    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    stream = iter(tasks)
    pending: deque[ArticleTask] = deque()

    def more() -> bool:
        if not pending:
            task = next(stream, None)
            if task is None:
                return False
            pending.append(task)
        return True

    while more():
        pool = ProcessPoolExecutor(workers, mp_context=_pool_context(), initializer=start_worker, initargs=(job,))
        in_flight: dict = {}
        try:
            while more() or in_flight:
                while len(in_flight) < workers * _IN_FLIGHT_PER_WORKER and more():
                    task = pending.popleft()
                    in_flight[pool.submit(analyse_in_worker, task)] = task
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED, timeout=CHECKPOINT_SECONDS)
                idle()
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
                                  stamp=task.stamp, error=WORKER_DIED, engine=job.engine_id,
                                  engine_version=job.engine_version)


@dataclass
class _Accounting:
    """What the summary says besides the manifest's outcomes: what the inputs held that is not
    an article, and whether the run stopped before the end."""

    discovery: Discovery
    found: int = 0  # files and archive records
    stopped: Optional[str] = None


def write_aggregates(folder: OutputFolder, keys: list[str], engine: str, *, index: bool = True,
                     accounting: Optional[_Accounting] = None) -> list[Any]:
    """The tables, summary and index for the articles of ``keys``, in that order."""
    from claimcheck.batch.summary import render_summary, summarise
    from claimcheck.batch.tables import write_tables
    from claimcheck.output import write_atomic

    folder.checkpoint()  # every finished article's line in the manifest before it is read
    offsets_by_key = folder.latest_offsets(set(keys))
    offsets = [offsets_by_key[k] for k in dict.fromkeys(keys) if k in offsets_by_key]

    def outcomes() -> Iterable[ArticleOutcome]:
        return folder.outcomes_at(offsets)

    written: list[Any] = []

    def write(name: str, text: str) -> None:
        target = folder.contained(name)
        write_atomic(target, text)
        written.append(target)

    written += write_tables(outcomes, folder)
    corpus = summarise(outcomes())  # the corpus figures, once: summary.md and index.html both read them
    if accounting is not None:
        corpus.found = accounting.found
        corpus.skipped = list(accounting.discovery.skipped)
        corpus.not_reached = len(set(keys)) - len(offsets) if accounting.stopped else 0
        corpus.stopped = accounting.stopped
    write("summary.md", render_summary(corpus, engine=engine))
    if index:
        written.append(_write_index(folder, outcomes(), corpus))
    return written


def _write_index(folder: OutputFolder, outcomes: Iterable[ArticleOutcome], corpus: "CorpusSummary") -> Any:
    from claimcheck.output import write_atomic
    from claimcheck.render.html import render_batch_index

    rows = []
    for outcome in outcomes:
        row = outcome.article or {}
        link = outcome.reports.get("html") or outcome.reports.get("markdown") or outcome.reports.get("json")
        rows.append({
            "path": outcome.path, "title": row.get("title"), "date": row.get("date"), "outlet": row.get("outlet"),
            "report_href": link, "score": row.get("score"), "rating": row.get("rating"),
            "claims": row.get("claims") or 0, "anonymous_only_share": row.get("anonymous_only_share"),
            "orphan_share": row.get("orphan_share"), "flags": row.get("flag_count") or 0, "error": outcome.error,
        })
    # The report links are relative to the folder already, so the page reads the same wherever it is.
    page = render_batch_index(rows, folder.local_root or Path("."), months=corpus.monthly(),
                              outlet_months=corpus.by_outlet_month())
    target = folder.contained("index.html")
    write_atomic(target, page)
    return target
