"""Speech that goes on or stops, and participles that never invert (session 18, the lead's): a verb of going on
before a gerund cue ("kept saying", "began telling") belongs to the cue, as "continued to say" does, and leaves the
subject before it as the source; a verb of stopping before one ("stopped claiming") reports nothing; "repeat" reports
speech with a complement; and an -ing cue after a comma never takes the phrase after it as its speaker (", echoing
a memo", ", repeating a common line"). Short invented paragraphs."""

import pytest


@pytest.mark.parametrize("text,source,cue,content", [
    ("Lee kept saying the plan would fail.", "Lee", "kept saying", "the plan would fail"),
    ("Officials kept insisting the water was safe.", "Officials", "kept insisting", "the water was safe"),
    ("Ms. Ruiz started saying the count was wrong.", "Ms. Ruiz", "started saying", "the count was wrong"),
    ("The mayor began telling reporters that the plan would fail.", "The mayor", "began telling", "the plan would fail"),
    ("He has kept saying that the vote was rigged.", "He", "has kept saying", "the vote was rigged"),
])
def test_a_verb_of_going_on_is_part_of_the_cue_and_not_of_the_source(analyse, text, source, cue, content):
    [a] = [a for a in analyse(text).attributions]
    assert (a.source, a.cue, text[a.content_span[0]:a.content_span[1]]) == (source, cue, content)


@pytest.mark.parametrize("text", [
    "The company stopped claiming that the product was safe.",
    "Lee quit saying the plan would fail after the vote.",
])
def test_what_is_no_longer_said_is_not_reported(analyse, text):
    assert analyse(text).attributions == []


@pytest.mark.parametrize("text,source,content", [
    ("Ruiz repeated that the vote was rigged.", "Ruiz", "the vote was rigged"),
    ('"We will win," Lee repeated.', "Lee", '"We will win,"'),
])
def test_repeat_reports_speech_with_a_complement(analyse, text, source, content):
    [a] = analyse(text).attributions
    assert (a.source, text[a.content_span[0]:a.content_span[1]]) == (source, content)


def test_repeat_with_a_plain_object_reports_nothing(analyse):
    assert analyse("The team repeated the feat in 2019.").attributions == []


@pytest.mark.parametrize("text,speaker,participle", [
    ('"We will do better," Lee said, repeating a common line.', "Lee", "repeating"),
    ("Ruiz said the mayor should resign, echoing a memo from the party's chairman.", "Ruiz", "echoing"),
    ('"He is a fine man," Park told the host, reminding the audience that the two had clashed.', "Park", "reminding"),
])
def test_a_participle_after_a_comma_never_takes_the_phrase_after_it_as_speaker(analyse, text, speaker, participle):
    found = analyse(text).attributions
    assert any(a.source == speaker for a in found)
    assert [a.source for a in found if participle in a.cue] in ([], [speaker])


@pytest.mark.parametrize("text,speaker,cue", [
    ("Democrats criticized Ruiz for saying the vote was rigged.", "Ruiz", "saying"),
    ("Lee blasted Trump over claiming the election was stolen.", "Trump", "claiming"),
    ("Lee thanked voters for telling him the truth.", "voters", "telling"),
    ("The board faulted the report for suggesting the plant was safe.", "the report", "suggesting"),
    ("He called him a pathological liar for continuing to insist the vote was rigged.", "him", "continuing to insist"),
    ("The checkers awarded Carly Fiorina three Pinocchios for telling the truth.", "Carly Fiorina", "telling"),
])
def test_the_one_judged_for_words_said_them(analyse, text, speaker, cue):
    assert [a.source for a in analyse(text).attributions if a.cue == cue] == [speaker]


@pytest.mark.parametrize("text,speaker,cue", [
    ("Ruiz was criticized for saying the vote was rigged.", "Ruiz", "saying"),
    ("Ruiz apologized to voters for saying the vote was rigged.", "Ruiz", "saying"),
    ("Lee drew criticism for saying the vote was rigged.", "Lee", "saying"),
])
def test_with_no_one_judged_the_subject_said_them(analyse, text, speaker, cue):
    assert [a.source for a in analyse(text).attributions if a.cue == cue] == [speaker]


def test_an_object_pronoun_as_a_source_is_typed_as_its_subject_form(analyse):
    [a] = [a for a in analyse("Critics blasted him over claiming the vote was rigged.").attributions if a.cue == "claiming"]
    assert (a.source, a.source_type) == ("him", "named_person")
