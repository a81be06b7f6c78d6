"""The sentence splitter reads a capital or a digit after a candidate boundary at once, and looks for the word a
period ends after the last space before it; both only save time, so it must split as the plain reading does."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.article import sentences as s

# The candidate pattern as first written: it begins with a repeat, which re tries at every position.
PLAIN_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]]*(\s+)")


def plain_split(text: str) -> list[tuple[int, int]]:
    """split_sentences as first written: every candidate read past its openers, the word before a period
    searched for over the 40 characters before it."""
    spans = []
    start = s._skip_space(text, 0)
    for match in PLAIN_CANDIDATE.finditer(text):
        boundary, after = match.start(1), match.end()
        if after >= len(text) or boundary <= start or not s._opens_sentence(text, after):
            continue
        punct_end = match.start()
        if text[punct_end:boundary].rstrip(s.CLOSERS) == ".":
            before = s._WORD_BEFORE.search(text, max(start, punct_end - 40), punct_end)
            word_after = s._WORD_AFTER.match(text, after)
            if before and s._reads_on(before.group(1) + ".", word_after.group(1) if word_after else "", text[after]):
                continue
        spans.append((start, boundary))
        start = after
    end = len(text.rstrip())
    if end > start:
        spans.append((start, end))
    return spans


WORDS = ["The", "talks", "Mr", "Gen", "U.S", "P", "No", "Jan", "Ill", "jr", "a", "5", "12", "he", "She", "In",
         "e.g", "a.m", "x" * 45, "’s", "é", "É", "_", "&", "-", ""]
GAPS = [" ", ". ", ".  ", "! ", "? ", "… ", "?! ", "... ", '." ', ".” ", '"', "“", "(", ") ", "[", "\n", "\t", "", ".", ", ", "-"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), max_size=10)
       .map(lambda pairs: "".join(word + gap for word, gap in pairs)))
def test_the_splitter_splits_as_the_plain_reading_does(text):
    assert s.split_sentences(text) == plain_split(text)


def _found(matches):
    return [(m.start(), m.end(), m.start(1), m.group()) for m in matches]


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=".!?…\"'”’»)] \n\tAbc1“(", max_size=40))
def test_candidates_are_found_as_the_one_pattern_finds_them(text):
    """_candidates finds each kind of mark with its own pattern (a quick scan for one character) and takes the
    matches as finditer of the one pattern does: leftmost first, none inside the one before."""
    assert _found(s._candidates(text)) == _found(s._CANDIDATE.finditer(text))
