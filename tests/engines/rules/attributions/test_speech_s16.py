"""Speech cues read in session 16 (rules 1.116-), from PolNeAR train's missed speech cues: relative pronouns with
their auxiliary in one token, gerunds after a preposition with an adverb between or after an opening connective,
and where the content before such a gerund ends. Short invented paragraphs."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,cue,source", [
    # "who've", "who'd": the relative pronoun with its auxiliary stands for its antecedent, as "who have" does
    ("He met voters who've said they will stay home.", "said", "voters"),
    ("The voters who’ve said they will stay home are many.", "said", "The voters"),
    # the relative clause is part of the subject: its last name is not the speaker
    ("Many of the leaders who'd rather be working for Lee or Ana Park said they will rally.", "said",
     "Many of the leaders who'd rather be working for Lee or Ana Park"),
])
def test_a_relative_pronoun_with_its_auxiliary(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,source", [
    # an adverb between a gerund's preposition and the gerund, as between a comma and a participle
    ('"I am fine," he added, while also saying that he expects to win.', "he"),
    ("Mr. Lee, after initially saying he would not advertise, has now bought ads.", "Mr. Lee"),
    # a gerund's preposition after an opening connective opens the sentence as at its start
    ("Now, after arguing that the results narrowed the race, his team changed its plan.", "his team"),
    ("But after saying that the plan was dead, Ruiz changed course.", "Ruiz"),
])
def test_a_gerund_after_its_preposition(analyse, text, source):
    cue = next(w for w in text.replace(",", " ").split() if w.endswith("ing"))
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text", [
    "Instead of calling himself a moderate, Lee said he was a builder.",
    "But without saying why, Ruiz left the room.",
])
def test_a_gerund_of_a_saying_not_done_reports_nothing(analyse, text):
    assert [a.cue for a in analyse(text).attributions if a.cue.endswith("ing")] == []


@pytest.mark.parametrize("text,content", [
    # the content before ends at the comma that leads the gerund, its adverb between or not
    ("Lee has promised to build a wall, while also suggesting that the law should change.", "to build a wall"),
    ("Lee has promised to build a wall, while suggesting that the law should change.", "to build a wall"),
])
def test_a_content_ends_before_a_gerunds_lead(analyse, text, content):
    assert only(analyse(text).attributions, cue="has promised").content == content


def test_a_phrase_ending_in_a_preposition_is_no_clause_subject(analyse):
    """'... and deport millions of undocumented workers, while suggesting ...': the object of the second verb, cut
    short at "of", is not a subject of its own; the sentence's subject suggests it."""
    text = "Lee has promised to build a wall and deport millions of undocumented workers, while suggesting that the law should change."
    assert only(analyse(text).attributions, cue="suggesting").source == "Lee"
