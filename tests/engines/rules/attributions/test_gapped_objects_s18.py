"""Relative clauses with no pronoun whose cue has lost its object to the noun before the speaker (session 18, the
lead's): "The plan the mayor proposed would cost ..." reports the mayor proposing the plan, not "would cost ..." as
what the mayor said; a name after a noun of a person, a body, a rank or an adjective stays one phrase with it; a
quantifier after a noun opens a clause of its own ("a game many are calling a classic"). Short invented paragraphs."""

import pytest


def _content(text, a):
    return text[a.content_span[0]:a.content_span[1]] if a.content_span else None


@pytest.mark.parametrize("text,source,cue,content", [
    ("The plan the mayor proposed would cost two million dollars.", "the mayor", "proposed", "The plan"),
    ("The tax the governor announced last week drew protests.", "the governor", "announced", "The tax"),
    ("The official the mayor criticized resigned.", "the mayor", "criticized", "The official"),
    ("It was a word Trump then repeated.", "Trump", "repeated", "a word"),
    ("The video showed the scene she described, though the lighting differed.", "she", "described", "the scene"),
])
def test_the_noun_before_the_speaker_is_what_the_cue_took(analyse, text, source, cue, content):
    found = [a for a in analyse(text).attributions if a.cue == cue]
    assert [(a.source, _content(text, a)) for a in found] == [(source, content)]


@pytest.mark.parametrize("text,source,content", [
    ("The rapper Drake announced a new tour.", "The rapper Drake", "a new tour"),
    ("The mayor announced that the plan would cost more.", "The mayor", "the plan would cost more"),
    ("Lee announced the plan on Monday.", "Lee", "the plan on Monday"),
])
def test_a_cue_with_its_object_keeps_its_subject_and_content(analyse, text, source, content):
    [a] = analyse(text).attributions
    assert (a.source, _content(text, a)) == (source, content)


@pytest.mark.parametrize("text,split_off", [
    ("The rapper Drake announced Tuesday.", "Drake"),
    ("The presumptive Republican nominee announced Tuesday.", "Republican nominee"),
    ("A top Obama aide announced Tuesday.", "Obama aide"),
])
def test_a_name_after_a_role_rank_or_adjective_is_never_split_off(analyse, text, split_off):
    assert all(a.source != split_off for a in analyse(text).attributions)


def test_a_quantifier_after_a_noun_is_not_the_end_of_that_nouns_phrase(analyse):
    found = analyse("They won a title game many are calling an instant classic.").attributions
    assert all(a.source != "a title game many" for a in found)


@pytest.mark.parametrize("text,source", [
    ("About 40,000 Russian soldiers said they would leave.", "40,000 Russian soldiers"),
    ("In 2019, 12,500 workers said they had been laid off.", "12,500 workers"),
])
def test_a_numbers_comma_is_no_edge_of_the_source(analyse, text, source):
    assert [a.source for a in analyse(text).attributions] == [source]
