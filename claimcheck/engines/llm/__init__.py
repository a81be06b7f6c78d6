"""The llm engine: structured extraction over any OpenAI-compatible endpoint.

Importing this package is cheap: openai and instructor load only when an
:class:`LLMEngine` runs, so ``claimcheck --help`` and the rules engine
never import them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.engines.llm.config import LLMSettings, endpoint_configured

if TYPE_CHECKING:
    from claimcheck.engines.llm.engine import LLMEngine

__all__ = ["LLMEngine", "LLMSettings", "endpoint_configured"]


def __getattr__(name: str) -> object:
    if name == "LLMEngine":
        from claimcheck.engines.llm.engine import LLMEngine

        return LLMEngine
    raise AttributeError(name)
