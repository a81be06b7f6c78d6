"""The contract between the engines, the roster, the scoring and the renderers.

Every report claimcheck writes is a dump of :class:`Report`. People script
against that JSON, so names here are stable: add fields, never rename them,
and bump ``SCHEMA_VERSION`` when a change could break a reader.

Spans are half-open ``[start, end)`` offsets into ``Paragraph.text`` and are
always verbatim: ``paragraph.text[start:end] == value``. ``Paragraph``
enforces that on construction, so no engine can hand the scoring or the
renderers a span that is not in the article.
"""

from __future__ import annotations

import re
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

from claimcheck.genres import GENRES  # noqa: F401  (re-exported: the contract's genres)
# Building models from claimcheck's own values and checking a paragraph's spans: in a module of their own, which
# the opt-in compiled build compiles (this one it never does); re-exported here, where the stages import them.
from claimcheck.model_build import ITEM_KIND_LETTERS, _check_span, _span_problems, _surely_verbatim, construct, \
    item_id, paragraph_id, set_fields, source_id, span_problems, verbatim_paragraph  # noqa: F401

SCHEMA_VERSION = "1.0"

SourceType = Literal["named_person", "organization", "document", "anonymous"]
SOURCE_TYPES: tuple[str, ...] = ("named_person", "organization", "document", "anonymous")
QuoteKind = Literal["direct", "indirect", "mixed"]
UnsourcedKind = Literal["passive", "question"]
HedgeHolder = Literal["reporter", "source"]
Rating = Literal["strong", "moderate", "weak", "unsourced"]
# How the roster joined a mention to its source: the source named in full, a shorter or other form of a
# name already given ("Knights", "Mr. Knights", "the CDC"), a pronoun, or a role noun ("the president").
Resolution = Literal["named", "alias", "pronoun", "role"]
RATINGS: tuple[str, ...] = ("strong", "moderate", "weak", "unsourced")
ClaimBasis = Literal["public_record", "common_knowledge", "author_argument"]

Span = tuple[int, int]

# Ids. A paragraph's items are "p{paragraph}-{kind letter}{n}", numbered from 1 in each paragraph, and
# roster sources are "s{n}" in order of first citation. Reports are scripted against these: every engine,
# the roster and corrections mint them here (paragraph_id, item_id, source_id and ITEM_KIND_LETTERS are written
# in claimcheck/model_build.py, which the opt-in build compiles, and imported above).
_SOURCE_ID = re.compile(r"s(\d+)")


def source_number(id: str) -> Optional[int]:
    """The number of a roster id (``"s4"`` -> 4); None for an id not in that scheme."""
    m = _SOURCE_ID.fullmatch(id)
    return int(m.group(1)) if m else None


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ToolInfo(_Model):
    name: str = "claimcheck"
    version: str


class Repair(_Model):
    """One kind of damage that ingestion repaired, so a reader can audit it."""

    kind: str = Field(description="e.g. 'spaced-entity', 'broken-entity', 'zero-width', 'mojibake'")
    description: str
    count: int = 1
    examples: list[str] = Field(default_factory=list, description="'before -> after' samples")


class StructureLine(_Model):
    """A line of page structure: kept in the report, never a claim or a source."""

    kind: str = Field(description="heading, teaser, video, rule, credit, social, read_more, caption, timestamp, copyright, note, prompt, "
                      "comments, advert")
    text: str
    before_paragraph: int = Field(ge=1, description="the article paragraph it precedes (one past the last at the end)")


class ArticleMeta(_Model):
    path: Optional[str] = Field(None, description="the path given, or '-' for stdin")
    title: Optional[str] = None
    date: Optional[str] = Field(None, description="ISO date when the article carries one")
    dateline: Optional[str] = Field(None, description="e.g. 'WASHINGTON'")
    byline: Optional[str] = Field(None, description="author or contributor line, kept out of the claims")
    outlet: Optional[str] = Field(None, description="the publication, from an archive's outlet column or a crawled URL's host")
    url: Optional[str] = Field(None, description="where the article was published: from an archive, or an HTML "
                               "page's canonical URL")
    sha256: str = Field(description="hash of the raw input bytes")
    format: Literal["txt", "md", "html"] = "txt"
    encoding: str = "utf-8"
    encoding_guessed: bool = False
    repairs: list[Repair] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    structure: list[StructureLine] = Field(
        default_factory=list, description="headings, subheads, teasers, rules, credits, captions: not article text")


class EngineInfo(_Model):
    name: str = Field(description="the engine's name in claimcheck.engines: 'rules', 'llm' ...")
    model: Optional[str] = None
    prompt_version: Optional[str] = None
    version: Optional[str] = Field(
        None, description="claimcheck's release, the engine's recorded version and a hash of its code and data "
                          "files, e.g. '0.1.0+rules.1.8.3f2a9c1d' (see claimcheck/versions.py)")


class AnonymousDetails(_Model):
    count: Optional[str] = Field(None, description="'two', 'several', 'a' ... or null when unstated")
    affiliation: Optional[str] = Field(None, description="'US', 'administration', 'military' ...")
    basis: Optional[str] = Field(None, description="how the source knows: 'with direct knowledge of ...'")
    reason_given: bool = Field(False, description="whether the story says why anonymity was granted")
    reason: Optional[str] = None


class Attribution(_Model):
    id: str
    source: str
    source_span: Span
    cue: str
    cue_span: Span
    content: Optional[str] = None
    content_span: Optional[Span] = None
    source_type: SourceType
    source_id: Optional[str] = Field(None, description="the roster entry; filled by claimcheck.roster")
    quote: QuoteKind = "indirect"
    anonymous: Optional[AnonymousDetails] = None
    no_comment: bool = Field(False, description="'declined to comment': asked, but a source for nothing")
    via: Optional[str] = Field(
        None, description="id of the attribution this one is relayed through ('..., according to SITE')"
    )
    relays: Optional[str] = Field(
        None, description="id of the attribution whose words this one passes on: in 'Hale said Ruiz told him ...' "
        "Hale's attribution relays Ruiz's (whose via is Hale's); one chain, never corroboration")
    spokesperson_for: Optional[str] = Field(
        None, description="an unnamed spokesperson or representative speaking for this named body "
                          "('a spokesman for the Justice Department' -> 'Justice Department'); the source is "
                          "the body on record, typed organization, but no person is named"
    )
    unresolved: bool = Field(
        False, description="a pronoun source ('they', 'he'), or an interview's answer label ('A. ...'), the roster "
        "could not join to anyone the article names (source_id null): the article named or described the source "
        "before, claimcheck could not tell whom. "
        "source_type is the engine's guess from the pronoun; it is no anonymous source (nobody withheld a name), "
        "so it counts towards no anonymous-sourcing flag, factor or share")
    writer: bool = Field(
        False, description="the writer's own first person outside quotation marks ('we asked 30 experts', 'I predict "
        "...'): the reporter, columnist or paper telling or arguing in their own voice. Listed, as a reader sees it, but "
        "a source for nothing and no roster entry (source_id null): a claim it alone carries is the author's own word "
        "(basis 'author_argument')")
    corrections: list[str] = Field(default_factory=list, description="the corrections that changed it")


class Hedge(_Model):
    id: str
    cue: str
    span: Span
    kind: str = Field(description="modal, adverb, verb, adjective, phrase, conditional ...")
    holder: HedgeHolder = "reporter"
    attribution_id: Optional[str] = Field(None, description="the attribution whose content holds it")
    agentless: bool = Field(False, description="passive 'is believed to': nobody named holds the belief")
    charge: bool = Field(
        False, description="'alleged', 'allegedly' (and the adjective 'suspected') in a story about a charge: the "
        "standard word for an accusation "
        "not yet proven (the presumption of innocence), not the reporter's doubt; the claim to check is that the "
        "charge was made. Scored as a charge, not as a hedge")


class ScoreFactor(_Model):
    """One line of a claim's score: what moved it, by how much, and why. Immutable, so that scoring can give
    the claims one instance of a factor they share (most lines repeat: "direct quotation", "a single source")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    factor: str
    points: float
    reason: str


class Claim(_Model):
    id: str
    text: str
    span: Span
    attribution_ids: list[str] = Field(default_factory=list)
    hedge_ids: list[str] = Field(default_factory=list)
    condition_ids: list[str] = Field(default_factory=list, description="the paragraph's conditions inside the claim")
    inherited_attribution: bool = Field(
        False, description="the attribution was carried over from a neighbouring sentence"
    )
    statement: Optional[str] = Field(
        None, description="llm engine: the claim restated to stand alone, in the model's words (not the article's)"
    )
    specific: Optional[bool] = Field(None, description="names, numbers, dates, intent: needs attribution")
    basis: Optional[ClaimBasis] = Field(
        None, description="why a claim with no attribution needs none: 'public_record' or 'common_knowledge' "
        "(a correction says so), 'author_argument' (the author's own argument in an opinion piece, or the writer's own "
        "first person in any story: attribution.writer)",
    )
    sourced_by: list[str] = Field(
        default_factory=list, description="the attribution ids that source it, as scoring decided "
        "('declined to comment' sources nothing)",
    )
    orphan: Optional[bool] = Field(
        None, description="scoring's verdict: specific, no source, and no stated reason to need none"
    )
    score: Optional[float] = Field(None, ge=0, le=100)
    rating: Optional[Rating] = None
    reasons: list[str] = Field(default_factory=list)
    factors: list[ScoreFactor] = Field(default_factory=list)
    corrections: list[str] = Field(default_factory=list, description="the corrections that changed it")


class UnsourcedCue(_Model):
    """A report with nobody named behind it, kept apart from the attributions (it names no source)."""
    id: str
    cue: str
    cue_span: Span
    content: Optional[str] = None
    content_span: Optional[Span] = None
    kind: UnsourcedKind = Field(description="'passive': a report in the passive with no agent ('it was announced "
                                "that ...', 'were told that ...'), which hides its source; 'question': a question "
                                "put to someone with no asker named ('Asked whether ..., Ruiz said'), the context "
                                "of an answer, never a claim")
    answered_by: Optional[str] = Field(None, description="for a question: the attribution of its sentence that "
                                       "answers it ('Asked whether ..., Ruiz said ...': Ruiz's)")
    subordinate: bool = Field(False, description="for a passive: it tells of a thing announced or reported inside a "
                              "subordinate or relative clause ('even before the deal was announced', 'the details "
                              "that were disclosed'), with no clause of its own reported: the claim around it does "
                              "not rest on it, and it raises no flag")


class Paragraph(_Model):
    index: int = Field(ge=1)
    text: str
    sentences: list[Span] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    hedges: list[Hedge] = Field(default_factory=list)
    conditions: list[Hedge] = Field(
        default_factory=list,
        description="conditionals ('if', 'unless', 'whether'): a claim that holds only under a condition; "
        "kind 'conditional', and 'consequent' for the will/would of the conditional's main clause ('if the "
        "talks fail, the strike will go on'), and 'question' for the 'whether' or 'if' of a question asked ('asked "
        "whether the plant would reopen': open, not asserted, and no condition on the claim); never counted as a "
        "hedge")
    unsourced_cues: list[UnsourcedCue] = Field(
        default_factory=list,
        description="reports that name no source: agentless passives ('it was announced that ...') and questions "
        "with no asker ('Asked whether ...'); no attribution, no roster entry, a source for nothing")
    error: Optional[str] = Field(None, description="null, or why this paragraph could not be analysed")
    warnings: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _spans_are_verbatim(self) -> "Paragraph":
        for problem in span_problems(self):
            raise ValueError(problem)
        return self


class SourceMention(_Model):
    paragraph: int
    span: Span
    text: str
    attribution_id: str
    resolution: Resolution = Field("named", description="how this mention was joined to its source")
    certain: bool = Field(True, description="false when the text allows another reading (a pronoun with two "
                                            "possible referents, a surname two people share)")


class Source(_Model):
    id: str
    name: str = Field(description="the canonical, fullest form the article gives")
    type: SourceType
    aliases: list[str] = Field(default_factory=list)
    description: Optional[str] = Field(None, description="role or affiliation as the article gives it")
    attribution_ids: list[str] = Field(default_factory=list)
    claim_ids: list[str] = Field(default_factory=list)
    mentions: list[SourceMention] = Field(default_factory=list)
    anonymous: Optional[AnonymousDetails] = None
    spokesperson_for: Optional[str] = Field(
        None, description="set when the source is an unnamed spokesperson for this named body"
    )
    corrections: list[str] = Field(default_factory=list, description="the corrections that changed it")


class Flag(_Model):
    code: str = Field(description="stable machine name, e.g. 'anonymous-no-basis'")
    severity: Literal["info", "warning", "serious"]
    message: str
    paragraphs: list[int] = Field(default_factory=list)


class CheckFirst(_Model):
    """One of the claims most worth a fact-checker's time, and why."""

    claim_id: str
    paragraph: int
    reason: str


class Summary(_Model):
    paragraphs: int = 0
    paragraphs_failed: int = 0
    claims: int = 0
    attributed_claims: int = 0
    unattributed_claims: int = 0
    attributions: int = 0
    attributions_by_type: dict[str, int] = Field(default_factory=lambda: {t: 0 for t in SOURCE_TYPES})
    no_comment: int = 0
    writer_voice: int = Field(0, description="attributions in the writer's own voice (attribution.writer), counted in "
                              "no type: the writer is no source")
    hedges: int = 0
    agentless_hedges: int = Field(0, description="hedges nobody named holds ('is believed to', 'allegedly'), as in "
                                  "schema 1.0 from the start; a charge's 'allegedly' is one of them, and is counted "
                                  "again in charge_hedges")
    charge_hedges: int = Field(0, description="hedges that are a charge's word ('alleged' in a story about a charge): "
                               "scored as a charge, not as the reporter's doubt; included in hedges")
    distinct_sources: int = 0
    named_sources: int = 0
    anonymous_sources: int = 0
    sources_by_type: dict[str, int] = Field(
        default_factory=lambda: {t: 0 for t in SOURCE_TYPES}, description="distinct sources of each type; sums to distinct_sources"
    )
    genre: str = Field("news", description="news, opinion, editorial, analysis, column or review")
    genre_basis: Optional[str] = Field(None, description="why the article was read as that genre")
    anonymous_only_claims: int = 0
    anonymous_only_share: float = 0.0
    orphan_share: float = 0.0
    score: Optional[float] = None
    rating: Optional[Rating] = None
    score_reasons: list[str] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)
    check_first: list[CheckFirst] = Field(
        default_factory=list, description="the claims to check first, most worth checking first"
    )


class Usage(_Model):
    """What an llm run cost; absent for the rules engine."""

    requests: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    cached_tokens: int = Field(0, description="prompt tokens the endpoint served from its prefix cache")
    completion_tokens: int = 0
    estimated_cost_usd: Optional[float] = None


class AppliedCorrection(_Model):
    """A fact-checker's correction (``--corrections FILE``) as applied to this report."""

    kind: str = Field(description="retype, merge, split, attach, mark or drop")
    description: str
    file: str
    line: Optional[int] = None
    targets: list[str] = Field(default_factory=list, description="ids of the sources, attributions or claims it changed")


class Report(_Model):
    schema_version: str = SCHEMA_VERSION
    tool: ToolInfo
    article: ArticleMeta
    engine: EngineInfo
    paragraphs: list[Paragraph]
    sources: list[Source] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
    usage: Optional[Usage] = None
    corrections: list[AppliedCorrection] = Field(default_factory=list)

    @property
    def partial(self) -> bool:
        return any(p.error for p in self.paragraphs)
