"""The writer's-voice test is written for speed (the question mark apart, a first-letter lookahead); it must
say what the plain alternation says."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.scoring import genre

PLAIN = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in genre._VOICE_FORMS) + r")(?![\w'’])|\?")

PIECES = ["I", "i", "I think", "we", "We", "us", "US", "our", "Our", "you", "You're", "you’d", "my", "My view",
          "to me", "let's", "Let us", "?", "'", "’", "s", " ", "x", "Iran", "owe", "yours", "-", "\n", "é"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
def test_the_fast_test_says_what_the_plain_pattern_says(text):
    assert genre._argues(text) == bool(PLAIN.search(text))
