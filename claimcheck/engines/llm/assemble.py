"""A validated :class:`ParagraphExtraction` into a schema
:class:`~claimcheck.schema.Paragraph` with exact offsets.

The extraction was already checked string by string; here each string gets
its offsets, and the schema's own validator checks them once more. Roster
ids and scores stay empty: :mod:`claimcheck.roster` and
:mod:`claimcheck.scoring` fill them.
"""

from __future__ import annotations

from typing import Optional

from claimcheck.engines.llm.extraction import ParagraphExtraction
from claimcheck.engines.llm.grounding import locate
from claimcheck.schema import AnonymousDetails, Attribution, Claim, Hedge, Paragraph, Span


class _Spans:
    """Hands out offsets so that two hedges both cued 'could' get the two
    different 'could's of the paragraph, not the first one twice."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.taken: dict[str, list[Span]] = {}

    def find(self, kind: str, value: Optional[str]) -> Optional[Span]:
        if value is None:
            return None
        taken = self.taken.setdefault(kind, [])
        span = locate(value, self.text, taken) or locate(value, self.text)
        if span is not None:
            taken.append(span)
        return span

    def value(self, span: Optional[Span]) -> Optional[str]:
        return None if span is None else self.text[span[0]:span[1]]


def build_paragraph(
    index: int, text: str, sentences: list[Span], extraction: ParagraphExtraction, warnings: list[str]
) -> Paragraph:
    spans = _Spans(text)
    notes = list(warnings)
    attributions: list[Attribution] = []
    attribution_ids: dict[int, str] = {}
    for n, a in enumerate(extraction.attributions, 1):
        source_span, cue_span = spans.find("source", a.source), spans.find("cue", a.cue)
        if source_span is None or cue_span is None:  # validation let it through, so this is a bug; say so, don't crash
            notes.append(f"dropped attribution {a.source!r}: its offsets could not be found")
            continue
        content_span = spans.find("content", a.content)
        anonymous = None
        if a.source_type == "anonymous":
            reason_span = spans.find("reason", a.anonymous_reason)
            basis_span = spans.find("basis", a.anonymous_basis)
            anonymous = AnonymousDetails(
                count=a.anonymous_count,
                affiliation=a.anonymous_affiliation,
                basis=spans.value(basis_span),
                reason_given=reason_span is not None,
                reason=spans.value(reason_span),
            )
        attribution_id = f"p{index}-a{len(attributions) + 1}"
        attribution_ids[n] = attribution_id
        attributions.append(Attribution(
            id=attribution_id,
            source=spans.value(source_span),
            source_span=source_span,
            cue=spans.value(cue_span),
            cue_span=cue_span,
            content=spans.value(content_span),
            content_span=content_span,
            source_type=a.source_type,
            quote=a.quote,
            anonymous=anonymous,
            no_comment=a.no_comment,
        ))
    for n, a in enumerate(extraction.attributions, 1):
        if n in attribution_ids and a.via in attribution_ids and a.via != n:
            relayed = next(x for x in attributions if x.id == attribution_ids[n])
            relayed.via = attribution_ids[a.via]

    hedges: list[Hedge] = []
    hedge_ids: dict[int, str] = {}
    for n, h in enumerate(extraction.hedges, 1):
        span = spans.find("hedge", h.cue)
        if span is None:
            notes.append(f"dropped hedge {h.cue!r}: its offsets could not be found")
            continue
        hedge_id = f"p{index}-h{len(hedges) + 1}"
        hedge_ids[n] = hedge_id
        hedges.append(Hedge(
            id=hedge_id,
            cue=spans.value(span),
            span=span,
            kind=h.kind,
            holder=h.holder,
            attribution_id=attribution_ids.get(h.attribution) if h.attribution is not None else None,
            agentless=h.agentless,
        ))

    claims: list[Claim] = []
    for c in extraction.claims:
        span = spans.find("claim", c.text)
        if span is None:
            notes.append(f"dropped claim {c.text!r}: its offsets could not be found")
            continue
        claims.append(Claim(
            id=f"p{index}-c{len(claims) + 1}",
            text=spans.value(span),
            span=span,
            attribution_ids=list(dict.fromkeys(attribution_ids[i] for i in c.attributions if i in attribution_ids)),
            hedge_ids=list(dict.fromkeys(hedge_ids[i] for i in c.hedges if i in hedge_ids)),
        ))

    return Paragraph(
        index=index,
        text=text,
        sentences=sentences,
        claims=claims,
        attributions=attributions,
        hedges=hedges,
        warnings=notes,
    )
