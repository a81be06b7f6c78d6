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
