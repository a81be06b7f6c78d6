"""How the command line talks to people on stderr: one place, one style.

``claimcheck: MESSAGE`` for notices (silenced by ``--quiet``) and
``claimcheck: error: MESSAGE`` for errors (never silenced), one line each.
"""

from __future__ import annotations

import typer


def say(message: str, quiet: bool = False) -> None:
    """A notice: what claimcheck chose or did, for the person at the terminal."""
    if not quiet:
        typer.echo(f"claimcheck: {message}", err=True)


def error(message: str) -> None:
    """One line on stderr, the way every claimcheck error is shown."""
    typer.echo(f"claimcheck: error: {message}", err=True)
