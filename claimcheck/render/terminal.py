"""The markdown report as a terminal shows it: rendered by rich (headings, tables, colour), no markdown escapes.

Only for a person at a terminal. Piped, or written with ``-o``, the report stays plain GitHub markdown,
byte for byte what :mod:`claimcheck.render.markdown` makes.
"""

from __future__ import annotations

import os
from typing import IO


def wants_terminal_view(stream: IO[str], color: str) -> bool:
    """``--color always`` forces the rendered view; otherwise only a terminal gets it."""
    if color == "always":
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def show(markdown_text: str, stream: IO[str], color: str = "auto") -> None:
    """Print the markdown report rendered for the terminal. ``NO_COLOR`` turns colour off unless ``always``."""
    from rich.console import Console
    from rich.markdown import Markdown

    no_color = color == "never" or (color == "auto" and bool(os.environ.get("NO_COLOR")))
    console = Console(file=stream, force_terminal=True if color == "always" else None, no_color=no_color,
                      color_system=None if no_color else "auto", highlight=False, soft_wrap=False)
    console.print(Markdown(markdown_text, hyperlinks=False))
