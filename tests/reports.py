"""Whole reports of short invented articles through the rules engine, and lookups into them, for the tests
that read the roster's joins and types (test_coreference, test_source_identity)."""

from __future__ import annotations

from claimcheck.article import from_text
from claimcheck.engines import create_engine
from claimcheck.pipeline import analyse_document

ENGINE = create_engine("rules")


def report_of(text: str):
    return analyse_document(from_text(text, path="story.txt"), ENGINE)


def attributions(report):
    return [a for p in report.paragraphs for a in p.attributions]


def the(report, source: str):
    """The one attribution whose source is ``source``; fails, listing the sources, otherwise."""
    found = [a for a in attributions(report) if a.source == source]
    assert len(found) == 1, [a.source for a in attributions(report)]
    return found[0]


def entry(report, attribution):
    """The roster entry an attribution was joined to."""
    return next(s for s in report.sources if s.id == attribution.source_id)
