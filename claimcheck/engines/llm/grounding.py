"""Finding the model's strings in the paragraph, strictly.

A model copies text imperfectly: curly quotes come back straight, line
breaks as spaces, a closing full stop added or lost. :class:`Text` forgives
exactly those differences and returns the offsets of the paragraph's own
characters, so what goes into the report is always the article's text.

What it does not forgive:

- a fragment of a word: a match must start and end on word boundaries, so
  the hedge "may" is not found in "mayor" nor the source "he" in "the";
- a change of case, except for the first letter of a sentence (the model
  lower-cases "Officials said ..." when it copies a clause);
- distance: :func:`ground` puts an attribution's source, cue and content in
  the same or adjacent sentences, gives each repeated string the occurrence
  nearest its partner, and wants an anonymous source's count and
  affiliation inside the source phrase.

Each refusal is a :class:`Problem` naming the item, so the engine can
re-ask with it and, after the last attempt, drop the item by name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from claimcheck.schema import Span

if TYPE_CHECKING:
    from claimcheck.engines.llm.extraction import LLMAttribution, LLMClaim, LLMHedge, ParagraphAnswer

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-",
})
_EDGE_PUNCTUATION = " \t\n\"'.,;:!?"
_OPENERS = "\"'([ "
# A string repeated more often than this in one paragraph is not worth pairing over every occurrence.
MAX_OCCURRENCES = 64


def _normalise(text: str) -> tuple[str, list[int]]:
    """Quotes and dashes made plain and whitespace runs made one space, with
    each output character's offset in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text.translate(_QUOTES)):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        where.append(i)
    return "".join(out), where


def _candidates(needle: str) -> list[str]:
    plain, _ = _normalise(needle)
    plain = plain.strip()
    trimmed = plain.strip(_EDGE_PUNCTUATION)
    return [c for c in dict.fromkeys([plain, trimmed]) if c]


def _pattern(candidate: str, *, fold_first: bool) -> re.Pattern[str]:
    head, rest = candidate[0], re.escape(candidate[1:])
    first = f"[{re.escape(head.lower())}{re.escape(head.upper())}]" if fold_first else re.escape(head)
    before = r"(?<!\w)" if head.isalnum() else ""
    after = r"(?!\w)" if candidate[-1].isalnum() else ""
    return re.compile(before + first + rest + after)


class Text:
    """One paragraph prepared once for many look-ups: normalised, with its
    sentences, and each string's occurrences remembered."""

    def __init__(self, text: str, sentences: Optional[list[Span]] = None) -> None:
        self.text = text
        self.plain, self.where = _normalise(text)
        if not sentences:
            from claimcheck.article.sentences import split_sentences

            sentences = split_sentences(text)
        self.sentences = sentences or [(0, len(text))]
        self._starts = [start for start, _ in self.sentences]
        self._found: dict[str, list[Span]] = {}

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def sentences_of(self, span: Span) -> tuple[int, int]:
        return self.sentence_of(span[0]), self.sentence_of(max(span[0], span[1] - 1))

    def _starts_sentence(self, offset: int) -> bool:
        start = self.sentences[self.sentence_of(offset)][0]
        return self.text[start:offset].strip(_OPENERS + "\u201c\u2018") == ""

    def find(self, needle: Optional[str]) -> list[Span]:
        """Every occurrence of ``needle`` on word boundaries, in order; the case
        must match except for a sentence-initial first letter."""
        if not needle or not needle.strip():
            return []
        if needle in self._found:
            return self._found[needle]
        found: list[Span] = []
        for candidate in _candidates(needle):
            for fold in (False, True):
                if fold and candidate[0].lower() == candidate[0].upper():
                    continue
                for match in _pattern(candidate, fold_first=fold).finditer(self.plain):
                    start = self.where[match.start()]
                    if fold and self.text[start] == candidate[0].translate(_QUOTES):
                        continue  # found exactly in the first pass
                    if fold and not self._starts_sentence(start):
                        continue
                    found.append((start, self.where[match.end() - 1] + 1))
                    if len(found) >= MAX_OCCURRENCES:
                        break
                if found:
                    break
            if found:
                break
        found = sorted(set(found))
        self._found[needle] = found
        return found

    def value(self, span: Optional[Span]) -> Optional[str]:
        return None if span is None else self.text[span[0]:span[1]]


def locate(needle: str, text: str) -> Optional[Span]:
    """The first occurrence of ``needle`` in ``text`` (see :meth:`Text.find`)."""
    found = Text(text).find(needle)
    return found[0] if found else None


def _distance(a: Span, b: Span) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def nearest(spans: list[Span], to: Span, taken: set[Span] = frozenset()) -> Optional[Span]:  # type: ignore[assignment]
    """The occurrence closest to ``to`` that is not taken (or the closest one
    when all are)."""
    free = [s for s in spans if s not in taken] or spans
    if not free:
        return None
    i = bisect_left(free, to)
    window = free[max(0, i - 2): i + 2]
    return min(window, key=lambda s: (_distance(s, to), s))


def _short(value: object, limit: int = 60) -> str:
    text = str(value)
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


@dataclass
class Problem:
    """One refusal: ``message`` is addressed to the model and also names the drop."""

    item: str
    message: str
    fatal: bool = True  # the whole item goes; otherwise only the detail named


@dataclass
class GroundedAttribution:
    item: "LLMAttribution"
    source: Span
    cue: Span
    content: Optional[Span] = None
    basis: Optional[Span] = None
    reason: Optional[Span] = None
    count: Optional[str] = None
    affiliation: Optional[str] = None


@dataclass
class GroundedHedge:
    item: "LLMHedge"
    span: Span
    attribution: Optional[str] = None


@dataclass
class GroundedClaim:
    item: "LLMClaim"
    span: Span
    attributions: list[str] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)


@dataclass
class Grounded:
    attributions: list[GroundedAttribution] = field(default_factory=list)
    hedges: list[GroundedHedge] = field(default_factory=list)
    claims: list[GroundedClaim] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def dropped(self) -> list[str]:
        """The report's line for each refusal."""
        return [f"dropped {p.item}: {p.message}" for p in self.problems]


def _near(text: Text, a: Span, b: Span) -> bool:
    """Whether two spans sit in the same or adjacent sentences."""
    a_first, a_last = text.sentences_of(a)
    b_first, b_last = text.sentences_of(b)
    return b_first <= a_last + 1 and a_first <= b_last + 1


def _ground_attribution(a: "LLMAttribution", text: Text, taken_cues: set[Span], out: Grounded) -> None:
    label = f"attribution {a.id}"
    sources, cues = text.find(a.source), text.find(a.cue)
    if not sources or not cues:
        missing = [f"{part} {_short(value)}" for part, value, found in
                   (("source", a.source, sources), ("cue", a.cue, cues)) if not found]
        out.problems.append(Problem(label, f"{' and '.join(missing)} not in the paragraph"))
        return
    pairs = []
    for source in sources[:16]:
        cue = nearest(cues, source, taken_cues)
        if cue is not None and _near(text, source, cue):
            pairs.append((_distance(source, cue), cue in taken_cues, source, cue))
    if not pairs:
        out.problems.append(Problem(label, f"source {_short(a.source)} and cue {_short(a.cue)} are not in the same "
                                           "or adjacent sentences"))
        return
    _, _, source, cue = min(pairs, key=lambda p: (p[1], p[0], p[2]))
    taken_cues.add(cue)
    grounded = GroundedAttribution(a, source, cue)
    if a.content is not None:
        contents = [c for c in text.find(a.content) if _near(text, c, cue) and _near(text, c, source)]
        if contents:
            grounded.content = nearest(contents, cue)
        elif text.find(a.content):
            out.problems.append(Problem(f"content {_short(a.content)} of {label}",
                                        "not in the same or an adjacent sentence as its cue", fatal=False))
        else:
            out.problems.append(Problem(f"content {_short(a.content)} of {label}", "not in the paragraph", fatal=False))
    details = a.anonymous
    if details is not None:
        phrase = Text(text.text[source[0]:source[1]], [(0, source[1] - source[0])])
        for name in ("count", "affiliation"):
            value = getattr(details, name)
            if value is None:
                continue
            if phrase.find(value):
                setattr(grounded, name, value)
            else:
                out.problems.append(Problem(f"anonymous {name} {_short(value)} of {label}",
                                            f"not in the source phrase {_short(text.value(source))}", fatal=False))
        for name in ("basis", "reason"):
            value = getattr(details, name)
            if value is None:
                continue
            spans = [s for s in text.find(value) if _near(text, s, source)]
            if spans:
                setattr(grounded, name, nearest(spans, source))
            else:
                out.problems.append(Problem(f"anonymous {name} {_short(value)} of {label}",
                                            "not in the paragraph next to its source", fatal=False))
    out.attributions.append(grounded)


def ground(answer: "ParagraphAnswer", text: Text) -> Grounded:
    """Offsets for every item of one paragraph's answer, and a problem for
    each string that is missing, a fragment, mis-paired or refers to an id
    that does not exist. Items with a fatal problem are left out; the rest
    keep what could be grounded."""
    out = Grounded()
    seen_ids: set[str] = set()
    taken_cues: set[Span] = set()
    for a in answer.attributions:
        if a.id in seen_ids:
            out.problems.append(Problem(f"attribution {a.id}", "its id is used twice"))
            continue
        seen_ids.add(a.id)
        _ground_attribution(a, text, taken_cues, out)
    attributions = {g.item.id: g for g in out.attributions}
    for g in out.attributions:
        via = g.item.via
        if via is not None and (via not in attributions or via == g.item.id):
            out.problems.append(Problem(f"via {_short(via)} of attribution {g.item.id}",
                                        "names no other attribution", fatal=False))

    taken_hedges: set[Span] = set()
    for h in answer.hedges:
        label = f"hedge {h.id}"
        if h.id in seen_ids:
            out.problems.append(Problem(label, "its id is used twice"))
            continue
        seen_ids.add(h.id)
        spans = text.find(h.cue)
        if not spans:
            out.problems.append(Problem(label, f"cue {_short(h.cue)} not in the paragraph"))
            continue
        owner = attributions.get(h.attribution) if h.attribution is not None else None
        if h.attribution is not None and owner is None:
            out.problems.append(Problem(f"attribution {_short(h.attribution)} of {label}", "names no attribution",
                                        fatal=False))
        anchor = owner.content or owner.cue if owner else (0, 0)
        span = nearest(spans, anchor, taken_hedges)
        taken_hedges.add(span)  # type: ignore[arg-type]
        out.hedges.append(GroundedHedge(h, span, owner.item.id if owner else None))  # type: ignore[arg-type]
    hedges = {g.item.id for g in out.hedges}

    taken_claims: set[Span] = set()
    for n, c in enumerate(answer.claims, 1):
        label = f"claim {n}"
        spans = text.find(c.quote)
        if not spans:
            out.problems.append(Problem(label, f"quote {_short(c.quote)} not in the paragraph"))
            continue
        unknown = [i for i in c.attributions if i not in attributions] + [i for i in c.hedges if i not in hedges]
        if unknown:
            out.problems.append(Problem(f"references {', '.join(map(_short, unknown))} of {label}",
                                        "name no attribution or hedge", fatal=False))
        backers = [attributions[i] for i in c.attributions if i in attributions]
        anchor = (backers[0].content or backers[0].cue) if backers else (0, 0)
        span: Span = nearest(spans, anchor, taken_claims)  # type: ignore[assignment]
        taken_claims.add(span)
        # An attribution backs a claim only from nearby: an obeyed "attribute this to X" cannot reach across
        # the paragraph.
        far = [g.item.id for g in backers if not _near(text, span, g.content or g.cue)]
        if far:
            out.problems.append(Problem(f"attribution {', '.join(map(_short, far))} of {label}",
                                        "not in the same or an adjacent sentence as the claim", fatal=False))
        out.claims.append(GroundedClaim(
            c, span,
            attributions=list(dict.fromkeys(g.item.id for g in backers if g.item.id not in far)),
            hedges=list(dict.fromkeys(i for i in c.hedges if i in hedges)),
        ))
    return out
