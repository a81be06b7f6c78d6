"""Cue filtering (engines/rules/attributions/_cues.py): readings of a cue word that report no source of
their own, on short invented paragraphs."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,source,cue,hedge", [
    # a thinking whose pronoun stands for the speaker and opens what was said: the speaker's own hedge
    ("Ruiz said she thinks the levy will pass.", "Ruiz", "said", "thinks"),
    ("Lee told the Herald that he believes the plant will close.", "Lee", "told", "believes"),
    ("Officials said they believe the talks failed.", "Officials", "said", "believe"),
])
def test_a_speakers_own_thought_is_a_hedge_of_the_speaker(analyse, text, source, cue, hedge):
    paragraph = analyse(text)
    attribution = only(paragraph.attributions)
    assert (attribution.source, attribution.cue) == (source, cue)
    assert only(paragraph.hedges, cue=hedge).attribution_id == attribution.id


@pytest.mark.parametrize("text,thinker", [
    ("Ruiz said they believe the talks failed.", "they"),  # "they" is not Ruiz
    ("The aide said Ruiz thinks the levy will pass.", "Ruiz"),  # another person named
])
def test_someone_elses_thought_stays_an_attribution(analyse, text, thinker):
    assert [a.source for a in analyse(text).attributions][1:] == [thinker]


@pytest.mark.parametrize("text", [
    # a cue whose subject opens an embedded question: the question is asked, not answered
    "Asked if he thought the plan would work, Ruiz smiled.",
    "Ruiz would not answer a question about whether she agrees with the ruling.",
    "I learned how they think and how they work.",
])
def test_a_cue_in_an_open_question_reports_nothing(analyse, text):
    assert analyse(text).attributions == []


@pytest.mark.parametrize("text,source,cue", [
    ("She asked Lee why he had criticized the mayor.", "She", "asked"),  # the asking is reported, not the answer
    ("The host asked Ruiz what she thought of the plan.", "The host", "asked"),  # nor the thinking asked about
    ("That is why critics say the plan failed.", "critics", "say"),  # no asking
    ("What he said last year still matters.", "he", "said"),  # a free relative, no question
])
def test_a_cue_after_a_question_word_without_asking_is_reported(analyse, text, source, cue):
    assert [(a.source, a.cue) for a in analyse(text).attributions] == [(source, cue)]


@pytest.mark.parametrize("text", [
    # the writer's own feeling leads the clause: an opinion, not a source's report
    "I am glad reporters are pointing this out and informing us that the vote was odd.",
    "We're so pleased the mayor said the plant would stay.",
])
def test_a_cue_after_a_first_person_feeling_reports_nothing(analyse, text):
    assert analyse(text).attributions == []


@pytest.mark.parametrize("text", [
    "There were a million tweets with the tag.",  # a plural after a large count is a noun
    "A reporter picked up on tweet from a rival.",  # a base form after a preposition is a noun
])
def test_cue_words_read_as_nouns(analyse, text):
    assert analyse(text).attributions == []


def test_a_request_told_inside_what_another_said_is_the_content(analyse):
    """'He added that the state had asked for aid': the one who tells of the request is the source."""
    attributions = analyse("Governor Hale said that the state had asked for federal aid.").attributions
    assert [(a.source, a.cue) for a in attributions] == [("Governor Hale", "said")]


def test_a_request_in_a_clause_of_its_own_is_reported(analyse):
    assert only(analyse("The state asked for federal aid.").attributions).source == "The state"


@pytest.mark.parametrize("text", [
    "You shouldn't just believe them.",  # a generic "you", a modal: the writer's voice
    "I can't believe it.",
])
def test_a_first_or_second_person_modal_before_a_thought_is_no_source(analyse, text):
    assert analyse(text).attributions == []


def test_a_first_person_view_without_a_modal_stays(analyse):
    assert only(analyse("I don't think the plan will pass.").attributions).source == "I"


@pytest.mark.parametrize("text,source,cue,content", [
    ("Many have voiced concerns that officials are hiding the cases.", "Many", "have voiced concerns",
     "officials are hiding the cases"),
    ("Doctors expressed fears that the virus would spread.", "Doctors", "expressed fears", "the virus would spread"),
    ("The senator voiced hope that the talks would resume.", "The senator", "voiced hope", "the talks would resume"),
])
def test_a_stance_put_into_words_reports_what_it_holds(analyse, text, source, cue, content):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text", [
    "Ruiz expressed support for the bill.",
    "The move raised concerns among investors.",
])
def test_a_stance_with_no_clause_reports_nothing(analyse, text):
    assert analyse(text).attributions == []
