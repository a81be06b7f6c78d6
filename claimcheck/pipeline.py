"""The stages in order: ingest -> extract -> roster -> score -> Report.

``claimcheck check``, ``claimcheck batch`` and :func:`claimcheck.analyse` make
their reports here, so every report is made the same way whichever engine
filled it. (``claimcheck eval`` runs the engine alone: it measures what the
engine found, before the roster and scoring.)
"""

from __future__ import annotations

from typing import Optional

from claimcheck import __version__
from claimcheck.article import Document
from claimcheck.engines import Engine
from claimcheck.schema import Paragraph, Report, ToolInfo
from claimcheck.scoring import Rubric, score_report
from claimcheck.roster import build_roster


def _checked(document: Document, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """An engine must account for every paragraph; one it lost is reported, not dropped."""
    by_index = {p.index: p for p in paragraphs}
    out: list[Paragraph] = []
    for index, text in enumerate(document.paragraphs, start=1):
        paragraph = by_index.get(index)
        if paragraph is None:
            paragraph = Paragraph(
                index=index,
                text=text,
                sentences=document.sentences[index - 1] if document.sentences else [],
                error="the engine returned no analysis for this paragraph",
            )
        out.append(paragraph)
    return out


def analyse_document(document: Document, engine: Engine, rubric: Optional[Rubric] = None) -> Report:
    """The report of a loaded document; ``rubric`` None means the shipped one."""
    paragraphs = _checked(document, engine.analyse(document))
    sources = build_roster(paragraphs)
    summary = score_report(paragraphs, sources, rubric)
    return Report(
        tool=ToolInfo(version=__version__),
        article=document.meta,
        engine=engine.info,
        paragraphs=paragraphs,
        sources=sources,
        summary=summary,
        usage=engine.usage(),
    )

