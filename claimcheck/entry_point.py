"""The ``claimcheck`` console script.

``claimcheck --version`` is answered here, before the command line (typer,
click, rich) is imported: scripts and package managers call it to check an
install, and it should cost little more than starting Python. Everything
else goes to :func:`claimcheck.cli.main`.
"""

from __future__ import annotations

import sys

_VERSION_FLAGS = (["--version"], ["-V"])


def main() -> None:
    if sys.argv[1:] in _VERSION_FLAGS:
        from claimcheck import __version__, build_kind

        compiled = " (compiled)" if build_kind() == "compiled" else ""
        sys.stdout.write(f"claimcheck {__version__}{compiled}\n")
        return
    from claimcheck.cli import main as cli_main

    cli_main()
