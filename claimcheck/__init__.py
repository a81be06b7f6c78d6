"""claimcheck: read a news article and show, claim by claim, who says so and how firmly.

The library in one call::

    import claimcheck

    report = claimcheck.analyse("article.txt")               # a file: .txt, .md or .html
    report = claimcheck.analyse("The mayor said it would close.")  # or the text itself
    report.summary.rating, report.summary.score

:func:`analyse` returns a :class:`Report`, the pydantic model that the JSON
report serialises (``report.model_dump_json()``). Everything else is
reached through the modules named in docs/architecture.md. ``import
claimcheck`` imports nothing heavy: the names below load on first use, and
the llm engine's libraries (openai, instructor) only when that engine is
built.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

__version__ = "0.1.0"

__all__ = ["__version__", "analyse", "Report", "Rubric", "load_rubric", "ClaimcheckError"]

if TYPE_CHECKING:
    from claimcheck.engines import Engine
    from claimcheck.errors import ClaimcheckError
    from claimcheck.schema import Report
    from claimcheck.scoring import Rubric, load_rubric

# name -> module it lives in, imported on first access (PEP 562)
_LAZY = {
    "Report": "claimcheck.schema",
    "Rubric": "claimcheck.scoring",
    "load_rubric": "claimcheck.scoring",
    "ClaimcheckError": "claimcheck.errors",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")


def build_kind() -> str:
    """``"compiled"`` for an install whose hot modules mypyc compiled (``CLAIMCHECK_COMPILE=1`` at install time,
    hatch_build.py), ``"pure"`` otherwise: the record the build wrote into the package says which."""
    return str(build_record().get("kind", "pure"))


def build_record() -> dict[str, Any]:
    """What the opt-in compiled build recorded (the modules compiled, or why the build stayed pure); ``{}`` for
    the ordinary pure-Python install and the source tree."""
    try:
        with open(os.path.join(os.path.dirname(__file__), "_build.json"), encoding="utf-8") as handle:
            text = handle.read()
    except OSError:
        return {}  # the ordinary install: no record, and no json import on `claimcheck --version`
    import json

    try:
        record = json.loads(text)
    except ValueError:
        return {}
    return record if isinstance(record, dict) else {}


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def analyse(
    text_or_path: Union[str, "os.PathLike[str]"],
    engine: Union[str, "Engine"] = "rules",
    rubric: Union["Rubric", str, "os.PathLike[str]", None] = None,
    **engine_settings: Any,
) -> "Report":
    """The sourcing report of one article.

    ``text_or_path``: a path (any ``os.PathLike``, or a ``str`` without a
    line break that names an existing file) is read like ``claimcheck
    FILE``; any other ``str`` is the article's text. ``engine``: a name from
    :mod:`claimcheck.engines` (``"rules"``, the offline default; ``"llm"``;
    ``"auto"``) or an engine object; ``engine_settings`` (``model=``,
    ``base_url=`` ...) go to an engine that takes endpoint settings.
    ``rubric``: a :class:`Rubric`, a TOML file overriding the weights, or
    None for the shipped rubric.

    Raises :class:`ClaimcheckError` (``InputError``, ``UsageError``,
    ``EndpointError``) on input or settings claimcheck cannot use.
    """
    from claimcheck.article import from_text, load
    from claimcheck.engines import resolve_engine
    from claimcheck.pipeline import analyse_document
    from claimcheck.scoring import Rubric, load_rubric

    if isinstance(engine, str):
        chosen = resolve_engine(engine, base_url_given=engine_settings.get("base_url") is not None)
        engine = chosen.entry.build(engine_settings)
    weights = rubric if isinstance(rubric, Rubric) else load_rubric(Path(rubric) if rubric is not None else None)
    if isinstance(text_or_path, os.PathLike) or ("\n" not in text_or_path and os.path.isfile(text_or_path)):
        document = load(os.fspath(text_or_path))
    else:
        document = from_text(text_or_path)
    return analyse_document(document, engine, weights)
