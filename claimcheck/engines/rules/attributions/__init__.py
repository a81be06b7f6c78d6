"""Attribution relations: a cue, the source it belongs to, and the content.

The finder reads a paragraph sentence by sentence. At each cue word of the
lexicon it asks four layers in turn, each a small module with one job, all of
them reading and writing one :class:`ParagraphState`:

* ``_cues``: cue filtering, whether this reading of the word reports a source;
* ``_shapes``: sentence shapes (subject first, post-posed, inverted, according to,
  passive, participles, second verbs), the first that fits records a :class:`Found`;
* ``_noun_phrases``: noun-phrase boundaries, where a source starts and ends;
* ``_content``: content spans, what the cue reports, then the paragraph-wide passes
  that cut each content where the next attribution begins and label its quote kind.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules import phrases
from claimcheck.engines.rules.attributions._content import (
    close_fronted_clause_contents,
    close_relative_contents,
    cut_contents,
    quote_kind,
)
from claimcheck.engines.rules.attributions._cues import (
    drop_own_thoughts,
    match_cue,
    infinitive_cue,
    not_a_cue,
    verb_position_cue,
    writers_voice,
)
from claimcheck.engines.rules.attributions._shapes import (
    attribute,
    colon_speakers,
    infinitive_of_purpose,
    interview_turns,
    poll_findings,
    pointed_statement,
    possessed_statement,
    posted_embeds,
    relayed_speech,
    signed_quotes,
)
from claimcheck.engines.rules.attributions._state import Found, ParagraphState, Sentence, sentence_token_ranges
from claimcheck.engines.rules.tokens import Token

__all__ = ["Found", "Sentence", "find_attributions", "match_cue", "sentence_token_ranges"]

# The words at which _read_sentence does anything: a statement noun ("his statement") or a cue's first word.
_READING_STARTS: Final = frozenset(lx.STATEMENT_NOUNS) | frozenset(lx.SINGLE_CUES) | lx.PHRASE_FIRST_WORDS \
    | frozenset(lx.VERB_POSITION_CUES) | lx.INFINITIVE_ONLY_CUES


def find_attributions(text: str, tokens: list[Token], sentences: list[Sentence],
                      quotes: list[tuple[int, int]], memory: phrases.SourceMemory) -> list[Found]:
    """The attributions of one paragraph, in the order of their cues."""
    p = ParagraphState(text, tokens, sentences, quotes, memory)
    # most words open nothing: the sentences are read at these tokens only, found in one pass
    starts = [k for k, token in enumerate(tokens) if token.lower in _READING_STARTS]
    for sentence in sentences:
        p.sentence_first = len(p.found)  # attributions are found sentence by sentence
        _read_sentence(p, sentence, starts[bisect_left(starts, sentence.lo):bisect_left(starts, sentence.hi)])
    signed_quotes(p)
    posted_embeds(p)
    interview_turns(p)
    colon_speakers(p)
    poll_findings(p)
    _in_cue_order(p.found)
    drop_own_thoughts(p)
    cut_contents(p)
    close_relative_contents(p)
    close_fronted_clause_contents(p)
    relayed_speech(p)
    writers_voice(p)
    for f in p.found:
        f.quote = "direct" if f.verbatim else quote_kind(p, f.content)
    return p.found


def _in_cue_order(found: list[Found]) -> None:
    """Sort the attributions by their cues, keeping each ``via`` and ``relays`` on the attribution it named
    (shapes read after the sentences, such as signed quotes, can add one whose cue comes earlier)."""
    order = sorted(range(len(found)), key=lambda n: found[n].cue[0])
    if order == list(range(len(found))):
        return
    moved = {old: new for new, old in enumerate(order)}
    found[:] = [found[n] for n in order]
    for f in found:
        if f.via is not None:
            f.via = moved[f.via]
        if f.relays is not None:
            f.relays = moved[f.relays]


def _read_sentence(p: ParagraphState, sentence: Sentence, starts: list[int]) -> None:
    """Read one sentence at ``starts``, its tokens in :data:`_READING_STARTS`, in order."""
    tokens = p.tokens
    after = sentence.lo  # a cue read covers its tokens: none of them starts another reading
    for i in starts:
        if i < after:
            continue
        word = tokens[i].lower
        if word in lx.STATEMENT_NOUNS and (pointed_statement(p, i, sentence) or possessed_statement(p, i, sentence)):
            continue
        entry, end = match_cue(tokens, i, sentence.hi)
        if word in lx.VERB_POSITION_CUES and end == i + 1:  # "experts note that": a noun form read as a verb
            entry = verb_position_cue(p, i, sentence) or entry
        if entry is None and word in lx.INFINITIVE_ONLY_CUES:
            entry = infinitive_cue(p, i, sentence)  # "continued to question whether ...": a noun's form as a verb
        if entry is None:
            continue
        if not not_a_cue(p, i, entry, sentence):
            found = len(p.found)
            attribute(p, i, entry, end, sentence)
            if entry.family == "according" and len(p.found) > found and p.found[-1].cue[0] == tokens[i].start:
                # "according to court documents ...": the source follows the cue, and its words are the
                # source's ("documents" is no verb there), so the reading goes on after it
                source_end = p.found[-1].source[1]
                while end < sentence.hi and tokens[end].start < source_end:
                    end += 1
        elif tokens[i - 1].lower == "to" and i - 1 > sentence.lo:
            infinitive_of_purpose(p, i, entry, end, sentence)  # "went on TV to say": an infinitive that reports
        after = end

