"""Who the source is, session 17 (the lead's): "according to" a standard, a role's name after "according to",
and a crowd as a speaker. Short invented sentences."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text", [
    "The seats were assigned according to their preference.",
    "The launch went according to plan.",
    "Pupils are grouped according to ability.",
    "She was buried at sea, according to her wishes.",
])
def test_according_to_a_standard_reports_nothing(analyse, text):
    assert analyse(text).attributions == []


@pytest.mark.parametrize("text,source,source_type", [
    # a plan or a schedule with its determiner is a document that says something
    ("According to the schedule released Monday, the vote is in May.", "the schedule", "document"),
    ("According to the plan, troops would leave by June.", "the plan", "document"),
])
def test_according_to_a_document_is_still_a_source(analyse, text, source, source_type):
    attribution = only(analyse(text).attributions, cue="According to")
    assert (attribution.source, attribution.source_type) == (source, source_type)


@pytest.mark.parametrize("text,source,content", [
    # one unnamed person in a role, then a name set off by commas: the role's apposition
    ("According to the firm's spokesman, Tom Lee, the plant will close.", "the firm's spokesman, Tom Lee",
     "the plant will close"),
    ("According to a spokeswoman, Ana M. Ruiz, the plan failed.", "a spokeswoman, Ana M. Ruiz", "the plan failed"),
    # a body, or a name with an age after it, is the content's subject
    ("According to police, John Smith, 45, was arrested.", "police", "John Smith, 45, was arrested"),
    ("According to the lawyer, John Smith, 45, was not there.", "the lawyer", "John Smith, 45, was not there"),
])
def test_a_name_after_a_role_opening_the_sentence(analyse, text, source, content):
    attribution = only(analyse(text).attributions, cue="According to")
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text,source", [
    ('"Lock her up," the crowd shouted.', "the crowd"),
    ('"Sit down," the audience yelled.', "the audience"),
    ('"We want jobs," the protesters chanted.', "the protesters"),
])
def test_a_crowd_is_a_speaker_after_its_quotation(analyse, text, source):
    attribution = only(analyse(text).attributions, source=source)
    assert attribution.source_type == "anonymous"
