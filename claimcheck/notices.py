"""How claimcheck talks to people on stderr: one printer, one style.

``claimcheck: MESSAGE`` for notices (silenced by ``quiet``) and
``claimcheck: error: MESSAGE`` for errors (never silenced), one line each.
The command line and the batch runner both print through here; the
progress displays (:class:`ParagraphProgress` here, for an engine's
paragraphs in flight, and ``claimcheck.batch.progress``) are the other writers.
File names and anything else from the input are made printable
(:func:`claimcheck.errors.printable`): a name holding a terminal escape
sequence, a line break or a bidi override is shown, not obeyed.
"""

from __future__ import annotations

import sys
from typing import Any, Callable

from claimcheck.errors import printable


def say(message: str, quiet: bool = False) -> None:
    """A notice: what claimcheck chose or did, for the person at the terminal."""
    if not quiet:
        sys.stderr.write(f"claimcheck: {printable(message)}\n")
        sys.stderr.flush()


def error(message: str) -> None:
    """One line on stderr, the way every claimcheck error is shown."""
    say(f"error: {message}")


class ParagraphProgress:
    """A rich progress bar on stderr while an engine's paragraphs are in flight;
    silent when stderr is not a terminal. The CLI hands it to an engine that waits
    on calls (``progress=``) unless ``--quiet``: the engine only counts."""

    def __init__(self, total: int, label: str = "llm") -> None:
        self.total = total
        self.label = label
        self.bar: Any = None

    def __enter__(self) -> Callable[[int], None]:
        from rich.console import Console

        console = Console(stderr=True)
        if not console.is_terminal:
            return lambda n: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            TextColumn(self.label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console,
            transient=True,
        )
        self.bar.start()
        task = self.bar.add_task("paragraphs", total=self.total)
        return lambda n: self.bar.advance(task, n)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
