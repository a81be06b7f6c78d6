"""Hedge cues: modal, adverbial, verbal, adjectival and multiword, each with
who holds it (the source when it sits in attributed content, else the
reporter) and whether it is agentless ("is believed to")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from heapq import heappop, heappush
from typing import Optional

from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules import phrases
from claimcheck.engines.rules.attributions import Found
from claimcheck.engines.rules.tokens import Token

@dataclass
class FoundHedge:
    span: tuple[int, int]
    kind: str
    agentless: bool
    holder: str = "reporter"
    attribution: Optional[int] = None
    inherited: Optional[str] = None  # id of the previous paragraph's attribution whose quote this continues


def find_hedges(text: str, tokens: list[Token], attributions: list[Found]) -> list[FoundHedge]:
    hedges: list[FoundHedge] = []
    holders = _Holders(attributions)
    lowers = [t.lower for t in tokens]
    n = len(tokens)
    free = 0  # the first token not inside an earlier multiword hedge
    # only the few tokens that can open a hedge are looked at (the set test runs in C)
    for i in [k for k, word in enumerate(lowers) if word in lx.HEDGE_FIRST_WORDS]:
        if i < free:
            continue
        t = tokens[i]
        matched = None
        for size in range(min(lx.MAX_HEDGE, n - i), 0, -1):
            entry = lx.HEDGES.get(tuple(lowers[i:i + size]))
            if entry is not None:
                matched = (entry, size)
                break
        if matched is None:
            continue
        entry, size = matched
        if size == 1 and not _keeps(tokens, i, entry.kind):
            continue
        span = (t.start, tokens[i + size - 1].end)
        if entry.kind == "conditional" and i > 0 and lowers[i - 1] in lx.INQUIRY_FORMS and i - 1 >= free:
            inquiry = FoundHedge((tokens[i - 1].start, tokens[i - 1].end), "conditional", False)
            holders.assign(inquiry)
            hedges.append(inquiry)  # "to see whether": the question is open
        hedge = FoundHedge(span, entry.kind, entry.agentless)
        holders.assign(hedge)
        if not (t.lower == "would" and _future_in_the_past(text, tokens, i, hedge, attributions)):
            hedges.append(hedge)
        free = i + size
    return hedges


_PAST_REPORTS = frozenset("said told wrote announced added vowed pledged promised predicted warned insisted "
                          "stated declared agreed decided".split())


def _future_in_the_past(text: str, tokens: list[Token], i: int, hedge: FoundHedge, attributions: list[Found]) -> bool:
    """'said it would reopen' and 'a plant that would produce' report a plan, not doubt."""
    if i > 0 and tokens[i - 1].lower in {"that", "which", "who"} and i > 1 and tokens[i - 2].is_word \
            and tokens[i - 2].lower not in lx.PRONOUNS and tokens[i - 2].lower not in lx.SUBJECT_STOPS:
        return True
    if hedge.attribution is None:
        return False
    cue = attributions[hedge.attribution]
    return cue.content is not None and cue.content[0] > cue.cue[0] and any(
        word in _PAST_REPORTS for word in text[cue.cue[0]:cue.cue[1]].lower().split())


def _keeps(tokens: list[Token], i: int, kind: str) -> bool:
    """Filters single-word cues whose other readings are common."""
    t = tokens[i]
    if t.is_capitalised and t.lower in {"may"} and i > 0:
        return False  # the month
    prev = tokens[i - 1].lower if i > 0 else ""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if kind == "modal" and t.lower in {"could", "would"} and nxt in {"not", "n't", "never"}:
        return False  # "could not be reached", "would not comment": inability or refusal, not doubt
    if t.lower.startswith("appear") and nxt not in {"to", "that", "likely", "unlikely", "as"}:
        return False  # "the men appeared in the store"
    if t.lower == "expected" and prev == "as":
        return False  # "as expected": it happened
    if t.lower == "possible" and (prev.endswith("est") or prev == "as"):
        return False  # "the fastest possible", "as soon as possible"
    if t.lower.startswith("consider") and nxt not in {"to", "a", "an", "it", "as"} and prev not in {
            "is", "are", "was", "were", "be", "been", "widely"}:
        return False  # "considered the offer", "when you consider that": weighing, not believing
    if kind == "verb":
        # "think tank", "I think so" stays; a determiner before makes it a noun
        if prev in lx.DETERMINERS or nxt in {"tank", "tanks"}:
            return False
        if _plural_noun_reading(tokens, i):
            return False  # "updated forecasts", "forecasts called for": the noun
        if t.lower.startswith("believ") and nxt in lx.OBJECT_PRONOUNS:
            return False  # "don't believe them": trusting someone
        if t.lower.startswith("suggest") and _recommends(tokens, i):
            return False  # "suggested that the board resign": a proposal, not a guess
    if kind == "noun":
        if prev in lx.HEDGE_NEGATORS:
            return False  # "no doubt", "no indication": certainty
        if nxt in lx.HEDGE_NOUN_COMPLEMENTS:
            return True
        if t.lower in {"estimate", "estimates", "chance", "chances", "doubt", "doubts"}:
            return prev in lx.DETERMINERS or prev in {"some", "good", "slim", "every"}
        return False  # "economic uncertainty", "the prospects": a topic, not a hedge on a claim
    if kind == "adjective" and t.lower == "expected" and prev in lx.DETERMINERS:
        return False  # "the expected storm": an adjective that describes, not a hedge
    if kind == "adjective" and t.lower in lx.UNCERTAINTY_ADJECTIVES and prev not in lx.PREDICATIVE_LEADS:
        return False  # "uncertain times", "left firms uncertain": a state, not the claim's doubt
    return True


def _plural_noun_reading(tokens: list[Token], i: int) -> bool:
    """Whether an -s verb form reads as a plural noun: after a preposition, or an adjective
    after one ("based on updated forecasts"), or as the subject of a past-tense verb
    ("forecasts called for rain")."""
    word = tokens[i].lower
    if not word.endswith("s"):
        return False
    prev = tokens[i - 1].lower if i else ""
    if prev in lx.PREPOSITIONS:
        return True
    if prev.endswith("ed") and i > 1 and (tokens[i - 2].lower in lx.PREPOSITIONS
                                          or tokens[i - 2].lower in lx.DETERMINERS):
        return True
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return bool(nxt) and phrases.past_verb(nxt) and tokens[i + 1].is_word


def _recommends(tokens: list[Token], i: int) -> bool:
    """'suggested that Beijing resume buying': a singular subject, then a bare verb (the
    subjunctive of a proposal). 'suggested that prices could rise' is a hedge."""
    k = i + 1
    if k < len(tokens) and tokens[k].lower == "that":
        k += 1
    start = k
    while k < len(tokens) and k - start < 5 and tokens[k].is_word and (
            tokens[k].is_capitalised or tokens[k].lower in lx.DETERMINERS
            or tokens[k].lower in lx.SINGULAR_SUBJECT_PRONOUNS):
        k += 1
    if k == start or k >= len(tokens):
        return False
    subject, verb = tokens[k - 1], tokens[k]
    # a name is singular ("Hollis"); "the Democrats" is not
    plural_name = subject.lower.endswith("s") and k - 2 >= start and tokens[k - 2].lower in lx.DETERMINERS
    singular = subject.is_capitalised and not plural_name or subject.lower in lx.SINGULAR_SUBJECT_PRONOUNS
    return singular and verb.is_word and not verb.is_capitalised and verb.text.isalpha() \
        and not verb.lower.endswith(("s", "ed", "ing")) and verb.lower not in lx.VERB_GROUP \
        and verb.lower not in lx.AUXILIARIES


class _Holders:
    """Finds whose hedge each one is. Hedges arrive in reading order and never
    overlap, so one sweep over cues and contents sorted by offset serves them all
    (comparing every hedge with every attribution grows with the square of a paragraph)."""

    def __init__(self, attributions: list[Found]) -> None:
        self.attributions = attributions
        speaking = [n for n, f in enumerate(attributions) if not f.no_comment]
        self.by_cue = sorted(speaking, key=lambda n: attributions[n].cue[0])
        self.cue_starts = [attributions[n].cue[0] for n in self.by_cue]
        self.longest_cue = max((f.cue[1] - f.cue[0] for f in attributions), default=0)
        self.by_content = sorted((n for n, f in enumerate(attributions) if f.content),
                                 key=lambda n: attributions[n].content[0])
        self.next_content = 0
        self.open_contents: list[tuple[int, int]] = []  # heap of (length, index): the shortest first

    def assign(self, hedge: FoundHedge) -> None:
        start, end = hedge.span
        attributions = self.attributions
        # a cue holding the hedge starts at most the longest cue's length before it
        first = bisect_left(self.cue_starts, start - self.longest_cue)
        inside_cue = [self.by_cue[k] for k in range(first, bisect_right(self.cue_starts, start))
                      if end <= attributions[self.by_cue[k]].cue[1]]
        if inside_cue:
            # "officials believe": the believing is the source's own
            hedge.holder, hedge.attribution = "source", min(inside_cue)
            return
        while self.next_content < len(self.by_content) \
                and attributions[self.by_content[self.next_content]].content[0] <= start:
            n = self.by_content[self.next_content]
            content = attributions[n].content
            heappush(self.open_contents, (content[1] - content[0], n))
            self.next_content += 1
        # a content ending before this hedge ends before every later hedge too
        while self.open_contents and attributions[self.open_contents[0][1]].content[1] < end:
            heappop(self.open_contents)
        if self.open_contents:
            hedge.holder, hedge.attribution = "source", self.open_contents[0][1]
