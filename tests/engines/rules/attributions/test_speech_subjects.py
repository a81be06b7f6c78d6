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


@pytest.mark.parametrize("text,cue,source", [
    # a sentence's own subject longer than eight words, before its verb, is the subject of its second verb or
    # participle, not the source of the sentence before
    ("A judge agreed with the town. But the U.S. Court of Appeals for the Eighth Circuit overruled and said the "
     "town had no case.", "said", "the U.S. Court of Appeals for the Eighth Circuit"),
    ("A judge agreed with the town. The panel of three judges of the Court of Appeals for the Eighth Circuit "
     "overruled it, saying the town had no case.", "saying",
     "The panel of three judges of the Court of Appeals for the Eighth Circuit"),
])
def test_a_long_subject_of_its_own_clause(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


def test_a_long_object_is_no_subject_of_its_own(analyse):
    """The long phrase after "met" is the verb's object: the second verb is the subject's ("She")."""
    text = ("Ruiz agreed with the town. She later met the head of the union of the workers of the plant in the "
            "town of Ames and said the deal was done.")
    assert only(analyse(text).attributions, cue="said").source == "She"


@pytest.mark.parametrize("text,source", [
    # a time between a closed relative clause and the cue: the subject before the aside speaks
    ("The mayor, who backed the plan, on Friday said it was dead.", "The mayor"),
    ("The mayor, who backed the plan, last week said it was dead.", "The mayor"),
])
def test_a_time_after_a_relative_clause_set_off_by_commas(analyse, text, source):
    assert only(analyse(text).attributions, cue="said").source == source


def test_a_time_inside_an_open_relative_clause_is_the_clause_s(analyse):
    """'Officials who on Friday said ...': no comma closes the relative clause; the time is its own, no speaker."""
    source = only(analyse("Officials who on Friday said the plan was dead were wrong.").attributions).source
    assert source.startswith("Officials") and source != "Friday"


@pytest.mark.parametrize("text,cue,source", [
    # an infinitive of purpose after a verb whose subject is set off from it by asides
    ("Ana Ruiz, a candidate for mayor, went on the radio to declare the race over.", "declare", "Ana Ruiz"),
    ("Lee Park, who backs the plan, interjected to say it would pass.", "say", "Lee Park"),
    ("Recently, Lee Park of Ames, Iowa, stood at a town meeting to say he backed the levy.", "say",
     "Lee Park of Ames"),
])
def test_an_infinitive_of_purpose_after_a_subject_and_its_asides(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


def test_an_infinitive_after_asides_that_are_a_clause_says_nothing(analyse):
    """'Ruiz, a candidate, wants to say ...': "wants" is no verb told in the past, nothing is said yet."""
    assert not [a for a in analyse("Ana Ruiz, a candidate for mayor, wants to say more.").attributions
                if a.cue == "say"]


@pytest.mark.parametrize("text,cue,source", [
    # a common noun that is no usual speaker, then a past form and a clause opened by its subject pronoun
    ("The scholars agreed there are good candidates for the job.", "agreed", "The scholars"),
    ("The cooks noted they had worked double shifts.", "noted", "The cooks"),
])
def test_a_common_noun_before_a_clause_opened_by_a_pronoun(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


def test_a_common_noun_before_an_object_pronoun_reports_nothing(analyse):
    """'The cooks agreed it.': no verb after the pronoun, no clause reported. (Scholars, like crowds and fans, are
    people words since session 17 and read as any usual speaker does; nurses since session 18.)"""
    assert not analyse("The cooks agreed it.").attributions


@pytest.mark.parametrize("text,source,content", [
    # "claim" with a to-infinitive: the infinitive is the claim
    ("Ruiz claimed to be undecided.", "Ruiz", "to be undecided"),
    ("Lee claims to have won the county by ten points.", "Lee", "to have won the county by ten points"),
])
def test_a_claim_in_a_to_infinitive(analyse, text, source, content):
    attribution = only(analyse(text).attributions, cue=text.split()[1])
    assert (attribution.source, attribution.content) == (source, content)


def test_a_claim_with_another_preposition_has_no_content_from_it(analyse):
    """'claimed on Tuesday that ...': the setting is no content; only "to" opens a claim's infinitive."""
    assert only(analyse("Ruiz claimed on Tuesday that the count was off.").attributions).content == "the count was off"


@pytest.mark.parametrize("text,cue,source", [
    # a count's bound opens the subject ("at" is no preposition of setting there)
    ("At least four senators said the bill was dead.", "said", "At least four senators"),
    ("At most two aides said the bill was dead.", "said", "At most two aides"),
    # a setting after "at" stays out of the subject
    ("At the rally, Lee said the bill was dead.", "said", "Lee"),
])
def test_at_least_before_a_count(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue,source", [
    # two speakers joined by "and", however long, are the subject of the second verb or participle
    ("Council Chairman Ana Ruiz (D-Ames) and Finance Committee Chairman Lee Park (R-Ames) sent a letter to the "
     "mayor, asking her to delay the vote.", "asking",
     "Council Chairman Ana Ruiz (D-Ames) and Finance Committee Chairman Lee Park (R-Ames)"),
    ("House Speaker Ana Ruiz and Senate Majority Leader Lee Park met the governor and said the deal was done.",
     "said", "House Speaker Ana Ruiz and Senate Majority Leader Lee Park"),
])
def test_coordinated_speakers_are_one_subject(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


def test_a_clause_after_a_comma_and_and_has_its_own_subject(analyse):
    """', and Lee said': "and" after a comma opens a clause of its own, no conjunct of the first subject."""
    assert only(analyse("Ruiz met the governor, and Lee said the deal was done.").attributions).source == "Lee"


@pytest.mark.parametrize("text,cue,source", [
    # a sentence's subject set off from its verb by asides is the participle's or second verb's, not the source of
    # the sentence before
    ("Ruiz said the plan was dead. Lee Park, the town's mayor, endorsed it anyway, saying it would pass.", "saying",
     "Lee Park"),
    ("Ruiz noted the plan was dead. Lee Park, who chairs the board, disagreed and said it would pass.", "said",
     "Lee Park"),
])
def test_a_subject_past_its_asides_over_the_sentence_before(analyse, text, cue, source):
    assert [a.source for a in analyse(text).attributions if a.cue == cue] == [source]


def test_a_set_off_cue_keeps_its_participle(analyse):
    """'The vote, she noted, was close, adding ...': the participle goes on with the set-off cue's speaker."""
    text = "Ruiz said the plan was dead. The vote, she noted, was close, adding that it would fail."
    assert only(analyse(text).attributions, cue="adding").source == "she"


@pytest.mark.parametrize("text,source", [
    # the object of a verb of inclusion is the relative pronoun's antecedent, not the clause before it
    ("The group includes people who said the plan was dead.", "people"),
    ("The panel included experts who said the plan was dead.", "experts"),
])
def test_the_object_of_includes_is_the_antecedent(analyse, text, source):
    assert only(analyse(text).attributions).source == source


def test_a_long_aside_after_the_cue_before_a_pronoun_clause(analyse):
    text = "The mayor says, win or lose in next week's town primary, she is staying in the race."
    assert only(analyse(text).attributions).content == "win or lose in next week's town primary, she is staying in the race"


def test_a_long_aside_after_the_cue_before_a_noun_is_not_read_as_one(analyse):
    """Past seven words an aside is read only before a pronoun's clause: a noun after it may go on with it."""
    text = "Ruiz said, after the long fight over the budget in the spring, the town would recover."
    assert not any((a.content or "").startswith("after the long fight") for a in analyse(text).attributions)


@pytest.mark.parametrize("text,source", [
    # a participle after a clause coordinated by ", but" / ", and" hangs from that clause's subject
    ("Ruiz pivoted to trade, but Lee pressed her on the budget, asking her to explain the deficit.", "Lee"),
    ("The agency awarded orders to Dataworks in May, but Dataworks canceled its order two months later, citing "
     "internal business issues.", "Dataworks"),
])
def test_a_participle_after_the_clause_coordinated_last(analyse, text, source):
    assert only(analyse(text).attributions).source == source


def test_a_participle_after_an_object_with_and_keeps_the_subject(analyse):
    """'Ruiz met Lee and Park, saying ...': "and" without a comma joins objects, no clause of its own."""
    assert only(analyse("Ruiz met Lee and Park on Monday, saying the deal was close.").attributions).source == "Ruiz"


@pytest.mark.parametrize("text,source", [
    # a time phrase opening the sentence with no comma before the subject pronoun
    ("Officials said the vote would go ahead. A few minutes later they reversed course and said it was off.", "they"),
    ("Officials said the vote would go ahead. Two days later we learned more, and officials said it was off.",
     "officials"),
])
def test_an_opening_time_then_a_pronoun_subject(analyse, text, source):
    assert [a.source for a in analyse(text).attributions][-1] == source


@pytest.mark.parametrize("text,content", [
    # a short aside after the cue closed by a colon: what follows the colon is the content
    ('Ruiz told the crowd, to loud applause: "We will win this county."', '"We will win this county."'),
    ('Lee responded pointedly, with a smile: "Ask me in a year."', '"Ask me in a year."'),
])
def test_a_short_aside_then_a_colon(analyse, text, content):
    assert only(analyse(text).attributions).content == content


def test_a_participle_before_the_colon_keeps_its_own(analyse):
    """'"...," Lee said, adding: "..."': the colon is the participle's; the cue keeps the quotation before it."""
    text = '"The plan is dead," Lee said, adding: "We will start again."'
    assert only(analyse(text).attributions, cue="said").content == '"The plan is dead,"'


@pytest.mark.parametrize("text,source", [
    # a count's bound ("less than", "more than") belongs to the time phrase between the subject and the cue
    ("The department less than two weeks ago said the files were secret.", "The department"),
    ("The agency more than a year ago said the files were secret.", "The agency"),
])
def test_a_bounded_time_ago_between_subject_and_cue(analyse, text, source):
    assert only(analyse(text).attributions).source == source


def test_a_short_aside_then_a_colon_ending_the_paragraph(analyse):
    """'He told the crowd, to loud applause:' and the quotation is the next paragraph: the lead-in is reported."""
    attribution = only(analyse("Ruiz told the crowd, to loud applause:").attributions)
    assert (attribution.source, attribution.cue) == ("Ruiz", "told")


@pytest.mark.parametrize("text,source,cue", [
    # an adverb of frequency before a cue form that is as often a plural noun: the form is the verb
    ("Ruiz often notes that she was the first to act.", "Ruiz", "often notes"),
    ("The mayor frequently notes that the roads are bad.", "The mayor", "notes"),
    ("Lee also claims he was never told.", "Lee", "also claims"),
    # "always" inside the verb group, "so far" between the subject and the verb: neither is the subject
    ("The mayor has always maintained that the vault was safe.", "The mayor", "has always maintained"),
    ("Lee so far has insisted that the plan will pass.", "Lee", "has insisted"),
])
def test_adverbs_between_the_subject_and_the_cue(analyse, text, source, cue):
    attribution = only(analyse(text).attributions)
    assert (attribution.source, attribution.cue) == (source, cue)


@pytest.mark.parametrize("text,source,cue", [
    # after a determiner or an adjective the form stays a noun, the subject of the verb after it
    ("Her notes show the vault was safe.", "Her notes", "show"),
    ("The early reports said the vault was safe.", "The early reports", "said"),
])
def test_a_noun_form_after_a_determiner_or_adjective_stays_a_noun(analyse, text, source, cue):
    attribution = only(analyse(text).attributions)
    assert (attribution.source, attribution.cue) == (source, cue)


@pytest.mark.parametrize("text,source", [
    # the passive of a verb of quoting, then "as" before the participle: its subject said it
    ("Ruiz was quoted as saying that the plan is dead.", "Ruiz"),
    ("The mayor was widely quoted by the Herald as saying the roads were bad.", "The mayor"),
    ("Ana Ruiz, the chair, is quoted in the Herald as saying the plan is dead.", "Ana Ruiz, the chair"),
])
def test_quoted_as_saying_in_the_passive(analyse, text, source):
    assert only(analyse(text).attributions, cue="saying").source == source


# -- session 14 (rules 1.93) ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,cue,source", [
    # an adverb between the participle's comma and the participle: the clause's subject, as with none
    ("Lee spoke for an hour, later adding that he would win.", "adding", "Lee"),
    ("Ruiz has voiced doubts, and even some alarm, about the debate, recently telling a friend that she is worried.",
     "telling", "Ruiz"),
    ("Ruiz, who is second in the polls, stuck to policy at first but turned tougher against Park, eventually "
     "saying he would be a disaster.", "saying", "Ruiz"),
    ("The mayor hedged on the vote - only saying that she was relieved.", "saying", "The mayor"),
    # a gerund after "upon" or "despite": the subject of the verb it hangs from
    ("Park, a supporter of the plan, drew boos upon saying, “Ruiz heard you.”", "saying", "Park"),
])
def test_an_adverb_or_a_preposition_before_a_participle(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue", [
    # a hedge before the participle tells of no saying done
    ("Her husband would be the first man in the role, possibly calling himself the first gentleman.", "calling"),
    # "adding to" a thing adds no words
    ("Lee won the state, substantially adding to his lead over Ruiz.", "adding"),
    ("Lee won the state, adding to the pressure on Ruiz.", "adding"),
])
def test_no_speech_at_the_participle(analyse, text, cue):
    assert not [a for a in analyse(text).attributions if a.cue == cue]


@pytest.mark.parametrize("text,source", [
    ("“It was great,” Lee added to reporters.", "Lee"),
    ("“It was great,” Lee added to CNN.", "Lee"),
])
def test_added_to_someone_stays_a_cue(analyse, text, source):
    assert only(analyse(text).attributions, cue="added").source == source


@pytest.mark.parametrize("text,cue,source", [
    # the name after a dash is the participle's own subject, as is a name coordinated with it
    ("Both men issued a statement – Ruiz saying she was “very encouraged” and Park calling it a “great meeting.”",
     "saying", "Ruiz"),
    ("Both men issued a statement – Ruiz saying she was “very encouraged” and Park calling it a “great meeting.”",
     "calling", "Park"),
])
def test_a_name_after_a_dash_is_the_participles_own_subject(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue,source", [
    # a clause of time led by a word of degree ("Just before", "Moments after") is an opening phrase: the
    # subject follows its comma, and is no "Just"
    ("Moments after the vote ended, the mayor stood up and said that she would resign.", "said", "the mayor"),
    ("Just before the hearing began, the senator signed a note and said that he was ready.", "said", "the senator"),
])
def test_a_clause_of_time_led_by_a_degree_word(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text", [
    "Just before the flight took off, the pilot checked the weight and said that he was ready.",
    "Right after the vote ended, the clerk checked the count and said that it was close.",
])
def test_a_degree_word_opening_the_sentence_is_no_source(analyse, text):
    assert not [a for a in analyse(text).attributions if a.source in {"Just", "Right"}]


def test_indirect_content_ending_a_sentence_lends_no_source_to_the_next():
    """The participle of a sentence with its own subject is not the previous sentence's speaker's, when the
    previous content is indirect and ends its sentence; a run-on quotation still lends it."""
    from claimcheck.engines.rules import RulesContext, analyse_paragraph
    text = ("Ruiz endorsed Park, saying that he would make a fine mayor. But his backers remain wary, citing "
            "trust as a factor.")
    found = analyse_paragraph(text, 1, [], RulesContext()).attributions
    assert not [a for a in found if a.cue == "citing" and a.source == "Ruiz"]


@pytest.mark.parametrize("text,cue,source", [
    # the horizontal bar some sites type for a dash sets off an aside as a dash does
    ("But since 2007, members have become devoted to the cause ― the share of members saying “guns come first” has "
     "grown.", "saying", "the share of members"),
    ("The mayor changed course ― Ruiz saying she was pleased and Park calling it a coup.", "calling", "Park"),
    # a quantifier floating after the subject and its aside between dashes: the subject speaks
    ("Party figures — whose party was once united — both suggested the aide be fired.", "suggested",
     "Party figures — whose party was once united"),
    ("Ruiz and Park — rivals for years — both said the plan was dead.", "said", "Ruiz and Park — rivals for years"),
    # a relative clause set off by a comma and running on to a second verb: the phrase it stands for speaks
    ("Tom told Ann Park, who answered her door Sunday and said she planned to vote.", "said", "Ann Park"),
    # the passive of a verb of perceiving or recording before the participle: its subject spoke
    ("Lee was heard on a microphone telling Park to get on a plane.", "telling", "Lee"),
    ("The mayor was caught on tape saying that the vote was rigged.", "saying", "The mayor"),
    # a document and a day before the participle, the subject past a relative clause
    ("Park, who said last week that the judge was biased, issued a statement Tuesday saying, “I do not feel that "
     "way.”", "saying", "Park"),
])
def test_subjects_past_dashes_relatives_and_passives(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,source", [
    # the relative clause closed by a comma before "and said" is an aside: the sentence's subject speaks
    ("Ruiz met Ann Park, who arrived late, and said the plan was dead.", "Ruiz"),
    # a second verb with no words of its own after a relative clause is no cue
    ("In Congress, which acted quickly to bar him and has continued to block his efforts, the plan died.", None),
])
def test_a_relative_clause_closed_before_the_second_verb(analyse, text, source):
    found = analyse(text).attributions
    if source is None:
        assert not [a for a in found if a.cue == "continued"]
    else:
        assert only(found, cue="said").source == source


@pytest.mark.parametrize("text,source", [
    # a gerund after its preposition hangs from the verb before it: the subject of the clause last begun
    ("Clinton won the state, but Sanders has soared in the polls by saying that the system is rigged.", "Sanders"),
    ("The vote was close, although Ruiz won the spin by saying that she had won.", "Ruiz"),
    # one clause: its subject
    ("When the vote came, Lee won the state by saying that the plan was dead.", "Lee"),
])
def test_a_gerund_after_a_preposition_in_a_later_clause(analyse, text, source):
    found = analyse(text).attributions
    assert [a.source for a in found if a.cue in {"saying", "declaring"}] == [source]


@pytest.mark.parametrize("text,cue,source", [
    # a subject pronoun and its verb after an opening prepositional phrase that no comma closes
    ("In an interview on Tuesday he laughed and admitted that the plan was dead.", "admitted", "he"),
    ("At the mention of the vote she laughed and admitted “it was close.”", "admitted", "she"),
    ("After the vote she left the hall, saying it was rigged.", "saying", "she"),
    # a clause of its own after the preposition keeps its comma's subject
    ("After he won, Lee said the vote was fair.", "said", "Lee"),
])
def test_a_subject_pronoun_after_an_opening_phrase_with_no_comma(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue,source", [
    # a name and its apposition before the cue's comma are its subject, no words said before an inverted cue
    ("Park, a former judge, posted a video on Friday saying that he would run.", "posted", "Park, a former judge"),
    ("Park, a former judge, posted a video on Friday saying that he would run.", "saying", "Park, a former judge"),
    # words said before the comma stay the inverted cue's content
    ("The plan is dead, said Lee.", "said", "Lee"),
])
def test_a_name_and_its_apposition_are_no_content_before_an_inverted_cue(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source
