"""Rate how well each claim, and the whole article, is sourced, and say why.

The rubric (``claimcheck/rubric.toml``, overridable with ``--rubric``) encodes
newsroom rules: named on-record sources and institutions on record beat
anonymous ones, identified documents and public records are sources, a stated
basis and a reason for anonymity redeem an anonymous source a little, the
source's own words beat paraphrase, independent sources corroborate (a relayed
chain is one source, as strong as its weakest link), and hedges weaken, most
of all the agentless "is believed to". Every point a claim gains or loses is
recorded as a :class:`~claimcheck.schema.ScoreFactor`.

Scoring is the one place that decides which attributions source a claim, whether
it is specific or an orphan, its rating and the claims to check first; it
stores each verdict on the report, and the renderers and batch tables read it.

- :mod:`claimcheck.scoring.rubric`: the rubric's shape and loader
- :mod:`claimcheck.scoring.claims`: one function per factor of a claim's score
- :mod:`claimcheck.scoring.flags`: one function per flag
- :mod:`claimcheck.scoring.check_first`: the claims to check first
- :mod:`claimcheck.scoring.genre`: news or the author's argument
"""

from __future__ import annotations

from typing import Optional

from claimcheck.schema import SOURCE_TYPES, ArticleMeta, Paragraph, Source, Summary
from claimcheck.scoring.check_first import check_first
from claimcheck.scoring.claims import (ScoringContext, claim_sources, is_specific, paragraph_of_attributions,
                                       passive_reports, score_claim, sourcing)
from claimcheck.scoring.flags import ScoredArticle, flags, plural
from claimcheck.scoring.genre import detect_genre
from claimcheck.scoring.rubric import Rubric, article_rating_for, load_rubric, rating_for

__all__ = ["Rubric", "load_rubric", "score_report", "is_specific", "claim_sources", "sourcing", "detect_genre",
           "rating_for"]


def score_report(paragraphs: list[Paragraph], sources: list[Source], rubric: Optional[Rubric] = None, *,
                 meta: Optional[ArticleMeta] = None, genre: Optional[str] = None,
                 check_first_limit: Optional[int] = None) -> Summary:
    """Score every claim in place and return the article's summary: counts, score, flags, claims to check first.

    ``genre`` overrides the detection (``--genre``); ``check_first_limit`` the rubric's number of claims to
    check first (``--check-first``).
    """
    rubric = rubric or load_rubric()
    if genre is None or genre == "auto":
        genre, genre_basis = detect_genre(meta, paragraphs)
    else:
        genre_basis = "set with --genre"
    ctx = ScoringContext(
        rubric=rubric,
        attributions={a.id: a for p in paragraphs for a in p.attributions},
        sources={s.id: s for s in sources},
        hedges={h.id: h for p in paragraphs for h in p.hedges},
        genre=genre,
        paragraph_of=paragraph_of_attributions(paragraphs),
        passive_reports=passive_reports(paragraphs),
    )
    for paragraph in paragraphs:
        for claim in paragraph.claims:
            score_claim(claim, ctx)
    art = ScoredArticle(paragraphs, ctx.sources, rubric, ctx.voices, ctx.speculating)
    summary = _counts(art, sources)
    summary.genre, summary.genre_basis = genre, genre_basis
    _article_score(summary, art, rubric)
    summary.flags = flags(art)
    summary.check_first = check_first(art, ctx, check_first_limit)
    return summary


def _counts(art: ScoredArticle, sources: list[Source]) -> Summary:
    by_type = {t: 0 for t in SOURCE_TYPES}
    for _, a in art.all_attributions:
        if not a.no_comment and not a.writer:
            by_type[a.source_type] += 1
    sources_by_type = {t: sum(1 for s in sources if s.type == t) for t in SOURCE_TYPES}
    n = len(art.claims)
    return Summary(
        paragraphs=len(art.paragraphs),
        paragraphs_failed=sum(1 for p in art.paragraphs if p.error),
        claims=n,
        attributed_claims=len(art.attributed),
        unattributed_claims=len(art.unattributed),
        attributions=sum(by_type.values()),
        attributions_by_type=by_type,
        no_comment=sum(1 for _, a in art.all_attributions if a.no_comment),
        writer_voice=sum(1 for _, a in art.all_attributions if a.writer),
        hedges=len(art.hedges),
        agentless_hedges=sum(1 for _, h in art.hedges if h.agentless),
        charge_hedges=sum(1 for _, h in art.hedges if h.charge),
        distinct_sources=len(sources),
        named_sources=sources_by_type["named_person"],
        anonymous_sources=sources_by_type["anonymous"],
        sources_by_type=sources_by_type,
        anonymous_only_claims=len(art.anonymous_only),
        anonymous_only_share=round(len(art.anonymous_only) / n, 3) if n else 0.0,
        orphan_share=round(len(art.unattributed) / n, 3) if n else 0.0,
    )


def _weight(claim, weights) -> float:
    if claim.basis == "author_argument":
        return weights.argument_weight
    return weights.specific_weight if claim.specific else weights.background_weight


def _article_score(summary: Summary, art: ScoredArticle, rubric: Rubric) -> None:
    weights = rubric.article
    claims = art.claims
    if not claims:
        return
    carried = [c for _, c in claims if c.sourced_by or c.basis]
    orphans = [c for _, c in art.orphans]
    if carried:
        weighted = [(c.score or 0.0, _weight(c, weights)) for c in carried]
        # each sum in a float-typed name of its own: compiled by mypyc (the opt-in build), a quotient of two
        # sums of floats is read as of ints and raises (tests/test_compiled.py)
        weighted_total: float = sum(s * w for s, w in weighted)
        weight_total: float = sum(w for _, w in weighted)
        sourced_mean = weighted_total / weight_total
        share = len(orphans) / len(claims)
        penalty = weights.orphan_penalty * share
        score = max(0.0, sourced_mean - penalty)
        reasons = [
            f"{sourced_mean:.1f}: mean score of the {plural(len(carried), 'claim')} with a source or a stated reason "
            f"to need none (specific claims weighted {weights.specific_weight:g}, background "
            f"{weights.background_weight:g})",
        ]
        if orphans:
            reasons.append(f"-{penalty:.1f}: {len(orphans)} of {len(claims)} claims ({share:.0%}) are specific "
                           "claims with no source")
    else:
        weighted = [(c.score or 0.0, _weight(c, weights)) for _, c in claims]
        weighted_total = sum(s * w for s, w in weighted)
        weight_total = sum(w for _, w in weighted)
        score = weighted_total / weight_total
        reasons = [f"no claim carries a source: the mean score of its {plural(len(claims), 'unsourced claim')}"]
    summary.score = round(score, 1)
    summary.rating = article_rating_for(summary.score, rubric)  # type: ignore[assignment]
    reasons.append(f"{len(art.attributed)} of {len(claims)} claims attributed; {len(art.anonymous_only)} rest only "
                   "on anonymous sources")
    if summary.genre != "news":
        argued = sum(1 for _, c in claims if c.basis == "author_argument")
        reasons.append(f"read as {summary.genre}: {argued} of the author's own assertions scored as argument "
                       f"(weight {weights.argument_weight:g}), not as orphan news claims")
    summary.score_reasons = reasons
