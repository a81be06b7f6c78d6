"""Speech cues whose verb group or subject holds a word the rules stopped at (session 15, rules 1.112): words
between a subject and its verb, base forms carried by "do", a count or a name ending in a word of time as the
subject, and the clause a participle or second verb goes on with. Short invented paragraphs."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,cue,source", [
    # a time said by its word alone, a reflexive that stresses the subject, a two-word adverbial
    ("Clinton defenders today argue that the deal was the best one.", "argue", "Clinton defenders"),
    ('Ruiz himself acknowledged in a forum "it will be very hard."', "acknowledged", "Ruiz"),
    ("Foreign critics have in particular noted the tone of the posters.", "noted", "Foreign critics"),
    ("Three groups have in fact reported spending the money.", "reported", "Three groups"),
])
def test_words_between_the_subject_and_its_verb(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


def test_a_sentence_opened_by_in_fact_keeps_its_subject(analyse):
    assert only(analyse("In fact, Lee said the plan was dead.").attributions, cue="said").source == "Lee"


@pytest.mark.parametrize("text,cue,source,content", [
    # a base form that is also a noun ("note", "report") is the verb after a form of "do"
    ("He skipped his rivals but did note that he had won the most states.", "note", "He",
     "he had won the most states"),
    ("The paper didn't report that the senator was leaving.", "didn't report", "The paper",
     "the senator was leaving"),
    ("He named no one, nor did he report that any action had been taken.", "report", "he",
     "any action had been taken"),
])
def test_a_noun_like_base_form_after_do_is_a_verb(analyse, text, cue, source, content):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text,source", [
    # an -s form after a name whose last word is also a word of time, or after a name opening the sentence
    ("The Washington Post reports the last briefing was held in May.", "The Washington Post"),
    ("Breitbart reports the two friends had a falling out.", "Breitbart"),
])
def test_reports_after_a_name(analyse, text, source):
    assert only(analyse(text).attributions, cue="reports").source == source


@pytest.mark.parametrize("text", [
    "Police reports the same thing.",  # a common noun opening the sentence is no name
    "Monday reports the same thing.",
])
def test_reports_after_a_capitalised_common_word_is_no_cue(analyse, text):
    assert analyse(text).attributions == []


def test_a_count_after_the_stands_for_the_people_counted(analyse):
    assert only(analyse("The two admit that the plan failed.").attributions, cue="admit").source == "The two"


@pytest.mark.parametrize("text,source", [
    ('"It works," wrote Post White House bureau chief Ana Ruiz.', "Post White House bureau chief Ana Ruiz"),
    ('"It works," said News reporter Lee Park.', "News reporter Lee Park"),
])
def test_an_inverted_speaker_whose_name_opens_with_a_word_of_time(analyse, text, source):
    assert only(analyse(text).attributions, cue=text.split()[2]).source == source


def test_an_inverted_cue_before_a_time_reports_no_speaker(analyse):
    """'"...," said Monday ...': the word of time is when, not who."""
    assert analyse('"It works," said Monday night.').attributions == []


@pytest.mark.parametrize("text,source", [
    # a clause of contrast or time after the attribution, closed only by the participle's comma, has the
    # participle's subject
    ('Christie admitted some copying even as he defended the speech, saying, "Most of it is hers."', "he"),
    # with no attribution before: a person after "as", "while", "though"
    ("Lee waved as a voter walked past, asking about taxes.", "a voter"),
    # a clause of time after "after" times the main clause, whose subject the participle goes on with
    ("Ruiz left early after his rival took the stage, telling reporters that he was tired.", "Ruiz"),
])
def test_the_clause_a_participle_goes_on_with(analyse, text, source):
    cue = next(w.strip(",") for w in text.split() if w.endswith(("ing", "ing,")) and w not in {"copying"})
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue,source", [
    # a second base form made finite by "do", in its own group or before "come out and"
    ("As usual, the brief order gave no reasons and did not say how the justices voted.", "say", "the brief order"),
    ("At the time, Sanders did not come out and say the president should go.", "say", "Sanders"),
    # an adverb inside the second verb's group
    ("Cruz backed the plan at one point but has since said he now opposes it.", "said", "Cruz"),
    ('In his answer, Cruz said "CNN" five times, and specifically mentioned the anchors.', "mentioned", "Cruz"),
])
def test_second_verbs_past_do_and_adverbs(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text", [
    "They train and advise the troops.",  # a bare base form with no "do" has no subject of its own
    "He regretted the rough and racially charged dismissal of the couple.",  # an adverb with no comma before "and"
])
def test_no_second_verb_without_do_or_a_comma(analyse, text):
    assert analyse(text).attributions == []
