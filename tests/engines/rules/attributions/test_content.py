"""Content spans (engines/rules/attributions/_content.py)."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,source,content", [
    ("A reporter asked the senator how she was feeling on caucus day.", "A reporter",
     "how she was feeling on caucus day"),
    ("Mr. Rubin asked the students if they were always so serious.", "Mr. Rubin", "if they were always so serious"),
    ("The senator asked the witness about the missing files.", "The senator", "about the missing files"),
])
def test_the_question_after_the_one_asked_is_the_content(analyse, text, source, content):
    attribution = only(analyse(text).attributions, cue="asked")
    assert (attribution.source, attribution.content) == (source, content)


def test_asked_to_act_keeps_the_one_asked_in_the_content(analyse):
    assert only(analyse("The mayor asked the council to delay the vote.").attributions,
                cue="asked").content == "the council to delay the vote"


@pytest.mark.parametrize("text,cue,content", [
    ('"Should we sue?" Ruiz asked rhetorically, shaking his head.', "asked", '"Should we sue?"'),
    ("Ruiz said flatly that the plan had failed.", "said", "the plan had failed"),
])
def test_a_manner_adverb_after_the_cue_is_no_content(analyse, text, cue, content):
    assert only(analyse(text).attributions, cue=cue).content == content


@pytest.mark.parametrize("text", [
    # after a cue that takes an object, a phrase of manner or time is no content
    "The city responded with anger to the ruling.",
    "It tests how markets respond when the state raises wages.",
    "The state responded enthusiastically with new rules.",
])
def test_manner_or_time_after_a_cue_is_no_content(analyse, text):
    assert analyse(text).attributions == []


@pytest.mark.parametrize("text,cue,content", [
    ("Ruiz responded that the vote was rigged.", "responded", "the vote was rigged"),
    ("Ruiz said when she arrived that the hall was empty.", "said", "when she arrived that the hall was empty"),
    ("Ruiz asked when the vote would be held.", "asked", "when the vote would be held"),
    ("The mayor announced with fanfare that the plant would open.", "announced", "the plant would open"),
])
def test_a_clause_after_manner_or_time_is_still_content(analyse, text, cue, content):
    assert only(analyse(text).attributions, cue=cue).content == content


@pytest.mark.parametrize("text,cue,content", [
    # a cue inside a subordinate clause that opens the sentence reports that clause only
    ("After Ruiz said the deal was off, shares fell sharply.", "said", "the deal was off"),
    ("When the mayor announced that the plant would close, workers walked out.", "announced",
     "the plant would close"),
    ("But although Lee insisted the vote was fair, the board ordered a recount.", "insisted", "the vote was fair"),
    # an aside inside the reported clause is no end of it
    ("When Ruiz said that, if elected, she would close the plant, the crowd cheered.", "said",
     "if elected, she would close the plant"),
    # the clause closed at the cue: what follows is the content ("As X reported, Y")
    ("As the Ledger reported, even on Friday, the county was refusing to pay.", "reported",
     "even on Friday, the county was refusing to pay"),
])
def test_a_cue_in_a_fronted_subordinate_clause_reports_that_clause(analyse, text, cue, content):
    assert only(analyse(text).attributions, cue=cue).content == content
