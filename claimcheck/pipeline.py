"""The stages in order: ingest -> extract -> charges -> roster -> (a fact-checker's corrections) -> score -> Report.

``claimcheck check``, ``claimcheck batch``, ``claimcheck eval`` and
:func:`claimcheck.analyse` make their reports here, so every report is made the
same way whichever engine filled it, and eval measures what users see.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from claimcheck import __version__
from claimcheck.article import Document
from claimcheck.charges import mark_charges
from claimcheck.engines import Engine
from claimcheck.model_build import construct
from claimcheck.schema import AppliedCorrection, Paragraph, Report, ToolInfo
from claimcheck.scoring import Rubric, score_report
from claimcheck.roster import build_roster

if TYPE_CHECKING:
    from claimcheck.corrections import CorrectionSet


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
                     genre: Optional[str] = None, check_first: Optional[int] = None,
                     corrections: Optional["CorrectionSet"] = None) -> Report:
    """The report of a loaded document; ``rubric`` None means the shipped one. ``genre`` overrides the genre
    detection, ``check_first`` how many claims to check first, and ``corrections`` (``--corrections``) fixes
    the roster and claims before they are scored."""
    paragraphs = _checked(document, engine.analyse(document))
    mark_charges(paragraphs)
    sources = build_roster(paragraphs)
    applied: list[AppliedCorrection] = []
    mine = corrections.for_article(document.meta.path, document.meta.sha256) if corrections else None
    if mine is not None:
        from claimcheck.corrections import apply_corrections

        applied, warnings = apply_corrections(paragraphs, sources, mine)
        document.meta.warnings.extend(warnings)
    summary = score_report(paragraphs, sources, rubric, meta=document.meta, genre=genre,
                           check_first_limit=check_first)
    # Every part is a model its stage built and validated (the engine's paragraphs against their text):
    # validating the whole again would only repeat that. (model_build.construct is what Report.model_construct
    # does for these fields, in less time: tests/test_model_build.py holds the two together.)
    return construct(Report, {
        "tool": ToolInfo(version=__version__),
        "article": document.meta,
        "engine": engine.info,
        "paragraphs": paragraphs,
        "sources": sources,
        "summary": summary,
        "usage": engine.usage(),
        "corrections": applied,
    })

