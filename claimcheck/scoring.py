"""Rate how well each claim, and the whole article, is sourced, and say why.

The rubric (``rubric.toml`` beside this module, overridable with
``--rubric``) encodes newsroom rules: named on-record sources beat
anonymous ones, a stated basis and a reason for anonymity redeem an
anonymous source a little, the source's own words beat paraphrase,
independent sources corroborate, and hedges weaken, most of all the
agentless "is believed to". Every point a claim gains or loses is recorded
as a :class:`~claimcheck.schema.ScoreFactor` and a readable reason.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, ValidationError

from claimcheck.errors import InputError, UsageError
from claimcheck.schema import (
    SOURCE_TYPES,
    Attribution,
    Claim,
    Flag,
    Hedge,
    Paragraph,
    ScoreFactor,
    Source,
    Summary,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BaseScores(_Section):
    named_person: float = 70
    organization: float = 62
    document: float = 66
    vague_document: float = 40
    anonymous: float = 38
    orphan_specific: float = 10
    orphan_background: float = 45


class QuoteScores(_Section):
    direct: float = 10
    mixed: float = 5
    indirect: float = 0


class AnonymousScores(_Section):
    basis_stated: float = 12
    no_basis: float = -8
    reason_given: float = 6
    vague_descriptor: float = -10
    explicit_count: float = 3


class CorroborationScores(_Section):
    per_extra_source: float = 8
    max_bonus: float = 16


class HedgingScores(_Section):
    reporter: float = -10
    source: float = -4
    agentless: float = -15
    anonymous_hedged: float = -10


class ChainScores(_Section):
    inherited: float = 0
    secondary: float = -5


class RatingThresholds(_Section):
    strong: float = 75
    moderate: float = 55


class ArticleWeights(_Section):
    specific_weight: float = 1.0
    background_weight: float = 0.4


class FlagThresholds(_Section):
    anonymous_majority: float = 0.5


class Rubric(_Section):
    base: BaseScores = BaseScores()
    quote: QuoteScores = QuoteScores()
    anonymous: AnonymousScores = AnonymousScores()
    corroboration: CorroborationScores = CorroborationScores()
    hedging: HedgingScores = HedgingScores()
    chain: ChainScores = ChainScores()
    ratings: RatingThresholds = RatingThresholds()
    article: ArticleWeights = ArticleWeights()
    flags: FlagThresholds = FlagThresholds()


@lru_cache(maxsize=1)
def _shipped_rubric() -> Rubric:
    return load_rubric(None, _cached=False)


# A rubric is a few dozen lines of TOML; more than this is not one (and /dev/zero is never read whole).
RUBRIC_MAX_BYTES = 1024 * 1024


def load_rubric(path: Optional[Path] = None, *, _cached: bool = True) -> Rubric:
    """The shipped rubric, with the keys of ``path`` (if given) laid over it."""
    if path is None and _cached:
        return _shipped_rubric().model_copy(deep=True)
    shipped = tomllib.loads(resources.files("claimcheck").joinpath("rubric.toml").read_text("utf-8"))
    if path is not None:
        from claimcheck.article import read_bytes

        try:
            text = read_bytes(str(path), RUBRIC_MAX_BYTES, flag=None, what="a rubric", regular_only=True).decode("utf-8")
            override = tomllib.loads(text)
        except InputError as exc:  # missing, a folder, a device, binary, too large: all bounded reads
            raise UsageError(f"--rubric {exc}") from None
        except UnicodeDecodeError as exc:
            raise UsageError(f"--rubric {path}: not UTF-8 text (byte {exc.start} is {exc.object[exc.start]:#04x}); "
                             "save it as UTF-8") from None
        except tomllib.TOMLDecodeError as exc:
            raise UsageError(f"--rubric {path}: not valid TOML ({exc})") from None
        for section, values in override.items():
            if isinstance(values, dict) and isinstance(shipped.get(section), dict):
                shipped[section].update(values)
            else:
                shipped[section] = values
    try:
        return Rubric.model_validate(shipped)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise UsageError(f"--rubric {path}: {where}: {first['msg']}") from None


# --- what a claim is -------------------------------------------------------

_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_INTENT = (
    r"order(?:s|ed)?|plann?(?:s|ed|ing)?|direct(?:s|ed)?|authori[sz](?:es|ed)|kill(?:s|ed)?|decid(?:es|ed)|"
    r"approv(?:es|ed)|launch(?:es|ed)|attack(?:s|ed)|threaten(?:s|ed)|blam(?:es|ed)|accus(?:es|ed)|"
    r"sign(?:s|ed)|vot(?:es|ed)|fir(?:es|ed)|arrest(?:s|ed)|charg(?:es|ed)|caus(?:es|ed)|led\s+to|"
    r"resulted\s+in|because|spen[dt]|cost|paid|rais(?:es|ed)|cut|increas(?:es|ed)|decreas(?:es|ed)"
)
_SPECIFIC = re.compile(
    rf"\d|\b(?:{_MONTHS}|{_DAYS})\b|\b(?:{_INTENT})\b|\b(?:percent|per cent|million|billion|thousands?|hundreds?|dozens?)\b",
)
# A capitalised word after the first word of the sentence is usually a name.
_PROPER_NAME = re.compile(r"(?<=[a-z,;:]\s)(?:[A-Z][a-z]+)")


def is_specific(text: str) -> bool:
    """Names, numbers, dates and intent make a claim disputable; background does not."""
    return bool(_SPECIFIC.search(text) or _PROPER_NAME.search(text))


# --- claim scores -----------------------------------------------------------

_VAGUE_ANON = re.compile(
    r"^(?:some\s+|several\s+|many\s+|other\s+)?(?:officials?|sources?|people|persons|insiders|observers|"
    r"experts|analysts|critics|people\s+familiar\b.*|sources\s+familiar\b.*|those\s+familiar\b.*)$",
    re.I,
)
_VAGUE_DOCUMENT = re.compile(r"^(?:documents?|records?|papers?|files?|reports?|data)$", re.I)
_DETERMINER = re.compile(r"^(?:the|a|an|some|several|many|two|three|four|five)\s+", re.I)


def _is_vague_anonymous(attribution: Attribution) -> bool:
    details = attribution.anonymous
    if details and details.affiliation:
        return False
    core = attribution.source.split(",")[0]
    core = re.split(r"\s+(?:who|with|familiar)\b", core)[0]
    return bool(_VAGUE_ANON.match(core.strip()))


def _is_vague_document(attribution: Attribution) -> bool:
    return bool(_VAGUE_DOCUMENT.match(_DETERMINER.sub("", attribution.source.strip())))


def claim_sources(claim: Claim, attributions: dict[str, Attribution]) -> list[Attribution]:
    """The attributions that source a claim; "declined to comment" sources nothing."""
    return [attributions[i] for i in claim.attribution_ids if i in attributions and not attributions[i].no_comment]


def _source_key(attribution: Attribution) -> str:
    return attribution.source_id or attribution.source.lower()


class _Scorer:
    def __init__(self, rubric: Rubric, attributions: dict[str, Attribution], sources: dict[str, Source]):
        self.r = rubric
        self.attributions = attributions
        self.sources = sources

    def _base(self, attribution: Attribution) -> tuple[float, str]:
        b = self.r.base
        kind = attribution.source_type
        label = self._label(attribution)
        if kind == "named_person":
            return b.named_person, f"named, on-record source ({label})"
        if kind == "organization":
            return b.organization, f"organization speaking on record ({label})"
        if kind == "document":
            if _is_vague_document(attribution):
                return b.vague_document, f"unidentified document ({label}): 'documents show' is weak sourcing"
            return b.document, f"identified document ({label})"
        return b.anonymous, f"anonymous source ({label})"

    def _label(self, attribution: Attribution) -> str:
        source = self.sources.get(attribution.source_id or "")
        return source.name if source else attribution.source

    def score(self, claim: Claim, hedges: dict[str, Hedge]) -> None:
        r = self.r
        factors: list[ScoreFactor] = []
        if claim.specific is None:
            claim.specific = is_specific(claim.text)
        sourcing = claim_sources(claim, self.attributions)
        if not sourcing:
            if claim.specific:
                factors.append(ScoreFactor(
                    factor="orphan", points=r.base.orphan_specific,
                    reason="no attribution for a specific claim (names, numbers, dates or intent): "
                    "disputable facts need a source",
                ))
            else:
                factors.append(ScoreFactor(
                    factor="orphan", points=r.base.orphan_background,
                    reason="no attribution, but it reads as background or common knowledge, which needs none",
                ))
            self._finish(claim, factors, hedges, sourcing)
            return

        ranked = sorted(sourcing, key=lambda a: self._base(a)[0] + self._quote_points(a), reverse=True)
        best = ranked[0]
        points, why = self._base(best)
        factors.append(ScoreFactor(factor="source_type", points=points, reason=why))
        quote_points = self._quote_points(best)
        if best.quote == "direct":
            factors.append(ScoreFactor(factor="quote", points=quote_points, reason="direct quotation: the source's own words"))
        elif best.quote == "mixed":
            factors.append(ScoreFactor(factor="quote", points=quote_points, reason="partly quoted, partly paraphrased"))
        else:
            factors.append(ScoreFactor(factor="quote", points=quote_points, reason="paraphrase, not the source's own words"))
        if best.source_type == "anonymous":
            factors.extend(self._anonymous_factors(best))
        independent = {_source_key(a) for a in sourcing}
        extra = len(independent) - 1
        if extra > 0:
            bonus = min(extra * r.corroboration.per_extra_source, r.corroboration.max_bonus)
            factors.append(ScoreFactor(
                factor="corroboration", points=bonus,
                reason=f"{len(independent)} independent sources support it",
            ))
        else:
            factors.append(ScoreFactor(factor="corroboration", points=0, reason="rests on a single source"))
        if claim.inherited_attribution:
            factors.append(ScoreFactor(
                factor="inherited", points=r.chain.inherited,
                reason=f"the attribution continues the quote of {self._label(best)} from the sentence before: "
                "the same source, no weakness",
            ))
        if best.via:
            relay = self.attributions.get(best.via)
            through = f" through {self._label(relay)}" if relay else ""
            factors.append(ScoreFactor(
                factor="secondary", points=r.chain.secondary,
                reason=f"secondary attribution: relayed{through}, one more link in the chain",
            ))
        self._finish(claim, factors, hedges, sourcing)

    def _quote_points(self, attribution: Attribution) -> float:
        return getattr(self.r.quote, attribution.quote)

    def _anonymous_factors(self, attribution: Attribution) -> list[ScoreFactor]:
        a = self.r.anonymous
        details = attribution.anonymous
        out: list[ScoreFactor] = []
        if details and details.basis:
            out.append(ScoreFactor(factor="anonymous_basis", points=a.basis_stated,
                                   reason=f"says how the source knows: \"{details.basis}\""))
        else:
            out.append(ScoreFactor(factor="anonymous_basis", points=a.no_basis,
                                   reason="does not say how the anonymous source knows"))
        if details and details.reason_given:
            out.append(ScoreFactor(factor="anonymous_reason", points=a.reason_given,
                                   reason="says why anonymity was granted"))
        if _is_vague_anonymous(attribution):
            out.append(ScoreFactor(factor="anonymous_vague", points=a.vague_descriptor,
                                   reason=f"vague descriptor \"{attribution.source}\": no affiliation or role"))
        if details and details.count and details.count.lower() not in {"a", "an", "one", "some", "several", "many"}:
            out.append(ScoreFactor(factor="anonymous_count", points=a.explicit_count,
                                   reason=f"states how many sources: {details.count}"))
        return out

    def _finish(self, claim: Claim, factors: list[ScoreFactor], hedges: dict[str, Hedge],
                sourcing: list[Attribution]) -> None:
        h = self.r.hedging
        claim_hedges = [hedges[i] for i in claim.hedge_ids if i in hedges]
        for hedge in claim_hedges:
            if hedge.agentless:
                factors.append(ScoreFactor(factor="hedge", points=h.agentless,
                                           reason=f"agentless hedge \"{hedge.cue}\": nobody is named as holding the belief"))
            elif hedge.holder == "source":
                factors.append(ScoreFactor(factor="hedge", points=h.source,
                                           reason=f"the source hedges: \"{hedge.cue}\""))
            else:
                factors.append(ScoreFactor(factor="hedge", points=h.reporter,
                                           reason=f"the reporter hedges: \"{hedge.cue}\""))
        if claim_hedges and sourcing and all(a.source_type == "anonymous" for a in sourcing):
            factors.append(ScoreFactor(factor="anonymous_hedged", points=h.anonymous_hedged,
                                       reason="anonymous source with hedged, speculative content: a weak combination"))
        score = max(0.0, min(100.0, sum(f.points for f in factors)))
        claim.score = round(score, 1)
        claim.factors = factors
        claim.reasons = [f"{f.points:+g} {f.reason}" if f.factor != "source_type" and f.factor != "orphan"
                         else f"{f.points:g} base: {f.reason}" for f in factors]
        claim.rating = _rating_for(score, self.r) if sourcing else "unsourced"  # type: ignore[assignment]


def _rating_for(score: float, rubric: Rubric) -> str:
    if score >= rubric.ratings.strong:
        return "strong"
    if score >= rubric.ratings.moderate:
        return "moderate"
    return "weak"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def score_report(paragraphs: list[Paragraph], sources: list[Source], rubric: Optional[Rubric] = None) -> Summary:
    """Score every claim in place and return the article's summary, flags included."""
    rubric = rubric or load_rubric()
    attributions = {a.id: a for p in paragraphs for a in p.attributions}
    hedges = {h.id: h for p in paragraphs for h in p.hedges}
    by_id = {s.id: s for s in sources}
    scorer = _Scorer(rubric, attributions, by_id)
    for paragraph in paragraphs:
        for claim in paragraph.claims:
            scorer.score(claim, hedges)
    return _summarise(paragraphs, sources, rubric, attributions)


def _summarise(paragraphs: list[Paragraph], sources: list[Source], rubric: Rubric,
               attributions: dict[str, Attribution]) -> Summary:
    claims = [(p.index, c) for p in paragraphs for c in p.claims]
    all_attributions = [(p.index, a) for p in paragraphs for a in p.attributions]
    by_type = {t: 0 for t in SOURCE_TYPES}
    for _, a in all_attributions:
        if not a.no_comment:
            by_type[a.source_type] += 1

    sourced = [(i, c, claim_sources(c, attributions)) for i, c in claims]
    attributed = [(i, c) for i, c, by in sourced if by]
    orphans = [(i, c) for i, c, by in sourced if not by]
    anonymous_only = [(i, c) for i, c, by in sourced if by and all(a.source_type == "anonymous" for a in by)]
    hedge_list = [(p.index, h) for p in paragraphs for h in p.hedges]

    summary = Summary(
        paragraphs=len(paragraphs),
        paragraphs_failed=sum(1 for p in paragraphs if p.error),
        claims=len(claims),
        attributed_claims=len(attributed),
        unattributed_claims=len(orphans),
        attributions=sum(by_type.values()),
        attributions_by_type=by_type,
        no_comment=sum(1 for _, a in all_attributions if a.no_comment),
        hedges=len(hedge_list),
        agentless_hedges=sum(1 for _, h in hedge_list if h.agentless),
        distinct_sources=len(sources),
        named_sources=sum(1 for s in sources if s.type == "named_person"),
        anonymous_sources=sum(1 for s in sources if s.type == "anonymous"),
        anonymous_only_claims=len(anonymous_only),
        anonymous_only_share=round(len(anonymous_only) / len(claims), 3) if claims else 0.0,
        orphan_share=round(len(orphans) / len(claims), 3) if claims else 0.0,
    )

    weights = rubric.article
    weighted = [
        (c.score or 0.0, weights.specific_weight if c.specific else weights.background_weight) for _, c in claims
    ]
    total_weight = sum(w for _, w in weighted)
    if total_weight:
        summary.score = round(sum(s * w for s, w in weighted) / total_weight, 1)
        summary.rating = _rating_for(summary.score, rubric)  # type: ignore[assignment]
        specific_n = sum(1 for _, c in claims if c.specific)
        summary.score_reasons = [
            f"mean score of {_plural(len(claims), 'claim')}, specific claims weighted "
            f"{weights.specific_weight:g} and background {weights.background_weight:g} "
            f"({specific_n} specific)",
            f"{len(attributed)} of {len(claims)} claims attributed; {len(anonymous_only)} rest only on anonymous sources",
        ]
    summary.flags = _flags(paragraphs, claims, attributed, orphans, anonymous_only, all_attributions,
                           hedge_list, attributions, rubric)
    return summary


def _flags(paragraphs, claims, attributed, orphans, anonymous_only, all_attributions, hedge_list,
           attributions, rubric) -> list[Flag]:
    flags: list[Flag] = []
    failed = [p.index for p in paragraphs if p.error]
    if failed:
        flags.append(Flag(code="paragraphs-not-analysed", severity="serious",
                          message=f"{_plural(len(failed), 'paragraph')} could not be analysed; the report is partial",
                          paragraphs=failed))
    if attributed and len(anonymous_only) / len(attributed) > rubric.flags.anonymous_majority:
        flags.append(Flag(
            code="anonymous-majority", severity="serious",
            message=f"Most attributed claims ({len(anonymous_only)} of {len(attributed)}) rely only on anonymous "
                    "sources. Anonymous sourcing is for vital information unavailable any other way; "
                    "seek on-record confirmation.",
            paragraphs=[i for i, _ in anonymous_only],
        ))
    anonymous = [(i, a) for i, a in all_attributions if a.source_type == "anonymous" and not a.no_comment]
    no_basis = [(i, a) for i, a in anonymous if not (a.anonymous and a.anonymous.basis)]
    if no_basis:
        flags.append(Flag(
            code="anonymous-no-basis", severity="warning",
            message=f"{len(no_basis)} of {_plural(len(anonymous), 'anonymous attribution')} never say how the source "
                    "knows (\"with direct knowledge\", \"who saw the order\").",
            paragraphs=[i for i, _ in no_basis],
        ))
    if anonymous and not any(a.anonymous and a.anonymous.reason_given for _, a in anonymous):
        flags.append(Flag(
            code="anonymous-no-reason", severity="info",
            message="The story never says why any source was granted anonymity (most stories omit it; standards ask for it).",
            paragraphs=[i for i, _ in anonymous],
        ))
    vague = [(i, a) for i, a in anonymous if _is_vague_anonymous(a)]
    if vague:
        names = sorted({a.source for _, a in vague})
        flags.append(Flag(
            code="anonymous-vague", severity="warning",
            message="Vague anonymous descriptors (" + "; ".join(f"\"{n}\"" for n in names[:4])
                    + "): be as specific as possible about who the source is.",
            paragraphs=[i for i, _ in vague],
        ))
    specific_orphans = [(i, c) for i, c in orphans if c.specific]
    if specific_orphans:
        flags.append(Flag(
            code="orphan-claims", severity="warning",
            message=f"{_plural(len(specific_orphans), 'specific claim')} with no attribution: disputable facts the "
                    "reporter did not witness need a source in the same sentence.",
            paragraphs=[i for i, _ in specific_orphans],
        ))
    agentless = [(i, h) for i, h in hedge_list if h.agentless]
    if agentless:
        flags.append(Flag(
            code="agentless-hedge", severity="warning",
            message="Agentless hedges (" + "; ".join(sorted({f"\"{h.cue}\"" for _, h in agentless})[:4])
                    + ") hide who holds the belief.",
            paragraphs=[i for i, _ in agentless],
        ))
    hedged_anonymous = []
    hedge_ids = {h.id: h for _, h in hedge_list}
    for i, c in anonymous_only:
        if any(h in hedge_ids for h in c.hedge_ids):
            hedged_anonymous.append(i)
    if hedged_anonymous:
        flags.append(Flag(
            code="anonymous-speculation", severity="warning",
            message=f"{_plural(len(hedged_anonymous), 'claim')} {'pairs' if len(hedged_anonymous) == 1 else 'pair'} an anonymous source with hedged, speculative "
                    "content: anonymity is for information, not opinion or speculation.",
            paragraphs=hedged_anonymous,
        ))
    relayed = [(i, a) for i, a in all_attributions if a.via]
    if relayed:
        flags.append(Flag(
            code="secondary-attribution", severity="info",
            message=f"{_plural(len(relayed), 'attribution')} {'reaches' if len(relayed) == 1 else 'reach'} the reader "
                    "second-hand (relayed through another source).",
            paragraphs=[i for i, _ in relayed],
        ))
    no_comment = [(i, a) for i, a in all_attributions if a.no_comment]
    if no_comment:
        flags.append(Flag(
            code="declined-to-comment", severity="info",
            message="Asked but declined to comment: " + "; ".join(sorted({a.source for _, a in no_comment})[:4])
                    + ". Not a source for any claim.",
            paragraphs=[i for i, _ in no_comment],
        ))
    return flags
