"""Verbs of saying beyond the usual ones (session 16): retorts, confessions and asides that take a clause as they
stand, and verbs of manner (shouted, chanted, whispered) and of stance (clarified, implied, rebutted) that report
speech only with a quotation, a colon, "that" or a postposed cue. Their noun, adjective and phrasal readings
report nothing. Short invented paragraphs."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,cue,source", [
    ("At the meeting, a resident retorted: “The bridge was never safe.”", "retorted", "a resident"),
    ("Ruiz confessed that she had moved the money.", "confessed", "Ruiz"),
    ("Lee surmised the vote would be close.", "surmised", "Lee"),
    ('"Close the plant," the protesters chanted.', "chanted", "the protesters"),
    ('"Get out of here!" a man yelled.', "yelled", "a man"),
    ("A spokeswoman later clarified that the mayor had misspoken.", "later clarified", "A spokeswoman"),
    ("The minister affirmed that talks would go on.", "affirmed", "The minister"),
    ('"Why now?" she wondered.', "wondered", "she"),
])
def test_more_verbs_of_saying(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text", [
    "The court affirmed the ruling.",  # upheld: a plain object, no words reported
    "Lee shouted at the crowd and left.",
    "He confided in his brother.",
    "The singer was booed and shouted down by the crowd.",
    "It was the most elaborate plan the city had seen.",  # an adjective
    "The plant closures could kindle worker protests across the region.",  # a noun
])
def test_their_other_readings_report_nothing(analyse, text):
    assert analyse(text).attributions == []
