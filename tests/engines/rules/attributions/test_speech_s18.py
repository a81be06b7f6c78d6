"""Speech cues read in session 18 (rules 1.134-), from PolNeAR train's missed speech cues: a relative clause whose
verb is itself a cue inside the subject, a speaker's modal before a speech verb. Short invented paragraphs."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,cue,source,inner,inner_content", [
    # the relative clause's verb is a cue: its object is no subject of the main verb, and its content ends with the
    # speaker's phrase
    ("Even Republicans who have praised the plan warned on Tuesday that the party may split.", "warned",
     "Republicans who have praised the plan", "have praised", "the plan"),
    ("Voters who criticized the mayor on Friday said the tax was too high.", "said",
     "Voters who criticized the mayor on Friday", "criticized", "the mayor on Friday"),
    ("Two aides who often criticized the governor told reporters the vote was lost.", "told",
     "Two aides who often criticized the governor", "often criticized", "the governor"),
])
def test_a_cue_in_the_subjects_relative_clause(analyse, text, cue, source, inner, inner_content):
    found = analyse(text).attributions
    assert only(found, cue=cue).source == source
    assert only(found, cue=inner).content == inner_content


@pytest.mark.parametrize("text,cue,source", [
    # a speaker's modal before a speech verb reports: a name, a pronoun, a word for people, a body
    ("Supporters of the mayor would argue that the plan works.", "would argue", "Supporters of the mayor"),
    ("Ruiz can ask them to support another candidate.", "can ask", "Ruiz"),
    ("He would warn voters not to trust the mayor.", "would warn", "He"),
    ("A winning candidate might claim momentum in the state.", "might claim", "A winning candidate"),
    ("The panel could declare the claim illegal.", "could declare", "The panel"),
    ("In addition, the committee should formally ask the counsel to refer the matter.", "ask",
     "the committee"),
])
def test_a_speakers_modal_before_a_speech_verb(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue", [
    # a thing's modal, or a modal inside a clause another reports, is no saying of the subject's
    ("The new levy would add that much to the plan.", "add"),
    ("It would suggest that the plan works.", "suggest"),
    ("Lee said he would advise the mayor on the budget.", "advise"),
    ("She is confident that she can deny him the nomination.", "deny"),
    # remembering after a modal is no report
    ("The aide could not recall the date of the dinner.", "recall"),
])
def test_a_modal_that_reports_nothing(analyse, text, cue):
    assert [a.cue for a in analyse(text).attributions if cue in a.cue] == []


@pytest.mark.parametrize("text,source,content", [
    # "asked X for Y": the one asked, then what was asked for, as with "asked X to do Y"
    ("Ruiz asked the court for quick action.", "Ruiz", "the court for quick action"),
    ("Gov. Ana Ruiz (R) asked the Supreme Court for a stay.", "Gov. Ana Ruiz (R)", "the Supreme Court for a stay"),
    ("The mayor asked Lee for his views on the plan.", "The mayor", "Lee for his views on the plan"),
])
def test_asked_someone_for_something(analyse, text, source, content):
    found = only(analyse(text).attributions, cue="asked")
    assert (found.source, found.content) == (source, content)


@pytest.mark.parametrize("text,cue,source", [
    # an apposition in brackets that opens with an article may run long; a short bracket of any kind stays
    ("Sen. Ana Lee (a Democrat so young she has been mistaken for an intern) says she was unfocused.", "says",
     "Sen. Ana Lee (a Democrat so young she has been mistaken for an intern)"),
    ("Rep. Ben Park (an Ohio Republican who chairs the panel on energy and trade) said the bill was dead.", "said",
     "Rep. Ben Park (an Ohio Republican who chairs the panel on energy and trade)"),
    ("Aides to a rival campaign (that would be Gov. Lee Park) suggest that the race is close.", "suggest",
     "Aides to a rival campaign (that would be Gov. Lee Park)"),
])
def test_a_bracketed_apposition_after_a_name(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue,source", [
    # a title-case headline's adverb of time between its subject and a capitalised past verb goes with the verb
    ("Lee Park Just Announced His Endorsement Of A Big Name Candidate", "Just Announced", "Lee Park"),
    ("Senate Republicans Finally Confirmed A Judge", "Finally Confirmed", "Senate Republicans"),
    ("Mayor Ruiz Just Told Her Critics To Stop", "Just Told", "Mayor Ruiz"),
])
def test_a_headlines_adverb_of_time_before_its_verb(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


def test_a_headlines_adverb_before_no_speech_verb_reports_nothing(analyse):
    assert analyse("Ruiz Just Voted For The Plan And Left").attributions == []


@pytest.mark.parametrize("text,cue,source", [
    # after "and", a past form before "of" is a second verb of the subject, not a participle of a noun
    ("Ruiz met the mayor and warned of the global implications.", "warned", "Ruiz"),
    ("Ruiz denounced the remarks as “hurtful” and warned of the risks.", "warned", "Ruiz"),
])
def test_a_second_verb_before_of(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


def test_a_coordinated_passive_participle_before_by_reports_nothing(analyse):
    text = "The judge, who was nominated by the mayor and confirmed by the Senate in 2012, left the court."
    assert [a.cue for a in analyse(text).attributions if a.cue == "confirmed"] == []


@pytest.mark.parametrize("text,cue,source,content", [
    # "tell" with a story as its object, no one told: the story is what is reported
    ("The network told a slightly different tale.", "told", "The network", "a slightly different tale"),
    ("Exit polls told a tale of two parties.", "told", "Exit polls", "a tale of two parties"),
    ("The paper's reporting often tells a much different story.", "often tells", "The paper's reporting",
     "a much different story"),
    # the one told, then the story
    ("Lee told reporters a story about the war.", "told", "Lee", "a story about the war"),
])
def test_a_story_told(analyse, text, cue, source, content):
    found = only(analyse(text).attributions, cue=cue)
    assert (found.source, found.content) == (source, content)


def test_a_long_relative_clause_on_the_subject(analyse):
    # a relative clause of up to twenty words, its last phrase a name, still hangs from the subject before it
    text = ("Many of the local party leaders who’d rather be working now on a general election campaign for Ruiz or "
            "Park or Ben Lee said they have rallied behind the ticket.")
    assert only(analyse(text).attributions, cue="said").source == (
        "Many of the local party leaders who’d rather be working now on a general election campaign for Ruiz or Park "
        "or Ben Lee")


@pytest.mark.parametrize("text,cue,source", [
    # common nouns for people the speaker lists lacked
    ("The star noted actors and singers have a harder time staying on the air.", "noted", "The star"),
    ("The nurse later sued, claiming the quarantine violated her rights.", "claiming", "The nurse"),
    ("The pilot needed to balance the plane's weight and asked for volunteers to move.", "asked", "The pilot"),
])
def test_more_common_nouns_for_speakers(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,cue,source", [
    # a cue with only a setting after it, then an infinitive: what the cue was for is the subject's saying
    ("The mayor tweeted on Friday to say he had never backed the plan.", "say", "The mayor"),
    ("Lee posted on Facebook to announce that she would run.", "announce", "Lee"),
])
def test_a_cue_then_a_setting_then_its_purpose(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


def test_the_one_asked_speaks_the_infinitive_after_an_object(analyse):
    found = analyse("Ruiz asked Lee to explain the vote.").attributions
    assert [a.cue for a in found] == ["asked"]
