"""The stages in order: ingest -> extract -> roster -> score -> Report.

The CLI, ``batch`` and ``eval`` all go through here, so every report is made
the same way whichever engine filled it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from claimcheck import __version__
from claimcheck.article import Document, load
from claimcheck.engines import Engine, create_engine
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


def analyse_document(document: Document, engine: Engine, rubric: Optional[Rubric] = None, *,
                     genre: Optional[str] = None, check_first: Optional[int] = None) -> Report:
    """``genre`` overrides the genre detection; ``check_first`` how many claims to check first."""
    paragraphs = _checked(document, engine.analyse(document))
    sources = build_roster(paragraphs)
    summary = score_report(paragraphs, sources, rubric, meta=document.meta, genre=genre,
                           check_first_limit=check_first)
    return Report(
        tool=ToolInfo(version=__version__),
        article=document.meta,
        engine=engine.info,
        paragraphs=paragraphs,
        sources=sources,
        summary=summary,
        usage=engine.usage(),
    )


def analyse_path(path: str | Path, engine: Optional[Engine] = None, rubric: Optional[Rubric] = None,
                 **load_options: object) -> Report:
    document = load(str(path), **load_options)  # type: ignore[arg-type]
    return analyse_document(document, engine or create_engine("rules"), rubric)
