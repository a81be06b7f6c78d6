"""The lines claimcheck prints on stderr: errors and diagnostics, one line
each, with file names and anything else taken from the input made printable
(:func:`claimcheck.errors.printable`), so a name holding a terminal escape
sequence or a line break is shown, not obeyed."""

from __future__ import annotations

import typer

from claimcheck.errors import printable


def error(message: str) -> None:
    """One line on stderr, the way every claimcheck error is shown."""
    typer.echo(f"claimcheck: error: {printable(message)}", err=True)


def say(message: str, quiet: bool = False) -> None:
    """A diagnostic line (a warning, progress, what was written); silenced by ``-q``."""
    if not quiet:
        typer.echo(f"claimcheck: {printable(message)}", err=True)
