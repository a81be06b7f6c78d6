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
from typing import Callable, Literal, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from claimcheck.genres import GENRES  # noqa: F401  (re-exported: the contract's genres)

SCHEMA_VERSION = "1.0"

SourceType = Literal["named_person", "organization", "document", "anonymous"]
SOURCE_TYPES: tuple[str, ...] = ("named_person", "organization", "document", "anonymous")
QuoteKind = Literal["direct", "indirect", "mixed"]
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
# the roster and corrections mint them here.
ITEM_KIND_LETTERS: dict[str, str] = {"attribution": "a", "claim": "c", "hedge": "h", "condition": "k"}
_SOURCE_ID = re.compile(r"s(\d+)")


def paragraph_id(index: int) -> str:
    return f"p{index}"


def item_id(paragraph: int, kind: str, n: int) -> str:
    """``item_id(3, "attribution", 1)`` is ``"p3-a1"``."""
    return f"{paragraph_id(paragraph)}-{ITEM_KIND_LETTERS[kind]}{n}"


def source_id(n: int) -> str:
    return f"s{n}"


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

    kind: str = Field(description="heading, teaser, video, rule, credit, social, read_more, caption, timestamp, copyright, note, prompt")
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
        False, description="a pronoun source ('they', 'he') the roster could not join to anyone the article names "
        "(source_id null): the article named or described the source before, claimcheck could not tell whom. "
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
        False, description="'alleged', 'allegedly' in a story about a charge: the standard word for an accusation "
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
        "talks fail, the strike will go on'); never counted as a hedge")
    error: Optional[str] = Field(None, description="null, or why this paragraph could not be analysed")
    warnings: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _spans_are_verbatim(self) -> "Paragraph":
        for problem in span_problems(self):
            raise ValueError(problem)
        return self


def _check_span(text: str, span: Optional[Span], value: Optional[str], where: str) -> Optional[str]:
    if span is None:
        return None if value is None else f"{where}: value without a span"
    start, end = span
    if not (0 <= start <= end <= len(text)):
        return f"{where}: span {list(span)} is outside the paragraph (length {len(text)})"
    if value is not None and text[start:end] != value:
        return f"{where}: span {list(span)} holds {text[start:end]!r}, not {value!r}"
    return None


def span_problems(paragraph: Paragraph) -> list[str]:
    """Every span in the paragraph that is not verbatim, as readable messages."""
    if _surely_verbatim(paragraph):
        return []  # the common case, decided in one pass without a message or a call per span
    return _span_problems(paragraph)


def _surely_verbatim(paragraph: Paragraph) -> bool:
    """Whether every span is inside the text and holds its value, read in one pass: True only where
    :func:`_span_problems` finds nothing; anything else (a span missing, a value without a span, a span out of
    place) is left to it. ``tests/test_schema.py`` holds the two together."""
    text = paragraph.text
    size = len(text)
    for a in paragraph.attributions:
        source, cue, content = a.source_span, a.cue_span, a.content_span
        if source is None or cue is None or not (
                0 <= source[0] <= source[1] <= size and 0 <= cue[0] <= cue[1] <= size
                and text[source[0]:source[1]] == a.source and text[cue[0]:cue[1]] == a.cue):
            return False
        if content is None:
            if a.content is not None:
                return False
        elif not (0 <= content[0] <= content[1] <= size) or (
                a.content is not None and text[content[0]:content[1]] != a.content):
            return False
    for hedges in (paragraph.hedges, paragraph.conditions):
        for h in hedges:
            span = h.span
            if span is None or not (0 <= span[0] <= span[1] <= size) or text[span[0]:span[1]] != h.cue:
                return False
    for c in paragraph.claims:
        span = c.span
        if span is None or not (0 <= span[0] <= span[1] <= size) or text[span[0]:span[1]] != c.text:
            return False
    for s in paragraph.sentences:
        if s is None or not (0 <= s[0] <= s[1] <= size):
            return False
    return True


def _span_problems(paragraph: Paragraph) -> list[str]:
    """Every span in the paragraph that is not verbatim, checked one by one: the plain reading."""
    text = paragraph.text
    problems: list[str] = []

    def check(span: Optional[Span], value: Optional[str], where: str) -> None:
        problem = _check_span(text, span, value, where)
        if problem:
            problems.append(problem)

    for a in paragraph.attributions:
        check(a.source_span, a.source, f"{a.id}.source")
        check(a.cue_span, a.cue, f"{a.id}.cue")
        check(a.content_span, a.content, f"{a.id}.content")
    for hedges in (paragraph.hedges, paragraph.conditions):
        for h in hedges:
            check(h.span, h.cue, f"{h.id}.cue")
    for c in paragraph.claims:
        check(c.span, c.text, f"{c.id}.text")
    for i, s in enumerate(paragraph.sentences):
        check(s, None, f"paragraph {paragraph.index} sentence {i}")
    return problems


def set_fields(model: BaseModel, **values: object) -> None:
    """Assign several fields at once, as ``model.field = value`` does for these models (none validates
    assignment): into the instance's fields and the set of fields it has had set, without pydantic's
    ``__setattr__`` once per field, which costs more than the rest of a claim's scoring bookkeeping."""
    model.__dict__.update(values)
    model.__pydantic_fields_set__.update(values)


_Built = TypeVar("_Built", bound=BaseModel)
# per model: every field in order with its default (required fields hold None until given), and the fields
# whose default comes from a factory, which are made afresh for each model
_DEFAULTS: dict[type, tuple[dict[str, object], tuple[tuple[str, Callable[[], object]], ...]]] = {}


def _defaults_of(model: type[BaseModel]) -> tuple[dict[str, object], tuple[tuple[str, Callable[[], object]], ...]]:
    if model.__private_attributes__ or model.model_config.get("extra") == "allow":
        raise TypeError(f"construct builds models without private or extra fields, not {model.__name__}")
    fields = model.model_fields
    template = {name: None if f.is_required() or f.default_factory else f.default for name, f in fields.items()}
    factories = tuple((name, f.default_factory) for name, f in fields.items() if f.default_factory)
    return template, factories  # type: ignore[return-value]


def construct(model: type[_Built], values: dict[str, object]) -> _Built:
    """``model.model_validate(values)`` for values that already have their fields' types (a span a tuple of two
    ints, a list of ids a new list of str, a nested model a model) and hold every required field: the same
    fields in the same order, the same fields set, a fresh default for each field left out, without
    pydantic-core's validation (about 25k instructions for a claim; pydantic's own ``model_construct`` costs
    more, and the engine builds several models a paragraph). No validator runs: :func:`verbatim_paragraph`
    checks a paragraph's spans. Only for values made by claimcheck's own code, never for input."""
    defaults = _DEFAULTS.get(model)
    if defaults is None:
        defaults = _DEFAULTS[model] = _defaults_of(model)
    template, factories = defaults
    fields = template.copy()
    for name, factory in factories:
        if name not in values:
            fields[name] = factory()
    fields.update(values)
    built = _new_object(model)
    _set_dict(built, "__dict__", fields)
    _set_fields_set(built, set(values))
    _set_extra(built, None)
    _set_private(built, None)
    return built


# BaseModel's own slots, set as pydantic-core sets them (BaseModel.__setattr__ would validate the name)
_new_object, _set_dict = object.__new__, object.__setattr__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def verbatim_paragraph(values: dict[str, object]) -> Paragraph:
    """``Paragraph.model_validate(values)`` for an engine's own values (its claims, attributions and hedges
    already models, made with :func:`construct`): built by :func:`construct`, its spans checked as the
    validator checks them; a paragraph with a span that is not verbatim goes to ``model_validate``, which
    raises the validator's error as ever."""
    paragraph = construct(Paragraph, values)
    if span_problems(paragraph):
        return Paragraph.model_validate(values)
    return paragraph


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
