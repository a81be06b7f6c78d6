"""The paragraph being read, shared by every layer: its tokens, sentences and
quotations, the source memory of the article so far, and the attributions found.

Each layer's functions take this state as their first argument (``p``) instead of
being methods of one large class; only the state holds anything between calls.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter
from typing import Optional

from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules import phrases
from claimcheck.engines.rules.tokens import QUOTE_CHARS, Token
from claimcheck.schema import AnonymousDetails


@dataclass
class Found:
    """One attribution, as character spans into the paragraph."""

    source: tuple[int, int]
    cue: tuple[int, int]
    content: Optional[tuple[int, int]]
    source_type: str
    cue_token: int
    sentence: int
    plural: bool = False
    anonymous: Optional[AnonymousDetails] = None
    no_comment: bool = False
    via: Optional[int] = None  # index into the paragraph's list
    quote: str = "indirect"
    lemma: str = ""
    opens_next: bool = False  # a lead-in ending the paragraph with a colon
    relays: Optional[int] = None  # the attribution whose words this one passes on ("Hale said Ruiz told him")
    verbatim: bool = False  # the content is the source's own words though unquoted (an embedded post)
    writer: bool = False  # the writer's own first person: no source (_cues.writers_voice)
    answer: bool = False  # an interview's answer ("A. ..."): the interviewee's, who the roster finds


_START, _END = attrgetter("start"), attrgetter("end")


class Sentence:
    """A sentence as a token range ``[lo, hi)`` and a character span ``[start, end)``."""

    __slots__ = ("lo", "hi", "start", "end", "index")

    def __init__(self, lo: int, hi: int, start: int, end: int, index: int) -> None:
        self.lo, self.hi, self.start, self.end, self.index = lo, hi, start, end, index


def sentence_token_ranges(tokens: list[Token], spans: list[tuple[int, int]]) -> list[Sentence]:
    """Each sentence's tokens: from the first that starts in it, up to the first that ends past it."""
    # tokens never overlap, so their starts and their ends are both in order: bisection finds the bounds
    out: list[Sentence] = []
    k = 0
    for n, (start, end) in enumerate(spans):
        lo = bisect_left(tokens, start, k, key=_START)
        k = bisect_right(tokens, end, lo, key=_END)
        out.append(Sentence(lo, k, start, end, n))
    return out


class ParagraphState:
    """One paragraph under analysis and what has been found in it so far."""

    def __init__(self, text: str, tokens: list[Token], sentences: list[Sentence],
                 quotes: list[tuple[int, int]], memory: phrases.SourceMemory) -> None:
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.quotes = quotes
        self.memory = memory
        self.found: list[Found] = []
        self.quote_opens = [o for o, _ in quotes]  # quotations never overlap: bisect finds the one around
        self._sentence_los = [sentence.lo for sentence in sentences]
        self.sentence_first = 0  # where the sentence being read begins in self.found

    def quote_around(self, pos: int) -> Optional[tuple[int, int]]:
        n = bisect_right(self.quote_opens, pos)
        if n and pos <= self.quotes[n - 1][1]:
            return self.quotes[n - 1]
        return None

    def inside_closed_quote(self, pos: int) -> bool:
        quote = self.quote_around(pos)
        return quote is not None and quote[0] < pos < quote[1] and self.text[quote[1]] in QUOTE_CHARS

    def sentence_of(self, k: int) -> Sentence:
        # sentences follow each other, so only the last one starting at or before k can hold it
        n = bisect_right(self._sentence_los, k) - 1
        if n >= 0 and k < self.sentences[n].hi:
            return self.sentences[n]
        return self.sentences[-1]

    def source(self, start_tok: int, end_tok: int, sentence: Sentence, basis_end: int) -> tuple[
            tuple[int, int], str, bool, Optional[AnonymousDetails]]:
        """The source phrase ``tokens[start_tok:end_tok]`` typed, and remembered for later
        mentions ("the official", pronouns aside)."""
        start_tok = phrases.past_leads(self.tokens, start_tok, end_tok)  # "Even Ana Ruiz said": Ana Ruiz
        words = self.tokens[start_tok:end_tok]
        sentence_initial = start_tok == sentence.lo or (
            start_tok - 1 >= sentence.lo and self.tokens[start_tok - 1].text[0] in QUOTE_CHARS)
        source_type, plural = phrases.classify(words, sentence_initial, self.memory,
                                               self.text[words[-1].end:sentence.end] if words else "")
        anon = None
        if source_type == "anonymous":
            anon = phrases.anonymous_details(self.text, words, basis_end, (sentence.start, sentence.end))
        if not (len(words) == 1 and words[0].lower in lx.PRONOUNS):
            self.memory.remember(self.text[words[0].start:words[-1].end], source_type, plural)
        return (words[0].start, words[-1].end), source_type, plural, anon
