"""How the command line talks to people on stderr: one place, one style.

``claimcheck: MESSAGE`` for notices (silenced by ``--quiet``) and
``claimcheck: error: MESSAGE`` for errors (never silenced), one line each.
File names and anything else from the input are made printable
(:func:`claimcheck.errors.printable`): a name holding a terminal escape
sequence, a line break or a bidi override is shown, not obeyed.
Log records (an engine's retries, re-asks, cache use) are shown the same
way; the command line alone decides how much of them to show: library code
never sets a logger's level.
"""

from __future__ import annotations

import logging

import typer

from claimcheck.errors import printable


def say(message: str, quiet: bool = False) -> None:
    """A notice: what claimcheck chose or did, for the person at the terminal."""
    if not quiet:
        typer.echo(f"claimcheck: {printable(message)}", err=True)


def error(message: str) -> None:
    """One line on stderr, the way every claimcheck error is shown."""
    typer.echo(f"claimcheck: error: {printable(message)}", err=True)


class _Notices(logging.Handler):
    """Log records as notices, on whatever stderr is at the time."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            say(record.getMessage())
        except Exception:  # a broken stderr must not turn a log call into a crash
            self.handleError(record)


# instructor logs every failed attempt at ERROR; claimcheck's own records say it once, in
# the user's terms. -vv shows theirs too.
_LIBRARIES = ("instructor", "openai", "httpx")


def configure_logging(*, verbose: int = 0, quiet: bool = False) -> None:
    """-v shows retries, re-asks and cache use; warnings show unless --quiet; -vv adds the libraries' own."""
    logger = logging.getLogger("claimcheck")
    logger.setLevel(logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING)
    for library in _LIBRARIES:
        logging.getLogger(library).setLevel(logging.DEBUG if verbose >= 2 else logging.CRITICAL)
    if not any(isinstance(h, _Notices) for h in logger.handlers):
        logger.addHandler(_Notices())
