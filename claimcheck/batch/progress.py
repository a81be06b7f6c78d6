"""The batch progress display on stderr: a bar with rate and ETA on a
terminal, a plain line every few seconds when stderr is a file or a pipe
(a log should say how far a night's run got), nothing with ``--quiet``."""

from __future__ import annotations

import sys
import time
from typing import Any, Optional, TextIO

_LOG_EVERY_SECONDS = 10.0


def _eta(seconds: Optional[float]) -> str:
    if seconds is None:
        return "?"
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class BatchProgress:
    def __init__(self, total: int, *, skipped: int = 0, quiet: bool = False, stream: Optional[TextIO] = None) -> None:
        self.total = total
        self.skipped = skipped
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.done = 0
        self.failed = 0
        self.paragraphs = 0
        # Finished on a Dask worker, not yet back in this process (its partition is still running): shown, and
        # replaced by the real outcomes when the partition returns.
        self._ahead_articles = 0
        self._ahead_paragraphs = 0
        self.started = time.monotonic()
        self._last_log = self.started
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> "BatchProgress":
        if self.quiet or self.total == 0:
            return self
        from rich.console import Console

        console = Console(file=self.stream)
        if console.is_terminal:
            from rich.progress import (
                BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn("articles"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[failed]}"),
                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=console, transient=False,
            )
            self._bar.start()
            self._task = self._bar.add_task("batch", total=self.total, rate="", failed="")
        return self

    def advance(self, paragraphs: int, failed: bool) -> None:
        self.done += 1
        self.failed += int(failed)
        self.paragraphs += paragraphs
        self._show()

    def ahead(self, articles: int, paragraphs: int) -> None:
        """Articles workers have finished whose outcomes have not come back yet (see cluster.py)."""
        if (articles, paragraphs) == (self._ahead_articles, self._ahead_paragraphs):
            return
        self._ahead_articles, self._ahead_paragraphs = articles, paragraphs
        self._show()

    def _show(self) -> None:
        if self.quiet:
            return
        if self._bar is not None:
            self._bar.update(self._task, completed=min(self.done + self._ahead_articles, self.total),
                             rate=self.rate_text(), failed=f"{self.failed} failed" if self.failed else "")
        elif time.monotonic() - self._last_log >= _LOG_EVERY_SECONDS:
            self._last_log = time.monotonic()
            self.stream.write(f"claimcheck: {self.line()}\n")
            self.stream.flush()

    def rate(self) -> tuple[float, float]:
        """Articles and paragraphs per second so far."""
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return (self.done + self._ahead_articles) / elapsed, (self.paragraphs + self._ahead_paragraphs) / elapsed

    def rate_text(self) -> str:
        articles, paragraphs = self.rate()
        return f"{articles:.1f} art/s, {paragraphs:.0f} ¶/s"

    def eta_seconds(self) -> Optional[float]:
        articles_per_second, _ = self.rate()
        if not self.shown_done or articles_per_second <= 0:
            return None
        return max(self.total - self.shown_done, 0) / articles_per_second

    @property
    def shown_done(self) -> int:
        return min(self.done + self._ahead_articles, self.total)

    def line(self) -> str:
        failed = f", {self.failed} failed" if self.failed else ""
        return f"{self.shown_done}/{self.total} articles{failed}, {self.rate_text()}, ETA {_eta(self.eta_seconds())}"

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
