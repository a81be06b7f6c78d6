"""The subjects a participle or a second verb borrows (issue 11, speech-verb recall), on short invented
sentences: a clause's subject that is a role, then the name it introduces."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,cue,source", [
    # a role in lower case between a capitalised modifier and the name: the whole is the clause's subject
    ("Republican mayoral candidate Ana Ruiz endorsed the levy, saying it was overdue.", "saying",
     "Republican mayoral candidate Ana Ruiz"),
    ("Radio show host Lee Park backed the plan and said it would pass.", "said", "Radio show host Lee Park"),
    ("Ledger bureau chief Ana Ruiz visited the plant, saying it was safe.", "saying", "Ledger bureau chief Ana Ruiz"),
    # an age before the name
    ("58-year-old Lee Park, a farmer from Ames, voted early, saying he was tired of the ads.", "saying",
     "58-year-old Lee Park"),
])
def test_a_role_or_an_age_before_a_name_is_the_clause_subject(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue,source", [
    # a verb in -s after the name is the name's verb, no role: the subject is the name alone
    ("Ruiz attacks rival Lee Park, saying he is weak.", "saying", "Ruiz"),
    # a past form after the name is its verb
    ("Ruiz praised senator Lee Park and said he was right.", "said", "Ruiz"),
])
def test_a_verb_after_the_name_is_no_role(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source
