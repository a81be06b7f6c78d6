"""A hand-built report that exercises every kind of mark the HTML renderer draws.

It has named, organization, document and anonymous sources; a source two
attributions share; a claim that starts inside a source (spans that cross,
not nest); a hedge inside a cue's sentence and an agentless one; an orphan
claim; a paragraph that failed; and article text that tries to inject markup.
"""

from __future__ import annotations

import pytest

from claimcheck.schema import (
    AnonymousDetails,
    ArticleMeta,
    Attribution,
    Claim,
    EngineInfo,
    Flag,
    Hedge,
    Paragraph,
    Report,
    ScoreFactor,
    Source,
    SourceMention,
    Summary,
    ToolInfo,
)

INJECTED_SCRIPT = "<script>window.__ccInjected = 1</script>"
INJECTED_IMG = '"><img src=x onerror="window.__ccInjected = 2">'

P1 = "The ministry approved a new port levy last week, according to an internal memo reviewed by the newspaper."
P2 = ('"It is a toll booth on the sea," said Michael Knights, an analyst at the Harbour Institute. '
      "Two officials with direct knowledge of the plan said it could double shipping costs.")
P3 = f"The harbour master posted {INJECTED_SCRIPT} and {INJECTED_IMG} on the notice board, the Port Authority said."
P4 = "Shipping costs rose 40 percent in March."
P5 = "The levy is believed to fund a new breakwater, Knights said."
P6 = "This paragraph timed out."


def span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    at = text.index(needle, start)
    return (at, at + len(needle))


def attribution(aid, text, source, cue, source_type, source_id, **extra) -> Attribution:
    return Attribution(id=aid, source=source, source_span=span(text, source), cue=cue, cue_span=span(text, cue),
                       source_type=source_type, source_id=source_id, **extra)


def claim(cid, text, claim_text, attribution_ids=(), hedge_ids=(), **extra) -> Claim:
    # Scoring's verdicts, as a scored report carries them: the renderers only read these.
    extra.setdefault("sourced_by", list(attribution_ids))
    extra.setdefault("orphan", not attribution_ids and extra.get("specific") is not False)
    return Claim(id=cid, text=claim_text, span=span(text, claim_text), attribution_ids=list(attribution_ids),
                 hedge_ids=list(hedge_ids), **extra)


def build_report() -> Report:
    officials = "Two officials with direct knowledge of the plan"
    anon = AnonymousDetails(count="two", basis="with direct knowledge of the plan", reason_given=False)
    paragraphs = [
        Paragraph(
            index=1, text=P1,
            attributions=[attribution("a1", P1, "an internal memo", "according to", "document", "s1")],
            claims=[claim("c1", P1, P1, ["a1"], score=68, rating="moderate",
                          reasons=["Identified document, but nobody on record."],
                          factors=[ScoreFactor(factor="document", points=18, reason="an identified document")])],
        ),
        Paragraph(
            index=2, text=P2,
            attributions=[
                attribution("a2", P2, "Michael Knights", "said", "named_person", "s2", quote="direct",
                            content="It is a toll booth on the sea", content_span=span(P2, "It is a toll booth on the sea")),
                Attribution(id="a3", source=officials, source_span=span(P2, officials), cue="said",
                            cue_span=span(P2, "said", span(P2, officials)[1]), source_type="anonymous",
                            source_id="s3", anonymous=anon),
            ],
            hedges=[Hedge(id="h1", cue="could", span=span(P2, "could"), kind="modal", holder="source",
                          attribution_id="a3")],
            claims=[
                claim("c2", P2, P2[: P2.index(" Two")], ["a2"], score=88, rating="strong",
                      reasons=["Named source with a stated role, quoted directly."]),
                # Starts inside the anonymous source's span: the two must cross without breaking the markup.
                claim("c3", P2, "officials with direct knowledge of the plan said it could double shipping costs.",
                      ["a3"], ["h1"], score=31, rating="weak",
                      reasons=["Anonymous sources only.", "Hedged: 'could'."]),
            ],
        ),
        Paragraph(
            index=3, text=P3,
            attributions=[attribution("a4", P3, "the Port Authority", "said", "organization", "s4")],
            claims=[claim("c4", P3, P3, ["a4"], score=60, rating="moderate", reasons=[f"Echo: {INJECTED_SCRIPT}"])],
        ),
        Paragraph(
            index=4, text=P4,
            claims=[claim("c5", P4, P4, specific=True, score=4, rating="unsourced",
                          reasons=["Specific number with no attribution."])],
        ),
        Paragraph(
            index=5, text=P5,
            attributions=[attribution("a5", P5, "Knights", "said", "named_person", "s2")],
            hedges=[Hedge(id="h2", cue="is believed", span=span(P5, "is believed"), kind="verb", agentless=True)],
            claims=[claim("c6", P5, P5, ["a5"], ["h2"], score=55, rating="moderate",
                          reasons=["Named source, but an agentless hedge."])],
        ),
        Paragraph(index=6, text=P6, error="the endpoint timed out"),
    ]
    sources = [
        Source(id="s1", name="an internal memo", type="document", description="reviewed by the newspaper",
               attribution_ids=["a1"], claim_ids=["c1"],
               mentions=[SourceMention(paragraph=1, span=span(P1, "an internal memo"), text="an internal memo",
                                       attribution_id="a1")]),
        Source(id="s2", name="Michael Knights", type="named_person", aliases=["Knights"],
               description="an analyst at the Harbour Institute", attribution_ids=["a2", "a5"], claim_ids=["c2", "c6"],
               mentions=[SourceMention(paragraph=2, span=span(P2, "Michael Knights"), text="Michael Knights",
                                       attribution_id="a2"),
                         SourceMention(paragraph=5, span=span(P5, "Knights"), text="Knights", attribution_id="a5")]),
        Source(id="s3", name=officials, type="anonymous", anonymous=anon, attribution_ids=["a3"], claim_ids=["c3"],
               mentions=[SourceMention(paragraph=2, span=span(P2, officials), text=officials, attribution_id="a3")]),
        Source(id="s4", name="the Port Authority", type="organization", attribution_ids=["a4"], claim_ids=["c4"],
               mentions=[SourceMention(paragraph=3, span=span(P3, "the Port Authority"), text="the Port Authority",
                                       attribution_id="a4")]),
    ]
    summary = Summary(
        paragraphs=6, paragraphs_failed=1, claims=6, attributed_claims=5, unattributed_claims=1, attributions=5,
        attributions_by_type={"named_person": 2, "organization": 1, "document": 1, "anonymous": 1},
        hedges=2, agentless_hedges=1, distinct_sources=4, named_sources=1, anonymous_sources=1,
        anonymous_only_claims=1, anonymous_only_share=1 / 6, orphan_share=1 / 6, score=52, rating="moderate",
        score_reasons=["One orphan claim with a number in it."],
        flags=[
            Flag(code="orphan-specific", severity="serious", message="A specific claim has no attribution.",
                 paragraphs=[4]),
            Flag(code="anonymous-no-reason", severity="warning",
                 message=f"Anonymity not explained {INJECTED_IMG}", paragraphs=[2]),
            Flag(code="agentless-hedge", severity="info", message="'is believed' hides who believes it.",
                 paragraphs=[5]),
        ],
    )
    return Report(
        tool=ToolInfo(version="0.0-test"),
        article=ArticleMeta(path="fixture.txt", title=f"Port levy {INJECTED_SCRIPT}", date="2026-03-02",
                            dateline="HARBOUR CITY", sha256="0" * 64),
        engine=EngineInfo(name="rules", version="test"),
        paragraphs=paragraphs,
        sources=sources,
        summary=summary,
    )


@pytest.fixture
def fixture_report() -> Report:
    return build_report()
