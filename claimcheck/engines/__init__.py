"""Extraction engines. Each turns a :class:`~claimcheck.article.Document` into
schema :class:`~claimcheck.schema.Paragraph` objects holding claims,
attributions and hedges, with spans verbatim and without scores or roster
ids: those belong to :mod:`claimcheck.roster` and :mod:`claimcheck.scoring`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

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


ENGINE_NAMES = ("auto", "rules", "llm")


def llm_endpoint_configured() -> bool:
    """Whether the user pointed claimcheck at an LLM endpoint (env vars or config file)."""
    # The settings module imports neither openai nor instructor, so asking costs no startup time.
    from claimcheck.engines.llm.config import endpoint_configured

    return endpoint_configured()


def resolve_engine_name(name: str, *, base_url_given: bool = False) -> str:
    """'auto' means llm when an endpoint is configured, else the offline rules engine."""
    if name != "auto":
        return name
    return "llm" if base_url_given or llm_endpoint_configured() else "rules"


def create_engine(name: str, **settings: object) -> Engine:
    """Build an engine by name; llm settings are passed through to its configuration."""
    if name == "rules":
        from claimcheck.engines.rules import RulesEngine

        return RulesEngine()
    if name == "llm":
        from claimcheck.engines.llm import LLMEngine
        from claimcheck.engines.llm.config import LLMSettings

        return LLMEngine(LLMSettings.resolve(**settings))
    from claimcheck.errors import UsageError

    raise UsageError(f"unknown engine {name!r}: choose one of {', '.join(ENGINE_NAMES)}")
