"""Who the source is, session 18: a participle after a text someone received says what the text says. Short
invented sentences, with the near misses of a text someone sent or issued."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text, source, source_type", [
    ("Parents received a letter saying that students would be excluded.", "a letter", "document"),
    ("Parents received a letter from the principal on Wednesday saying that students would be excluded.",
     "a letter from the principal", "document"),
    ("The paper obtained an email last week saying the mayor knew.", "an email", "document"),
    # one who sends, posts or issues a text says it through the text
    ("The company issued a statement Tuesday saying it would appeal.", "The company", "organization"),
    ("The mayor posted a video on Friday saying the road was closed.", "The mayor", "anonymous"),
])
def test_a_text_received_says_it(analyse, text, source, source_type):
    attribution = only(analyse(text).attributions, cue="saying")
    assert (attribution.source, attribution.source_type) == (source, source_type)
