"""Shapes of unseen real news read in session 12 (rules 1.76): words that report nothing ("blasted off", "reported
injuries" after "There were", a participle before a modal), the manner of a quotation after its cue ("he said with a
smile"), title abbreviations in a speaker's name ("Asst. Chief"), tests and autopsies as documents, and an outlet
by its one-word name ("Kyodo" beside "Japan's Kyodo news agency"). Short invented paragraphs, with negatives."""

from __future__ import annotations

import pytest

from reports import attributions, entry, report_of, the


@pytest.mark.parametrize("text", [
    "There were no other reported injuries.",  # existential: the participle modifies the noun
    "There were a total of eight separate suspected break-ins on the street.",
    "The rover blasted off atop its rocket on Saturday.",  # another verb with its particle
    "Patients already admitted will continue to be treated.",  # a participle before the subject's modal
    "The team studied a genus, called Rhachotropis.",  # naming at the sentence's end
])
def test_words_that_report_nothing(text):
    assert attributions(report_of(text)) == []


@pytest.mark.parametrize("text, source", [
    ("There were reports that officials said the deal was off.", "officials"),  # a clause of its own
    ("There are many who said the plan failed.", "many"),  # a relative clause
    ("Ana Ruiz blasted the plan as a failure.", "Ana Ruiz"),  # the cue's own sense
    ("The group, called Lashkar, claimed the attack.", "The group, called Lashkar"),
])
def test_near_misses_keep_their_cue(text, source):
    assert the(report_of(text), source).source == source


@pytest.mark.parametrize("text, source, quoted", [
    ('"It was a good play," Tom Reyes said with a smile.', "Tom Reyes", '"It was a good play,"'),
    ('"We were lucky," Ana Ruiz told reporters with a grin.', "Ana Ruiz", '"We were lucky,"'),
    ('"They see the flash," Asst. Chief Ana Stair explained.', "Asst. Chief Ana Stair", '"They see the flash,"'),
    ('"The road is closed," 1st Dep. Chief Lee Park said at a news conference.', "1st Dep. Chief Lee Park",
     '"The road is closed,"'),
])
def test_a_quotation_before_its_cue_is_the_content(text, source, quoted):
    found = the(report_of(text), source)
    assert found.quote == "direct" and found.content == quoted


def test_with_after_a_clause_is_no_manner():
    # without a quotation before it, "with" may be what the cue takes: the reading stays as it was
    found = the(report_of("The plan is sound, Lee Park agreed with Ruiz."), "Lee Park")
    assert found.quote == "indirect"


@pytest.mark.parametrize("text, source", [
    ("Testing by the state lab shows that the cases are linked.", "Testing by the state lab"),
    ("An autopsy found that he drowned.", "An autopsy"),
])
def test_tests_and_autopsies_are_documents(text, source):
    assert the(report_of(text), source).source_type == "document"


@pytest.mark.parametrize("text, short, long", [
    ("Vostok said the minister had left, Tarvia's Vostok news agency reported.\n\nVostok said talks would resume.",
     "Vostok", "Tarvia's Vostok news agency"),
    ("The Ralto news agency reported the vote on Monday.\n\nRalto said turnout was low.", "Ralto",
     "The Ralto news agency"),
])
def test_an_outlet_by_its_one_word_name_is_that_outlet(text, short, long):
    report = report_of(text)
    bare = [a for a in attributions(report) if a.source == short][-1]
    assert bare.source_type == "organization"
    assert entry(report, bare) is entry(report, the(report, long))


def test_a_surname_beside_a_news_agency_of_another_name_stays_a_person():
    report = report_of("The Ralto news agency reported the vote.\n\nVostok said turnout was low.")
    assert the(report, "Vostok").source_type == "named_person"
