"""A claim's score: one small function per factor, each returning what moved the score and why.

Scoring decides, once, what the renderers and the batch tables only read:
which attributions source a claim (``Claim.sourced_by``), whether it is
specific, whether it is an orphan, its score and its rating.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final, Optional

from claimcheck.article import turns
from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from claimcheck.model_build import set_fields
from claimcheck.schema import Attribution, Claim, Hedge, Paragraph, ScoreFactor, Source, UnsourcedCue
from claimcheck.scoring.rubric import Rubric, rating_for

# --- what a claim is -------------------------------------------------------

_MONTHS: Final = "|".join(re.escape(m) for m in MONTH_NAMES + MONTH_ABBREVIATIONS)
_DAYS: Final = "|".join(WEEKDAY_NAMES)
_INTENT: Final = (
    r"order(?:s|ed)?|plann?(?:s|ed|ing)?|direct(?:s|ed)?|authori[sz](?:es|ed)|kill(?:s|ed)?|decid(?:es|ed)|"
    r"approv(?:es|ed)|launch(?:es|ed)|attack(?:s|ed)|threaten(?:s|ed)|blam(?:es|ed)|accus(?:es|ed)|"
    r"sign(?:s|ed)|vot(?:es|ed)|fir(?:es|ed)|arrest(?:s|ed)|charg(?:es|ed)|caus(?:es|ed)|led\s+to|"
    r"resulted\s+in|because|spen[dt]|cost|paid|rais(?:es|ed)|cut|increas(?:es|ed)|decreas(?:es|ed)"
)
_QUANTITIES: Final = r"percent|per cent|million|billion|thousands?|hundreds?|dozens?"


def _alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regex alternation (a "|" inside a group belongs to the group)."""
    out, depth, start = [], 0, 0
    for at, char in enumerate(alternation):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            out.append(alternation[start:at])
            start = at + 1
    return out + [alternation[start:]]


def by_first_letter(alternatives: list[str]) -> str:
    """The alternation of ``alternatives`` (each beginning with a letter), written as one branch per first
    letter, each holding its alternatives' rests in their order: ``Jan|June|May`` as ``J(?:an|une)|M(?:ay)``.
    It matches what the plain alternation matches, and where: at a position only the alternatives that begin
    with the letter there can match, and they are tried in the same order. re tries a plain alternation's
    alternatives one by one at every position it is tried; this one, one branch."""
    branches: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not alternative[:1].isalpha():
            raise ValueError(f"an alternative must begin with a letter: {alternative!r}")
        branches.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in branches.items())


class WordStarts:
    """The matches of ``\\b(?:alternatives)`` (each alternative beginning with a letter), found quickly; read them
    with :meth:`spans` or :meth:`first`, never with the pattern itself.

    The pattern matches the character before the word too, as one that is no ASCII letter, digit or
    underscore, and tries the alternatives grouped by first letter (:func:`by_first_letter`): re scans for a
    pattern that begins with a character class quickly, where it tries ``\\b`` at every position, and a plain
    alternation tries every alternative there. The text is read with a space before it, so that a word at its
    start has a character before it; a match whose character before the word is a word character after all
    (a letter or digit beyond ASCII: "é") is no word start, and the search goes on from the next position.
    After a match it goes on from the match's last character, which may be the character before the next word
    (an alternative may end in one that is no word character)."""

    def __init__(self, alternatives: list[str]) -> None:
        self._pattern = re.compile("[^0-9A-Z_a-z](?:" + by_first_letter(alternatives) + ")")

    def spans(self, text: str, first: bool = False) -> list[tuple[int, int]]:
        """The (start, end) in ``text`` of each match, in order, as ``finditer`` of ``\\b(?:alternatives)``
        finds them (only the first with ``first``)."""
        found: list[tuple[int, int]] = []
        padded, at = " " + text, 0
        while True:
            match = self._pattern.search(padded, at)
            if match is None:
                return found
            start = match.start()  # in ``text``, where the word begins
            before = text[start - 1] if start else " "
            if before.isalnum() or before == "_":
                at = start + 1
                continue
            found.append((start, match.end() - 1))
            if first:
                return found
            at = match.end() - 1

    def first(self, text: str) -> bool:
        """Whether ``\\b(?:alternatives)`` matches in ``text``."""
        return bool(self.spans(text, first=True))


# What makes a claim specific: a number; or at a word start, a month, a weekday, an intent word or a
# quantity, tried in that order. Two patterns, not one alternation: one that begins with a character class
# (the number) is scanned for by re far faster than one tried at every position, and no match of one can
# begin inside a match of the other (numbers hold no letters, the words no digits), so together they find
# what the alternation would. The words are read at word starts (WordStarts).
_NUMBER: Final = re.compile(r"\d[\d.,]*")
_SPECIFIC_WORD: Final = WordStarts([month + r"(?!\w)" for month in _alternatives(_MONTHS)]
                                    + [word + r"\b" for word in _alternatives("|".join((_DAYS, _INTENT, _QUANTITIES)))])
# A capitalised word after the first word of the sentence is usually a name (group 1). The space is
# matched, not looked behind for, so that re looks for a space before it tries the lookbehind.
_PROPER_NAME: Final = re.compile(r"\s(?<=[a-z,;:]\s)([A-Z][a-z]+)")
_QUOTATION: Final = re.compile(r"[\"“”]")
# A quotation is someone's words when it holds a clause's worth of them. A quoted term, nickname or title ("a
# “working-class” revolt", the “Never Trump” movement, the podcast “So, That Happened.”) is the writer's word, and
# nobody needs to be named as saying it.
_QUOTED_SPAN: Final = re.compile(r"\"([^\"]*)\"|“([^“”]*)”")
_QUOTED_WORD: Final = re.compile(r"[^\W_](?:[\w’'-]*\w)?")
QUOTATION_MIN_WORDS: Final = 4
# A name as written, for the reasons: a run of capitalised words ("San Francisco", "George W. Bush") with the
# small words inside names ("Bank of America", "Pacific Gas and Electric Co."; see _whole_name).
_NAME_RUN: Final = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|on|the|and|de|la|del|du|van|von|al|bin|&)\s+)*[A-Z][\w'’.&-]*)*")
_RUN_WORD: Final = re.compile(r"\S+")
# What a body's name ends in, so that "and" inside it joins ("Pacific Gas and Electric Co.") and does not join
# two names ("Ruiz and Park"); and what a name's "of" follows ("Bank of America", "Secretary of State").
_ABBREVIATED_ENDS: Final = frozenset("co inc corp ltd llc plc bros".split()) | lx.NAME_SUFFIXES  # "Co.", "Jr." keep their stop
_BODY_ENDS: Final = lx.ORGANIZATION_NAME_WORDS | lx.ORGANIZATION_NOUNS | _ABBREVIATED_ENDS
_OF_FOLLOWS: Final = _BODY_ENDS | lx.TITLES | lx.NAME_TITLE_WORDS
_CONNECTIVES: Final = frozenset("of for on the and de la del du van von al bin &".split())
# Words that open a sentence without being part of the name after them ("The Pentagon", "In San Francisco").
_OPENERS: Final = lx.NOT_SOURCE_WORDS | lx.DETERMINERS | lx.SUBJECT_STOPS | lx.PREPOSITIONS


def is_specific(text: str) -> bool:
    """Names, numbers, dates and intent make a claim disputable; background does not."""
    return bool(_NUMBER.search(text) or _PROPER_NAME.search(text) or _SPECIFIC_WORD.first(text))


def specific_details(text: str) -> list[str]:
    """The numbers, names, dates and intent words a claim holds: what there is to check, each name whole as
    written ("Pacific Gas and Electric Co.", not "Gas, Electric, Co"), for the reasons a reader sees."""
    return list(_specific_details(text))


def specific_detail_count(text: str) -> int:
    """How much a claim holds to check, as the claims to check first weigh it (``[check_first]
    per_specific_detail``): every number, date and intent word, and every capitalised word after the sentence's
    first, as the weights were set. (A name of several words counts once per word; counting whole names would
    reorder the list on most articles, a rubric decision, so the count stays as calibrated.)"""
    return len(_specific_detail_words(text))


def specific_detail_count_at_most(text: str, at_most: int) -> int:
    """``min(specific_detail_count(text), at_most)``, read only as far as it takes: the count is of distinct
    words, which the order they are found in does not change, so the names, numbers and intent words are
    counted one kind after another, and the reading stops once ``at_most`` are found (the claims to check first
    give no more than their ``max_detail_bonus`` for details). ``tests/scoring/test_detail_count.py`` holds it to
    the plain count."""
    if at_most <= 0:
        return 0 if at_most == 0 else min(specific_detail_count(text), at_most)
    seen: set[str] = set()
    for match in _PROPER_NAME.finditer(text):
        seen.add(match.group(1))
        if len(seen) >= at_most:
            return at_most
    for match in _NUMBER.finditer(text):
        word = match.group(0).rstrip(".,")
        if word:
            seen.add(word)
            if len(seen) >= at_most:
                return at_most
    for start, end in _SPECIFIC_WORD.spans(text):
        word = text[start:end].rstrip(".,")
        if word:
            seen.add(word)
            if len(seen) >= at_most:
                return at_most
    return len(seen)


def _bare_word(word: str) -> str:
    return word.lower().rstrip(".,;:").removesuffix("'s").removesuffix("’s")


def _names_whole(text: str) -> list[tuple[int, str]]:
    """The names a claim holds, each whole as written ("Pacific Gas and Electric Co.", "San Francisco"): the runs
    of capitalised words that hold a word the specific-claim test reads as a name (``_PROPER_NAME``: a capital
    after the sentence's first word), so a claim's names are what makes it specific, one detail each."""
    starts = {m.start(1) for m in _PROPER_NAME.finditer(text)}
    if not starts:
        return []
    out = []
    for run in _NAME_RUN.finditer(text):
        for start, name in _whole_names(run.group(), run.start()):
            words = [w.start() + start for w in _RUN_WORD.finditer(name)]
            if any(w in starts for w in words):
                out.append((start, name))
    return out


def _whole_names(run: str, at: int) -> list[tuple[int, str]]:
    """A run of capitalised words cut into the names it holds: at a full stop that ends a word (not an initial,
    a title or an acronym: "George W. Bush", "Sen. Lee", "U.S. Steel"), after a possessive ("Ruiz's"), and at an
    "and" that joins two names rather than a body's ("Ruiz and Park"; "Pacific Gas and Electric Co." is one);
    "of", "for", "on" and "the" stay in a name after a body's word or a title ("Bank of America", "Secretary of
    State"). Sentence openers before it ("The", "In") are no part of it."""
    words = [(m.start(), m.group()) for m in _RUN_WORD.finditer(run)]
    names: list[list[tuple[int, str]]] = [[]]
    for n, (offset, word) in enumerate(words):
        current = names[-1]
        if word in _CONNECTIVES:
            before = _bare_word(current[-1][1]) if current else ""
            if word in ("and", "&"):
                rest = [w for _, w in words[n + 1:]]
                end = next((k for k, w in enumerate(rest) if w.endswith((".", "'s", "’s")) and not _continues(w)
                            or w in ("and", "&")), len(rest) - 1)
                complement = any(w in ("for", "on") for _, w in current)  # "Centers for Disease Control and ..."
                last = _bare_word(rest[end]) if rest else ""
                if not rest or rest[0] in _CONNECTIVES or not complement and last not in _BODY_ENDS \
                        and last[:-1] not in _BODY_ENDS:
                    names.append([])  # "Ruiz and Park", "the Council on Foreign Relations and the State Department"
                    continue
            elif not current or before not in _OF_FOLLOWS and before[:-1] not in _OF_FOLLOWS \
                    and current[-1][1] not in _CONNECTIVES:
                names.append([])
                continue
            current.append((offset, word))
            continue
        current.append((offset, word))
        if word.endswith(("'s", "’s")) or word.endswith((".", ",")) and not _continues(word):
            names.append([])
    out = []
    for name in names:
        while name and (name[-1][1] in _CONNECTIVES):
            name.pop()
        while name and _bare_word(name[0][1]) in _OPENERS and name[0][1][:1].isupper() and len(name) > 1:
            name.pop(0)
        if not name or len(name) == 1 and _bare_word(name[0][1]) in _OPENERS:
            continue
        first, stop = name[0][0], name[-1][0] + len(name[-1][1])
        text = run[first:stop]
        text = re.sub(r"(?:'s|’s|,)$", "", text)
        if text.endswith(".") and not _continues(text.split()[-1]) and _bare_word(text.split()[-1]) not in _ABBREVIATED_ENDS:
            text = text[:-1]
        out.append((at + first, text))
    return out


def _continues(word: str) -> bool:
    """A word with a full stop that a name goes on past: an initial ("W."), a dotted acronym ("U.S."), a title
    ("Sen.", "Gov.")."""
    core = word.rstrip(",")
    return core.endswith(".") and (len(core) == 2 or "." in core[:-1] or core.lower() in lx.TITLES
                                   or core.lower().rstrip(".") in lx.NAME_TITLE_WORDS)


@lru_cache(maxsize=256)
def _specific_detail_words(text: str) -> tuple[str, ...]:
    found = sorted([(m.start(), m.group(0).rstrip(".,")) for m in _NUMBER.finditer(text)]
                   + [(start, text[start:end].rstrip(".,")) for start, end in _SPECIFIC_WORD.spans(text)]
                   + [(m.start(1), m.group(1)) for m in _PROPER_NAME.finditer(text)])
    return tuple(dict.fromkeys(word for _, word in found if word))


@lru_cache(maxsize=256)
def _specific_details(text: str) -> tuple[str, ...]:
    found = sorted([(m.start(), m.group(0).rstrip(".,")) for m in _NUMBER.finditer(text)]
                   + [(start, text[start:end].rstrip(".,")) for start, end in _SPECIFIC_WORD.spans(text)]
                   + _names_whole(text))
    words = list(dict.fromkeys(word for _, word in found if word))
    # a name the claim gave in full before is no detail of its own ("Trump" after "Donald Trump")
    names = [w for w in words if w[:1].isupper()]
    words = [w for w in words if not (w[:1].isupper() and any(
        w != other and set(w.split()) <= set(other.split()) for other in names))]
    # Figures and names say most about what to check; intent words ("ordered", "paid") come last.
    return tuple(sorted(words, key=lambda w: 0 if w[0].isdigit() else 1 if w[0].isupper() else 2))


def has_quotation(text: str) -> bool:
    """Whether the text quotes someone's words: a quoted span of at least QUOTATION_MIN_WORDS words that is not a
    title (every word of four letters or more capitalised), or a quotation mark with no partner (a quotation that
    runs on from or into another paragraph)."""
    if not _QUOTATION.search(text):
        return False
    spans = _QUOTED_SPAN.findall(text)
    if _QUOTATION.search(_QUOTED_SPAN.sub("", text)):
        return True
    return any(_someones_words(straight or curly) for straight, curly in spans)


def _someones_words(inside: str) -> bool:
    words = _QUOTED_WORD.findall(inside)
    if len(words) < QUOTATION_MIN_WORDS:
        return False
    long_words = [w for w in words if len(w) > 3]
    return not (long_words and all(w[0].isupper() for w in long_words))


def sourcing(claim: Claim, attributions: dict[str, Attribution]) -> list[Attribution]:
    """The attributions that source a claim: "declined to comment" sources nothing, nor does the writer's own voice."""
    return [attributions[i] for i in claim.attribution_ids if i in attributions and not attributions[i].no_comment
            and not attributions[i].writer]


claim_sources = sourcing  # the name callers used before scoring became a package


def chain_heads(sourced: list[Attribution]) -> list[Attribution]:
    """A relayed chain ("X said, according to Y") is one source: keep the link that relays, drop its relay."""
    if len(sourced) == 1:  # the common case, decided without building the set
        return [a for a in sourced if not (a.via and a.via == a.id)]
    relays = {a.via for a in sourced if a.via}
    return [a for a in sourced if a.id not in relays]


def paragraph_of_attributions(paragraphs: list[Paragraph]) -> dict[str, int]:
    """Each attribution's paragraph: its spans are offsets into that paragraph's text."""
    return {a.id: p.index for p in paragraphs for a in p.attributions}


def _inside(inner: Attribution, outer: Attribution, paragraph_of: dict[str, int]) -> bool:
    """Whether ``inner``'s cue lies in ``outer``'s content."""
    span = outer.content_span
    return (span is not None and inner is not outer and span[0] <= inner.cue_span[0]
            and inner.cue_span[1] <= span[1] and paragraph_of.get(inner.id) == paragraph_of.get(outer.id))


def voices(sourced: list[Attribution], paragraph_of: dict[str, int]) -> list[Attribution]:
    """The sources a claim rests on: its chain heads, less those whose cue lies inside another head's
    content. In "The Times reported the email came hours after Trump proposed a ban", what Trump proposed is
    part of what the Times reported, not a second voice for it: it neither corroborates the claim nor
    stands as its source."""
    heads = chain_heads(sourced)
    if len(heads) < 2:
        return heads
    outermost = [a for a in heads if not any(_inside(a, other, paragraph_of) for other in heads)]
    return outermost or heads


def says_the_same(a: Attribution, b: Attribution, paragraph_of: dict[str, int]) -> bool:
    """Whether two attributions back the same words: their contents share at least half of the shorter one
    ("X and Y said ...", one statement attributed twice), or one has no content of its own and so backs
    the claim as a whole ("..., X said, and Y said so too"). Two sources in one sentence saying different
    things ("one company says 2,400, another says 1,800"; "X admitted A, while Y argued B") do not
    corroborate each other: corroboration is two sources for one fact."""
    if a.content_span is None or b.content_span is None:
        return True
    if paragraph_of.get(a.id) != paragraph_of.get(b.id):
        return False
    (a0, a1), (b0, b1) = a.content_span, b.content_span
    return min(a1, b1) - max(a0, b0) >= min(a1 - a0, b1 - b0) / 2


_VAGUE_ANON: Final = re.compile(
    r"^(?:some\s+|several\s+|many\s+|other\s+)?(?:officials?|sources?|people|persons|insiders|observers|"
    r"experts|analysts|critics|people\s+familiar\b.*|sources\s+familiar\b.*|those\s+familiar\b.*)$",
    re.I,
)
_VAGUE_DOCUMENT: Final = re.compile(r"^(?:documents?|records?|papers?|files?|reports?|data)$", re.I)
_DETERMINER: Final = re.compile(r"^(?:the|a|an|some|several|many|two|three|four|five)\s+", re.I)


def is_vague_anonymous(attribution: Attribution) -> bool:
    details = attribution.anonymous
    if details and details.affiliation:
        return False
    core = attribution.source.split(",")[0]
    core = re.split(r"\s+(?:who|with|familiar)\b", core)[0]
    return bool(_VAGUE_ANON.match(core.strip()))


def is_anonymous(attribution: Attribution) -> bool:
    """Whether the rubric reads an attribution as an anonymous source: typed anonymous, and no pronoun the roster
    could not resolve (``unresolved``: the article named or described that source before, claimcheck could not
    tell whom; the standards' anonymous source is one the reporter chose not to name)."""
    return attribution.source_type == "anonymous" and not attribution.unresolved and not attribution.writer


def is_vague_document(attribution: Attribution) -> bool:
    return bool(_VAGUE_DOCUMENT.match(_DETERMINER.sub("", attribution.source.strip())))


_PLAIN_COUNTS: Final = {"a", "an", "one", "some", "several", "many"}


@dataclass
class ScoringContext:
    """What every factor may consult: the rubric and the report's cross-references."""

    rubric: Rubric
    attributions: dict[str, Attribution]
    sources: dict[str, Source]
    hedges: dict[str, Hedge]
    genre: str = "news"
    paragraph_of: dict[str, int] = field(default_factory=dict)  # paragraph_of_attributions
    voices: dict[str, list[Attribution]] = field(default_factory=dict)  # claim id -> its voices, set by score_claim
    # The claims whose sources' own words are speculation (:func:`sources_speculate`), decided once by score_claim
    # and read by the claim's factor, "check first" and the anonymous-speculation flag.
    speculating: set[str] = field(default_factory=set)
    # claim id -> the cue of an agentless passive report inside it ("it was announced that ..."): see
    # :func:`passive_reports`.
    passive_reports: dict[str, str] = field(default_factory=dict)

    def label(self, attribution: Attribution) -> str:
        source = self.sources.get(attribution.source_id or "")
        return source.name if source else attribution.source

    def source_type(self, attribution: Attribution) -> str:
        return attribution.source_type

    def independent_key(self, attribution: Attribution) -> str:
        return attribution.source_id or attribution.source.lower()


@lru_cache(maxsize=8192)
def _factor(factor: str, points: float, reason: str) -> ScoreFactor:
    """The one (immutable) instance of this line of a score: most lines repeat across claims, and building a
    validated model costs more than looking one up. (Called with positional arguments: the cache's key for
    keyword arguments costs more than the lookup.)"""
    return ScoreFactor(factor=factor, points=points, reason=reason)


# --- factors of an attributed claim -----------------------------------------

def base_points(a: Attribution, ctx: ScoringContext) -> float:
    b = ctx.rubric.base
    kind = ctx.source_type(a)
    if kind == "document":
        return b.vague_document if is_vague_document(a) else b.document
    return getattr(b, kind)


_KIND_WORDS: Final = {"named_person": "a person", "organization": "an institution", "document": "a document",
               "anonymous": "unnamed people"}


def base_factor(a: Attribution, ctx: ScoringContext) -> ScoreFactor:
    label, kind = ctx.label(a), ctx.source_type(a)
    if a.unresolved and turns.is_answer_label(a.source, a.cue):
        why = (f"an interview's answer ({label}) from someone claimcheck could not find named before the answers: "
               f"check who was interviewed (scored as {_KIND_WORDS[kind]})")
    elif a.unresolved:
        why = (f"a pronoun claimcheck could not resolve ({label}): the article names or describes this source "
               f"before, so it is no anonymous source; check whom it means (scored as {_KIND_WORDS[kind]})")
    elif kind == "named_person":
        why = f"named, on-record source ({label})"
    elif kind == "organization":
        why = f"institution on record ({label}): accountable, though no person stands behind the words"
    elif kind == "document" and is_vague_document(a):
        why = f"unidentified document ({label}): 'documents show' is weak sourcing"
    elif kind == "document":
        why = f"identified document or record ({label})"
    else:
        why = f"anonymous source ({label})"
    return _factor("source_type", base_points(a, ctx), why)


def quote_factor(a: Attribution, ctx: ScoringContext) -> ScoreFactor:
    why = {"direct": "direct quotation: the source's own words", "mixed": "partly quoted, partly paraphrased",
           "indirect": "paraphrase, not the source's own words"}[a.quote]
    return _factor("quote", getattr(ctx.rubric.quote, a.quote), why)


def anonymous_basis_factor(a: Attribution, ctx: ScoringContext) -> ScoreFactor:
    r = ctx.rubric.anonymous
    if a.anonymous and a.anonymous.basis:
        return _factor("anonymous_basis", r.basis_stated,
                       f"says how the source knows: \"{a.anonymous.basis}\"")
    return _factor("anonymous_basis", r.no_basis, "does not say how the anonymous source knows")


def anonymous_reason_factor(a: Attribution, ctx: ScoringContext) -> Optional[ScoreFactor]:
    if a.anonymous and a.anonymous.reason_given:
        return _factor("anonymous_reason", ctx.rubric.anonymous.reason_given,
                       "says why anonymity was granted")
    return None


def anonymous_vague_factor(a: Attribution, ctx: ScoringContext) -> Optional[ScoreFactor]:
    if is_vague_anonymous(a):
        return _factor("anonymous_vague", ctx.rubric.anonymous.vague_descriptor,
                       f"vague descriptor \"{a.source}\": no affiliation or role")
    return None


def anonymous_count_factor(a: Attribution, ctx: ScoringContext) -> Optional[ScoreFactor]:
    count = a.anonymous.count if a.anonymous else None
    if count and count.lower() not in _PLAIN_COUNTS:
        return _factor("anonymous_count", ctx.rubric.anonymous.explicit_count,
                       f"states how many sources: {count}")
    return None


def corroboration_factor(best: Attribution, heads: list[Attribution], ctx: ScoringContext) -> ScoreFactor:
    """Independent sources that back what the claim's main source says."""
    independent = {ctx.independent_key(a) for a in heads
                   if a is best or says_the_same(a, best, ctx.paragraph_of)}
    extra = len(independent) - 1
    if extra <= 0:
        return _factor("corroboration", 0, "rests on a single source")
    r = ctx.rubric.corroboration
    return _factor("corroboration", min(extra * r.per_extra_source, r.max_bonus),
                   f"{len(independent)} independent sources support it")


def inherited_factor(claim: Claim, best: Attribution, ctx: ScoringContext) -> Optional[ScoreFactor]:
    if claim.inherited_attribution:
        return _factor("inherited", ctx.rubric.chain.inherited,
                       f"the attribution continues the quote of {ctx.label(best)} from the sentence "
                              "before: the same source, no weakness")
    return None


def relay_factor(a: Attribution, ctx: ScoringContext) -> Optional[ScoreFactor]:
    """A relayed chain is as strong as its weakest link, and pays for the extra link."""
    if not a.via:
        return None
    relay = ctx.attributions.get(a.via)
    points = ctx.rubric.chain.secondary
    through = ""
    if relay is not None:
        through = f" through {ctx.label(relay)}"
        points += min(0.0, base_points(relay, ctx) - base_points(a, ctx))
    return _factor("secondary", points,
                   f"secondary attribution: relayed{through}; a chain counts as one source, "
                          "as strong as its weakest link")


def doubts(hedge: Hedge) -> bool:
    """Whether a hedge weakens the claim. "Alleged" in a story about a charge does not: it is the
    standard word for an accusation not yet proven (the presumption of innocence), so what it marks is
    that a charge was made, which is the fact to check, not the reporter's doubt."""
    return not hedge.charge


def hides_its_holder(hedge: Hedge) -> bool:
    """Whether an agentless hedge hides who holds the belief. "The group is believed to have missiles" in
    the reporter's voice names no believer: the weasel construction the standards flag. Inside a source's
    words ("it is expected to reach the coast, the Weather Service said") the source holds the expectation
    it reports, as with any hedge in a source's words, so it is the source hedging. Read by the claim's
    factor and the agentless-hedge flag alike."""
    return hedge.agentless and hedge.holder != "source"


def sources_speculate(hedges: list[Hedge], sourced: list[Attribution]) -> bool:
    """Whether the sources' own words are speculation: a doubting hedge that a source holds, in one of these
    attributions' content (or in a source's words the engine could not tie to one). The reporter's hedge on
    a sourced claim ("would", "likely" outside the quoted words) is the reporter's doubt, scored as such; it
    does not make the source's information speculation. Read by the claim's factor, "check first" and the
    anonymous-speculation flag alike."""
    ids = {a.id for a in sourced}
    return any(doubts(h) and h.holder == "source" and (h.attribution_id is None or h.attribution_id in ids)
               for h in hedges)


def hedge_factor(hedge: Hedge, ctx: ScoringContext) -> ScoreFactor:
    h = ctx.rubric.hedging
    if hedge.charge:
        return _factor("charge", h.charge,
                       f"\"{hedge.cue}\" is the standard word for a charge not yet proven, not the "
                              "reporter's doubt: check that the charge was made (court record, complaint)")
    if hides_its_holder(hedge):
        return _factor("hedge", h.agentless,
                       f"agentless hedge \"{hedge.cue}\": nobody is named as holding the belief")
    if hedge.holder == "source":
        passive = " (a passive in the source's words: the source holds it)" if hedge.agentless else ""
        return _factor("hedge", h.source, f"the source hedges: \"{hedge.cue}\"{passive}")
    # In an opinion piece the writer is an author arguing, not a reporter: the same doubt, named for who holds it.
    writer = "the reporter" if ctx.genre == "news" else "the author"
    return _factor("hedge", h.reporter, f"{writer} hedges: \"{hedge.cue}\"")


def anonymous_hedged_factor(speculates: bool, sourced: list[Attribution],
                            ctx: ScoringContext) -> Optional[ScoreFactor]:
    if speculates and sourced and all(ctx.source_type(a) == "anonymous" and not a.unresolved for a in sourced):
        return _factor("anonymous_hedged", ctx.rubric.hedging.anonymous_hedged,
                       "anonymous source with hedged, speculative content: a weak combination")
    return None


# --- factors of a claim with no attribution ---------------------------------

_BASIS_REASON: Final = {
    "public_record": "on the public record (an identified document), as a correction says",
    "common_knowledge": "common knowledge, as a correction says: it needs no attribution",
    "author_argument": "the author's own argument in an opinion piece, signed by the byline",
}


def hides_a_source(cue: UnsourcedCue) -> bool:
    """Whether an unsourced cue is a passive report that hides the source of what it reports ("It was announced
    that ...", "Residents were told to leave"), not a passive of a thing in a subordinate clause ("before the
    deal was announced") nor a question."""
    return cue.kind == "passive" and not cue.subordinate


def passive_reports(paragraphs: list[Paragraph]) -> dict[str, str]:
    """Each claim holding a passive report with no agent ("It was announced that ...", schema.UnsourcedCue of
    kind 'passive'), with that report's cue. Such a claim says somebody reported it and hides who: it is scored
    as a specific claim with no source, whatever its words, because the standards call the agentless report a
    construction that hides its source."""
    found: dict[str, str] = {}
    for p in paragraphs:
        for u in p.unsourced_cues:
            if not hides_a_source(u):
                continue
            for c in p.claims:
                if c.span[0] <= u.cue_span[0] and u.cue_span[1] <= c.span[1]:
                    found.setdefault(c.id, u.cue)
    return found


def unattributed_factor(claim: Claim, ctx: ScoringContext) -> ScoreFactor:
    b = ctx.rubric.base
    if claim.basis == "author_argument" and any(
            ctx.attributions[i].writer for i in claim.attribution_ids if i in ctx.attributions):
        return _factor("basis", b.author_argument, "the writer's own first person (outside quotation marks): the "
                       "author's own word, signed by the byline; the writer is no source")
    if claim.basis in _BASIS_REASON:
        return _factor("basis", getattr(b, claim.basis), _BASIS_REASON[claim.basis])
    cue = ctx.passive_reports.get(claim.id)
    if cue is not None:
        return _factor("orphan", b.orphan_specific,
                       f"no attribution: reported in the passive (\u201c{cue}\u201d) with no source named, "
                       "which hides who says so")
    if claim.specific:
        return _factor("orphan", b.orphan_specific,
                       "no attribution for a specific claim (names, numbers, dates or intent): "
                              "disputable facts need a source")
    return _factor("orphan", b.orphan_background,
                   "no attribution, but it reads as background or common knowledge, which needs none")


# --- the claim ----------------------------------------------------------------

_BASE_FACTORS: Final = {"source_type", "orphan", "basis"}
# Factors the "why" line names even when they cost nothing: a reader would take "alleged" for a hedge, and a sentence
# whose source is a quote's carried over from the sentence before must say so (the standards: inherit an attribution
# only when the text continues the same source, and say so in the reasons).
_SAID_AT_ZERO: Final = {"charge", "inherited"}
_NAMED_IN_REASONS_AT_ZERO: Final = _BASE_FACTORS | _SAID_AT_ZERO


def reason_line(f: ScoreFactor) -> str:
    # A factor is immutable and most are shared (:func:`_factor`): its line is written once, and kept with the
    # factor itself, so that an id is never read for another factor's.
    known = _REASON_LINES.get(id(f))
    if known is not None and known[0] is f:
        return known[1]
    line = f"{f.points:g} base: {f.reason}" if f.factor in _BASE_FACTORS else f"{f.points:+g} {f.reason}"
    if len(_REASON_LINES) >= _REASON_LINES_KEPT:
        _REASON_LINES.clear()
    _REASON_LINES[id(f)] = (f, line)
    return line


_REASON_LINES: Final[dict[int, tuple[ScoreFactor, str]]] = {}
_REASON_LINES_KEPT: Final = 8192


def attributed_factors(claim: Claim, heads: list[Attribution], ctx: ScoringContext) -> list[Optional[ScoreFactor]]:
    """The factors of an attributed claim, from the sources it rests on (its :func:`voices`)."""
    best = heads[0] if len(heads) == 1 else max(
        heads, key=lambda a: base_points(a, ctx) + getattr(ctx.rubric.quote, a.quote))
    factors: list[Optional[ScoreFactor]] = [base_factor(best, ctx), quote_factor(best, ctx)]
    if ctx.source_type(best) == "anonymous" and not best.unresolved:
        factors += [anonymous_basis_factor(best, ctx), anonymous_reason_factor(best, ctx),
                    anonymous_vague_factor(best, ctx), anonymous_count_factor(best, ctx)]
    factors += [corroboration_factor(best, heads, ctx), inherited_factor(claim, best, ctx), relay_factor(best, ctx)]
    return factors


def score_claim(claim: Claim, ctx: ScoringContext) -> None:
    """Decide the claim's sourcing, specificity, orphan status, score and rating, and store them on it; its
    voices go to ``ctx.voices`` for the flags and the claims to check first."""
    # Fields are set with set_fields, in two batches (the factors read the first), as assignment would set them.
    # Each field is read once (a model's attribute costs several times a local's).
    specific, basis = claim.specific, claim.basis
    verdict: dict[str, object] = {}
    if specific is None:
        specific = verdict["specific"] = is_specific(claim.text)
    if basis == "common_knowledge":
        specific = verdict["specific"] = False
    sourced = sourcing(claim, ctx.attributions)
    # An agentless passive report says somebody else reported the claim and hides who, in an opinion piece too:
    # it is no argument of the author's (the byline signs the argument, not the hidden source's words).
    passive = not sourced and basis is None and claim.id in ctx.passive_reports
    if passive and not specific:
        specific = verdict["specific"] = True
    if not sourced and basis is None and not passive and (ctx.genre != "news" or any(
            ctx.attributions[i].writer for i in claim.attribution_ids if i in ctx.attributions)):
        basis = verdict["basis"] = "author_argument"  # an opinion piece's argument, or the writer's own first person
    verdict["sourced_by"] = [a.id for a in sourced]
    verdict["orphan"] = not sourced and basis is None and bool(specific)
    set_fields(claim, **verdict)

    if sourced:
        heads = ctx.voices[claim.id] = voices(sourced, ctx.paragraph_of)
        factors = attributed_factors(claim, heads, ctx)
    else:
        ctx.voices[claim.id] = []
        factors = [unattributed_factor(claim, ctx)]
    hedges = ctx.hedges
    claim_hedges = [hedges[i] for i in claim.hedge_ids if i in hedges]
    if claim_hedges:  # (without hedges there is no hedge factor, and the content is not hedged)
        factors += [hedge_factor(h, ctx) for h in claim_hedges]
        speculating = sources_speculate(claim_hedges, sourced)
        if speculating:
            ctx.speculating.add(claim.id)
        factors.append(anonymous_hedged_factor(speculating, sourced, ctx))
    kept = [f for f in factors if f is not None]

    points = [f.points for f in kept]
    score = max(0.0, min(100.0, sum(points)))
    set_fields(
        claim,
        score=round(score, 1),
        factors=kept,
        # The "why" line names what moved the score; every factor, zero or not, stays in ``factors``.
        reasons=[reason_line(f) for f, p in zip(kept, points) if p or f.factor in _NAMED_IN_REASONS_AT_ZERO],
        rating=rating_for(score, ctx.rubric) if (sourced or basis) else "unsourced",
    )
