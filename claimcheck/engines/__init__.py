"""Extraction engines, and the registry that names them.

Each engine turns a :class:`~claimcheck.article.Document` into schema
:class:`~claimcheck.schema.Paragraph` objects holding claims, attributions and
hedges, with spans verbatim and without scores or roster ids: those belong to
:mod:`claimcheck.roster` and :mod:`claimcheck.scoring`.

The registry is the one place that knows which engines exist and what each
needs: whether it reads the endpoint settings (``--model``, ``--base-url``
...), whether batch may run it in one worker process per CPU, when ``auto``
picks it, and which files its version hashes. The CLI, ``batch`` and
``eval`` read an :class:`EngineEntry`; none of them names an engine. Adding
an engine is one :func:`register` call here and its own package.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Protocol

if TYPE_CHECKING:
    from claimcheck.article import Document
    from claimcheck.schema import EngineInfo, Paragraph, Usage


class Engine(Protocol):
    info: "EngineInfo"

    def analyse(self, document: "Document") -> list["Paragraph"]:
        """One Paragraph per document paragraph, in order; a paragraph that
        could not be analysed carries ``error`` instead of being left out."""
        ...

    def usage(self) -> "Usage | None":
        """What the calls of the last run cost; None for engines that make none."""
        ...


AUTO = "auto"


@dataclass(frozen=True)
class EngineEntry:
    """What the rest of claimcheck needs to know about one engine."""

    name: str
    # Builds the engine; gets the endpoint settings only when ``takes_endpoint``, with
    # ``progress``, the CLI's display of paragraphs in flight, when the CLI shows one.
    factory: Callable[..., Engine]
    # Files (relative to the claimcheck package) whose content hash is part of the engine's version.
    code: tuple[str, ...]
    # Reads the endpoint settings (--model, --base-url, --mode, ...) and may need a reachable endpoint.
    takes_endpoint: bool = False
    # Pure computation: batch runs one worker process per CPU. An engine that waits on
    # the network runs in one process and keeps its own concurrency.
    processes: bool = True
    # For ``auto``: whether the user set this engine up (given whether --base-url was passed).
    configured: Optional[Callable[[bool], bool]] = None
    # What ``auto`` says when it passes this engine over.
    not_configured: str = ""
    # The recorded answers that replay this engine on a gold file, for ``eval``.
    eval_replay: Optional[Callable[[Path], Optional[Path]]] = None
    # How notices name it: "offline rules engine".
    description: str = ""

    def default_jobs(self) -> int:
        return (os.cpu_count() or 1) if self.processes else 1

    def build(self, settings: Optional[dict[str, Any]] = None) -> Engine:
        return self.factory(**(settings or {})) if self.takes_endpoint else self.factory()

    def version(self) -> str:
        from claimcheck.versions import engine_version

        return engine_version(self.name, self.code)


@dataclass(frozen=True)
class Resolution:
    """The engine ``auto`` (or a name) stands for, and what to tell the user about the choice."""

    entry: EngineEntry
    notices: tuple[str, ...] = ()


_REGISTRY: dict[str, EngineEntry] = {}
DEFAULT_ENGINE = "rules"


def register(entry: EngineEntry) -> EngineEntry:
    """Make ``entry`` known to the CLI, batch and eval by its name."""
    if entry.name == AUTO:
        raise ValueError(f"{AUTO!r} is not an engine name: it means 'pick one'")
    _REGISTRY[entry.name] = entry
    return entry


def unregister(name: str) -> None:
    _REGISTRY.pop(name, None)


def engine_names() -> tuple[str, ...]:
    """The registered engines, in the order ``auto`` tries them."""
    return tuple(_REGISTRY)


def choices() -> tuple[str, ...]:
    return (AUTO, *_REGISTRY)


def engine_entry(name: str) -> EngineEntry:
    try:
        return _REGISTRY[name]
    except KeyError:
        from claimcheck.errors import UsageError

        raise UsageError(f"unknown engine {name!r}: choose one of {', '.join(choices())}") from None


def resolve_engine(name: str, *, base_url_given: bool = False) -> Resolution:
    """``auto`` is the first engine the user configured (an LLM endpoint, say), else the offline default."""
    if name != AUTO:
        return Resolution(engine_entry(name))
    passed_over = []
    for entry in _REGISTRY.values():
        if entry.configured is None:
            continue
        if entry.configured(base_url_given):
            return Resolution(entry)
        if entry.not_configured:
            passed_over.append(entry.not_configured)
    default = engine_entry(DEFAULT_ENGINE)
    notices = tuple(f"{reason}; using the {default.description or default.name + ' engine'}" for reason in passed_over)
    return Resolution(default, notices)


def create_engine(name: str, **settings: Any) -> Engine:
    """Build an engine by name; endpoint settings reach only an engine that takes them."""
    return engine_entry(name).build(settings)


# ------------------------------------------------------------ the engines claimcheck ships


def _rules_engine() -> Engine:
    from claimcheck.engines.rules import RulesEngine

    return RulesEngine()


def _llm_engine(*, cassette: Optional[Path] = None, progress: Any = None, **settings: Any) -> Engine:
    from claimcheck.engines.llm import LLMEngine
    from claimcheck.engines.llm.config import LLMSettings

    if cassette is not None:  # a replay sends the recorded requests: the settings it was recorded with
        from claimcheck.engines.llm.replay import recorded_settings

        recorded = recorded_settings(Path(cassette))
        settings = {**settings, **{k: v for k, v in recorded.items() if settings.get(k) is None}}
    return LLMEngine(LLMSettings.resolve(**settings), cassette=cassette, progress=progress)


def _llm_configured(base_url_given: bool) -> bool:
    # The settings module imports neither openai nor instructor, so asking costs no startup time.
    from claimcheck.engines.llm.config import endpoint_configured

    return base_url_given or endpoint_configured()


def _llm_eval_cassette(gold: Path) -> Optional[Path]:
    from claimcheck.engines.llm.replay import eval_cassette

    return eval_cassette(gold)


register(EngineEntry(
    # besides its own package, the ingest modules whose rules it reads: no source in a dateline (metadata.py),
    # an embedded post's signature (embeds.py), the quote marks (marks.py), an interview's turn labels (turns.py),
    # the calendar's words (calendar.py)
    name="rules", factory=_rules_engine,
    code=("engines/rules", "article/metadata.py", "article/embeds.py", "article/marks.py",
          "article/turns.py", "article/calendar.py"),
    description="offline rules engine",
))
register(EngineEntry(
    name="llm", factory=_llm_engine, code=("engines/llm",), takes_endpoint=True, processes=False,
    configured=_llm_configured, not_configured="no LLM endpoint configured (OPENAI_API_KEY / OPENAI_BASE_URL)",
    eval_replay=_llm_eval_cassette, description="llm engine",
))