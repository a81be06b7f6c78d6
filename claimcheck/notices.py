"""How claimcheck talks to people on stderr: one printer, one style.

``claimcheck: MESSAGE`` for notices (silenced by ``quiet``) and
``claimcheck: error: MESSAGE`` for errors (never silenced), one line each.
The command line and the batch runner both print through here; the
progress display (``claimcheck.batch.progress``) is the one other writer.
File names and anything else from the input are made printable
(:func:`claimcheck.errors.printable`): a name holding a terminal escape
sequence, a line break or a bidi override is shown, not obeyed.
"""

from __future__ import annotations

import sys

from claimcheck.errors import printable


def say(message: str, quiet: bool = False) -> None:
    """A notice: what claimcheck chose or did, for the person at the terminal."""
    if not quiet:
        sys.stderr.write(f"claimcheck: {printable(message)}\n")
        sys.stderr.flush()


def error(message: str) -> None:
    """One line on stderr, the way every claimcheck error is shown."""
    say(f"error: {message}")
