"""Analysing one article of a batch: read, analyse, write its reports, hand
back its table rows. Runs in the worker processes (or in the main process
with ``--jobs 1``); whatever goes wrong with one article comes back as its
error, never as an exception that would stop the others. The exceptions are
an EndpointError (endpoint unreachable, key refused, model unknown) and an
OutputError (the output folder is full, read-only or not ours to write):
those are not about the article, so they stop the batch."""

from __future__ import annotations

import os
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional

from claimcheck.batch.archives import ArchiveRecord, record_document
from claimcheck.batch.rows import article_row, source_rows
from claimcheck.batch.store import ArticleOutcome, InputStamp, OutputLocation, display_path, output_folder
from claimcheck.errors import ClaimcheckError, EndpointError, OutputError

if TYPE_CHECKING:
    from claimcheck.engines import Engine
    from claimcheck.corrections import CorrectionSet
    from claimcheck.scoring import Rubric


@dataclass(frozen=True)
class EngineSpec:
    """How to build the engine, picklable so each worker builds its own."""

    factory: Callable[..., "Engine"]
    settings: dict[str, Any] = field(default_factory=dict)

    def build(self) -> "Engine":
        return self.factory(**self.settings)


@dataclass(frozen=True)
class BatchJob:
    """Everything a worker needs besides the article itself."""

    engine: EngineSpec
    rubric: Optional["Rubric"]
    formats: tuple[str, ...]
    out_root: OutputLocation  # a Path, or a remote --out's URL
    fingerprint: str
    max_bytes: Optional[int] = None
    engine_id: Optional[str] = None  # see claimcheck.batch.engine_identity
    engine_version: Optional[str] = None
    genre: Optional[str] = None
    check_first: Optional[int] = None
    corrections: Optional["CorrectionSet"] = None
    # fsync each report: where the workers are other machines, whose caches the manifest's checkpoint
    # (one syncfs here) cannot reach; see claimcheck.batch.store
    sync_reports: bool = False


@dataclass(frozen=True)
class ArticleTask:
    path: str
    key: str
    stamp: Optional[InputStamp]
    record: Optional[ArchiveRecord] = None  # an article of an archive, read already; else ``path`` is read


class ArticleAnalyser:
    """Holds one engine and the open output folder for many articles."""

    def __init__(self, job: BatchJob, engine: Optional["Engine"] = None) -> None:
        from claimcheck.render import renderer

        self.job = job
        self.engine = engine if engine is not None else job.engine.build()
        self.folder = output_folder(job.out_root)
        self.renderers = {fmt: renderer(fmt) for fmt in job.formats}

    def __call__(self, task: ArticleTask) -> ArticleOutcome:
        outcome = ArticleOutcome(key=task.key, path=display_path(task.path), fingerprint=self.job.fingerprint,
                                 stamp=task.stamp, engine=self.job.engine_id,
                                 engine_version=self.job.engine_version)
        try:
            self._analyse(task, outcome)
        except (EndpointError, OutputError):
            raise  # the endpoint or the output folder fails us: every other article would fail alike
        except ClaimcheckError as exc:
            outcome.error = str(exc)
        except Exception as exc:  # a bug on one article must not cost the others
            outcome.error = f"internal error: {type(exc).__name__}: {exc}"
        if outcome.error is not None:
            outcome.article = None
            outcome.sources = []
        return outcome

    def _analyse(self, task: ArticleTask, outcome: ArticleOutcome) -> None:
        from claimcheck.article import DEFAULT_MAX_BYTES, load
        from claimcheck.output import write_atomic
        from claimcheck.pipeline import analyse_document

        max_bytes = DEFAULT_MAX_BYTES if self.job.max_bytes is None else self.job.max_bytes
        if task.record is not None:
            document = record_document(task.record, max_bytes)
        else:
            document = load(task.path, max_bytes=max_bytes)
        document.meta.path = outcome.path
        report = analyse_document(document, self.engine, self.job.rubric, genre=self.job.genre,
                                  check_first=self.job.check_first, corrections=self.job.corrections)
        for fmt, render in self.renderers.items():
            target = self.folder.report_path(task.key, fmt)
            write_atomic(target, render(report), durable=self.job.sync_reports)
            outcome.reports[fmt] = self.folder.relative(target)
        link = next(iter(outcome.reports.values()), None)
        outcome.article = article_row(report, link)
        outcome.sources = source_rows(report)
        outcome.paragraphs = len(report.paragraphs)
        outcome.partial = report.partial


# ------------------------------------------------------------ worker processes

_worker: Optional[ArticleAnalyser] = None
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker when the batch process dies
    (kill -9, OOM): an orphaned worker would otherwise wait forever."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # no prctl: the worker is left to finish its article
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def start_worker(job: BatchJob) -> None:
    """Process-pool initializer: Ctrl-C is the main process's to handle."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    _worker = ArticleAnalyser(job)
    from claimcheck.gc_policy import tune_for_analysis

    tune_for_analysis()  # a worker process is claimcheck's own, and now loaded: see claimcheck.gc_policy


def analyse_in_worker(task: ArticleTask) -> ArticleOutcome:
    assert _worker is not None, "start_worker did not run"
    return _worker(task)
