"""Non-finite speech cues read in session 17 (rules 1.125-), from PolNeAR train's missed speech cues: infinitives of
speech after verbs of going on, trying, refusing and failing, a mention made or held back, and participles whose
subject stands after "with" or before a relative clause's closing quotation. Short invented paragraphs."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,cue,content", [
    # going on: the cue is the whole group, with "continued to" in it
    ("Lee continued to insist that the count was fair.", "continued to insist", "the count was fair"),
    # a form dropped from the cues as a noun ("a question") is a verb after "to" and such a verb
    ("Lee continued to question whether the count was fair.", "continued to question", "whether the count was fair"),
    # an attempt: the speech was made
    ("Lee has tried to explain her support for the deal.", "has tried to explain", "her support for the deal"),
    # a refusal or a failure: the cue keeps it, so the report reads as what Lee would not say
    ("Lee refused to admit that he had erred.", "refused to admit", "he had erred"),
    ("Lee failed to mention the attack on the embassy.", "failed to mention", "the attack on the embassy"),
])
def test_an_infinitive_of_speech_after_going_on_trying_or_refusing(analyse, text, cue, content):
    found = only(analyse(text).attributions, cue=cue)
    assert (found.source, found.content) == ("Lee", content)


@pytest.mark.parametrize("text", [
    "Lee continued to insist that the count was fair.",
    "Lee continued to warn that the plant would close.",
])
def test_going_on_is_no_cue_of_its_own_before_a_cue(analyse, text):
    """'continued to insist': one attribution, not a second for "continued" with "to insist ..." as its content."""
    assert len(analyse(text).attributions) == 1


@pytest.mark.parametrize("text", [
    "Lee tried to ask the mayor about the budget.",  # an attempt to ask is an inquiry, no report
    "The agency is trying to determine whether the rule was broken.",
    "Lee wanted to explain her plan.",  # a wish
    "Lee plans to question the mayor.",
    "Ruiz answered all questions to question the plan.",  # no verb of going on, trying or refusing before "to"
    "Lee would have tried to explain the plan.",  # after a modal: an attempt not made, or not on record
    "Lee will try to explain the plan.",
])
def test_infinitives_that_report_nothing(analyse, text):
    assert analyse(text).attributions == []


@pytest.mark.parametrize("text,cue,content", [
    # the -ing form of trying, refusing or going on leads the infinitive as a participle would
    ("Lee stood by his remark, refusing to acknowledge that most voters disagree.", "refusing to acknowledge",
     "most voters disagree"),
    ('Lee said it was "unfair," while trying to explain her plan to build roads.', "trying to explain",
     "her plan to build roads"),
    ("Continuing to explain his view, Lee rejected the plan.", "Continuing to explain", "his view"),
])
def test_a_participle_of_trying_or_refusing_before_its_infinitive(analyse, text, cue, content):
    found = only(analyse(text).attributions, cue=cue)
    assert (found.source, found.content) == ("Lee", content)


@pytest.mark.parametrize("text", [
    # with no clause to hang from, and no finite verb: the subject walk does not read "By" as a speaker
    "In the end, the plan backfired: By refusing to admit any fault, Lee and Ruiz looked weak.",
])
def test_a_participle_of_refusing_with_no_clause_reports_no_false_source(analyse, text):
    assert all(a.source != "By" for a in analyse(text).attributions)


def test_a_progressive_of_going_on_is_a_finite_verb(analyse):
    found = only(analyse("Ana Lee is continuing to insist she will release the papers.").attributions,
                 cue="is continuing to insist")
    assert found.source == "Ana Lee"


@pytest.mark.parametrize("text,cue,source,content", [
    ("Lee notably made no mention of Ruiz.", "made no mention of", "Lee", "Ruiz"),
    ("The new plan makes no specific mention of taxes.", "makes no specific mention of", "The new plan", "taxes"),
    ("As she has for weeks, Lee avoided all mention of her rival.", "avoided all mention of", "Lee", "her rival"),
])
def test_a_mention_made_or_held_back(analyse, text, cue, source, content):
    found = only(analyse(text).attributions, cue=cue)
    assert (found.source, found.content) == (source, content)


def test_made_alone_is_no_mention(analyse):
    assert analyse("Lee made the case for roads.").attributions == []


@pytest.mark.parametrize("text,cue", [
    ("He sued after the agency failed to respond to his request.", "failed to respond"),
    ("The agency fails to reply to most letters.", "fails to reply"),
])
def test_an_answer_not_given_is_a_no_comment(analyse, text, cue):
    found = only(analyse(text).attributions, cue=cue)
    assert found.no_comment and found.content in (None, "")


@pytest.mark.parametrize("text,source", [
    # a participle with its own subject after "with"
    ("The talk ended with Ruiz asking Lee whether she would run.", "Ruiz"),
    ("The debate opened with Ruiz saying that taxes must rise.", "Ruiz"),
    ("Lee won the state, with most voters saying they liked him.", "most voters"),
])
def test_a_participle_with_its_subject_after_with(analyse, text, source):
    cue = next(w for w in text.split() if w.endswith("ing"))
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text", [
    # the object's relative clause ends in a quotation that holds the comma: the participle is the subject's
    'Lee rebuked critics who say he should resign "at once," saying the job is unfinished.',
    "Lee rebuked critics who say he should resign at once, saying the job is unfinished.",
])
def test_a_participle_after_an_objects_relative_clause(analyse, text):
    assert only(analyse(text).attributions, cue="saying").source == "Lee"


def test_seeming_stays_out_of_the_cue(analyse):
    """'seemed to suggest': "seemed" is the reporter's hedge on whether it was said, not part of the source's cue."""
    result = analyse("Lee seemed to suggest the plan was dead.")
    assert only(result.attributions, source="Lee").cue == "suggest"


@pytest.mark.parametrize("text,cue,source,content", [
    # a perfect participle opening the sentence, or set off inside it, reports with the clause's subject
    ("Having announced that he would stay, Judge Lee proceeded to read the ruling.", "Having announced", "Judge Lee",
     "he would stay"),
    ("Lee backed Ruiz -- having suggested in a speech that she was unfit.", "having suggested", "Lee", "she was unfit"),
])
def test_a_perfect_participle_of_speech(analyse, text, cue, source, content):
    found = only(analyse(text).attributions, cue=cue)
    assert (found.source, found.content) == (source, content)


@pytest.mark.parametrize("text", ["Having said that, Lee left.", "Having said so, Lee left."])
def test_having_said_that_stays_an_idiom(analyse, text):
    assert [a.cue for a in analyse(text).attributions] == []


@pytest.mark.parametrize("text,source", [
    # the people named right before a participle, as the object of a verb that neither sends nor tells, speak
    ("Lee unveiled her first ad, featuring Hispanics telling their stories.", "Hispanics"),
    ("Park remembered Freddy claiming that he won.", "Freddy"),
    # the one a message goes to, or a name after a preposition, is not the speaker
    ("Lee sent Ruiz a note saying the deal was off.", "Lee"),
    ("Lee emailed supporters saying the deal was off.", "Lee"),
    ("Lee is discrediting a report from Bloomberg saying he lied.", "Lee"),
    ("Lee met voters saying they were angry.", "Lee"),  # a bare common noun: as before
])
def test_a_participle_after_the_people_named_as_an_object(analyse, text, source):
    cue = next(w for w in text.split() if w.endswith("ing") and w != "featuring" and w != "discrediting")
    assert only(analyse(text).attributions, cue=cue).source == source
