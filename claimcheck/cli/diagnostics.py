"""How the command line talks to people on stderr: one place, one style.

``claimcheck: MESSAGE`` for notices (silenced by ``--quiet``) and
``claimcheck: error: MESSAGE`` for errors (never silenced), one line each.
File names and anything else from the input are made printable
(:func:`claimcheck.errors.printable`): a name holding a terminal escape
sequence, a line break or a bidi override is shown, not obeyed.
"""

from __future__ import annotations

import typer

from claimcheck.errors import printable


def say(message: str, quiet: bool = False) -> None:
    """A notice: what claimcheck chose or did, for the person at the terminal."""
    if not quiet:
        typer.echo(f"claimcheck: {printable(message)}", err=True)


def error(message: str) -> None:
    """One line on stderr, the way every claimcheck error is shown."""
    typer.echo(f"claimcheck: error: {printable(message)}", err=True)
