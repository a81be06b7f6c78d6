"""The writer's-voice test is written for speed (the question mark apart, the forms read at word starts); it must
say what the plain alternation says."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.scoring import genre

PLAIN = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in genre._VOICE_FORMS) + r")(?![\w'’])|\?")

PIECES = ["I", "i", "I think", "we", "We", "us", "US", "our", "Our", "you", "You're", "you’d", "my", "My view",
          "to me", "let's", "Let us", "?", "'", "’", "s", " ", "x", "Iran", "owe", "yours", "-", "\n", "é",
          "ñ", "_", "²"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
def test_the_fast_test_says_what_the_plain_pattern_says(text):
    assert genre._argues(text) == bool(PLAIN.search(text))


def plain_genre_of_voice(paragraphs):
    """The writer's-voice reading of detect_genre as first written: every paragraph tested."""
    arguing = [p.index for p in paragraphs if genre._argues(genre._QUOTED.sub(" ", p.text))]
    if len(arguing) >= genre._ARGUMENT_PARAGRAPHS and len(arguing) >= genre._ARGUMENT_SHARE * max(len(paragraphs), 1):
        shown = ", ".join(str(i) for i in arguing[:5])
        return "opinion", f"the writer argues in their own voice, outside quotations (¶ {shown})"
    return "news", None


VOICES = ["We must act now.", "The levy passed on Tuesday.", "“We must,” he said.", "Why now?", "Your bill rises."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOICES), max_size=40))
def test_the_reading_that_stops_early_says_what_reading_every_paragraph_says(texts):
    from builders import paragraph

    paragraphs = [paragraph(i, t) for i, t in enumerate(texts, start=1)]
    assert genre.detect_genre(None, paragraphs) == plain_genre_of_voice(paragraphs)
