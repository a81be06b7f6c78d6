"""Shapes of unseen real news read in session 16 through the editor's report: a statement given out with its
setting before the colon, a lead-in's quotation scored as quoted, ... Short invented paragraphs, with negatives."""

from __future__ import annotations

import pytest

from claimcheck.article.layout import structure_kind
from reports import attributions, report_of


def _claims(report):
    return [c for p in report.paragraphs for c in p.claims]


# "X issued the following statement <setting>:" (when, where or on what it was given, before the colon): the
# statement under it is X's, and the lead-in is no claim.
@pytest.mark.parametrize("text, source", [
    ("Mayor Ana Ruiz issued the following statement following the council's vote on the budget:\n\n"
     "\u201cThe budget is balanced.\u201d", "Mayor Ana Ruiz"),
    ("Director Lee Park issued the following statement today on the agency's report, FY 2020 "
     "Results:\n\n\u201cThe report shows real progress.\u201d", "Director Lee Park"),
    ("The company released the following statement after the ruling: the plant will stay open.", "The company"),
])
def test_a_statement_given_out_with_its_setting_points_ahead(text, source):
    report = report_of(text)
    assert [a.source for a in attributions(report)] == [source]
    assert all(c.attribution_ids for c in _claims(report))


@pytest.mark.parametrize("text", [
    # no colon, or a clause of its own before it: no pointer
    "Ruiz issued the following statement on Monday.",
    "Ruiz issued the following statement after the plan was dropped: nothing.",
])
def test_a_setting_with_no_colon_or_with_a_clause_points_nowhere(text):
    assert not any(a.cue.startswith("issued the following") for a in attributions(report_of(text)))


# A lead-in at a paragraph's end ("She added:", "... released the following statement:") whose next paragraph is a
# quotation from its first word is a direct quote: the words under it are the source's own, and score so.
@pytest.mark.parametrize("text, quote", [
    ("Mayor Ana Ruiz added:\n\n\u201cWe will win the vote.\u201d", "direct"),
    ("Mayor Ana Ruiz released the following statement:\n\n\u201cWe mourn a friend.\n\n\u201cHe was kind.\u201d",
     "direct"),
    # the paragraph under it is no quotation: a paraphrase stays one
    ("Mayor Ana Ruiz added:\n\nThe vote will be held in May.", "indirect"),
])
def test_a_lead_ins_quotation_is_a_direct_quote(text, quote):
    report = report_of(text)
    assert [a.quote for a in attributions(report)] == [quote]
    carried = report.paragraphs[-1].claims
    assert carried and all(c.attribution_ids for c in carried)


# After a cue that follows the clause it reports, where and when it was said is no content, however long the setting
# ("said during a joint news conference with ... on Saturday") and with a clock's colon in it ("tweeted at 11:41
# a.m."), or before a participle's own cue ("said at the briefing, adding that ..."); a clock's colon after a cue is
# no content's colon either.
@pytest.mark.parametrize("text, contents", [
    ("Bus service was suspended near the depot, the agency tweeted at 11:41 a.m.",
     ["Bus service was suspended near the depot"]),
    ("Service is set to resume, the agency said in another post at 12:19 p.m.", ["Service is set to resume"]),
    ("Talks will resume soon, Foreign Minister Ana Ruiz said during a joint news conference with the bloc's "
     "trade chief in Lima on Saturday.", ["Talks will resume soon"]),
    ("Talks will resume soon, Ruiz said during the news conference, adding that a date was set.",
     ["Talks will resume soon", "a date was set"]),
    ("The mayor said at 9:30 a.m. that the road was closed.", ["the road was closed"]),
    # a clause after the setting is still the content
    ("The mayor said on Monday that the road was closed.", ["the road was closed"]),
])
def test_a_setting_after_the_cue_is_no_content(text, contents):
    assert [a.content for a in attributions(report_of(text))] == contents


def _hedges(report):
    return [h for p in report.paragraphs for h in p.hedges]


# Hedge words that hedge nothing here: a hedge verb's noun after an age or a count ("The 25-year-old suspect, who
# ..."), "considering" (deliberating, or a preposition's "given"), a participle between an adverb after a determiner
# and its noun ("a highly anticipated drug"); the verbs and adjectives of belief stay.
@pytest.mark.parametrize("text, cues", [
    ("The 25-year-old suspect, who has since been charged, fled the scene.", []),
    ("A two-time suspect was held.", []),
    ("Judge Ana Ruiz is considering a request to let victims speak.", []),
    ("The talks could resume, considering a more cautious remark by Lee.", ["could"]),
    ("A highly anticipated blood thinner remains on track.", []),
    # the belief stays
    ("Police suspect the 25-year-old set the fire.", ["suspect"]),
    ("Ruiz is widely expected to win.", ["expected"]),
    ("The plan was widely anticipated by investors.", ["anticipated"]),
    ("Lee is considered a leading candidate.", ["considered"]),
])
def test_hedge_words_that_hedge_nothing_here(text, cues):
    assert [h.cue for h in _hedges(report_of(text))] == cues


# "suspected" as an adjective in a story about a charge is the charge's word, as "alleged" is; the verb stays doubt.
@pytest.mark.parametrize("text, charge", [
    ("Police arrested a man suspected of the May 21 shooting.", True),
    ("The suspected gunman was arrested on Friday.", True),
    ("The suspected leak closed the plant for a week.", False),  # no charge in the story
])
def test_suspected_is_a_charges_word(text, charge):
    suspected = [h for h in _hedges(report_of(text)) if h.cue == "suspected"]
    assert [h.charge for h in suspected] == [charge]


# "if" or "whether" after what is not known or not sure ("not sure if", "hard to predict whether", "unclear
# whether") opens a question left open, no condition on the claim; after a verb of inquiry, and as a condition,
# it stays conditional.
@pytest.mark.parametrize("text, kinds", [
    ('"They were not quite sure if there was a shooter on scene," Ruiz said.', ["question"]),
    ("It was hard to predict whether the visits would lead to talks.", ["question"]),
    ("It is unclear whether the plant will reopen.", ["question"]),
    ("Officials will check whether the dam holds.", ["conditional", "conditional"]),
    ("Workers will return if the plant reopens.", ["consequent", "conditional"]),
])
def test_if_after_not_knowing_is_a_question(text, kinds):
    assert [k.kind for p in report_of(text).paragraphs for k in p.conditions] == kinds


# The page's word to its reader, alone on its line, is structure (a prompt): a tip line's appeal, where else the page
# is, its comment form; one that names who asks, or says something of the story's, stays.
@pytest.mark.parametrize("line, kind", [
    ("Anyone with information about the crash can call 911 or leave a tip at www.harbourtips.example.com.", "prompt"),
    ("Anyone with photos of the fire is encouraged to upload them here. Anyone with information is asked to contact "
     "Detective Ana Ruiz at 555-0100.", "prompt"),
    ("Those with information about the theft may contact the county.", "prompt"),
    ("Find Harbour Health Online:", "prompt"),
    ("With your plan you can comment on stories. Before writing your first comment, please create a display name.",
     "prompt"),
    ("Anyone with information is asked to call police, the sheriff said.", None),
    ("Anyone with information on the plan should have told the board.", None),
    ("You can comment on the proposal until May 1.", None),
    ("Find the best deals online now.", None),
])
def test_the_pages_word_to_its_reader(line, kind):
    assert structure_kind(line) == kind


# A deck the page cut short with an ellipsis over the paragraph that says it in full is structure, not a second
# copy of the paragraph's claims; a paragraph that ends in an ellipsis of its own stays.
@pytest.mark.parametrize("text, claims", [
    ("Harbour talks set to resume\n\nIran said today talks would begin within days, but Germany said Tehran\u2026\n\n"
     "Iran said today talks would begin within days, but Germany said Tehran would first have to act.", 1),
    ("Harbour talks set to resume\n\nThe mayor paused and said the plan was\u2026\n\n"
     "Then the council voted against the plan on Tuesday.", 2),
])
def test_a_deck_cut_short_over_its_paragraph(text, claims):
    assert len(_claims(report_of(text))) == claims


# Cue words that are no cue here: a participle between a count and its noun ("72 confirmed cases", "271 pledged
# delegates"), a participle after the plural noun of a "with" phrase ("with deaths reported in China"), a noun form
# before the verb whose subject it is ("media reports speculate", "classification disputes are common").
@pytest.mark.parametrize("text, cues", [
    ("The figures released Thursday list 72 confirmed cases of the disease.", []),
    ("Ruiz leads Lee by 271 pledged delegates.", []),
    ("The virus has spread to 48 countries with deaths reported in Chad and Peru.", []),
    ("Recent media reports speculate that more meetings may push back the ruling.", ["speculate"]),
    ("Such classification disputes are common across government.", []),
    # the cue stays: a subject's verb, a clause, an object
    ("The mayor reports that the plant will close.", ["reports"]),
    ("Officials reported 12 new cases on Monday.", ["reported"]),
    ("Police said 12 confirmed the plan.", ["said"]),
])
def test_cue_words_that_are_no_cue_here(text, cues):
    assert [a.cue for a in attributions(report_of(text))] == cues


# A cue inside a clause or phrase that opens the sentence reports that clause only, where the main clause after the
# comma has a modal ("If the agency finds that the drug is safe, sales could begin"), or its own subject after a
# relative clause set off in a fronted phrase ("In a letter to the board, which said ..., Ruiz resigned"); the
# main clause's modal is the reporter's then.
@pytest.mark.parametrize("text, content, could", [
    ("If the agency finds that the drug is safe, sales could begin next month.", "the drug is safe", "reporter"),
    ("When Ruiz said the plant would close, workers might walk out.", "the plant would close", "reporter"),
    ("In a letter to the board, which said the budget was short, Ruiz resigned.", "the budget was short", None),
    # no fronted phrase: the clause after the comma is the reported one's
    ("Ruiz said the plant would close, and workers might walk out.", "the plant would close, and workers might walk out",
     "source"),
])
def test_a_cue_in_a_fronted_clause_reports_that_clause(text, content, could):
    report = report_of(text)
    assert [a.content for a in attributions(report)] == [content]
    holders = [h.holder for h in _hedges(report) if h.cue in {"could", "might"}]
    assert holders == ([could] if could else [])


# A cue inside "what ... says" reports what the free relative says, up to the main clause's verb ("talks on what it
# says are civilian plans would begin"); a clause of the content's own inside it is not cut.
@pytest.mark.parametrize("text, content", [
    ("Iran said talks on what it says are civilian nuclear plans would begin within days.", "are civilian nuclear plans"),
    ("Lee wants to change what he thinks is an unfair view that Ruiz is cruel.", "is an unfair view that Ruiz is cruel"),
])
def test_what_a_source_says_inside_a_phrase(text, content):
    assert attributions(report_of(text))[-1].content == content


# A content's "that" with a verb of its own right after it is the clause's demonstrative subject, and stays.
@pytest.mark.parametrize("text, content", [
    ("Trooper Ana Ruiz says that might not be the case.", "that might not be the case"),
    ("Ruiz said that was wrong.", "that was wrong"),
    ("Ruiz said that the plan was wrong.", "the plan was wrong"),
])
def test_a_demonstrative_that_is_the_contents_subject(text, content):
    assert [a.content for a in attributions(report_of(text))] == [content]
