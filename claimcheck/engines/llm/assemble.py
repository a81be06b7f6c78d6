"""A grounded answer into a schema :class:`~claimcheck.schema.Paragraph`.

Grounding already chose every span (:func:`claimcheck.engines.llm.grounding.ground`);
here they become schema objects with the report's ids, in one pass over
the items. Roster ids and scores stay empty: :mod:`claimcheck.roster` and
:mod:`claimcheck.scoring` fill them.
"""

from __future__ import annotations

from claimcheck.engines.llm.grounding import Grounded, Text
from claimcheck.schema import AnonymousDetails, Attribution, Claim, Hedge, Paragraph, Span, item_id


def build_paragraph(index: int, text: Text, sentences: list[Span], grounded: Grounded, warnings: list[str]) -> Paragraph:
    attribution_ids: dict[str, str] = {}
    attributions: list[Attribution] = []
    for n, g in enumerate(grounded.attributions, 1):
        a = g.item
        attribution_ids[a.id] = item_id(index, "attribution", n)
        anonymous = None
        if a.source_type == "anonymous":
            anonymous = AnonymousDetails(
                count=g.count,
                affiliation=g.affiliation,
                basis=text.value(g.basis),
                reason_given=g.reason is not None,
                reason=text.value(g.reason),
            )
        attributions.append(Attribution(
            id=attribution_ids[a.id],
            source=text.value(g.source),
            source_span=g.source,
            cue=text.value(g.cue),
            cue_span=g.cue,
            content=text.value(g.content),
            content_span=g.content,
            source_type=a.source_type,
            quote=a.quotation,
            anonymous=anonymous,
            no_comment=a.no_comment,
        ))
    for attribution, g in zip(attributions, grounded.attributions):
        if g.item.via in attribution_ids and g.item.via != g.item.id:
            attribution.via = attribution_ids[g.item.via]

    hedge_ids: dict[str, str] = {}
    hedges: list[Hedge] = []
    for n, g in enumerate(grounded.hedges, 1):
        hedge_ids[g.item.id] = item_id(index, "hedge", n)
        hedges.append(Hedge(
            id=hedge_ids[g.item.id],
            cue=text.value(g.span),
            span=g.span,
            kind=g.item.kind,
            holder=g.item.holder,
            attribution_id=attribution_ids.get(g.attribution) if g.attribution else None,
            agentless=g.item.agentless,
        ))

    claims = [
        Claim(
            id=item_id(index, "claim", n),
            text=text.value(g.span),
            span=g.span,
            statement=g.item.statement,
            attribution_ids=[attribution_ids[i] for i in g.attributions if i in attribution_ids],
            hedge_ids=[hedge_ids[i] for i in g.hedges if i in hedge_ids],
        )
        for n, g in enumerate(grounded.claims, 1)
    ]
    return Paragraph(
        index=index,
        text=text.text,
        sentences=sentences,
        claims=claims,
        attributions=attributions,
        hedges=hedges,
        warnings=[*warnings, *grounded.dropped()],
    )
