"""What a cue's object or clause says (engines/rules/attributions/_content.py), read on unseen real news in session 15:
the kind of a plain object gives some speech verbs another sense ("conceded the race", "maintains the bridge"), and a
guarded verb may take a clause with no "that" ("He added the police will ...")."""

import pytest


@pytest.mark.parametrize("text", [
    # a contest given up is an act, no report
    "Lee has conceded the race to Ruiz after a recount.",
    "Today, Lee and Ruiz conceded the gubernatorial election, and no recount will be held.",
    "She is conceding the election for county assessor to the incumbent.",
    "We conceded three goals in the first half.",
    # an object kept up or kept is no claim held
    "The city maintains the bridge over the river.",
    "She maintained a commanding lead in the polls.",
    "The group maintains a political office in the capital.",
])
def test_an_object_of_another_sense_reports_nothing(analyse, text):
    assert analyse(text).attributions == []


@pytest.mark.parametrize("text,cue,content", [
    ("Lee conceded defeat on Tuesday.", "conceded", "defeat on Tuesday"),
    ("Lee conceded that the plan was flawed.", "conceded", "the plan was flawed"),
    ("Lee conceded the race was over.", "conceded", "the race was over"),
    ("He has maintained his innocence.", "has maintained", "his innocence"),
    ("They maintained their position on the tax.", "maintained", "their position on the tax"),
    ("He maintained he was at home that night.", "maintained", "he was at home that night"),
])
def test_a_claim_or_a_clause_keeps_the_speech_sense(analyse, text, cue, content):
    found = analyse(text).attributions
    assert [(a.cue, a.content) for a in found] == [(cue, content)]


@pytest.mark.parametrize("text,source,cue,content", [
    ("Ruiz added the police will release more details later.", "Ruiz", "added",
     "the police will release more details later"),
    ("The chief added the department is working with the hospital.", "The chief", "added",
     "the department is working with the hospital"),
    ("He added he wanted more time.", "He", "added", "he wanted more time"),
    ("But Lee adds he can prove it.", "Lee", "adds", "he can prove it"),
    ("The mayor vowed the plant would reopen.", "The mayor", "vowed", "the plant would reopen"),
])
def test_a_clause_with_no_that_after_a_guarded_cue_is_its_content(analyse, text, source, cue, content):
    found = analyse(text).attributions
    assert [(a.source, a.cue, a.content) for a in found] == [(source, cue, content)]


@pytest.mark.parametrize("text", [
    "The army added troops stationed abroad.",
    "The mayor added it to the list.",
    "The firm added two new stores this year.",
])
def test_an_object_after_a_guarded_cue_is_no_clause(analyse, text):
    assert analyse(text).attributions == []
