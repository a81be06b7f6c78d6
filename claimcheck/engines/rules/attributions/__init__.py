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

from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules import phrases
from claimcheck.engines.rules.attributions._content import cut_contents, quote_kind
from claimcheck.engines.rules.attributions._cues import match_cue, not_a_cue
from claimcheck.engines.rules.attributions._shapes import (
    attribute,
    colon_speakers,
    possessed_statement,
    relayed_speech,
    signed_quotes,
)
from claimcheck.engines.rules.attributions._state import Found, ParagraphState, Sentence, sentence_token_ranges
from claimcheck.engines.rules.tokens import Token

__all__ = ["Found", "Sentence", "find_attributions", "match_cue", "sentence_token_ranges"]


def find_attributions(text: str, tokens: list[Token], sentences: list[Sentence],
                      quotes: list[tuple[int, int]], memory: phrases.SourceMemory) -> list[Found]:
    """The attributions of one paragraph, in the order of their cues."""
    p = ParagraphState(text, tokens, sentences, quotes, memory)
    for sentence in sentences:
        p.sentence_first = len(p.found)  # attributions are found sentence by sentence
        _read_sentence(p, sentence)
    signed_quotes(p)
    colon_speakers(p)
    p.found.sort(key=lambda f: f.cue[0])
    cut_contents(p)
    relayed_speech(p)
    for f in p.found:
        f.quote = quote_kind(p, f.content)
    return p.found


def _read_sentence(p: ParagraphState, sentence: Sentence) -> None:
    tokens = p.tokens
    i = sentence.lo
    while i < sentence.hi:
        word = tokens[i].lower
        if word in lx.STATEMENT_NOUNS and possessed_statement(p, i, sentence):
            i += 1
            continue
        if word not in lx.SINGLE_CUES and word not in lx.PHRASE_FIRST_WORDS:
            i += 1  # most words open no cue: skip them without a call
            continue
        entry, after = match_cue(tokens, i, sentence.hi)
        if entry is None:
            i += 1
            continue
        if not not_a_cue(p, i, entry, sentence):
            attribute(p, i, entry, after, sentence)
        i = after

