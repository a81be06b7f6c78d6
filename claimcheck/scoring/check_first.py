""""Claims to check first": the few claims most worth a fact-checker's time.

A claim qualifies by how weakly it is sourced (an orphan with something to
check, a quotation nobody is named as saying, an anonymous source's
speculation, a single relayed source ...) and ranks by that reason's weight
in the rubric plus how much it holds to check (numbers, names, dates, intent).
Claims rated strong or moderate never qualify. The order is stable: ties go
to the lower score, then to the claim that comes first.
"""

from __future__ import annotations

import math
from typing import Callable, Optional

from claimcheck.roster import mention_of
from claimcheck.schema import Attribution, CheckFirst, Claim
from claimcheck.scoring.claims import (
    ScoringContext,
    has_quotation,
    is_anonymous,
    is_vague_document,
    specific_detail_count,
    specific_detail_count_at_most,
    specific_details,
)
from claimcheck.scoring.flags import ScoredArticle


def _orphan_reason(claim: Claim) -> str:
    """An orphan's reason names its details ("no source for a specific claim (40, March)"). It is written for the
    claims kept only (``_why`` gives None for it): finding a claim's names whole costs more than ranking it."""
    shown = ", ".join(specific_details(claim.text)[:4])
    return f"no source for a specific claim ({shown})" if shown else "no source for a specific claim"


def _uncertain_links(heads: list[Attribution], ctx: ScoringContext) -> str:
    """What a reason resting on the sources' anonymity must admit: that a mention ("they") was joined to an
    anonymous source by a guess the roster marked uncertain. Empty when every link is sure."""
    guesses = []
    for a in heads:
        mention = mention_of(a, ctx.sources.get(a.source_id or ""))
        if mention is not None and not mention.certain:
            guesses.append(f"\"{a.source}\" joined to {ctx.label(a)}")
    if not guesses:
        return ""
    guesses = list(dict.fromkeys(guesses))
    return f" ({' and '.join(guesses)} by {'an uncertain link' if len(guesses) == 1 else 'uncertain links'})"


def _why(claim: Claim, sourced: list[Attribution], ctx: ScoringContext) -> Optional[tuple[str, Optional[str]]]:
    """The weightiest reason to check this claim (a rubric key and a one-line reason, None for an orphan's: see
    _orphan_reason), or None."""
    reasons: list[tuple[str, Optional[str]]] = []
    if not sourced:
        if claim.basis == "author_argument":
            if any(map(str.isdigit, claim.text)):
                reasons.append(("author_figure", "a figure in the author's argument with no source given"))
        elif claim.basis is None and has_quotation(claim.text):
            reasons.append(("quote_no_speaker", "a quotation with no speaker named"))
        elif claim.orphan:
            reasons.append(("orphan_specific", None))  # (its reason: _orphan_reason, for the claims kept)
        return max(reasons, key=lambda r: getattr(ctx.rubric.check_first, r[0])) if reasons else None
    heads = ctx.voices[claim.id]
    if all(map(is_anonymous, heads)):
        guess = _uncertain_links(heads, ctx)
        if claim.id in ctx.speculating:
            reasons.append(("anonymous_hedged",
                            f"an anonymous source's hedged claim: speculation, not information{guess}"))
        if not any(a.anonymous and a.anonymous.basis for a in heads):
            names = ", ".join(dict.fromkeys(ctx.label(a) for a in heads))
            reasons.append(("anonymous_no_basis",
                            f"rests only on anonymous sources ({names}) with no stated basis{guess}"))
    independent = {ctx.independent_key(a) for a in heads}
    if len(independent) == 1 and heads[0].via:
        relay = ctx.attributions.get(heads[0].via)
        through = f" through {ctx.label(relay)}" if relay is not None else ""
        reasons.append(("relayed_single", f"a single source, reached second-hand{through}"))
    if all(a.source_type == "document" and is_vague_document(a) for a in heads):
        reasons.append(("vague_document", f"rests on an unidentified document (\"{heads[0].source}\")"))
    return max(reasons, key=lambda r: getattr(ctx.rubric.check_first, r[0])) if reasons else None


def _detail_counter(per_detail: float, max_bonus: float) -> Callable[[str], int]:
    """How a claim's details are counted for its priority, ``min(count * per_detail, max_bonus)``: up to the
    fewest details that earn the whole bonus, past which more change nothing; all of them when the weights
    leave no such number."""
    if not (per_detail > 0 and max_bonus >= 0 and math.isfinite(max_bonus)):
        return specific_detail_count
    enough = math.ceil(max_bonus / per_detail)
    while enough * per_detail < max_bonus:
        enough += 1
    return lambda text: specific_detail_count_at_most(text, enough)


def check_first(art: ScoredArticle, ctx: ScoringContext, limit: Optional[int] = None) -> list[CheckFirst]:
    """At most ``limit`` claims (the rubric's ``check_first.limit`` by default), most worth checking first."""
    weights = ctx.rubric.check_first
    limit = weights.limit if limit is None else limit
    if limit <= 0:
        return []
    ranked = []
    count = _detail_counter(weights.per_specific_detail, weights.max_detail_bonus)
    for order, (paragraph, claim) in enumerate(art.claims):
        if claim.rating in ("strong", "moderate") and claim.basis != "author_argument":
            continue
        sourced = [art.attributions[a] for a in claim.sourced_by]
        why = _why(claim, sourced, ctx)
        if why is None:
            continue
        key, reason = why
        detail = min(count(claim.text) * weights.per_specific_detail, weights.max_detail_bonus)
        priority = getattr(weights, key) + detail
        ranked.append((-priority, claim.score or 0.0, order, claim, paragraph, reason))
    ranked.sort(key=lambda r: r[:3])  # (the order is unique: no two entries tie)
    # only the claims kept are built as models
    return [CheckFirst(claim_id=claim.id, paragraph=paragraph,
                       reason=_orphan_reason(claim) if reason is None else reason)
            for *_, claim, paragraph, reason in ranked[:limit]]
