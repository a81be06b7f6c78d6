"""Cue words that stand in a noun phrase, not in a speaker's verb group (session 16): a participle before its noun
after a possessive or a governed count, a participle that is never a past tense with no "have" or "be" before it,
a participle after the subject of a report's content before that subject's own verb, and a bare "-ing" form that a
finite verb follows. Each would otherwise give the phrase around it as a source. Short invented paragraphs."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,word", [
    # a participle before its noun after a possessive, past an adverb in -ly, or after a count a preposition governs
    ("The mayor defended Lee's widely criticized budget plan.", "criticized"),
    ("Reporters asked about their highly publicized meeting with donors.", "publicized"),
    ("Ruiz trails Park by 140 pledged delegates after the vote.", "pledged"),
    # a participle that is never a past tense, with no auxiliary: it modifies the noun before it
    ("The memoir, a biography written by a former aide, arrives next week.", "written"),
    ("The box still bears the case number written on it in red ink.", "written"),
    ("The rules, as they're currently written, give the chair the last word.", "written"),
    # a participle after the subject of a report's content, before that subject's own verb
    ("The ministry says the patients admitted are mostly children.", "admitted"),
    # a bare -ing form before a finite verb is a gerund, the subject
    ("The paper says its deeper reporting has found new accounts.", "reporting"),
    ("Costly investigative reporting is being funded by donors.", "reporting"),
])
def test_a_cue_word_inside_a_noun_phrase_reports_nothing(analyse, text, word):
    assert all(word not in a.cue for a in analyse(text).attributions)


@pytest.mark.parametrize("text,cue,source", [
    # the same words in a speaker's verb group keep their cues
    ("Lee has widely criticized the budget plan.", "widely criticized", "Lee"),
    ("I've written extensively on the courts, Ruiz said.", "written", "I've"),
    ("The letter was written by the mayor's chief of staff.", "was written by", "the mayor's chief of staff"),
    ("Ruiz said the records that Lee said were lost had been found.", "said", "Ruiz"),
    ("Patients said the doctors were kind.", "said", "Patients"),
    ("Two pledged to support the bill, Lee said.", "said", "Lee"),
    ("Lee was saying the plan would fail.", "was saying", "Lee"),
])
def test_the_same_words_in_a_verb_group_keep_their_cues(analyse, text, cue, source):
    found = [a for a in analyse(text).attributions if a.source == source]
    assert found and any(cue in a.cue or a.cue in cue for a in found)
