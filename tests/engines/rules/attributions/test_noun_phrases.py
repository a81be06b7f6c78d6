"""Noun-phrase boundaries around a cue (engines/rules/attributions/_noun_phrases.py, phrases.walk_back)."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,source,cue", [
    ("Some said the vote was rushed.", "Some", "said"),
    ("The council met, but many said the vote was rushed.", "many", "said"),
    ("Hunter, meanwhile, told the paper that he backs the plan.", "Hunter", "told"),
    ("She has since said that she attended for fun.", "She", "said"),
    ("The plan will change, people close to the mayor say.", "people close to the mayor", "say"),
    ("On taxes, 42% say they want cuts.", "42%", "say"),
])
def test_subjects_before_the_cue(analyse, text, source, cue):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,source,cue", [
    ("Here in Dayton, Ruiz stepped up her attacks, saying the plan would fail.", "Ruiz", "saying"),
    ("Speaking in Iowa, Ruiz insisted that she had won, claiming the turnout was hers.", "Ruiz", "claiming"),
    ("Last year, Ruiz cut taxes, saying the state could afford it.", "Ruiz", "saying"),
])
def test_a_participle_borrows_the_subject_after_an_opening_phrase(analyse, text, source, cue):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,source,cue", [
    ("At a rally in Dover, Del., on Tuesday, Senator Ana Ruiz endorsed the mayor, saying she would win.",
     "Senator Ana Ruiz", "saying"),
    ('Hours later, Ruiz returned the compliment, telling reporters, "He is a friend."', "Ruiz", "telling"),
    ("Ruiz, the mayor, cut taxes, saying the state could afford it.", "Ruiz", "saying"),
])
def test_a_participle_borrows_the_subject_that_has_the_verb(analyse, text, source, cue):
    assert only(analyse(text).attributions, cue=cue).source == source


def test_a_telling_participle_reports_past_the_one_told(analyse):
    telling = only(analyse('Ruiz praised the plan, telling a radio host, "It is bold."').attributions, cue="telling")
    assert telling.content == '"It is bold."'


def test_the_one_told_stops_before_the_reported_clause(analyse):
    told = only(analyse("The senator told reporters he felt good about the race.").attributions, cue="told")
    assert (told.source, told.content) == ("The senator", "he felt good about the race")


def test_a_name_in_apposition_keeps_the_subject_before_told(analyse):
    told = only(analyse("His top aide, Tad Dean, told The Herald that the race was open.").attributions, cue="told")
    assert told.source == "His top aide, Tad Dean"


# A group with its list of members: the members are part of the source (PolNeAR's spans include them)
@pytest.mark.parametrize("text,source,cue", [
    ("Officials, including Ana Ruiz, said the plan failed.", "Officials, including Ana Ruiz", "said"),
    ("Several senior officials, including Ruiz and Gen. Lee Park, have urged the police to act.",
     "Several senior officials, including Ruiz and Gen. Lee Park", "have urged"),
    ("Army leaders, including Gen. Lee Park and Col. Omar Diaz, the base chief, have been wary, warning that "
     "the road could flood.",
     "Army leaders, including Gen. Lee Park and Col. Omar Diaz, the base chief", "warning"),
])
def test_a_groups_list_of_members_is_part_of_the_source(analyse, text, source, cue):
    assert only(analyse(text).attributions, cue=cue).source == source


# (paragraph, source, content): an inverted cue after a sentence adverb, the speaker set off by commas
@pytest.mark.parametrize("text,source,content", [
    ("Still, said Ruiz, the plan will fail.", "Ruiz", "the plan will fail"),
    ("However, said Ana Ruiz, an analyst at the bank, rates will rise.", "Ana Ruiz, an analyst at the bank",
     "rates will rise"),
    ("Later, said the mayor, the road was closed.", "the mayor", "the road was closed"),
])
def test_an_inverted_cue_after_a_sentence_adverb(analyse, text, source, content):
    found = only(analyse(text).attributions, cue="said")
    assert (found.source, found.content) == (source, content)


# after a quotation, "to" names whom the speaker addressed, unless the speaker is someone's aide or envoy
@pytest.mark.parametrize("text,source", [
    ('"Go home," said the man to the crowd.', "the man"),
    ('"We are ready," said a woman to reporters.', "a woman"),
    ('"We are ready," said an adviser to the mayor.', "an adviser to the mayor"),
    ('"We are ready," said the ambassador to Peru.', "the ambassador to Peru"),
])
def test_the_one_addressed_is_no_part_of_the_speaker(analyse, text, source):
    assert only(analyse(text).attributions, cue="said").source == source


# no clause fragment becomes a source: a second predicate after ", and", a phrase ending in a preposition
@pytest.mark.parametrize("text", [
    "At the rally, the senator sought to calm the crowd, and took a heckler in stride, saying he was fine.",
    "When he returned he began by saying that the plan was bad.",
])
def test_a_clause_fragment_is_no_source(analyse, text):
    sources = [a.source for a in analyse(text).attributions]
    assert not any(s.split()[0] in {"calm", "began"} or s.split()[-1] in {"by", "stride"} for s in sources), sources


# (paragraph, source of the gerund): "by asking" reports the subject of its verb
@pytest.mark.parametrize("text,source", [
    ("Murphy followed up by asking whether the plan was bad.", "Murphy"),
    ("The mayor responded by saying the road was safe.", "The mayor"),
])
def test_a_gerund_after_by_reports_the_clause_subject(analyse, text, source):
    found = [a for a in analyse(text).attributions if a.cue.endswith("ing")]
    assert [a.source for a in found] == [source]


# A work's title in quotation marks after "of" or "in" is part of an apposition: the source does not stop at
# "the author of" (docs/accuracy.md, session 7).
@pytest.mark.parametrize("text,source", [
    ("\"The port is failing,'' said Jon Ostrander, the author of ''Tides and Power,'' a history of the port.",
     "Jon Ostrander, the author of ''Tides and Power,'' a history of the port"),
    ("“The port is failing,” said Ana Ruiz, a co-author of “The Harbor Years: A Life on the Docks.”",
     "Ana Ruiz, a co-author of “The Harbor Years: A Life on the Docks.”"),
    # a quotation that is no title, after no preposition, still ends the apposition
    ("“The port is failing,” said Ana Ruiz, a pilot, “and it will close.”", "Ana Ruiz, a pilot"),
])
def test_a_works_title_is_part_of_the_apposition(analyse, text, source):
    assert only(analyse(text).attributions, cue="said").source == source


# The name before an apposition stays the source's start: after a one-word opener with no comma of its own,
# before two appositions, and before a relative clause's apposition (docs/accuracy.md, session 7).
@pytest.mark.parametrize("text,source,source_type", [
    ("But Ana Ostrander, the chief financial officer, said the port was failing.",
     "Ana Ostrander, the chief financial officer", "named_person"),
    ("Lee Park, research director for Harbor Life Sciences, a consulting firm, said the deal was sound.",
     "Lee Park, research director for Harbor Life Sciences, a consulting firm", "named_person"),
    ("Just last week, J.J. Ostrander, editor at large of The Harbor, a weekly, wrote that the port was failing.",
     "J.J. Ostrander, editor at large of The Harbor, a weekly", "named_person"),
    ("Ana Ostrander, a former judge who argued the case, said the port was failing.",
     "Ana Ostrander, a former judge who argued the case", "named_person"),
    # an opener set off by its own comma, or before an opening phrase, is still passed
    ("Still, Ruiz said the port was failing.", "Ruiz", "named_person"),
    ("Then Tuesday, Ruiz, the chair, said the port was failing.", "Ruiz, the chair", "named_person"),
    ("But in a statement, Ruiz said the port was failing.", "Ruiz", "named_person"),
])
def test_the_name_before_an_apposition_is_kept(analyse, text, source, source_type):
    found = only(analyse(text).attributions, cue=next(c for c in ("said", "wrote") if f" {c} " in text))
    assert (found.source, found.source_type) == (source, source_type)


@pytest.mark.parametrize("text,source", [
    ("The clinic closed, according to Ana Ruiz, the doctor wrote in a memo.", "Ana Ruiz"),
    ("The clinic closed, according to Ana Ruiz, the doctor said.", "Ana Ruiz"),
    ("The clinic closed, according to Ana Ruiz, the doctor who runs it.", "Ana Ruiz, the doctor"),
    # past a preposition, a participle names ("a group called ...") inside the description
    ("The clinic closed, according to Ana Ruiz, the founder of a group called Clinic Watch.",
     "Ana Ruiz, the founder of a group called Clinic Watch"),
])
def test_a_clause_after_the_comma_is_no_apposition(analyse, text, source):
    """'X, the doctor wrote ...' holds a speech verb in the past: a clause, not a description of X."""
    assert only(analyse(text).attributions, cue="according to").source == source


# An opening phrase's place may take an apposition of its own before the subject; an age after a
# common noun is the subject's ("a man, 45,"), and a noun with its past verb after an inverted cue is a clause
@pytest.mark.parametrize("text,source,cue", [
    ("In Millbrook, a small town, the police went online urging residents to stay home.", "the police", "urging"),
    ("In Millbrook, a town of 4,000 people that lies near Dover, the police went online urging residents to leave.",
     "the police", "urging"),
    ("In Ohio, a farmer said the plant closed.", "a farmer", "said"),
    ("A man, 45, said the plant closed.", "A man, 45", "said"),
    ("In Ohio, the nurse, 52, said the ward was full.", "the nurse, 52", "said"),
])
def test_the_subject_past_an_opening_place_and_its_apposition(analyse, text, source, cue):
    assert only(analyse(text).attributions, cue=cue).source == source


# A cue in -s after a plural quantifier is a plural noun: "some" as a subject takes "report"
@pytest.mark.parametrize("text,source,cue", [
    ("Some reports indicated that the river had crested.", "Some reports", "indicated"),
    ("Several claims suggested the vote was rigged.", "Several claims", "suggested"),
    ("Some say the river has crested.", "Some", "say"),
])
def test_a_cue_in_s_after_a_plural_quantifier_is_a_noun(analyse, text, source, cue):
    attributions = analyse(text).attributions
    assert only(attributions, cue=cue).source == source
    assert all(a.source not in {"Some", "Several"} or a.cue == "say" for a in attributions)


# Nothing but the sentence's opening phrase before the source is where or how it was said, never content:
# the cue is listed with no content
@pytest.mark.parametrize("text,source,cue", [
    ("In Millbrook, the police posted on social media.", "the police", "posted"),
    ("In a statement on Friday, the mayor said.", "the mayor", "said"),
    ("On Twitter, Lee responded.", "Lee", "responded"),
])
def test_an_opening_phrase_alone_is_no_content(analyse, text, source, cue):
    found = only(analyse(text).attributions, cue=cue)
    assert (found.source, found.content) == (source, None)
