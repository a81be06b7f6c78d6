"""The rules engine: offline, deterministic, pure Python.

``analyse_paragraph`` does one paragraph; a :class:`RulesContext` carries what
the next paragraph needs (earlier sources for pronouns and "the official",
and a quote that may continue).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Optional

from claimcheck.article.metadata import dateline_end
from claimcheck.engines.rules.attributions import find_attributions, sentence_token_ranges
from claimcheck.engines.rules.claims import FoundClaim, QuoteIndex, carry_over, find_claims
from claimcheck.engines.rules.hedges import CONDITION_KINDS, FoundHedge, find_hedges
from claimcheck.engines.rules.phrases import SourceMemory, spokesperson_of
from claimcheck.engines.rules.tokens import OPEN_QUOTES, QUOTE_CHARS, quotations, remember_quotations, tokenize
from claimcheck.engines.rules.unsourced import find_unsourced
from claimcheck.model_build import construct, item_id, verbatim_paragraph
from claimcheck.schema import Attribution, Claim, EngineInfo, Hedge, Paragraph, Span, UnsourcedCue


@dataclass
class RulesContext:
    """State that flows from one paragraph to the next."""

    memory: SourceMemory = field(default_factory=SourceMemory)
    carried_quote: Optional[str] = None
    carried_whole: bool = False
    carried_indirect: bool = False  # carried_quote is a named person's paraphrase (claims.carry_over)
    # a lead-in's attribution ("The statement said:") that a list under it carries, item by item
    list_lead: Optional[str] = None


# A list's item: a paragraph that opens with a bullet ("• ", "- ", "* ", "· ", "– ").
_LIST_ITEM: Final = re.compile(r"[•\-*·–▪◦] +\S")


def _past_dateline(text: str, sentences: list[Span]) -> list[Span]:
    """The sentences with a dateline that opens the paragraph left out of the first: "WASHINGTON (AP) —"
    is no source ("WASHINGTON ... said")."""
    opening = dateline_end(text)
    if not opening or not sentences or sentences[0][1] <= opening:
        return sentences
    return [(opening, sentences[0][1]), *sentences[1:]]


def analyse_paragraph(text: str, index: int, sentences: list[Span],
                      context: Optional[RulesContext] = None) -> Paragraph:
    context = context if context is not None else RulesContext()
    if not sentences:
        from claimcheck.article.sentences import split_sentences

        sentences = split_sentences(text)
    tokens = tokenize(text)
    context.memory.learn_names(tokens)
    quotes = quotations(text)
    remember_quotations(text, quotes)  # for the roster, which asks for them again
    ranges = sentence_token_ranges(tokens, _past_dateline(text, sentences))
    found = find_attributions(text, tokens, ranges, quotes, context.memory)
    hedges = find_hedges(text, tokens, found)
    unsourced = find_unsourced(text, tokens, ranges, found)
    carried, carried_whole, carried_indirect = context.carried_quote, context.carried_whole, context.carried_indirect
    if context.memory.answer_id is not None and not any(f.answer for f in found):
        # an interview's answer runs on, paragraph after paragraph, until the next question
        carried, carried_whole, carried_indirect = context.memory.answer_id, True, False
    listed = context.list_lead if context.list_lead is not None and _LIST_ITEM.match(text) else None
    if listed is not None and not found:
        # the items of a list under a lead-in ("The statement said:", then "• ...", "• ...") are all its words
        carried, carried_whole, carried_indirect = listed, True, False
    claims = find_claims(text, list(sentences), quotes, found, hedges, carried, carried_whole, carried_indirect)

    ids = [item_id(index, "attribution", n + 1) for n in range(len(found))]
    answers = [ids[n] for n, f in enumerate(found) if f.answer]
    if answers:
        context.memory.answer_id = answers[-1]
    # The paragraph's models are built from the engine's own values, which are already of their fields' types,
    # without pydantic's validation of each (schema.construct); the paragraph's spans are still checked
    # (schema.verbatim_paragraph). tests/engines/rules/test_engine.py holds this to model_validate's reading.
    attributions = [
        construct(Attribution, {
            "id": ids[n],
            "source": text[f.source[0]:f.source[1]],
            "source_span": f.source,
            "cue": text[f.cue[0]:f.cue[1]],
            "cue_span": f.cue,
            "content": text[f.content[0]:f.content[1]] if f.content else None,
            "content_span": f.content,
            "source_type": f.source_type,
            "quote": f.quote,
            "anonymous": f.anonymous,
            "no_comment": f.no_comment,
            "writer": f.writer,
            "via": ids[f.via] if f.via is not None else None,
            "relays": ids[f.relays] if f.relays is not None else None,
            "spokesperson_for": spokesperson_of(text, tokens, f.source)
            if f.source_type in ("organization", "named_person") else None,
        })
        for n, f in enumerate(found)
    ]
    _quoted_hedges_to_sources(hedges, claims, quotes)
    hedge_ids: list[str] = []
    hedge_models: list[Hedge] = []
    condition_models: list[Hedge] = []
    for h in hedges:
        # a conditional says when a claim holds, not how sure anyone is of it: kept apart from hedges
        models, kind = (condition_models, "condition") if h.kind in CONDITION_KINDS else (hedge_models, "hedge")
        hedge_id = item_id(index, kind, len(models) + 1)
        models.append(construct(Hedge, {
            "id": hedge_id,
            "cue": text[h.span[0]:h.span[1]],
            "span": h.span,
            "kind": h.kind,
            "holder": h.holder,
            "attribution_id": ids[h.attribution] if h.attribution is not None else h.inherited,
            "agentless": h.agentless,
        }))
        hedge_ids.append(hedge_id)
    claim_models = []
    for n, c in enumerate(claims):
        attribution_ids = [ids[a] for a in c.attributions]
        if c.inherited is not None:
            attribution_ids = [c.inherited]
        claim_models.append(construct(Claim, {
            "id": item_id(index, "claim", n + 1),
            "text": text[c.span[0]:c.span[1]],
            "span": c.span,
            "attribution_ids": attribution_ids,
            "hedge_ids": [hedge_ids[h] for h in c.hedges if hedges[h].kind not in CONDITION_KINDS],
            "condition_ids": [hedge_ids[h] for h in c.hedges if hedges[h].kind in CONDITION_KINDS],
            "inherited_attribution": c.inherited is not None or c.inherited_local,
        }))
    context.list_lead = carried if carried_whole and carried is not None and not found and _LIST_ITEM.match(text) \
        else None
    context.carried_quote, context.carried_indirect = carry_over(claims, found, ids)
    context.carried_whole = bool(found) and found[-1].opens_next
    unsourced_models = [construct(UnsourcedCue, {
        "id": item_id(index, "unsourced", n + 1),
        "cue": text[u.cue[0]:u.cue[1]],
        "cue_span": u.cue,
        "content": text[u.content[0]:u.content[1]] if u.content is not None else None,
        "content_span": u.content,
        "kind": u.kind,
        "answered_by": ids[u.answered_by] if u.answered_by is not None else None,
        "subordinate": u.subordinate,
    }) for n, u in enumerate(unsourced)]
    return verbatim_paragraph({"index": index, "text": text, "sentences": [(s[0], s[1]) for s in sentences],
                               "claims": claim_models, "attributions": attributions, "hedges": hedge_models,
                               "conditions": condition_models, "unsourced_cues": unsourced_models})


def _quoted_hedges_to_sources(hedges: list[FoundHedge], claims: list[FoundClaim],
                              quotes: list[tuple[int, int]]) -> None:
    """A hedge in a quoted source's words is the source's, not the reporter's: in a
    sentence that continues a quote (its claim inherits the attribution) or inside
    quotation marks."""
    if not hedges:
        return
    for claim in claims:
        if not (claim.inherited is not None or claim.inherited_local):
            continue
        for h in claim.hedges:
            hedge = hedges[h]
            if hedge.holder == "reporter":
                hedge.holder = "source"
                if claim.inherited_local and claim.attributions:
                    hedge.attribution = claim.attributions[0]
                else:
                    hedge.inherited = claim.inherited
    inside = QuoteIndex(quotes)
    for hedge in hedges:
        if hedge.holder == "reporter" and inside.covers(hedge.span[0]):
            hedge.holder = "source"


def _opening_quote_attribution(paragraph: Paragraph, given_back: set[str]) -> Optional[str]:
    """The direct attribution of the quotation ``paragraph`` opens with, if it opens with one and a claim in it
    has one: its own cue's, or one ``given_back`` to it from a later paragraph."""
    text = paragraph.text
    start = len(text) - len(text.lstrip())
    if start >= len(text) or text[start] not in OPEN_QUOTES or not paragraph.claims:
        return None
    first = paragraph.claims[0]
    if first.span[0] > start + 1 or not first.attribution_ids:
        return None
    own = {a.id: a for a in paragraph.attributions}
    chosen = first.attribution_ids[0]
    if chosen in given_back:
        return chosen
    if chosen not in own or not (own[chosen].quote in ("direct", "mixed") and own[chosen].content_span is not None
                                 and own[chosen].content_span[0] <= start + 1):  # type: ignore[index]
        return None  # carried here from an earlier paragraph, or not this quotation's
    return chosen



def _quotes_attributed_later(paragraphs: list[Paragraph], after_structure: set[int]) -> None:
    """'“We were told it was safe.' (the quote left open, as news style does when it goes on), then '“Now
    nobody believes them,” said Rosa Lind.': the first paragraphs of a quote whose cue comes only in a later
    one are that source's words, read back from the cue. A structure line between them ends the quote."""
    closing: Optional[str] = None  # the attribution of the quotation the next paragraph opens with
    given_back: set[str] = set()
    sources: dict[str, str] = {a.id: a.source for p in paragraphs for a in p.attributions}
    for n in range(len(paragraphs) - 1, -1, -1):
        paragraph = paragraphs[n]
        later, closing = (closing if n + 2 not in after_structure else None), None
        if paragraph.error is not None:
            continue
        text = paragraph.text
        if later is not None and text and text.rstrip()[-1] not in QUOTE_CHARS \
                and not _names_its_speaker(text, sources.get(later, "")):
            spans = quotations(text)
            if spans and spans[-1][1] == len(text) - 1:  # the last quotation runs on past the paragraph
                opened = spans[-1][0]
                inside = [c for c in paragraph.claims if c.span[0] >= opened]
                for claim in inside:
                    if not claim.attribution_ids:
                        claim.attribution_ids = [later]
                        claim.inherited_attribution = True
                        given_back.add(later)
                if text[:opened].strip() == "" and inside and all(c.attribution_ids == [later] for c in inside):
                    closing = later  # the whole paragraph is the quote: it may have begun earlier still
        if closing is None:
            closing = _opening_quote_attribution(paragraph, given_back)


def _lead_ins_of_quotations(paragraphs: list[Paragraph]) -> None:
    """'Ruiz released the following statement:' or 'She added:' at a paragraph's end reports the next paragraph,
    which carries the lead-in's attribution; when that paragraph is a quotation from its first word, the words
    are the source's own, so the lead-in is a direct quote (its content is elsewhere, so it had read as a
    paraphrase, and the quotation under it lost the standards' credit for quoting)."""
    for paragraph, following in zip(paragraphs, paragraphs[1:]):
        text = following.text.lstrip()
        if not text or text[0] not in OPEN_QUOTES or not following.claims:
            continue
        for a in paragraph.attributions:
            if a.content_span is None and a.quote == "indirect" and not a.no_comment \
                    and a.id in following.claims[0].attribution_ids and following.claims[0].inherited_attribution:
                a.quote = "direct"


def _names_its_speaker(text: str, source: str) -> bool:
    """Whether ``text`` names the source by its last name: the words are about the source, not the source's
    own ("Kelly staged a protest" is no quote of Kelly's)."""
    words = [w for w in source.replace(",", " ").split() if w[:1].isupper() and len(w) > 1]
    return bool(words) and re.search(rf"\b{re.escape(words[-1])}\b", text) is not None


class RulesEngine:
    """The default engine when no LLM endpoint is configured."""

    def __init__(self) -> None:
        from claimcheck.engines import engine_entry

        self.info = EngineInfo(name="rules", version=engine_entry("rules").version())

    def analyse(self, document) -> list[Paragraph]:  # noqa: ANN001 - claimcheck.article.Document
        context = RulesContext()
        out: list[Paragraph] = []
        # a heading or other structure line ends a quote: what follows never inherits its source. An
        # advertisement's slot does not: a page drops it anywhere, inside a quote too
        after_structure = {line.before_paragraph for line in document.meta.structure if line.kind != "advert"}
        for n, text in enumerate(document.paragraphs):
            if n + 1 in after_structure:
                context.carried_quote, context.carried_whole, context.carried_indirect = None, False, False
                context.list_lead = None
            sentences = document.sentences[n] if n < len(document.sentences) else []
            try:
                out.append(analyse_paragraph(text, n + 1, sentences, context))
            except Exception as exc:  # one bad paragraph must not sink the report
                out.append(Paragraph(index=n + 1, text=text, sentences=list(sentences),
                                     error=f"rules engine failed on this paragraph: {type(exc).__name__}: {exc}"))
        _quotes_attributed_later(out, after_structure)
        _lead_ins_of_quotations(out)
        return out

    def usage(self) -> None:
        return None
