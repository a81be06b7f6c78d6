"""Extraction engines. Each turns a :class:`~claimcheck.article.Document` into
schema :class:`~claimcheck.schema.Paragraph` objects holding claims,
attributions and hedges, with spans verbatim and without scores or roster
ids: those belong to :mod:`claimcheck.sources` and :mod:`claimcheck.scoring`.
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
