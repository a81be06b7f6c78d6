"""Speech-verb readings added for issue 11's recall target (rules 1.21 on), on short invented
paragraphs: asides after the cue, standalone "one"/"another" as subjects."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,cue,content", [
    # a short aside set off by commas right after the cue, then the clause that was said
    ("Ruiz said, if elected, she would close the plant.", "said", "if elected, she would close the plant"),
    ("The mayor says, win or lose, he is staying in the race.", "says", "win or lose, he is staying in the race"),
    ("Ruiz said, in a letter, that the plan was dead.", "said", "the plan was dead"),
])
def test_an_aside_after_the_cue_then_the_content(analyse, text, cue, content):
    assert only(analyse(text).attributions, cue=cue).content == content


def test_an_aside_after_the_cue_needs_a_clause_after_it(analyse):
    """'..., Ruiz said, smiling, and left.': "and left" is no clause that was said."""
    attribution = only(analyse('"It was fine," Ruiz said, smiling, and left.').attributions, cue="said")
    assert attribution.content == '"It was fine,"'


@pytest.mark.parametrize("text,sources", [
    ("One said the count was off, and another said it was fine.", ["One", "another"]),
    ("Another noted that the well had run dry.", ["Another"]),
])
def test_one_and_another_stand_alone_as_subjects(analyse, text, sources):
    assert [a.source for a in analyse(text).attributions] == sources


def test_a_cue_word_after_one_is_a_noun(analyse):
    """'One tweet said': "tweet" is the noun, "said" the cue."""
    attributions = analyse('One tweet said: "The road is closed."').attributions
    assert [(a.cue, a.source) for a in attributions] == [("said", "One tweet")]


@pytest.mark.parametrize("text,source", [
    # after an inverted cue, the speaker's phrase ends where the setting of the saying begins
    ('"We were lucky," said Mayor Don Hale in a telephone interview.', "Mayor Don Hale"),
    ('"We were lucky," said council member Ana Ruiz during the hearing.', "council member Ana Ruiz"),
    ('"We were lucky," said farmer Tom Lee when asked about the flood.', "farmer Tom Lee"),
    # a name with a long affiliation is still the speaker
    ('"We were lucky," said Lee Park of the University of Iowa College of Law.',
     "Lee Park of the University of Iowa College of Law"),
])
def test_an_inverted_speaker_then_a_setting_or_an_affiliation(analyse, text, source):
    assert only(analyse(text).attributions, cue="said").source == source
