"""Speech cues read in session 17 (rules 1.123-), from PolNeAR train's missed finite speech cues whose source was not
found or was wrong: long subjects before the verb, a party tag inside the name. Short invented paragraphs."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,source", [
    # an apposition holding a relative clause may run longer than a plain one
    ("Rich Lee, a top state party operative who played a major role in Ana Ruiz’s big win in the state in 2008 and is "
     "now running the early-vote efforts of the campaign in the state, said the program is critical.",
     "Rich Lee, a top state party operative who played a major role in Ana Ruiz’s big win in the state in 2008 and is "
     "now running the early-vote efforts of the campaign in the state"),
])
def test_a_long_apposition_with_a_relative_clause(analyse, text, source):
    assert only(analyse(text).attributions, cue="said").source == source


@pytest.mark.parametrize("text,cue,source", [
    # a name with its party tag, set off by commas after an opening phrase, is the subject, not an aside on the
    # place before it
    ("In Dayton, OH, after winning the state, Gov. Al Ford (R-OH), said, “I am ready.”", "said", "Gov. Al Ford (R-OH)"),
    ("Speaking in Dayton, after winning Ohio, Gov. Al Ford (R-OH), said, “I am ready.”", "said",
     "Gov. Al Ford (R-OH)"),
    ("In Albany, NY, on Friday, Rep. Ana Lee (D-N.Y.), said the bill would pass.", "said", "Rep. Ana Lee (D-N.Y.)"),
    # the name with its tag before an apposition whose closing comma is left out
    ("On Friday, Sen. Ana Lee (D-NY), a supporter of the bid told host Ben Park she believed it.", "told",
     "Sen. Ana Lee (D-NY), a supporter of the bid"),
])
def test_a_name_with_its_party_tag(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue,source", [
    # a titled name after its modifiers, some of them capitalised, is a speaker the second verb shares
    ("There, the district GOP Chairman Lee Park declined to name the delegates on the slate but said one was a "
     "supporter.", "said", "the district GOP Chairman Lee Park"),
    # a subject's named apposition with the name's age
    ("One of the men, Lee Park, 70, had served in the army and said he was sure of it.", "said",
     "One of the men, Lee Park, 70"),
    # a base form after "and" is finite by the clause's present plural verb; "to the groups" is no infinitive
    ("Park and Ruiz have all described their talks as commitments to the groups that invited them and say they "
     "will stop.", "say", "Park and Ruiz"),
    ("Park and Ruiz are wary of the plan and argue that it will fail.", "argue", "Park and Ruiz"),
])
def test_a_second_verb_shares_the_subject(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text", [
    # a base form after "and" in an infinitive or a modal's group is no finite verb
    "Park and Ruiz have to train the troops and say nothing.",
    "Park and Ruiz would review the case and announce a decision.",
])
def test_a_base_form_in_an_infinitive_is_no_second_verb(analyse, text):
    assert [a.cue for a in analyse(text).attributions if a.source == "Park and Ruiz"] == []


@pytest.mark.parametrize("text,source", [
    # a surname's particle with an elided article splits at its apostrophe: the name runs on past it
    ('"The union is failing," said Ana in \'t Hof, a Dutch member of the council.',
     "Ana in 't Hof, a Dutch member of the council"),
    # a description of what the speaker knows, after the head
    ('"The plan is dead," said one well-placed Democrat familiar with the mayor\'s campaign staff, who asked not to be '
     'named.', "one well-placed Democrat familiar with the mayor's campaign staff"),
    ('"The plan is dead," said a senior Senate aide knowledgeable about the state of the talks.',
     "a senior Senate aide knowledgeable about the state of the talks"),
    # a speaker's phrase past a work's quoted title and the comma inside its closing mark
    ("“We have to engage them,” wrote the authors of the “Growth Project,” giving an example.",
     "the authors of the “Growth Project,”"),
    # the words before the comma are a clause with a verb of its own (what was written), no apposition of a subject
    ("Ana Ruiz and her husband Lee Park, son Ben and his wife Eva Saba had been traveling together, wrote film "
     "director Omar Park, her nephew, on Facebook.", "film director Omar Park"),
])
def test_an_inverted_speaker(analyse, text, source):
    cue = next(w for w in ("said", "wrote") if f" {w} " in text)
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,source", [
    # a relative clause in the apposition holds its own verb ("who was", "whose ... have")
    ("David Park, who was an adviser to the mayor, tweeted this: \"It is wrong.\"", "David Park"),
    ("Ruiz, whose views on trade have upset many, last year proposed a ban on imports.", "Ruiz"),
    # a noun with a relative clause that has no pronoun, its preposition stranded
    ("Ana Park, the law firm Ruiz had worked with, urged him to appeal.", "Ana Park, the law firm Ruiz had worked with"),
])
def test_an_apposition_with_a_relative_verb_stays_one(analyse, text, source):
    assert any(a.source.startswith(source) for a in analyse(text).attributions)


@pytest.mark.parametrize("text,cue,source", [
    # scrape damage: a full stop with its space lost, a clock time glued to a live post's headline
    ("“The plan is dead,” Lee said.Lee claimed that he knew it.", "said", "Lee"),
    ("February 6, 2016 9:52PMRuiz Says We Should Wait", "Says", "Ruiz"),
])
def test_scrape_damage_before_a_cue(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue,source", [
    # a capitalised past form after an aside's comma, a lower-case word after it, is the verb (a typist's capital)
    ("Lee, the head of the fund, Tweeted on Friday with a photo of the rally.", "Tweeted", "Lee, the head of the fund"),
])
def test_a_capitalised_past_form_after_an_aside(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


def test_a_capitalised_cue_word_in_a_name_stays_a_name(analyse):
    assert [a.cue for a in analyse("Lee, a fan of the Reported Speech band, left.").attributions] == []
