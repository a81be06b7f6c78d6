"""Speech-verb readings added for issue 11's recall target (rules 1.21 on), on short invented
paragraphs: asides after the cue, standalone "one"/"another" as subjects."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,cue,content", [
    # a short aside set off by commas right after the cue, then the clause that was said
    ("Ruiz said, if elected, she would close the plant.", "said", "if elected, she would close the plant"),
    ("The mayor says, win or lose, he is staying in the race.", "says", "win or lose, he is staying in the race"),
    ("Ruiz said, in a letter, that the plan was dead.", "said", "the plan was dead"),
])
def test_an_aside_after_the_cue_then_the_content(analyse, text, cue, content):
    assert only(analyse(text).attributions, cue=cue).content == content


def test_an_aside_after_the_cue_needs_a_clause_after_it(analyse):
    """'..., Ruiz said, smiling, and left.': "and left" is no clause that was said."""
    attribution = only(analyse('"It was fine," Ruiz said, smiling, and left.').attributions, cue="said")
    assert attribution.content == '"It was fine,"'


@pytest.mark.parametrize("text,sources", [
    ("One said the count was off, and another said it was fine.", ["One", "another"]),
    ("Another noted that the well had run dry.", ["Another"]),
])
def test_one_and_another_stand_alone_as_subjects(analyse, text, sources):
    assert [a.source for a in analyse(text).attributions] == sources


def test_a_cue_word_after_one_is_a_noun(analyse):
    """'One tweet said': "tweet" is the noun, "said" the cue."""
    attributions = analyse('One tweet said: "The road is closed."').attributions
    assert [(a.cue, a.source) for a in attributions] == [("said", "One tweet")]


@pytest.mark.parametrize("text,source", [
    # after an inverted cue, the speaker's phrase ends where the setting of the saying begins
    ('"We were lucky," said Mayor Don Hale in a telephone interview.', "Mayor Don Hale"),
    ('"We were lucky," said council member Ana Ruiz during the hearing.', "council member Ana Ruiz"),
    ('"We were lucky," said farmer Tom Lee when asked about the flood.', "farmer Tom Lee"),
    # a name with a long affiliation is still the speaker
    ('"We were lucky," said Lee Park of the University of Iowa College of Law.',
     "Lee Park of the University of Iowa College of Law"),
])
def test_an_inverted_speaker_then_a_setting_or_an_affiliation(analyse, text, source):
    assert only(analyse(text).attributions, cue="said").source == source


@pytest.mark.parametrize("text,cue,source", [
    # a common noun that is no usual speaker is the verb's subject when a that-clause follows ...
    ("The results suggest that the levy will pass.", "suggest", "The results"),
    ("The retired engineer acknowledged that the bridge was old.", "acknowledged", "The retired engineer"),
    # ... or when a plural noun agrees with the base form
    ("Early returns suggest the race is close.", "suggest", "Early returns"),
])
def test_a_common_noun_before_a_verb_with_a_clause_is_its_subject(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text", [
    "The new thinking that followed was bold.",  # a gerund, a noun
    "It was a false claim that the mill had closed.",  # a noun with its that-clause
    "The town staged a play called “Dust” last spring.",  # naming
])
def test_nouns_before_a_that_clause_stay_nouns(analyse, text):
    assert analyse(text).attributions == []


def test_asking_after_its_clause_shares_the_source(analyse):
    attribution = only(analyse("Ruiz moved around the table, asking the clerks whether the vote should go ahead.")
                       .attributions, cue="asking")
    assert (attribution.source, attribution.content) == ("Ruiz", "the clerks whether the vote should go ahead")


@pytest.mark.parametrize("text,source", [
    # a second verb after "and" shares the subject of its own clause, not the first attribution's
    ("Some in the hall booed, and when Ruiz thanked the town and said it was good to be home, a man cheered.",
     "Ruiz"),
    ("A lower court agreed with the county. But the appeals court overruled it and said the map was fair.",
     "the appeals court"),
    # and still the first source when the clause is the same, or when a comma has closed the
    # subordinate clause in between
    ("Officials said the dam held, and said the river would fall.", "Officials"),
    ("Officials said they met the day after it rained, and said the river would fall.", "Officials"),
])
def test_a_second_verb_takes_the_subject_of_its_clause(analyse, text, source):
    assert analyse(text).attributions[-1].source == source


@pytest.mark.parametrize("text,cue,source,content", [
    # a participle opening the sentence: its source is the subject after the comma
    ("Noting that the two mayors faced a hostile press, Ruiz writes that both endured.", "Noting", "Ruiz",
     "the two mayors faced a hostile press"),
    # "as reported by" opening the sentence
    ("As reported by the Herald, the dam was weak.", "reported by", "the Herald", "the dam was weak"),
    # "as X noted" after a conjunction
    ("But as Ruiz noted, those voters will give him a second look.", "noted", "Ruiz",
     "those voters will give him a second look"),
])
def test_openings_that_name_the_source_later_or_in_passing(analyse, text, cue, source, content):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text,cue,source", [
    # a participle after a clause with its own subject and verb hangs from that clause, not from
    # the attribution of the sentence before ...
    ("Lee said the vote was rigged. Ruiz apologized the next day, saying the remark was rude.", "saying", "Ruiz"),
    # ... nor from an earlier clause of its own sentence
    ("Tenants say the rules are unfair, and the union has sued the city, saying they break the law.", "saying",
     "the union"),
    ("The port did not complain when prices rose, a trade official said, adding that ships were late.", "adding",
     "a trade official"),
])
def test_a_participle_takes_the_subject_of_the_clause_it_follows(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue,source", [
    # after a quotation, a name and a head noun is a speaker
    ('"The dam will hold," wrote Harbor magazine.', "wrote", "Harbor magazine"),
    # a speaker described by a relative clause, or by a long phrase from a place
    ('"We lost our lease," said one owner of a bakery that sells bread.', "said", "one owner of a bakery"),
    ('"We lost our lease," said a trader from Leeds going by the name Wren.', "said",
     "a trader from Leeds going by the name Wren"),
    # a participle after a quote closed on a comma is never an inverted cue
    ('Ruiz called the plan "bold," noting reporters had seen a draft.', "noting", "Ruiz"),
])
def test_speakers_after_a_quotation(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue,source,content", [
    # forms that are nouns more often than verbs read as verbs right after a subject they agree with
    ("Tax lawyers note that the rule is old.", "note", "Tax lawyers", "the rule is old"),
    ("They note, too, that the rule is old.", "note", "They", "the rule is old"),
    ("It states that courts must wait.", "states", "It", "courts must wait"),
    ("The Ledger reports the mill will close.", "reports", "The Ledger", "the mill will close"),
    ('"Leave is unpaid," the memo states.', "states", "the memo", '"Leave is unpaid,"'),
    ("Experts estimate that the repairs will take a year.", "estimate", "Experts", "the repairs will take a year"),
])
def test_noun_like_forms_read_as_verbs_after_their_subject(analyse, text, cue, source, content):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text,source,content", [
    # the evidence verb "show" in the base form after a plural document noun: a document as the source
    ("Polls show that voters are tired of the race.", "Polls", "voters are tired of the race"),
    ("Court records show the mayor paid the fine.", "Court records", "the mayor paid the fine"),
    ("The data show a rise in thefts.", "The data", "a rise in thefts"),
    ("Recent polls show Lee with a wide lead.", "Recent polls", "Lee with a wide lead"),
    ("Police reports show a rise in thefts.", "Police reports", "a rise in thefts"),
    ("The ads show how little the campaign spent.", "The ads", "how little the campaign spent"),
    # past what modifies the document: its source, its making
    ("Data from the state health agency show cases fell.", "Data from the state health agency", "cases fell"),
    ("Records obtained by The Daily Ledger show the fee was waived.", "Records obtained by The Daily Ledger",
     "the fee was waived"),
    ("Figures released Tuesday by the ministry show a rise in exports.", "Figures released Tuesday by the ministry",
     "a rise in exports"),
])
def test_documents_show_as_evidence(analyse, text, source, content):
    attribution = only(analyse(text).attributions)
    assert (attribution.source, attribution.cue, attribution.content) == (source, "show", content)
    assert attribution.source_type == "document"


@pytest.mark.parametrize("text", [
    "Children show their parents the way.",  # no document speaks
    "They show the film at nine.",
    "The figures show up in the budget.",  # another verb: "show up"
    "A poll show airs tonight.",  # a noun after "a"
    "Students in the class show promise.",  # no document, past its modifier either
])
def test_show_reports_nothing_without_a_document(analyse, text):
    assert analyse(text).attributions == []


def test_a_plural_subject_opening_the_sentence_agrees_with_a_noun_like_verb(analyse):
    attribution = only(analyse("Lawyers note that the rule is old.").attributions)
    assert (attribution.source, attribution.cue, attribution.content) == ("Lawyers", "note", "the rule is old")


@pytest.mark.parametrize("text", [
    "A news report that aired Monday was wrong.",  # a noun after "a"
    "Police reports show a rise in thefts.",  # a noun before its verb (the reports show)
    "She left a note that said little.",  # a noun after a determiner
    "The state reports were late.",  # a noun compound
    "He note that the rule is old.",  # no agreement: a base form after "he"
])
def test_noun_like_forms_stay_nouns_elsewhere(analyse, text):
    assert not any(a.cue in {"note", "report", "reports", "states"} for a in analyse(text).attributions)


@pytest.mark.parametrize("text,cue,source,content", [
    # a past form after a noun phrase opened by a determiner, then a wh-clause or an object
    ("The actress explained why the label stung.", "explained", "The actress", "why the label stung"),
    ("The task force announced an agreement on fees.", "announced", "The task force", "an agreement on fees"),
])
def test_a_past_form_after_a_common_noun_with_a_wh_clause_or_object(analyse, text, cue, source, content):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.content) == (source, content)


def test_a_past_participle_modifying_a_noun_is_no_cue(analyse):
    assert analyse("The cuts announced Monday will hurt the town.").attributions == []


@pytest.mark.parametrize("text,cue,source", [
    # a time phrase between the subject and its verb is no part of either
    ("Ana Ruiz, the party chair, this past week announced the creation of a fund.", "announced",
     "Ana Ruiz, the party chair"),
    ("When Ruiz a month later announced 600 layoffs, workers were angry.", "announced", "Ruiz"),
    ("The mayor has freed up funds and on Monday announced that more was on the way.", "announced", "The mayor"),
])
def test_a_time_phrase_between_subject_and_verb(analyse, text, cue, source):
    assert [a.source for a in analyse(text).attributions if a.cue.endswith(cue)] == [source]


@pytest.mark.parametrize("text,cue,source", [
    # an infinitive of purpose after a clause told in the past reports speech: the clause's subject ...
    ("Ruiz went on the radio to say the plan was dead.", "say", "Ruiz"),
    ("Ruiz took the stage on Tuesday night to acknowledge her defeat.", "acknowledge", "Ruiz"),
    # ... or the one a causative verb moved to speak
    ("The loss led Ruiz to concede that the plan was dead.", "concede", "Ruiz"),
])
def test_an_infinitive_of_purpose_reports_speech(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue", [
    ("Ruiz has a chance to say the plan is dead.", "say"),  # a speech not yet made
    ("Ruiz is ready to tell voters the plan is dead.", "tell"),
    ("Lee said it was wrong for Ruiz to claim the vote was rigged.", "claim"),  # another's infinitive
])
def test_infinitives_that_report_nothing_yet(analyse, text, cue):
    assert not [a for a in analyse(text).attributions if a.cue == cue]


@pytest.mark.parametrize("text,cue,source", [
    # names that end like an adverb or a gerund, or that are a modal's spelling, are names
    ("Kelly Tanaka endorsed the mayor on Monday, saying he was honest.", "saying", "Kelly Tanaka"),
    ("Hosking walked to the car, and said the vote was close.", "said", "Hosking"),
    ('"We won," said Will Tanaka, a farmer.', "said", "Will Tanaka, a farmer"),
    # "told" takes the one told after it, never its speaker
    ("Ruiz, who chairs the board, told Radio Kent that the vote was off.", "told", "Ruiz"),
    # a subject with a relative clause, two modifiers, or a pronoun and a phrase
    ("An aide who spoke on condition of anonymity to discuss plans said the talks went on.", "said",
     "An aide who spoke on condition of anonymity to discuss plans"),
    ("The aides met twice, current and former officials said.", "said", "current and former officials"),
    ("The count was close, she and another observer said.", "said", "she and another observer"),
    # a place adverb between the subject and the verb
    ("Union members here say the plant will close.", "say", "Union members"),
    # "this" before a noun that is no time is the subject's determiner
    ('"The kids are fine," this source told the Courier.', "told", "this source"),
])
def test_subjects_that_were_cut_short(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue,source", [
    # a title-case headline's speech verb right after its subject is a verb, as "Says" already was
    ("Mayor Ana Ruiz Announces Plan To Close Plant", "Announces", "Mayor Ana Ruiz"),
    ("Ruiz Explained Why She Left The Race", "Explained", "Ruiz"),
    ("Flood Survivors Explain Why They Stayed", "Explain", "Flood Survivors"),
])
def test_speech_verbs_of_title_case_headlines(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text", [
    "Ruiz Never Pledged To Close The Plant",  # after an adverb
    "What The Videos Contain Makes The Mayor Claim Worse",  # a base form after a singular: a noun
    "The Highway Warning Signs Are New",  # a gerund
])
def test_capitalised_cue_words_of_headlines_that_are_no_verbs(analyse, text):
    assert analyse(text).attributions == []


@pytest.mark.parametrize("text,cue,source", [
    # a wire dateline at the head of the sentence is never the subject
    ("PARIS, May 3 (Reuters) - The party's leader, Ana Ruiz, voiced support for the plan on Wednesday, saying it "
     "would pass.", "saying", "The party's leader, Ana Ruiz"),
    ("LONDON — Sen. Ana Ruiz (D-Ohio) on Wednesday downplayed the attack — a thing that has upset many — and said it "
     "was minor.", "said", "Sen. Ana Ruiz (D-Ohio)"),
])
def test_a_dateline_is_no_subject(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text", [
    # an -ing form modifying the noun after it, inside the sentence's subject, reports nothing
    "One Ames County reporting station has not seen rain since May.",
    "The Delta polling firm will close its office.",
])
def test_an_ing_form_modifying_a_noun_is_no_cue(analyse, text):
    assert analyse(text).attributions == []


@pytest.mark.parametrize("text", [
    # an -ing form after an article or a possessive, or after one and an -ing modifier, is a noun
    "The council ignored a growing feeling that the mayor wants the fight to go on.",
    "Voters shared their feeling that the port would close.",
])
def test_an_ing_noun_after_an_article_is_no_cue(analyse, text):
    assert analyse(text).attributions == []


def test_an_ing_form_after_a_noun_phrase_still_reports(analyse):
    text = "The council ended the session, with the mayor saying the budget was safe."
    assert [a.cue for a in analyse(text).attributions] == ["saying"]


def test_an_ing_form_after_a_verb_and_its_object_still_reports():
    """'receive calls saying shots were fired': the -ing form follows a verb, so it is no modifier."""
    from claimcheck.engines.rules import RulesContext, analyse_paragraph

    text = "Dispatchers took calls saying shots had been fired."
    attributions = analyse_paragraph(text, 1, [], RulesContext()).attributions
    assert [a.cue for a in attributions] == ["saying"]


@pytest.mark.parametrize("text,source", [
    # a participle after a non-speech main verb reports the main clause's subject, a title as its head too
    ("The union chief rallied workers outside the plant, saying the strike would go on.", "The union chief"),
    ("The police chief thanked his officers, saying the city was safer.", "The police chief"),
])
def test_a_participle_after_a_non_speech_verb_reports_the_subject(analyse, text, source):
    assert only(analyse(text).attributions, cue="saying").source == source


@pytest.mark.parametrize("text", [
    "Ana Ruiz met survivors and relatives of the 12 people killed on Friday and said the law must change.",
    "Ana Ruiz met survivors, relatives of the people injured in the blast, and said the law must change.",
])
def test_a_reduced_relative_is_no_clause_of_its_own(analyse, text):
    """'the people killed on Friday': a past participle after an object is no verb of a new subject."""
    assert only(analyse(text).attributions, cue="said").source == "Ana Ruiz"


def test_a_simple_past_after_and_still_opens_a_clause(analyse):
    text = "I came home, and a neighbor came in and told me the road was closed."
    assert only(analyse(text).attributions, cue="told").source == "a neighbor"


@pytest.mark.parametrize("text,cue", [
    # a modal takes a base form: before a past or -s form, a capitalised "Will" is a name
    ("The race is tight, Will wrote.", "wrote"),
    ("While Will acknowledges the mayor's appeal, he backs the governor.", "acknowledges"),
])
def test_will_before_a_past_or_s_form_is_a_name(analyse, text, cue):
    assert only(analyse(text).attributions, cue=cue).source == "Will"


def test_a_modal_before_a_base_form_still_reports_nothing(analyse):
    # a thing's modal reports nothing; a speaker's does since session 18 (test_speech_s18.py)
    assert analyse("The new levy would add that much to the plan.").attributions == []


def test_a_contracted_pronoun_with_have_is_a_subject(analyse):
    assert only(analyse("The mill could reopen next year, they've suggested.").attributions,
                cue="suggested").source == "they've"


@pytest.mark.parametrize("text,cue,source", [
    # after a comma, a person's name led by a role in lower case is an inverted cue's speaker
    ("Even Ames has more pull, says political scientist Ana Ruiz.", "says", "political scientist Ana Ruiz"),
    ("The firm lobbied on taxes, said lobbyist and party strategist Lee Park.", "said",
     "lobbyist and party strategist Lee Park"),
    # a speech verb in the past leads a colon-led speaker, as "Said" did
    ('Stated Ruiz: "The mill will close."', "Stated", "Ruiz"),
    ('Continued Lee: "So I think it is a real problem."', "Continued", "Lee"),
    # a time phrase set off by a comma opens the sentence
    ('Minutes later, she sent an email saying, "done."', "saying", "she"),
    # whoever issues a document is the one saying what it says
    ("The town released a statement Wednesday saying the claims were false.", "saying", "The town"),
    # a past participle and its preposition open the sentence
    ("Alarmed by the unrest, Senator Ana Ruiz, the minority leader, said that she spoke with Lee.", "said",
     "Senator Ana Ruiz, the minority leader"),
    # a relative clause on the subject whose verb takes "to"
    ("Hawkins and others who want to ban the tax said the ruling was a blow.", "said",
     "Hawkins and others who want to ban the tax"),
    # a participle modifying the subject: its object is no subject
    ("Another intelligence source speaking to Fox News said the agents were busy.", "said",
     "Another intelligence source"),
])
def test_more_subject_shapes(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


def test_a_second_verb_after_a_setting_keeps_the_first_subject(analyse):
    """'..., but in a later interview said ...': the setting is no subject."""
    text = "The clerk first said he did not recall the deletions, but in a later interview said he had deleted them."
    attributions = [a for a in analyse(text).attributions if a.cue == "said"]
    assert [a.source for a in attributions] == ["The clerk", "The clerk"]


def test_after_a_comma_a_clause_is_no_inverted_speaker(analyse):
    """'Ruiz, a conservative, insists the party must ...': "the party must be ..." is what she insists."""
    attribution = only(analyse("Ruiz, a policy-focused conservative, insists the party must be a party of ideas.")
                       .attributions, cue="insists")
    assert (attribution.source, attribution.content) == ("Ruiz, a policy-focused conservative",
                                                         "the party must be a party of ideas")


@pytest.mark.parametrize("text,source", [
    # a participle after a post-posed or inverted cue goes on with that cue's speaker
    ('Lee said the plan "would never pass," the aide recalled, adding that Lee had laughed.', "the aide"),
    ('"It will pass," said the aide, adding that Lee had laughed.', "the aide"),
])
def test_a_participle_goes_on_with_the_cue_just_before_it(analyse, text, source):
    assert only(analyse(text).attributions, cue="adding").source == source


def test_a_relative_clause_after_a_one_word_name_leaves_it_the_subject(analyse):
    """'BuzzFeed, which ..., denied the report': no inverted cue whose speaker is "the report"."""
    text = "BuzzFeed, which does not disclose its finances, denied the report, saying this year will meet goals."
    assert {(a.cue, a.source) for a in analyse(text).attributions if a.cue != "does not disclose"} == {
        ("denied", "BuzzFeed"), ("saying", "BuzzFeed")}


@pytest.mark.parametrize("text,source", [
    ("Almost everyone agrees the law was flawed.", "Almost everyone"),
    ("Nobody disputes that the race is close.", "Nobody"),
])
def test_indefinite_pronouns_are_subjects(analyse, text, source):
    assert [a.source for a in analyse(text).attributions] == [source]


@pytest.mark.parametrize("text,cue", [
    # an infinitive after a verb of rising or breaking in, after "was quick to", after a passive causative
    ('Ruiz interjected to say: "They have both been wrong."', "say"),
    ("Ruiz rose to ask whether the plan was dead.", "ask"),
    ("Ruiz was quick to add that the plan is not dead.", "add"),
    ('Ruiz was prompted to say, "I cannot believe it."', "say"),
    # idioms of a saying that was done
    ("Ruiz went so far as to say the plan is dead.", "went so far as to say"),
    ("Ruiz went out of her way to say that the plan is dead.", "went out of her way to say"),
])
def test_infinitives_of_a_saying_that_was_done(analyse, text, cue):
    assert only(analyse(text).attributions, cue=cue).source == "Ruiz"


@pytest.mark.parametrize("text", [
    "Ruiz wanted to say the plan is dead.",  # a wish (an attempt is reported since rules 1.125: test_speech_s17.py)
    "Ruiz was ready to say the plan is dead.",  # not done yet
    "Ruiz refused to rise to say the plan is dead.",
])
def test_infinitives_that_say_nothing_yet(analyse, text):
    assert [a for a in analyse(text).attributions if not a.no_comment] == []


def test_a_clause_after_a_quote_is_no_inverted_speaker(analyse):
    """'Ruiz, citing "...," said the race could be close': "the race could be close" is no speaker."""
    attributions = analyse('Ruiz, citing "the magic of the mayor," said the race could be close.').attributions
    assert all(a.source.startswith("Ruiz") for a in attributions)


@pytest.mark.parametrize("text,cue,source", [
    # a participle after a dash, as plain text types it, goes on with the clause before
    ("Ana Ruiz changed her vote on the spot - saying she would now vote no.", "saying", "Ana Ruiz"),
    ("Ana Ruiz changed her vote on the spot – saying she would now vote no.", "saying", "Ana Ruiz"),
    ("Ana Ruiz changed her vote on the spot -- saying she would now vote no.", "saying", "Ana Ruiz"),
    # words that lead the clause with no comma of their own are no part of its subject
    ("And then Ruiz went on the attack, saying the plan was a disgrace.", "saying", "Ruiz"),
    ("Then Ruiz went on the attack, saying the plan was a disgrace.", "saying", "Ruiz"),
    ("And even Ruiz tried to calm them, noting that she had done the same.", "noting", "Ruiz"),
    ("But Ana Ruiz, an organizer with the Dover Coalition for Fair Rents, said the march would go on.", "said",
     "Ana Ruiz, an organizer with the Dover Coalition for Fair Rents"),
    ("But in a statement, Ruiz said the plan was dead.", "said", "Ruiz"),
    # a compound that names people is a subject that can speak
    ("The wealthy businessman began with the budget, saying that taxes were too high.", "saying",
     "The wealthy businessman"),
    ("The congresswomen walked out, saying the vote was rigged.", "saying", "The congresswomen"),
    # after a quotation closed by two apostrophes, with the comma inside
    ("Ms. Ruiz said of the plan, ''I don't like it,'' adding that ''they are angry.''", "adding", "Ms. Ruiz"),
    ("The mayor told donors the costs were ''overblown,'' adding that the city had room.", "adding", "The mayor"),
    # a single quote that closes inside a double one, then the speaker
    ("''She would ask, 'What did he mean?''' Mr. Lee said, gripping the podium.", "said", "Mr. Lee"),
])
def test_participles_and_subjects_after_dashes_leads_and_doubled_quotes(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text", [
    "Then the specimen was moved to the lab, saying nothing of its age.",  # no speaker leads the clause
    "And then came the storm, saying little.",  # no subject before the verb
])
def test_no_speaker_after_the_clause_leads(analyse, text):
    assert [a for a in analyse(text).attributions if a.cue == "saying"] == []


@pytest.mark.parametrize("text,cue,source", [
    # a survey's finding of what its people said: a comparative, then "likely to" and a speech verb
    ("Voters are slightly more likely to say that Ruiz represents them.", "say", "Voters"),
    ("Caucus-goers were more likely to say they preferred Ruiz.", "say", "Caucus-goers"),
    # a long subject before its verb speaks by its head phrase, for the second verb it shares
    ("A spokesman for Mayor Ana M. Ruiz of Dover defended the new route and said the police were ready.", "said",
     "A spokesman for Mayor Ana M. Ruiz of Dover"),
    ("Other former officers with no direct knowledge of the case but with long experience chafed at the review "
     "and said it was unfair.", "said", "Other former officers with no direct knowledge of the case"),
    # an aside that holds a quotation, closed by it or by a comma after it: the subject before it speaks
    ('The senator, who calls the plan a "scam," said he would vote no.', "said", "The senator"),
    ("Mr. Lee, citing ''the charm of the town,'' said the plant would stay.", "said", "Mr. Lee"),
    ('Lee, the author of "Going Home," about the flood, said the town was gone.', "said", "Lee"),
    # a request, when the asker is the subject of an active verb
    ("The employer asked for proof of citizenship.", "asked", "The employer"),
])
def test_survey_findings_long_subjects_quoted_asides_and_requests(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text", [
    "Voters are likely to say no.",  # a prediction: no comparative, nothing said yet
    '"We will win," said the mayor.',  # a quotation that opens the sentence is the content, not an aside
])
def test_predictions_and_opening_quotes_keep_their_readings(analyse, text):
    attributions = analyse(text).attributions
    assert [a.source for a in attributions] == ([] if "likely" in text else ["the mayor"])


@pytest.mark.parametrize("text,cue,source", [
    # a negated modal is an auxiliary: the subject is before it
    ("Ruiz couldn't say when the vote would be held.", "couldn't say", "Ruiz"),
    ("Presidents can't just say anything they want.", "say", "Presidents"),
    ("Lee cannot say that from his view.", "cannot say", "Lee"),
    # a quantifier standing alone after a clause lead or a subordinator is the subject
    ("One said the count was off. Yet another said it was fine.", "said", "another"),
    ("One says the count is off, while another says it is fine.", "says", "another"),
])
def test_negated_modals_and_quantifiers_after_leads(analyse, text, cue, source):
    assert [a.source for a in analyse(text).attributions if a.cue == cue][-1] == source


def test_a_negated_modal_before_a_cue_of_no_speech_reports_nothing(analyse):
    """'could recall' is no report, and neither is "couldn't recall"."""
    assert analyse("The aide couldn't recall the date.").attributions == []


@pytest.mark.parametrize("text,cue", [
    # a short aside of words set off by commas, then a quotation to the end of the sentence
    ('Ruiz said, however, "Past results are no guide."', "said"),
    ('Ruiz acknowledged, however, "Past results are no guide."', "acknowledged"),
    ('Ruiz said, and I quote, "We love the town."', "said"),
    ('Ruiz said, in a statement, "We love the town."', "said"),
])
def test_a_quotation_after_a_short_aside(analyse, text, cue):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.quote) == ("Ruiz", "direct")
    assert attribution.content.startswith('"')


def test_a_quoted_word_after_an_aside_is_no_quotation_of_the_speaker(analyse):
    assert analyse('Ruiz said, however, "bold" steps were needed.').attributions == []


@pytest.mark.parametrize("text,source", [
    # a time or habitual adverb ends the subject before its verb
    ("Lee later sued, claiming the fine was unfair.", "Lee"),
    ("A town aide later walked back the remark, saying the mayor had no plan.", "A town aide"),
])
def test_an_adverb_between_subject_and_verb_ends_the_subject(analyse, text, source):
    assert only(analyse(text).attributions, cue="saying" if "saying" in text else "claiming").source == source


def test_an_ing_form_in_a_series_of_doings_is_no_participle(analyse):
    assert analyse("The fans began shouting, pointing, jeering and pushing.").attributions == []


@pytest.mark.parametrize("text,source,content", [
    # the object of a relative clause set off by commas is what the cue's subject says of
    ("The charge, which Lee denies, was filed in May.", "Lee", "The charge"),
    ("Ruiz gave details of the allegations, which Mr. Park denies, and then left.", "Mr. Park", "the allegations"),
])
def test_the_object_of_a_relative_clause_is_the_content(analyse, text, source, content):
    attribution = only(analyse(text).attributions, cue="denies")
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text,source", [
    # an inverted cue set off by commas between the sentence's subject and its verb
    ("The plan, said Lee Park, a geologist, was flawed.", "Lee Park, a geologist"),
    ("Part of the problem, say experts like Lee Park, is the soil.", "experts like Lee Park"),
])
def test_an_inverted_cue_between_subject_and_verb(analyse, text, source):
    attribution = only(analyse(text).attributions)
    assert attribution.source == source
    assert attribution.content.startswith(text.split(",")[0])


@pytest.mark.parametrize("text", [
    "The deal, announced Friday, would last four years.",  # a participle on the subject
])
def test_no_inverted_aside_without_a_speaker(analyse, text):
    assert analyse(text).attributions == []


@pytest.mark.parametrize("text,cue,content", [
    # a place with its state or country between the one told (or the cue) and the content
    ("Lee told a town hall in Salem, New Hampshire on Monday that the tax was too high.", "told",
     "the tax was too high"),
    ("Lee said in Ames, Iowa, that the tax was too high.", "said", "the tax was too high"),
    ("Lee is telling a crowd in Windham, New Hampshire, on the eve of the vote that he has few regrets.",
     "is telling", "he has few regrets"),
    ('Lee is telling diners at a Dover, Delaware, breakfast spot that "I need you tomorrow."', "is telling",
     '"I need you tomorrow."'),
    ('Lee told a crowd in Dover, Delaware, "We will win."', "told", '"We will win."'),
    # a name after a setting that is no place opens the content
    ("Lee said in an interview, Mr. Park ''looked at me funny.''", "said", "Mr. Park ''looked at me funny.''"),
    # no content after the place: the quotation before the cue is what was told
    ('"Look at what happened," Lee told supporters in Salem, Oregon, while the count went on.', "told",
     '"Look at what happened,"'),
    # a contracted pronoun with "'d" or "'ll" opens the content after the one told
    ("Pate told the Ledger he'd support the mayor.", "told", "he'd support the mayor"),
    ("Pate told the Ledger he’ll support the mayor.", "told", "he’ll support the mayor"),
])
def test_the_content_after_a_place_and_the_one_told(analyse, text, cue, content):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.content) == ("Lee" if "Lee" in text else "Pate", content)


@pytest.mark.parametrize("text,content", [
    # the one asked, then a setting of several words before the question
    ("Ana Ruiz asked the senator during a town hall in Dover if she would back the pledge.",
     "if she would back the pledge"),
    # a question quoted after the one asked
    ('Ana Ruiz asked the crowd, "Can she stay?"', '"Can she stay?"'),
    ('Ana Ruiz then asked the crowd: "Can she stay?"', '"Can she stay?"'),
])
def test_a_question_after_the_one_asked(analyse, text, content):
    attribution = only(analyse(text).attributions)
    assert (attribution.source, attribution.content) == ("Ana Ruiz", content)


def test_a_quotation_that_asks_nothing_after_the_one_asked_is_no_question(analyse):
    assert analyse('Ana Ruiz asked the crowd, "We are here."').attributions == []


@pytest.mark.parametrize("text,source,content", [
    # an aside closed by a conjunction: what was said comes before it
    ("The plant was insured in 2011, officials said, and experts say it is worth less now.", "officials",
     "The plant was insured in 2011"),
    ("The plant closed in 2011, records show, but it may reopen.", "records", "The plant closed in 2011"),
    # no conjunction: the aside leads the content after it
    ("In recent days, advisers say, the president has grown tired.", "advisers", "the president has grown tired"),
])
def test_an_aside_cue_before_a_conjunction_reports_what_came_before(analyse, text, source, content):
    attribution = only(analyse(text).attributions, source=source)
    assert attribution.content == content


@pytest.mark.parametrize("text,source,cue", [
    # the subject, then an aside that is no apposition (a participle's, a setting), then the cue
    ("Lee, speaking on condition of anonymity, said the plan failed.", "Lee", "said"),
    ("The aide, speaking to reporters, said the plan failed.", "The aide", "said"),
    ("Lee, citing the report, said the plan failed.", "Lee", "said"),
    ("Lee, during the hearing, said the plan failed.", "Lee", "said"),
    ("Lee, speaking at a rally in Dover, Delaware, did not mention Ryan.", "Lee", "did not mention"),
    # a relative clause whose verb comes after an aside of its own
    ("Ana Ruiz, whose firm, Dataworks, sells maps, said the mayor was wrong.", "Ana Ruiz", "said"),
    ("Ana Ruiz, whose home city, Dover, may flood, argues that the plan will fail.", "Ana Ruiz", "argues"),
    # an apposition before a verb group keeps the description
    ("Lee Park, a nurse from Ames, Iowa, also said the plan failed.", "Lee Park, a nurse from Ames, Iowa", "also said"),
])
def test_the_subject_past_asides_that_are_no_apposition(analyse, text, source, cue):
    attribution = only(analyse(text).attributions, cue=cue)
    assert attribution.source == source
    assert not attribution.content.startswith(source.split(",")[0])


def test_a_relative_clause_with_its_verb_closes_before_the_clause(analyse):
    # "which Lee backed" has its verb: "failed" is the sentence's, and the critics speak
    assert only(analyse("The plan, which Lee backed, failed, critics said.").attributions).source == "critics"


@pytest.mark.parametrize("text,source,cue,content", [
    # what a poll found, its phrase opening the sentence: the poll (a document) is the source, "In" the cue
    ("In a Ledger poll last month, Ruiz led Lee 56 percent to 32 percent.", "a Ledger poll", "In",
     "Ruiz led Lee 56 percent to 32 percent"),
    ("But in a survey of 800 voters, conducted last week, Lee was ahead.", "a survey of 800 voters", "in",
     "Lee was ahead"),
    ("In a Ledger poll released Monday, however, most voters backed the plan.", "a Ledger poll", "In",
     "most voters backed the plan"),
    ("In a survey published by the Ledger, voters backed the plan.", "a survey published by the Ledger", "In",
     "voters backed the plan"),
    ("In a Ledger Poll the same month, most voters backed Lee.", "a Ledger Poll", "In", "most voters backed Lee"),
])
def test_what_a_poll_opening_the_sentence_found(analyse, text, source, cue, content):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.content, attribution.source_type) == (source, content, "document")


@pytest.mark.parametrize("text", [
    "In the polls, anyway.",  # no clause after the comma
    "Lee has a wide lead in the polls.",  # a poll at the clause's end is left out (see docs/accuracy.md)
    "In six states going to the polls, voters backed Lee.",  # the polls where one votes
    '"In the last poll, I led," Lee said.',  # inside a quotation: the speaker's own words
])
def test_no_poll_finding_elsewhere(analyse, text):
    assert not any(a.cue.lower() == "in" for a in analyse(text).attributions)


@pytest.mark.parametrize("text,source", [
    # an inverted speaker whose role is joined by "to" or "for" to whom it serves runs past the usual length
    ('"The party has gone the other way," said the former top aide to President George Bush.',
     "the former top aide to President George Bush"),
    ('"We will wait," said a senior spokesman for the county board of elections.',
     "a senior spokesman for the county board of elections"),
    # the name a speaker is known by
    ('"There never was an order," said the base chief known as Bob, speaking for the first time.',
     "the base chief known as Bob"),
    ('"There never was an order," said a man identified only as Lee.', "a man identified only as Lee"),
])
def test_inverted_speakers_with_their_affiliation_or_the_name_they_go_by(analyse, text, source):
    assert only(analyse(text).attributions).source == source


@pytest.mark.parametrize("text,content", [
    # a stray comma between the cue and "that"
    ("Lee added, that there is a strong emphasis on fairness.", "there is a strong emphasis on fairness"),
    ("Lee warned, that the dam would fail.", "the dam would fail"),
])
def test_a_comma_before_that(analyse, text, content):
    assert only(analyse(text).attributions).content == content


def test_a_comma_before_that_after_a_quoted_word_keeps_what_came_before(analyse):
    # "that" goes on with the quoted word: "the impact that he has had"
    text = 'Lee was chosen because of the "impact," Ruiz said, that he has had on the news.'
    assert only(analyse(text).attributions).content == '"impact,"'


@pytest.mark.parametrize("text,source,cue", [
    # a guarded cue after a noun that is no usual speaker, then a comma and the quotation
    ('The first responder replied, "That is her husband."', "The first responder", "replied"),
    # people the lexicon names: children, hosts, anchors, columnists
    ('Another child responded, "That is her husband."', "Another child", "responded"),
    ("The Ledger columnist Ana Ruiz has been critical of the mayor but on Tuesday wrote that she agreed with him.",
     "The Ledger columnist Ana Ruiz", "wrote"),
    ('"We will wait," the host added.', "the host", "added"),
])
def test_speakers_that_are_common_nouns(analyse, text, source, cue):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue", [
    # a plain object gives the verb another sense: withdrawing, watching
    ("The carmaker recalled 120,000 vans last week.", "recalled"),
    ("The ministry recalled its envoy on Friday.", "recalled"),
    ("The firm recalled about 3 million jars of sauce.", "recalled"),
    ("Monitors observed the vote in two districts.", "observed"),
])
def test_a_cue_with_an_object_of_another_sense_reports_nothing(analyse, text, cue):
    assert not [a for a in analyse(text).attributions if a.cue == cue]


@pytest.mark.parametrize("text,content", [
    ("Lee recalled her years on the council.", "her years on the council"),  # recounting
    ("Lee recalled that the dam broke at night.", "the dam broke at night"),
    ("Monitors observed that the vote was calm.", "the vote was calm"),
])
def test_the_same_cues_report_what_a_source_recounts(analyse, text, content):
    (attribution,) = analyse(text).attributions
    assert attribution.content == content


@pytest.mark.parametrize("text,source", [
    ("The pill may cause dizziness, the label warns.", "the label"),  # printed matter speaks as a document
    ("A leaflet urged residents to leave the valley.", "A leaflet"),
])
def test_printed_matter_is_a_document_source(analyse, text, source):
    (attribution,) = analyse(text).attributions
    assert (attribution.source, attribution.source_type) == (source, "document")
