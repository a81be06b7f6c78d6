"""Claims: the sentences and clauses a fact-checker would check, linked to the
attributions whose content covers them and the hedges inside them.

A claim with no attribution is an orphan, unless it visibly continues a
quote whose source was just named ('"..." she said. "More quote."'), in which
case it inherits that attribution and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from claimcheck.engines.rules.attributions import Found
from claimcheck.engines.rules.hedges import FoundHedge
from claimcheck.engines.rules.tokens import OPEN_QUOTES, QUOTE_CHARS

_MIN_WORDS = 3


@dataclass
class FoundClaim:
    span: tuple[int, int]
    attributions: list[int]
    hedges: list[int]
    inherited: Optional[str] = None  # id of an attribution carried over from the previous paragraph
    inherited_local: bool = False


def clause_spans(text: str, sentences: list[tuple[int, int]], quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences split at semicolons that sit outside quotes."""
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        cut = start
        for pos in range(start, end):
            if text[pos] == ";" and not any(o <= pos <= c for o, c in quotes):
                out.append((cut, pos))
                cut = pos + 1
        out.append((cut, end))
    trimmed = []
    for start, end in out:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _is_claim(text: str, span: tuple[int, int]) -> bool:
    segment = text[span[0]:span[1]]
    words = [w for w in segment.split() if any(ch.isalnum() for ch in w)]
    if len(words) < _MIN_WORDS:
        return False
    return not segment.rstrip(" " + "".join(QUOTE_CHARS)).endswith("?")


def find_claims(text: str, sentences: list[tuple[int, int]], quotes: list[tuple[int, int]],
                attributions: list[Found], hedges: list[FoundHedge],
                carried: Optional[str], carried_whole: bool = False) -> list[FoundClaim]:
    """Claims of one paragraph. ``carried`` is an attribution the previous paragraph
    hands on: to an opening quote, or with ``carried_whole`` (a lead-in that ended
    in a colon) to every claim that has no attribution of its own."""
    claims: list[FoundClaim] = []
    previous_direct: Optional[int] = None
    for span in clause_spans(text, sentences, quotes):
        if not _is_claim(text, span):
            continue
        linked: list[int] = []
        speaks_here = False
        for n, f in enumerate(attributions):
            in_clause = span[0] <= f.cue[0] < span[1]
            if f.no_comment or f.opens_next:
                # "declined to comment." and a bare "She added:" assert nothing themselves
                speaks_here = speaks_here or in_clause
                continue
            if f.content is not None:
                shared = _overlap(span, f.content)
                if shared and (shared * 3 >= span[1] - span[0] or shared * 2 >= f.content[1] - f.content[0]):
                    linked.append(n)
            elif in_clause:
                linked.append(n)
        if not linked and speaks_here:
            continue  # "A spokesman declined to comment." asserts nothing checkable
        claim = FoundClaim(span, linked, [h for h, hedge in enumerate(hedges) if span[0] <= hedge.span[0] < span[1]])
        if not linked and carried_whole and carried is not None:
            claim.inherited = carried
        elif not linked and _continues_quote(text, span, quotes):
            if previous_direct is not None:
                claim.attributions = [previous_direct]
                claim.inherited_local = True
            elif not claims and carried is not None:
                claim.inherited = carried
        claims.append(claim)
        previous_direct = _direct_of(claim, attributions) if claim.attributions else None
    return claims


def _continues_quote(text: str, span: tuple[int, int], quotes: list[tuple[int, int]]) -> bool:
    first = text[span[0]]
    if first in OPEN_QUOTES or first == '"':
        return True
    return any(o < span[0] <= c for o, c in quotes)


def _direct_of(claim: FoundClaim, attributions: list[Found]) -> Optional[int]:
    for n in claim.attributions:
        if attributions[n].quote in ("direct", "mixed"):
            return n
    return None


def carry_over(claims: list[FoundClaim], attributions: list[Found], ids: list[str]) -> Optional[str]:
    """The attribution a next paragraph that opens with a quote may inherit."""
    if attributions and attributions[-1].opens_next:
        return ids[len(attributions) - 1]
    if not claims:
        return None
    last = claims[-1]
    if last.inherited is not None:
        return last.inherited
    direct = _direct_of(last, attributions)
    return ids[direct] if direct is not None else None
