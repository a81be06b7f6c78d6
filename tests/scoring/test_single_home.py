"""Scoring decides a claim's orphan status once; markdown, HTML and JSON only read it (issue 13)."""

import json

from builders import attribution, claim, paragraph
from claimcheck.render import renderer
from claimcheck.roster import build_roster
from claimcheck.schema import ArticleMeta, EngineInfo, Report, ToolInfo
from claimcheck.scoring import score_report


def _report() -> Report:
    text = "The council lost 40 laptops in March, and Lee Park declined to comment."
    no_comment = attribution(text, "p1-a1", "Lee Park", "declined to comment", "named_person", no_comment=True)
    lost = claim(text, "p1-c1", "The council lost 40 laptops in March", ["p1-a1"])
    p = paragraph(1, text, [no_comment], [lost])
    sources = build_roster([p])
    return Report(tool=ToolInfo(version="t"), article=ArticleMeta(sha256="a" * 64), engine=EngineInfo(name="rules"),
                  paragraphs=[p], sources=sources, summary=score_report([p], sources))


def test_a_claim_linked_only_to_a_no_comment_is_an_orphan_everywhere():
    report = _report()
    c = report.paragraphs[0].claims[0]
    assert c.rating == "unsourced" and c.orphan is True and c.sourced_by == []

    data = json.loads(renderer("json")(report))
    assert data["paragraphs"][0]["claims"][0]["orphan"] is True
    assert data["summary"]["unattributed_claims"] == 1

    markdown = renderer("markdown")(report)
    line = next(line for line in markdown.splitlines() if line.startswith("- ") and "40 laptops" in line)
    assert "orphan claim" in line
    assert "source: Lee Park" not in markdown  # asked, but a source for nothing

    html = renderer("html")(report)
    assert 'class="mk mk-claim r-unsourced orphan' in html
    assert '<tr class="orphan">' in html


def test_summary_counts_add_up_for_every_source_type():
    report = _report()
    s = report.summary
    assert sum(s.sources_by_type.values()) == s.distinct_sources
    assert sum(s.attributions_by_type.values()) == s.attributions
    text = renderer("markdown")(report)
    line = next(line for line in text.splitlines() if "distinct sources" in line)
    assert "organizations" in line and "documents" in line
