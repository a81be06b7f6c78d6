"""The report's margin notes: one small function per flag, each reading the scored article."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from claimcheck.schema import Attribution, Claim, Flag, Hedge, Paragraph, Source
from claimcheck.scoring.claims import doubts, hides_a_source, hides_its_holder, is_anonymous, is_vague_anonymous
from claimcheck.scoring.rubric import Rubric


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@dataclass
class ScoredArticle:
    """The scored claims and their attributions, grouped the ways the flags and the summary need."""

    paragraphs: list[Paragraph]
    sources: dict[str, Source]
    rubric: Rubric
    voices: dict[str, list[Attribution]]  # claim id -> the sources it rests on (``ScoringContext.voices``)
    speculating: set[str]  # claims whose sources speculate (``ScoringContext.speculating``)

    def __post_init__(self) -> None:
        self.attributions = {a.id: a for p in self.paragraphs for a in p.attributions}
        self.claims: list[tuple[int, Claim]] = [(p.index, c) for p in self.paragraphs for c in p.claims]
        self.all_attributions: list[tuple[int, Attribution]] = [
            (p.index, a) for p in self.paragraphs for a in p.attributions
        ]
        self.hedges: list[tuple[int, Hedge]] = [(p.index, h) for p in self.paragraphs for h in p.hedges]
        self.attributed = [(i, c) for i, c in self.claims if c.sourced_by]
        self.unattributed = [(i, c) for i, c in self.claims if not c.sourced_by]
        self.orphans = [(i, c) for i, c in self.claims if c.orphan]
        self.anonymous_only = [
            (i, c) for i, c in self.attributed if all(map(is_anonymous, self.voices[c.id]))
        ]
        self.anonymous = [(i, a) for i, a in self.all_attributions if is_anonymous(a) and not a.no_comment]

    def source_name(self, attribution: Attribution) -> str:
        """The roster's name for an attribution's source: "Lee Park", not the "he" of the sentence."""
        source = self.sources.get(attribution.source_id or "")
        return source.name if source else attribution.source


def paragraphs_not_analysed(art: ScoredArticle) -> Optional[Flag]:
    failed = [p.index for p in art.paragraphs if p.error]
    if not failed:
        return None
    return Flag(code="paragraphs-not-analysed", severity="serious",
                message=f"{plural(len(failed), 'paragraph')} could not be analysed; the report is partial",
                paragraphs=failed)


def anonymous_majority(art: ScoredArticle) -> Optional[Flag]:
    attributed, anonymous_only = art.attributed, art.anonymous_only
    if not attributed or len(anonymous_only) / len(attributed) <= art.rubric.flags.anonymous_majority:
        return None
    return Flag(
        code="anonymous-majority", severity="serious",
        message=f"Most attributed claims ({len(anonymous_only)} of {len(attributed)}) rely only on anonymous "
                "sources. Anonymous sourcing is for vital information unavailable any other way; "
                "seek on-record confirmation.",
        paragraphs=[i for i, _ in anonymous_only],
    )


def anonymous_no_basis(art: ScoredArticle) -> Optional[Flag]:
    no_basis = [(i, a) for i, a in art.anonymous if not (a.anonymous and a.anonymous.basis)]
    if not no_basis:
        return None
    return Flag(
        code="anonymous-no-basis", severity="warning",
        message=f"{len(no_basis)} of {plural(len(art.anonymous), 'anonymous attribution')} never say how the source "
                "knows (\"with direct knowledge\", \"who saw the order\").",
        paragraphs=[i for i, _ in no_basis],
    )


def anonymous_no_reason(art: ScoredArticle) -> Optional[Flag]:
    if not art.anonymous or any(a.anonymous and a.anonymous.reason_given for _, a in art.anonymous):
        return None
    return Flag(
        code="anonymous-no-reason", severity="info",
        message="The story never says why any source was granted anonymity (most stories omit it; standards ask for it).",
        paragraphs=[i for i, _ in art.anonymous],
    )


def anonymous_vague(art: ScoredArticle) -> Optional[Flag]:
    vague = [(i, a) for i, a in art.anonymous if is_vague_anonymous(a)]
    if not vague:
        return None
    names = sorted({a.source for _, a in vague})
    return Flag(
        code="anonymous-vague", severity="warning",
        message="Vague anonymous descriptors (" + "; ".join(f"\"{n}\"" for n in names[:4])
                + "): be as specific as possible about who the source is.",
        paragraphs=[i for i, _ in vague],
    )


def orphan_claims(art: ScoredArticle) -> Optional[Flag]:
    if not art.orphans:
        return None
    return Flag(
        code="orphan-claims", severity="warning",
        message=f"{plural(len(art.orphans), 'specific claim')} with no attribution: disputable facts the "
                "reporter did not witness need a source in the same sentence.",
        paragraphs=[i for i, _ in art.orphans],
    )


def agentless_hedge(art: ScoredArticle) -> Optional[Flag]:
    agentless = [(i, h) for i, h in art.hedges if hides_its_holder(h) and doubts(h)]
    if not agentless:
        return None
    return Flag(
        code="agentless-hedge", severity="warning",
        message="Agentless hedges (" + "; ".join(sorted({f"\"{h.cue}\"" for _, h in agentless})[:4])
                + ") hide who holds the belief.",
        paragraphs=[i for i, _ in agentless],
    )


def anonymous_speculation(art: ScoredArticle) -> Optional[Flag]:
    hedged = [i for i, c in art.anonymous_only if c.id in art.speculating]
    if not hedged:
        return None
    verb = "pairs" if len(hedged) == 1 else "pair"
    return Flag(
        code="anonymous-speculation", severity="warning",
        message=f"{plural(len(hedged), 'claim')} {verb} an anonymous source with hedged, speculative "
                "content: anonymity is for information, not opinion or speculation.",
        paragraphs=hedged,
    )


def secondary_attribution(art: ScoredArticle) -> Optional[Flag]:
    relayed = [(i, a) for i, a in art.all_attributions if a.via]
    if not relayed:
        return None
    verb = "reaches" if len(relayed) == 1 else "reach"
    return Flag(
        code="secondary-attribution", severity="info",
        message=f"{plural(len(relayed), 'attribution')} {verb} the reader second-hand (relayed through another "
                "source); a chain counts as one source, as strong as its weakest link.",
        paragraphs=[i for i, _ in relayed],
    )


def declined_to_comment(art: ScoredArticle) -> Optional[Flag]:
    no_comment = [(i, a) for i, a in art.all_attributions if a.no_comment]
    if not no_comment:
        return None
    names = sorted({art.source_name(a) for _, a in no_comment})
    return Flag(
        code="declined-to-comment", severity="info",
        message="Asked but declined to comment: " + "; ".join(names[:4]) + ". Not a source for any claim.",
        paragraphs=[i for i, _ in no_comment],
    )


def agentless_report(art: ScoredArticle) -> Optional[Flag]:
    passives = [(p.index, u) for p in art.paragraphs for u in p.unsourced_cues if hides_a_source(u)]
    if not passives:
        return None
    return Flag(
        code="agentless-report", severity="warning",
        message="Reported in the passive with no source named (" + "; ".join(sorted(
            {f"\"{u.cue}\"" for _, u in passives})[:4]) + "): who announced, told or confirmed it?",
        paragraphs=sorted({i for i, _ in passives}),
    )


FLAGS: tuple[Callable[[ScoredArticle], Optional[Flag]], ...] = (
    paragraphs_not_analysed, anonymous_majority, anonymous_no_basis, anonymous_no_reason, anonymous_vague,
    orphan_claims, agentless_hedge, agentless_report, anonymous_speculation, secondary_attribution,
    declined_to_comment,
)


def flags(art: ScoredArticle) -> list[Flag]:
    return [flag for flag in (rule(art) for rule in FLAGS) if flag is not None]
