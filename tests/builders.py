"""Build schema objects from plain text for tests: spans are found, not typed in."""

from __future__ import annotations

from typing import Optional

from claimcheck.schema import AnonymousDetails, Attribution, Claim, Hedge, Paragraph


def span_of(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def attribution(
    text: str,
    id: str,
    source: str,
    cue: str,
    source_type: str,
    content: Optional[str] = None,
    quote: str = "indirect",
    anonymous: Optional[dict] = None,
    **extra,
) -> Attribution:
    return Attribution(
        id=id,
        source=source,
        source_span=span_of(text, source),
        cue=cue,
        cue_span=span_of(text, cue),
        content=content,
        content_span=span_of(text, content) if content else None,
        source_type=source_type,
        quote=quote,
        anonymous=AnonymousDetails(**anonymous) if anonymous is not None else None,
        **extra,
    )


def claim(text: str, id: str, claim_text: str, attribution_ids=(), hedge_ids=(), **extra) -> Claim:
    return Claim(id=id, text=claim_text, span=span_of(text, claim_text), attribution_ids=list(attribution_ids),
                 hedge_ids=list(hedge_ids), **extra)


def hedge(text: str, id: str, cue: str, kind: str = "modal", **extra) -> Hedge:
    return Hedge(id=id, cue=cue, span=span_of(text, cue), kind=kind, **extra)


def paragraph(index: int, text: str, attributions=(), claims=(), hedges=()) -> Paragraph:
    return Paragraph(index=index, text=text, attributions=list(attributions), claims=list(claims), hedges=list(hedges))


def one_claim_paragraph(index: int, sentence: str, source: str, cue: str, source_type: str, content: str,
                        quote: str = "indirect", anonymous: Optional[dict] = None, hedge_cue: Optional[str] = None,
                        hedge_extra: Optional[dict] = None) -> Paragraph:
    """A paragraph of one attributed claim, optionally hedged."""
    p = f"p{index}"
    a = attribution(sentence, f"{p}-a1", source, cue, source_type, content, quote=quote, anonymous=anonymous)
    hedges = [hedge(sentence, f"{p}-h1", hedge_cue, **(hedge_extra or {}))] if hedge_cue else []
    c = claim(sentence, f"{p}-c1", content, [a.id], [h.id for h in hedges])
    return paragraph(index, sentence, [a], [c], hedges)


def same_build(a: object, b: object) -> bool:
    """Whether two values are built alike, not only equal: the same types all the way down (a tuple is not a
    list), a model's fields in the same order with the same set of fields set."""
    from pydantic import BaseModel

    if type(a) is not type(b):
        return False
    if isinstance(a, BaseModel):
        return (list(a.__dict__) == list(b.__dict__) and a.model_fields_set == b.model_fields_set
                and a.__pydantic_extra__ == b.__pydantic_extra__ and a.__pydantic_private__ == b.__pydantic_private__
                and all(same_build(a.__dict__[k], b.__dict__[k]) for k in a.__dict__))
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same_build(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same_build(a[k], b[k]) for k in a)
    return a == b
