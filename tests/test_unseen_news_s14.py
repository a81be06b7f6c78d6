"""Shapes of unseen real news read in session 14 (issue 11, "read real news as it comes"): a cue that names a person
to a post ("The Senate confirmed Ruiz as ambassador"), ... Short invented paragraphs, with negatives."""

from __future__ import annotations

import pytest

from claimcheck.article import from_text
from claimcheck.article.layout import structure_kind
from reports import attributions, report_of


# "confirm" in the sense of naming someone to a post reports nothing: its clause gives the post ("as" or "to be"
# before a post's noun, "to" before a verb of holding one) or its object is a nominee.
@pytest.mark.parametrize("text, cues", [
    ("The Senate confirmed Jane Ruiz as ambassador to Chile on Tuesday.", []),
    ("The Senate also confirmed by voice vote Jane Ruiz, a lawyer, as ambassador to Chile.", []),
    ("Ruiz was confirmed by the Senate as the next chief justice in March.", []),
    ("The Senate confirmed Ruiz to be the next ambassador.", []),
    ("The Senate on Tuesday confirmed two former governors to serve in the cabinet.", []),
    ("Republicans have refused to confirm many of the president's nominees.", []),
    # the report's sense stays: a clause, a thing confirmed, an identity, a refusal to answer
    ("The ministry confirmed that the plant would close.", ["confirmed"]),
    ("Police confirmed the death of a man.", ["confirmed"]),
    ("Police confirmed the victim as Jane Ruiz, 34.", ["confirmed"]),
    ("Officials confirmed the man as a suspect.", ["confirmed"]),
    ("The club confirmed the news as fans gathered outside.", ["confirmed"]),
    ("A spokesman declined to confirm the nomination.", ["declined to confirm"]),
])
def test_confirming_a_post_is_no_report(text, cues):
    assert [a.cue for a in attributions(report_of(text))] == cues


# A live blog's entries: the time opening an entry is a timestamp (structure), a paragraph of several entries is
# split at each entry's time, and an entry under its time is never a heading (its claim is kept).
@pytest.mark.parametrize("text, paragraphs, times", [
    ("19:37 Ruiz resigns as chair of the council.\n\n17:35 Lee expected to meet ministers tomorrow",
     ["Ruiz resigns as chair of the council.", "Lee expected to meet ministers tomorrow"], ["19:37", "17:35"]),
    ("10:03 PM:\nLee: \"We will win.\"\n\n9:38 PM:\nOhio is blue.",
     ['Lee: "We will win."', "Ohio is blue."], ["10:03 PM:", "9:38 PM:"]),
    ("11:40 PM: The count is slow. 11:11 PM: Lee leads by 20 votes. 9:53: The race is too close to call.",
     ["The count is slow.", "Lee leads by 20 votes.", "The race is too close to call."],
     ["11:40 PM:", "11:11 PM:", "9:53:"]),
    ("10:09–no returns yet.\n\n10:55pm: The crowd files out.", ["no returns yet.", "The crowd files out."],
     ["10:09–", "10:55pm:"]),
    # a time inside a sentence, or one that opens no entry, stays where it is
    ("The council met at 10:30 and voted at 11:45.", ["The council met at 10:30 and voted at 11:45."], []),
    ("The polls close at 8:00. Results are due by 9:30 p.m.", ["The polls close at 8:00. Results are due by 9:30 p.m."],
     []),
])
def test_a_live_blogs_entry_times_are_structure(text, paragraphs, times):
    document = from_text(text, path="a.txt")
    assert document.paragraphs == paragraphs
    assert [s.text for s in document.meta.structure if s.kind == "timestamp"] == times


def test_a_time_glued_to_the_entrys_first_word_is_set_apart():
    report = report_of("9:52PMBush said the war was over.\n\n10:05pmKerry said he would fight on.")
    assert [a.source for a in attributions(report)] == ["Bush", "Kerry"]


# The writer's word to the reader, a print page's jump line, a caption with its credit after it, a timestamp with a
# dotted zone: structure, never claims; a speaker's words of the same shape stay.
@pytest.mark.parametrize("line, kind", [
    ("Thank you for reading!", "prompt"),
    ("And thanks for following our coverage of the vote.", "prompt"),
    ("We want to hear from you. Email us your story.", "prompt"),
    ("The blog will be back tomorrow for live updates, so tune back in for that. Thank you for following.", "prompt"),
    ("[to top of second column]", "prompt"),
    ("The mayor speaks at the harbour on Tuesday, May 4, 2021. Lena Ortiz/Pool via REUTERS/File Photo", "caption"),
    ("Updated: Jan. 21, 2014, 7:09 p.m. E.T.", "timestamp"),
    ("17:40", "timestamp"),
    ("10:03 PM:", "timestamp"),
    ('"Thank you for reading," the librarian said.', None),
    ("We want to hear from you, the mayor told residents.", None),
    ("The blog will be back, Ruiz said, after the election.", None),
    ("Thanks to the rain, the fire was out by noon.", None),
    ("The coverage will continue to focus on the economy.", None),
    ("[The council later reversed its vote.]", None),
])
def test_page_lines_found_on_unseen_pages(line, kind):
    assert structure_kind(line) == kind


def test_a_quote_before_a_photo_credit_is_no_caption():
    assert structure_kind('The mayor said, "It is over." Lena Ortiz/AP') != "caption"


# "X said the following:" points ahead: the content is what follows the colon, or the next paragraph, which carries
# the attribution; the lead-in itself is no claim. "the following day" is no pointer.
@pytest.mark.parametrize("text, claims, carried", [
    ('Ruiz said the following:\n\n"We will not close the plant. The workers deserve better."',
     ['"We will not close the plant.', 'The workers deserve better."'], True),
    ("Ruiz said the following:\n\nThe plant will not close.", ["The plant will not close."], True),
    ("Lee wrote as follows:\n\nThe deal is off.", ["The deal is off."], True),
    ("Lee said the following statement:\n\nThe plant is safe.", ["The plant is safe."], True),
    ("Ruiz said this plant will close.\n\nThe vote is on Monday.",
     ["Ruiz said this plant will close.", "The vote is on Monday."], False),
])
def test_said_the_following_points_to_what_follows(text, claims, carried):
    report = report_of(text)
    found = [c for p in report.paragraphs for c in p.claims]
    assert [c.text for c in found] == claims
    assert bool(found[-1].attribution_ids) == carried


@pytest.mark.parametrize("text, content", [
    ("The company said the following: the plant will stay open.", "the plant will stay open"),
    ('Ruiz said this: "We will win."', '"We will win."'),
])
def test_the_content_after_a_pointer_and_colon(text, content):
    assert [a.content for a in attributions(report_of(text))] == [content]


# The phrase a relative pronoun stands for begins after a past verb inside the phrase found before it ("favored
# Lee, who", "sued by Acme, which"; "sued" is a past form though of four letters), past a passive's "by" and a
# place's preposition ("won by 60 points among the voters who"); a participle before its noun stays ("The alleged
# ...", "Members of the board").
@pytest.mark.parametrize("text, source", [
    ("The city was sued by Acme, which said the plant was unsafe.", "Acme"),
    ("The ruling favored Lee, who has long denied the allegations.", "Lee"),
    ("The plant was closed by Acme, which has always denied wrongdoing.", "Acme"),
    ("Ruiz won by 60 points among the voters who said the economy mattered most.", "the voters"),
    ("Ruiz dismissed critics who called the remarks sexist.", "critics"),
    ("Members of the board, who said the plan failed, resigned.", "Members of the board"),
    ("Police arrested a man who said he was lost.", "a man"),
])
def test_a_relative_pronoun_stands_for_the_phrase_after_the_verb(text, source):
    assert [a.source for a in attributions(report_of(text))] == [source]


# A cue form that is never a noun after a name's "'s" is the name's verb: a brand ("McDonald's said") or "has"
# ("Trump's said"); a noun after a possessive stays a noun.
@pytest.mark.parametrize("text, sources", [
    ("McDonald's said the plant was safe.", ["McDonald's"]),
    ("Officials at Macy's said the store would close.", ["Officials at Macy's"]),
    ("Trump's said he will run.", ["Trump's"]),
    ("Lee's aides said the plant was safe.", ["Lee's aides"]),
    ("Lee's claims were false.", []),
])
def test_a_verb_only_cue_after_a_names_possessive(text, sources):
    assert [a.source for a in attributions(report_of(text))] == sources


# A currency sign before an amount is part of the phrase: "The $1 billion lawsuit says" (not "1 billion lawsuit").
@pytest.mark.parametrize("text, source", [
    ("The $1 billion lawsuit says the chain discriminated against owners.", "The $1 billion lawsuit"),
    ("A £5 million report found that the bridge was unsafe.", "A £5 million report"),
])
def test_a_currency_sign_is_part_of_the_phrase(text, source):
    assert [a.source for a in attributions(report_of(text))] == [source]


# A photo's credit in words, alone or after its caption, is a caption; a sentence about photos is not.
@pytest.mark.parametrize("line, kind", [
    ('Photo via "The Harbour Annual Report 1912."', "caption"),
    ("The mayor at the harbour on Tuesday. Photo by Lena Ortiz.", "caption"),
    ("Photo via Harbour Daily News/Wikimedia Commons.", "caption"),
    ("Photos by the suspect were shared online, police said.", None),
    ("Pictures by Ruiz show the damage.", None),
])
def test_a_photo_credit_in_words(line, kind):
    assert structure_kind(line) == kind


# "X issued the following statement:" (a verb, then words that point ahead and a statement's noun, then a colon):
# the subject's words are what follows the colon, or the next paragraph; the lead-in is no claim.
@pytest.mark.parametrize("text, source, claims", [
    ('A spokesperson for the ministry sent the following statement:\n\n"Seeking review is a necessary step."',
     "A spokesperson for the ministry", ['"Seeking review is a necessary step."']),
    ("The company issued the following statement: the plant will stay open.", "The company",
     ["The company issued the following statement: the plant will stay open."]),
    ("When Lee died, Mayor Ana Ruiz released the following statement:\n\n\"We mourn a friend.\"",
     "Mayor Ana Ruiz", ['"We mourn a friend."']),
])
def test_a_statement_given_out_points_ahead(text, source, claims):
    report = report_of(text)
    assert [a.source for a in attributions(report)] == [source]
    found = [c for p in report.paragraphs for c in p.claims]
    assert [c.text for c in found] == claims and all(c.attribution_ids for c in found)


# After a past verb right before the phrase, the relative pronoun's phrase is looked for past the first preposition
# other than "of" (not a time's, a number's or a basis's): "became the subject of derision from critics, who ..."
@pytest.mark.parametrize("text, source", [
    ("Later, Ruiz became the subject of derision from critics on the left, who accused her of gloom.",
     "critics on the left"),
    ("Ruiz released her medical records in July, which showed she was fit.", "her medical records in July"),
    ("The plan was opposed, said one aide familiar with the talks, who added that it would fail.",
     "one aide familiar with the talks"),
])
def test_the_relative_pronouns_phrase_after_a_verb_before_it(text, source):
    assert attributions(report_of(text))[-1].source == source


# A hedge verb that is a noun as well, opening a sentence before a preposition or "be", is the noun ("Suspect of
# mall shooting arrested" was hedged by "Suspect"); a subject's verb, and "Seemed about right.", stay hedges.
@pytest.mark.parametrize("text, hedges", [
    ("Suspect of mall shooting arrested", []),
    ("Suspects in the robbery were arrested on Friday.", []),
    ("Fears of a strike grew on Monday.", []),
    ("Police suspect the fire was set.", ["suspect"]),
    ("Seemed about right.", ["Seemed"]),
])
def test_a_hedge_verbs_noun_opening_a_sentence(text, hedges):
    assert [h.cue for p in report_of(text).paragraphs for h in p.hedges] == hedges


# A caption and its credit with the caption's button scraped onto one line is a caption.
@pytest.mark.parametrize("line, kind", [
    ("Protesters march on May 1. A judge ruled the law void on Thursday. Lena Ortiz/AP hide caption", "caption"),
    ("toggle caption Lena Ortiz/AP", "caption"),
    ("The caption was wrong, the editor said.", None),
])
def test_a_caption_with_its_button_on_the_line(line, kind):
    assert structure_kind(line) == kind
