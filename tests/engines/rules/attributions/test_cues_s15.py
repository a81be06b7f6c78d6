"""A cue word read as a noun (engines/rules/attributions/_cues.py), read on unseen real news in session 15: a base form
after a singular article and one word is that phrase's noun."""

import pytest


@pytest.mark.parametrize("text,cues", [
    ("Lee won after results of a mandatory recount were released.", []),
    ("The group broke a previous pledge to stay neutral.", []),
    # a plural subject after "a", a phrase inside the subject, a plain singular article's noun as the source
    ("A few say the plan will fail.", ["say"]),
    ("Voters in a poll say the plan is right.", ["say"]),
    ("At least half of voters in each state say the plan is right.", ["say"]),
    ("A police report said the car was stolen.", ["said"]),
])
def test_a_base_form_after_a_singular_article_and_a_word_is_a_noun(analyse, text, cues):
    assert [a.cue for a in analyse(text).attributions] == cues
