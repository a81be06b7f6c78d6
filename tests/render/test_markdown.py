import re

import pytest

from builders import attribution, claim, hedge, paragraph
from claimcheck.render.markdown import escape, render
from claimcheck.schema import ArticleMeta, EngineInfo, Report, ToolInfo
from claimcheck.scoring import score_report
from claimcheck.roster import build_roster


def _report(paragraphs, **meta):
    sources = build_roster(paragraphs)
    summary = score_report(paragraphs, sources)
    return Report(
        tool=ToolInfo(version="test"),
        article=ArticleMeta(sha256="0" * 64, **meta),
        engine=EngineInfo(name="rules"),
        paragraphs=paragraphs,
        sources=sources,
        summary=summary,
    )


@pytest.fixture
def report():
    t1 = "Jane Doe, a ministry spokeswoman, said 40 people could have died in the fire."
    a1 = attribution(t1, "p1-a1", "Jane Doe, a ministry spokeswoman", "said", "named_person",
                     "40 people could have died in the fire")
    h1 = hedge(t1, "p1-h1", "could", holder="source", attribution_id="p1-a1")
    c1 = claim(t1, "p1-c1", "40 people could have died in the fire", ["p1-a1"], ["p1-h1"])
    t2 = "The army ordered 3,000 troops home on March 5."
    c2 = claim(t2, "p2-c1", t2)
    t3 = "Two officials who saw the order said it was final. Doe declined to comment."
    a3 = attribution(t3, "p3-a1", "Two officials who saw the order", "said", "anonymous", "it was final",
                     anonymous={"count": "Two", "basis": "who saw the order"})
    a4 = attribution(t3, "p3-a2", "Doe", "declined to comment", "named_person", no_comment=True)
    c3 = claim(t3, "p3-c1", "it was final", ["p3-a1"])
    return _report(
        [paragraph(1, t1, [a1], [c1], [h1]), paragraph(2, t2, [], [c2]), paragraph(3, t3, [a3, a4], [c3])],
        title="Fire | *kills* <many>", date="2024-01-02", dateline="PARIS",
    )


def test_summary_score_and_flags_come_first(report):
    text = render(report)
    score_line = text.index("Sourcing score:")
    assert score_line < text.index("## Flags") < text.index("## Sources") < text.index("## Claims by paragraph")
    assert f"{report.summary.score:g}/100 ({report.summary.rating})" in text
    for flag in report.summary.flags:
        assert escape(flag.message) in text


def test_sources_table_has_one_row_per_source_with_every_mention(report):
    text = render(report)
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| Source")]
    assert len(rows) == len(report.sources) == 2
    doe = next(r for r in rows if r.startswith("| Jane Doe"))
    assert "a ministry spokeswoman" in doe and "2 (¶ 1, 3)" in doe


def test_claims_show_rating_cue_in_bold_hedges_marked_and_orphans_flagged(report):
    text = render(report)
    assert "**said**" in text
    assert "\\_could\\_" not in text and "_could_" in text
    orphan_line = next(line for line in text.splitlines() if "3,000 troops" in line and line.startswith("- "))
    assert "UNSOURCED" in orphan_line and "orphan claim" in orphan_line
    # The roster's name for the source, not the mention in the sentence.
    assert "asked, no comment: Jane Doe **declined to comment**" in text
    assert "basis: who saw the order" in text


def test_every_claim_appears_with_its_reasons(report):
    text = render(report)
    for p in report.paragraphs:
        for c in p.claims:
            assert re.search(rf"\*\*\w+ {c.score:g}\*\*", text)
            assert escape(c.reasons[0]) in text


def test_article_text_cannot_inject_markup(report):
    text = render(report)
    assert "# Sourcing report: Fire \\| \\*kills\\* \\<many>" in text


def test_failed_paragraph_is_shown_not_dropped():
    failed = paragraph(1, "Some text the engine could not read.")
    failed.error = "the model returned junk twice"
    text = render(_report([failed]))
    assert "Not analysed:** the model returned junk twice" in text
    assert "Some text the engine could not read." in text


def test_one_source_giving_a_claim_twice_is_one_line_with_its_count():
    text = "Two aides said the plan was dead and said the talks would end."
    first = attribution(text, "p1-a1", "Two aides", "said", "anonymous", "the plan was dead",
                        anonymous={"count": "Two"})
    second = attribution(text, "p1-a2", "Two aides", "said", "anonymous", "the talks would end",
                         anonymous={"count": "Two"})
    second_said = text.index("said", text.index(" and "))
    second = second.model_copy(update={"cue_span": (second_said, second_said + 4)})
    c = claim(text, "p1-c1", text[:-1], ["p1-a1", "p1-a2"])
    lines = [line for line in render(_report([paragraph(1, text, [first, second], [c])])).splitlines()
             if line.startswith("  - source:")]
    assert len(lines) == 1
    assert lines[0].endswith("· 2 attributions")
