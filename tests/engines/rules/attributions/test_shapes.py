"""Sentence shapes (engines/rules/attributions/_shapes.py) on short invented paragraphs."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,source,cue,content", [
    # the cue leads its sentence, then the speaker, then a comma and the quotation
    ('Said Ana Ruiz, "The plan will fail."', "Ana Ruiz", "Said", '"The plan will fail."'),
    ('Added Tom Lee, who grew up nearby, "We were proud of him."', "Tom Lee", "Added",
     '"We were proud of him."'),
    # a question asked by someone named after "by"
    ("Ruiz was asked by moderator Ana Baker whether the plan would pay for itself.", "moderator Ana Baker",
     "asked", "whether the plan would pay for itself"),
    ("Asked by the host about the deal, Ruiz said nothing.", "the host", "Asked", "about the deal"),
    ('The mayor was asked by a reporter, "Will you run again?"', "a reporter", "asked", '"Will you run again?"'),
    # past an aside of more than one clause, to the quotation after its last comma
    ('Park was asked by host Ana Ruiz, who backs her, but has mocked the plan, "Now, will you run?"', "host Ana Ruiz",
     "asked", '"Now, will you run?"'),
])
def test_fronted_cues_and_questions_asked_by_someone(analyse, text, source, cue, content):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.content) == (source, content)


def test_a_request_by_someone_is_no_question_and_no_attribution(analyse):
    assert analyse("Ruiz was asked by the police to leave the hall.").attributions == []


def test_a_question_with_nobody_asking_is_no_attribution_but_the_answer_is(analyse):
    """'Asked whether ...' names no asker: an agentless passive, like 'was not announced'
    (issue 11's false cues). The answer keeps its source."""
    attributions = analyse("Asked whether she would run again, Dana Cole said no.").attributions
    assert [(a.source, a.cue) for a in attributions] == [("Dana Cole", "said")]


def test_a_participle_after_a_quote_closed_on_a_comma_shares_the_source(analyse):
    paragraph = analyse('Ms. Ruiz called the vote "a farce," adding that she would appeal.')
    adding = only(paragraph.attributions, cue="adding")
    assert (adding.source, adding.content) == ("Ms. Ruiz", "she would appeal")
    assert "adding" not in only(paragraph.attributions, cue="called").content


@pytest.mark.parametrize("text,source", [
    ('"The drop is real," said a person close to the talks.', "a person close to the talks"),
    ('"It is an old idea," said one longtime adviser to the mayor.', "one longtime adviser to the mayor"),
    ('"I do not know," said Sen. Dick Dunn (D-Ill.) in an interview.', "Sen. Dick Dunn (D-Ill.)"),
    ('"Thanks for coming," said master of ceremonies Asa Tabor.', "master of ceremonies Asa Tabor"),
])
def test_inverted_speakers_with_descriptions(analyse, text, source):
    assert only(analyse(text).attributions, cue="said").source == source


def test_an_adviser_to_a_named_person_is_not_that_person(analyse):
    attribution = only(analyse("One adviser to Mayor Ana Ruiz said the plan had failed.").attributions, cue="said")
    assert attribution.source_type == "anonymous"


@pytest.mark.parametrize("text,source,content", [
    ("After saying he was nervous, the man asked about the wall.", "the man", "he was nervous"),
    ("While saying that she respects the mayor, Ruiz doubted his plan.", "Ruiz", "she respects the mayor"),
])
def test_a_participle_opening_the_sentence_takes_the_subject_after_its_comma(analyse, text, source, content):
    saying = only(analyse(text).attributions, cue="saying")
    assert (saying.source, saying.content) == (source, content)


@pytest.mark.parametrize("text,source,content", [
    # two or more asides set off by commas between the subject and its cue
    ("Lee Park, a nurse from Ames, Iowa, who works nights, said the ward was full.", "Lee Park",
     "the ward was full"),
    ("Tom Hale, 58, who farms near the river, says the levee held.", "Tom Hale", "the levee held"),
    ("Ms. Vance, meanwhile, who chairs the board, said the vote would wait.", "Ms. Vance", "the vote would wait"),
    # none: a stray comma after a bracketed party tag
    ("Sen. Al Ford (D-Ohio), said the bill was dead.", "Sen. Al Ford (D-Ohio)", "the bill was dead"),
])
def test_a_subject_past_several_asides(analyse, text, source, content):
    [attribution] = analyse(text).attributions
    assert (attribution.source, attribution.content) == (source, content)


def test_an_aside_with_its_own_verb_is_a_clause_not_an_aside(analyse):
    """'Ruiz, the mayor, lost the vote, and ...': the second phrase has a verb, so the cue's
    subject is not the sentence's first phrase."""
    attributions = analyse("Ruiz, the mayor, had lost the vote, and Lee, the clerk, said the count was fair.").attributions
    assert [a.source for a in attributions] == ["Lee, the clerk"]


@pytest.mark.parametrize("text,content", [
    ("Ruiz told the Herald the plant would close.", "the plant would close"),
    ("Ruiz told Channel 4 his plan would work.", "his plan would work"),
    ("Ruiz told the head of the agency that she would stay.", "she would stay"),  # "of the" goes on the phrase
])
def test_the_one_told_is_one_noun_phrase(analyse, text, content):
    assert only(analyse(text).attributions, cue="told").content == content


@pytest.mark.parametrize("text,source", [
    # a verb group, its object, then the participle: the clause's subject speaks
    ("Senator Ana Ruiz is making a pitch to farm voters saying the tariff hurts them.", "Senator Ana Ruiz"),
    # an irregular past verb is a verb ("sought"), so the subject before it is the clause's
    ("The governor sought to calm the crowd, and took a question, saying the plant would stay.", "The governor"),
    # after "with", the phrase is the participle's own subject
    ("The senator won the vote, with the mayor saying it was fair.", "the mayor"),
])
def test_a_participle_after_its_clause(analyse, text, source):
    assert only(analyse(text).attributions, cue="saying").source == source



def test_a_post_posed_cue_then_a_clause_of_time_keeps_the_quote(analyse):
    """'"Really," she added when the host gasped.': the clause of time is when it was said."""
    attribution = only(analyse('"Really," she added when the host gasped.').attributions, cue="added")
    assert (attribution.source, attribution.content) == ("she", '"Really,"')


@pytest.mark.parametrize("text", [
    "Editor's Note: An article on Monday misstated the date.",  # a label's last word
    "Delegate Update: The latest count in the race.",
    "Related: More on the vote.",  # a label's first word
    "Ruiz: 547.",  # a tally: no words said
    "Q: Have you talked to her?",  # an interview's question: the interviewer's, no speaker "Q" (test_interviews.py)
])
def test_labels_and_tallies_before_a_colon_are_no_speakers(analyse, text):
    assert analyse(text).attributions == []


@pytest.mark.parametrize("text,source", [
    ("RUIZ: We will win the vote.", "RUIZ"),
])
def test_transcript_turns_stay_speakers(analyse, text, source):
    assert only(analyse(text).attributions).source == source


@pytest.mark.parametrize("text,source,content", [
    ("But according to the mayor, the bridge will close in May.", "the mayor", "the bridge will close in May"),
    ("And according to Ana Ruiz, the talks will resume.", "Ana Ruiz", "the talks will resume"),
    ("However, according to the ministry, prices will rise.", "the ministry", "prices will rise"),
    ("Still according to the ministry, prices will rise.", "the ministry", "prices will rise"),
])
def test_according_to_after_only_connectives_opens_the_clause(analyse, text, source, content):
    """A connective before a clause-initial "according to X," is no content: the clause after the comma is."""
    attribution = only(analyse(text).attributions, cue="according to")
    assert (attribution.source, attribution.content) == (source, content)


def test_an_according_to_source_before_another_speakers_clause_makes_a_chain(analyse):
    paragraph = analyse("But according to Tom Lee's editor, the doctor wrote in a memo that the clinic had closed.")
    relay = only(paragraph.attributions, cue="according to")
    wrote = only(paragraph.attributions, cue="wrote")
    assert relay.source == "Tom Lee's editor"
    assert (wrote.source, wrote.content, wrote.via) == ("the doctor", "the clinic had closed", relay.id)


@pytest.mark.parametrize("text,source,content", [
    ("As Ana Ruiz reported for the Tribune, the first cases came to light.", "Ana Ruiz",
     "the first cases came to light"),
    ("As Ana Ruiz said in a column on Nov. 8, the cases rose.", "Ana Ruiz", "the cases rose"),
    ("But as the report noted, the cases rose.", "the report", "the cases rose"),
])
def test_a_fronted_as_clause_ends_at_its_comma(analyse, text, source, content):
    """'As X reported for Y, Z.': the setting after the cue belongs to the as-clause; Z is the content."""
    attribution = only(analyse(text).attributions, source=source)
    assert attribution.content == content


@pytest.mark.parametrize("text,cue,content", [
    ("The agency assured the public on Monday that the risks were low.", "assured", "the risks were low"),
    ("Ruiz reminded voters at a rally in Ohio that the plan had failed.", "reminded", "the plan had failed"),
    ("The ministry informed the embassy that the talks were off.", "informed", "the talks were off"),
    ("Ruiz warned reporters that the plan would fail.", "warned", "the plan would fail"),
    # no one addressed: the noun phrase is the content's subject, or a preposition's object
    ("Ruiz warned the plan would fail.", "warned", "the plan would fail"),
])
def test_the_one_addressed_before_that_is_no_part_of_the_content(analyse, text, cue, content):
    assert only(analyse(text).attributions, cue=cue).content == content


def test_a_preposition_after_an_addressee_verb_opens_no_addressee(analyse):
    attribution = only(analyse("Ruiz warned of a crisis that would last years.").attributions, cue="warned")
    assert attribution.content.startswith("of a crisis")


@pytest.mark.parametrize("text,noun", [
    ("A press briefing on Monday showed that the talks failed.", "briefing"),
    ("The court's final ruling that the law stands surprised no one.", "ruling"),
])
def test_an_everyday_noun_in_ing_after_a_modifier_is_no_cue(analyse, text, noun):
    assert all(a.cue != noun for a in analyse(text).attributions)


@pytest.mark.parametrize("text,calls", [
    ("A newly formed super PAC called Future Ohio ran ads in Iowa.", False),  # the name is the PAC's own
    ("Ruiz called Lee Park a fraud.", True),
])
def test_called_before_a_name_and_the_sentences_verb_only_names(analyse, text, calls):
    assert any(a.cue == "called" for a in analyse(text).attributions) is calls


@pytest.mark.parametrize("text,source", [
    ("They were close to a deal when President Lee scuttled the talks in May, citing violence.", "President Lee"),
    # a pronoun or a thing in the subordinate clause: the main clause's subject stays the speaker
    ("Ruiz apologized for the columns after they came out, saying they were old.", "Ruiz"),
])
def test_a_participle_after_a_named_subordinate_clause_hangs_from_it(analyse, text, source):
    participle = next(a for a in analyse(text).attributions if a.cue in {"citing", "saying"})
    assert participle.source == source
