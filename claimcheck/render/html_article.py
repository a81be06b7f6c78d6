"""The annotated article body: each paragraph's text with its marks, as safe HTML.

Every piece of article text goes through :func:`markupsafe.escape`; tags and
attributes are built here from escaped values only, so an article holding
``<script>`` or ``"><img onerror=...>`` renders as the text it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from markupsafe import Markup, escape

from claimcheck.render.labels import TYPE_TAG
from claimcheck.render.spans import Close, Mark, Open, Piece, Text, nest
from claimcheck.schema import Attribution, Claim, Hedge, Paragraph, Report, Source

# Outer to inner when spans coincide: a claim wraps its source, which wraps its cue.
_CLAIM, _SOURCE, _CUE, _HEDGE, _UNSOURCED = range(5)



def dom_id(prefix: str, raw: str) -> str:
    """An HTML id (and CSS-safe token) for an entity id the engine chose."""
    return f"{prefix}-" + re.sub(r"[^A-Za-z0-9_-]", "_", raw)


def claim_badge(claim: Claim) -> str:
    if claim.score is None:
        return claim.rating or "unscored"
    return f"{claim.rating or 'score'} {claim.score:.0f}"


@dataclass
class Lookups:
    """Cross-references the marks need, built once per report."""

    sources: dict[str, Source] = field(default_factory=dict)
    claims_by_attribution: dict[str, list[Claim]] = field(default_factory=dict)
    claim_of_hedge: dict[str, Claim] = field(default_factory=dict)
    # One attribution can name several roster sources ("Esper and General Milley said").
    sources_by_attribution: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, report: Report) -> "Lookups":
        found = cls(sources={s.id: s for s in report.sources})
        for source in report.sources:
            for mention in source.mentions:
                ids = found.sources_by_attribution.setdefault(mention.attribution_id, [])
                if source.id not in ids:
                    ids.append(source.id)
        for paragraph in report.paragraphs:
            for claim in paragraph.claims:
                for aid in claim.attribution_ids:
                    found.claims_by_attribution.setdefault(aid, []).append(claim)
                for hid in claim.hedge_ids:
                    found.claim_of_hedge.setdefault(hid, claim)
        return found


def _attrs(pairs: dict[str, Optional[str]]) -> Markup:
    return Markup("").join(
        Markup(' {}="{}"').format(name, value) for name, value in pairs.items() if value is not None
    )


def _grouped(items, span_of) -> dict[tuple[int, int], list]:
    """Items sharing one exact span become one element (two cues can share a source)."""
    groups: dict[tuple[int, int], list] = {}
    for item in items:
        groups.setdefault(tuple(span_of(item)), []).append(item)
    return groups


def _marks(paragraph: Paragraph) -> list[Mark]:
    marks = [Mark(c.span[0], c.span[1], _CLAIM, ("claim", [c])) for c in paragraph.claims]
    for span, group in _grouped(paragraph.attributions, lambda a: a.source_span).items():
        marks.append(Mark(span[0], span[1], _SOURCE, ("source", group)))
    for span, group in _grouped(paragraph.attributions, lambda a: a.cue_span).items():
        marks.append(Mark(span[0], span[1], _CUE, ("cue", group)))
    for span, group in _grouped(paragraph.hedges, lambda h: h.span).items():
        marks.append(Mark(span[0], span[1], _HEDGE, ("hedge", group)))
    for span, group in _grouped(paragraph.unsourced_cues, lambda u: u.cue_span).items():
        marks.append(Mark(span[0], span[1], _UNSOURCED, ("unsourced", group)))
    return marks


def _attribution_tips(attributions: list[Attribution], look: Lookups) -> list[str]:
    tips: list[str] = []
    for a in attributions:
        for source_id in _attribution_sources(a, look):
            tips.append(dom_id("tip-src", source_id))
        tips.append(dom_id("tip-attr", a.id))
        tips += [dom_id("tip-claim", c.id) for c in look.claims_by_attribution.get(a.id, [])]
    return list(dict.fromkeys(tips))


def _attribution_sources(attribution: Attribution, look: Lookups) -> list[str]:
    ids = [attribution.source_id] if attribution.source_id in look.sources else []
    return list(dict.fromkeys(ids + look.sources_by_attribution.get(attribution.id, [])))


def _source_ids(attributions: list[Attribution], look: Lookups) -> Optional[str]:
    ids = list(dict.fromkeys(dom_id("s", s) for a in attributions for s in _attribution_sources(a, look)))
    return " ".join(ids) or None


def _open_tag(piece: Piece, look: Lookups) -> Markup:
    kind, items = piece.mark.payload
    first = piece.index == 0
    position = ["first" if first else "cont"] + (["last"] if piece.last else [])
    attrs: dict[str, Optional[str]] = {}

    if kind == "claim":
        claim: Claim = items[0]
        classes = ["mk", "mk-claim", f"r-{claim.rating or 'unrated'}"] + (["orphan"] if claim.orphan else [])
        tips = [dom_id("tip-claim", claim.id)]
        attrs = {"id": dom_id("claim", claim.id) if first else None, "data-claim": claim.id,
                 "data-badge": claim_badge(claim) if piece.last else None}
    elif kind in ("source", "cue"):
        source_type = items[0].source_type
        classes = ["mk", f"mk-{kind}", f"t-{source_type}"]
        classes += ["no-comment"] if all(a.no_comment for a in items) else []
        tips = _attribution_tips(items, look)
        sources = _source_ids(items, look)
        attrs = {"data-attrs": " ".join(a.id for a in items), "data-type": source_type, "data-sources": sources}
        if kind == "source":
            attrs["id"] = dom_id("attr", items[0].id) if first else None
            attrs["data-label"] = TYPE_TAG[source_type] if piece.last else None
            if first and sources:
                attrs.update({"role": "button", "data-select": sources.split()[0], "aria-pressed": "false"})
    elif kind == "unsourced":
        classes = ["mk", "mk-unsourced-cue"]
        tips = [dom_id("tip-unsourced", u.id) for u in items]
        attrs = {"data-unsourced": " ".join(u.id for u in items)}
    else:
        hedge: Hedge = items[0]
        classes = ["mk", "mk-hedge"] + (["agentless"] if any(h.agentless for h in items) else [])
        tips = [dom_id("tip-hedge", h.id) for h in items]
        claim = look.claim_of_hedge.get(hedge.id)
        tips += [dom_id("tip-claim", claim.id)] if claim else []
        attrs = {"data-hedges": " ".join(h.id for h in items)}

    focusable = first and kind != "cue"
    tip_list = " ".join(tips)
    attrs.update({
        "class": " ".join(classes + position),
        "data-tip": tip_list,
        "tabindex": "0" if focusable else None,
        "aria-describedby": tip_list if focusable else None,
    })
    return Markup("<span{}>").format(_attrs(attrs))


def paragraph_markup(paragraph: Paragraph, look: Lookups) -> Markup:
    """The paragraph's text, escaped, with claims, sources, cues and hedges as nested spans."""
    out: list[Markup] = []
    for token in nest(paragraph.text, _marks(paragraph)):
        if isinstance(token, Text):
            out.append(escape(token.text))
        elif isinstance(token, Open):
            out.append(_open_tag(token.piece, look))
        elif isinstance(token, Close):
            out.append(Markup("</span>"))
    return Markup("").join(out)
