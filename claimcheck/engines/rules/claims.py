"""Claims: the sentences and clauses a fact-checker would check, linked to the
attributions whose content covers them and the hedges inside them.

A claim with no attribution is an orphan, unless it visibly continues a
quote whose source was just named ('"..." she said. "More quote."'), in which
case it inherits that attribution and says so.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Final, Optional

from claimcheck.engines.rules.attributions import Found
from claimcheck.engines.rules.hedges import FoundHedge
from claimcheck.engines.rules.tokens import OPEN_QUOTES, QUOTE_CHARS

_MIN_WORDS: Final = 3


@dataclass(slots=True)
class FoundClaim:
    span: tuple[int, int]
    attributions: list[int]
    hedges: list[int]
    inherited: Optional[str] = None  # id of an attribution carried over from the previous paragraph
    inherited_local: bool = False


def clause_spans(text: str, sentences: list[tuple[int, int]], quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences split at semicolons that sit outside quotes."""
    inside: Optional[QuoteIndex] = None  # built at the first semicolon: only a semicolon asks whether it is quoted
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        cut = start
        pos = text.find(";", start, end)
        while pos != -1:
            if inside is None:
                inside = QuoteIndex(quotes)
            if not inside.covers(pos):
                out.append((cut, pos))
                cut = pos + 1
            pos = text.find(";", pos + 1, end)
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


class QuoteIndex:
    """Which quotation, if any, holds an offset, by bisection over the quotations'
    openings (they never overlap: one quotation is open at a time)."""

    def __init__(self, quotes: list[tuple[int, int]]) -> None:
        self.quotes = sorted(quotes)
        self.opens = [o for o, _ in self.quotes]

    def covers(self, pos: int) -> bool:
        """Some quotation has ``open <= pos <= close``."""
        n = bisect_right(self.opens, pos)
        return n > 0 and pos <= self.quotes[n - 1][1]

    def continues_into(self, pos: int) -> bool:
        """Some quotation opened before ``pos`` and is still open at it."""
        n = bisect_left(self.opens, pos)
        return n > 0 and pos <= self.quotes[n - 1][1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


_QUESTION_TRAIL: Final = " " + "".join(sorted(QUOTE_CHARS))  # stripped before looking for a question mark


_ALNUM: Final = re.compile(r"[^\W_]")  # a letter or digit, as str.isalnum reads one


def _enough_words(segment: str) -> bool:
    """Whether at least _MIN_WORDS of the segment's words hold a letter or digit."""
    # most clauses open with such words: split off only the first few, and the whole clause when one is not
    first = segment.split(None, _MIN_WORDS)[:_MIN_WORDS]
    if len(first) == _MIN_WORDS and all(map(_ALNUM.search, first)):
        return True
    return sum(1 for word in segment.split() if _ALNUM.search(word)) >= _MIN_WORDS


def _is_claim(text: str, span: tuple[int, int], inside: "QuoteIndex") -> bool:
    segment = text[span[0]:span[1]]
    if not _enough_words(segment):
        return False
    # a reporter's question asserts nothing; a quoted one is the source's words, often the key testimony
    return not segment.rstrip(_QUESTION_TRAIL).endswith("?") or inside.covers(span[0]) \
        or inside.covers(span[1] - 1) or segment[0] in OPEN_QUOTES


def find_claims(text: str, sentences: list[tuple[int, int]], quotes: list[tuple[int, int]],
                attributions: list[Found], hedges: list[FoundHedge],
                carried: Optional[str], carried_whole: bool = False,
                carried_indirect: bool = False) -> list[FoundClaim]:
    """Claims of one paragraph. ``carried`` is an attribution the previous paragraph
    hands on: to an opening quote, or with ``carried_whole`` (a lead-in that ended
    in a colon) to every claim that has no attribution of its own. With ``carried_indirect`` it
    is a named person's paraphrase ("Lauretta said the next moment will be ..."): it goes on to a
    paragraph that is only a quotation, closed in it, with no cue of its own (news style's way of
    letting the paraphrased speaker go on in their own words)."""
    claims: list[FoundClaim] = []
    previous_direct: Optional[int] = None
    previous_speaker: Optional[int] = None  # a named person's paraphrase a cue-less quotation goes on from
    inside = QuoteIndex(quotes)
    closes_here = bool(quotes) and text.rstrip()[-1:] in QUOTE_CHARS
    # Clauses come in reading order, so one sweep over cues, contents and hedges
    # sorted by offset finds each clause's candidates without comparing every pair.
    if attributions:  # a paragraph without attributions (about half) needs none of these lists
        by_cue = sorted(range(len(attributions)), key=lambda n: attributions[n].cue[0])
        cue_starts = [attributions[n].cue[0] for n in by_cue]
        with_content = sorted((n for n, f in enumerate(attributions) if f.content is not None),
                              key=lambda n: attributions[n].content[0])  # type: ignore[index]
    else:
        by_cue, cue_starts, with_content = [], [], []
    next_content = 0
    open_contents: list[int] = []  # contents that began before the clause's end and may reach into it
    hedge_starts = sorted((h.span[0], n) for n, h in enumerate(hedges)) if hedges else []
    for span in clause_spans(text, sentences, quotes):
        while next_content < len(with_content) and attributions[with_content[next_content]].content[0] < span[1]:  # type: ignore[index]
            open_contents.append(with_content[next_content])
            next_content += 1
        # a content that ended before this clause ends before every later clause too
        if open_contents:
            open_contents = [n for n in open_contents if attributions[n].content[1] > span[0]]  # type: ignore[index]
        if not _is_claim(text, span, inside):
            continue
        linked: set[int] = set()
        speaks_here = False
        for n in open_contents:
            f = attributions[n]
            if f.no_comment or f.opens_next:
                continue
            shared = _overlap(span, f.content)  # type: ignore[arg-type]
            if shared and (shared * 3 >= span[1] - span[0] or shared * 2 >= f.content[1] - f.content[0]):  # type: ignore[index]
                linked.add(n)
        for k in range(bisect_left(cue_starts, span[0]), bisect_left(cue_starts, span[1])):
            f = attributions[by_cue[k]]
            if f.no_comment or f.opens_next:
                # "declined to comment." and a bare "She added:" assert nothing themselves
                speaks_here = True
            elif f.verbatim:
                speaks_here = True  # a post's signature (a sentence of its own) asserts nothing
            elif f.content is None or not _overlap(span, f.content):
                # the clause holding the cue reports who said it, even when the words are elsewhere
                linked.add(by_cue[k])
        if not linked and speaks_here:
            continue  # "A spokesman declined to comment." asserts nothing checkable
        in_clause = hedge_starts[bisect_left(hedge_starts, (span[0], -1)):bisect_left(hedge_starts, (span[1], -1))]
        if in_clause:
            in_clause = [(start, h) for start, h in in_clause if not _in_an_aside(text, span, start)]
        # (most clauses link nothing and hold no hedge: nothing to sort)
        claim = FoundClaim(span, sorted(linked) if linked else [], sorted(h for _, h in in_clause) if in_clause else [])
        if not linked and carried_whole and carried is not None:
            claim.inherited = carried
        elif not linked and _continues_quote(text, span, inside):
            if previous_direct is not None:
                claim.attributions = [previous_direct]
                claim.inherited_local = True
            elif previous_speaker is not None and closes_here:
                claim.attributions = [previous_speaker]  # 'Lee said the vote was fair. "We won."'
                claim.inherited_local = True
            elif carried is not None and (not claims or claims[-1].inherited == carried) and (
                    not carried_indirect or not attributions and closes_here):
                claim.inherited = carried  # the opening quote, and each of its sentences after the first
        claims.append(claim)
        previous_direct = _direct_of(claim, attributions) if claim.attributions else None
        previous_speaker = _speaker_of(claim, attributions) if claim.attributions and previous_direct is None \
            else None
    return claims


# An aside set off inside a clause: a relative clause ("the mayor, who may run for governor, said ..."), or a
# phrase that opens with the hedge itself ("The drug, possibly the first of its kind, cut ...").
_ASIDE_OPENING: Final = re.compile(r"[,(]\s*(?:who|which|whose|where|possibly|perhaps|probably|likely|"
                                   r"potentially|reportedly|allegedly|apparently)\b", re.I)


_RELATIVE_OPENERS: Final = frozenset("who which whose where".split())
_PARTICIPLE_NEXT: Final = re.compile(r"\s*[a-z]+ing\b")


def _in_an_aside(text: str, span: tuple[int, int], at: int) -> bool:
    """Whether the hedge at ``at`` stands in an aside set off by commas (or brackets) inside the clause, with the
    clause going on after it: it hedges what the aside says of its noun, not the clause's claim ("The mayor, who
    may run for governor, said the budget is balanced" is no hedged claim, nor its source's speculation)."""
    opened = max(text.rfind(",", span[0], at), text.rfind("(", span[0], at))
    opening = _ASIDE_OPENING.match(text, opened) if opened >= 0 else None
    if opening is None:
        return False
    opener = opening.group(0).lstrip(",( ").lower()
    closer = ")" if text[opened] == "(" else ","
    closed = text.find(closer, at, span[1])
    if closed < 0 or text[closed + 1:span[1]].strip(" .!?\"”’'") == "":
        return False
    # a participle after a thing's relative clause goes on with the event it tells of, a result ("winds, which
    # might fling branches into the lines, causing sparks that could ...": the hedge is the claim's, no aside);
    # after a person's ("the aide, who allegedly struck a reporter, calling it ...") it hangs from the clause's
    # subject, and the relative clause stays an aside
    if opener == "which" and _PARTICIPLE_NEXT.match(text, closed + 1):
        return False
    # a hedge alone between commas is the clause's own sentence adverb ("That is, perhaps, his best shot"); a
    # relative clause or a phrase of a few words is about its noun
    return opener in _RELATIVE_OPENERS or len(text[opening.end():closed].split()) >= 2


def _continues_quote(text: str, span: tuple[int, int], inside: QuoteIndex) -> bool:
    first = text[span[0]]
    if first in OPEN_QUOTES or first == '"':
        return True
    return inside.continues_into(span[0])


def _direct_of(claim: FoundClaim, attributions: list[Found]) -> Optional[int]:
    for n in claim.attributions:
        if attributions[n].quote in ("direct", "mixed"):
            return n
    return None


def _speaker_of(claim: FoundClaim, attributions: list[Found]) -> Optional[int]:
    """The one attribution of a claim when it is a named person's paraphrase (no quotation, no
    "declined to comment", no lead-in): the speaker a cue-less quotation after it goes on from."""
    if len(claim.attributions) != 1:
        return None
    f = attributions[claim.attributions[0]]
    return claim.attributions[0] if f.quote == "indirect" and f.source_type == "named_person" \
        and not f.no_comment and not f.opens_next and not f.writer else None


def carry_over(claims: list[FoundClaim], attributions: list[Found], ids: list[str]) -> tuple[Optional[str], bool]:
    """The attribution a next paragraph that opens with a quote may inherit, and whether it is a
    named person's paraphrase (which only a paragraph that is a quotation and nothing else inherits)."""
    if attributions and attributions[-1].opens_next:
        return ids[len(attributions) - 1], False
    if not claims:
        return None, False
    last = claims[-1]
    if last.inherited is not None:
        return last.inherited, False
    direct = _direct_of(last, attributions)
    if direct is not None:
        return ids[direct], False
    speaker = _speaker_of(last, attributions) if last.attributions else None
    return (ids[speaker], True) if speaker is not None else (None, False)
