"""Renderers: a :class:`~claimcheck.schema.Report` in, text out."""

from __future__ import annotations

from typing import Callable

from claimcheck.schema import Report

FORMATS = ("markdown", "json", "html")


def renderer(fmt: str) -> Callable[[Report], str]:
    if fmt == "markdown":
        from claimcheck.render.markdown import render
    elif fmt == "json":
        from claimcheck.render.json import render
    elif fmt == "html":
        from claimcheck.render.html import render
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return render

