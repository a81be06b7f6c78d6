"""Who the source is and what kind, on unseen real news read in session 15: what shows a bare name a body's (a ticker
after its longer form, a model's number, "said it ... its", a business's description closing its sentence), and a
place's "-based" in a body's definite description. Short invented paragraphs, with negatives."""

from __future__ import annotations

import pytest

from reports import entry, report_of, the


@pytest.mark.parametrize("text, source", [
    # "it" for the speaker and "its" with no other noun phrase between
    ("Quorvant said it planned to close half of its stores this year.", "Quorvant"),
    ("Marlesco filed for bankruptcy in May and said it would sell all of its plants.", "Marlesco"),
    # a ticker after the name's longer form
    ("Tervolix Devices (Nasdaq: TVLX) fell 4% on Monday.\n\nTervolix said demand was weak.", "Tervolix"),
    # a model's number after the name
    ("Airvane said the first Airvane 580 would fly next year.", "Airvane"),
    # a business's description closing the name's own sentence as a second speaker
    ("Dunmore announced it would cut 300 jobs, the retailer confirmed.", "Dunmore"),
])
def test_what_shows_a_bare_name_a_body(text, source):
    report = report_of(text)
    found = the(report, source)
    assert found.source_type == "organization" and entry(report, found).type == "organization"


@pytest.mark.parametrize("text, source", [
    # another noun phrase between "it" and "its": "its" is the council's
    ("Marlow said it was time for the council to do its job.", "Marlow"),
    # a year's four digits are no model's number
    ("Marlow told supporters the Marlow 2020 team was ready.", "Marlow"),
    # a person's own news, the company's word: no "it" in the clause
    ("Dunmore said he would retire in May, the company said.", "Dunmore"),
    # a ticker after another name
    ("Varga said Kestrel (NYSE: KMN) would appeal the ruling.", "Varga"),
])
def test_near_misses_of_a_bodys_evidence_stay_people(text, source):
    assert the(report_of(text), source).source_type == "named_person"


@pytest.mark.parametrize("text, description, name", [
    ("Quellex Corp. said sales fell in May.\n\nThe Ohio-based company said it would cut jobs.",
     "The Ohio-based company", "Quellex Corp."),
    ("Tavrik Inc. said it had hired a new chief.\n\nThe Texas-based firm said the search took a year.",
     "The Texas-based firm", "Tavrik Inc."),
])
def test_a_place_based_description_is_the_body_named_before(text, description, name):
    report = report_of(text)
    assert entry(report, the(report, description)).name == name


# ---------------------------------------------------------------- second step: a son named after his father

@pytest.mark.parametrize("text, son, father", [
    # the short form keeps the suffix: the forms without it are the other man of that name
    ("Dana Varlow Jr. said the deal was fair. Varlow Jr. added that talks went well.\n\n"
     "Mr. Varlow said his son had done well.", "Varlow Jr.", "Mr. Varlow"),
    ("Dana Varlow Jr. said the deal was fair. His brother said so too.\n\nDana Jr. added that talks went well.\n\n"
     "President Varlow said his son had done well.", "Dana Varlow Jr.", "President Varlow"),
    # "the younger" is the suffixed one
    ("Dana Varlow Jr. said the deal was fair. Varlow Jr. added that talks went well.\n\n"
     "\"We won,\" said the younger Mr. Varlow.\n\nMr. Varlow said his son had done well.",
     "the younger Mr. Varlow", "Mr. Varlow"),
])
def test_a_suffix_the_article_keeps_tells_son_from_father(text, son, father):
    report = report_of(text)
    assert entry(report, the(report, son)) is not entry(report, the(report, father))
    assert "Jr." not in entry(report, the(report, father)).name


@pytest.mark.parametrize("text, one, other", [
    # a suffix written in the full form only: one person, written with and without it
    ("John Hale III said the plan was sound.\n\nHale said the vote would pass.", "John Hale III", "Hale"),
    ("Dana Varlow Jr. said the deal was fair.\n\nMr. Varlow added that talks went well.", "Dana Varlow Jr.",
     "Mr. Varlow"),
])
def test_a_suffix_in_the_full_form_only_is_one_person(text, one, other):
    report = report_of(text)
    assert entry(report, the(report, one)) is entry(report, the(report, other))


def test_a_given_name_with_the_suffix_is_the_suffixed_person():
    report = report_of("Donald Varlow Jr. said the deal was fair.\n\nDon Jr. said later that he was proud.")
    assert entry(report, the(report, "Don Jr.")) is entry(report, the(report, "Donald Varlow Jr."))


# ---------------------------------------------------------------- third step: kinds of texts and of people

@pytest.mark.parametrize("text, source", [
    ("The man fled on foot, according to a state police alert.", "a state police alert"),
    ("Cases rose in May, according to a timeline on the county website.", "a timeline on the county website"),
    ("The storm will hit on Monday, the weather service bulletin said.", "the weather service bulletin"),
])
def test_an_alert_a_bulletin_a_timeline_are_texts(text, source):
    assert the(report_of(text), source).source_type == "document"


@pytest.mark.parametrize("text, source, type_", [
    # a title as the head after a body's name is a person's, not the body's
    ("The Harbor County sheriff said the road was closed.", "The Harbor County sheriff", "anonymous"),
    ("The Dunmore Fire chief said the blaze was out by noon.", "The Dunmore Fire chief", "anonymous"),
    # the body itself stays a body
    ("The Harbor County Sheriff's Office said the road was closed.", "The Harbor County Sheriff's Office",
     "organization"),
])
def test_a_title_after_a_bodys_name_is_a_person(text, source, type_):
    assert the(report_of(text), source).source_type == type_


def test_a_qualified_title_as_a_description_is_the_one_holder():
    report = report_of("Harbor County Sheriff Kevin Dale said the man fled.\n\n"
                       "The Harbor County sheriff added that the arrest was calm.")
    assert entry(report, the(report, "The Harbor County sheriff")) is entry(report, the(report,
                                                                                          "Harbor County Sheriff Kevin Dale"))


@pytest.mark.parametrize("text, name", [
    # an aside set off by dashes is no part of an unnamed source's name
    ("The Supreme Court justice -- who had clashed with the senator -- said she regretted it.",
     "The Supreme Court justice"),
    # a conjunct after the dash is
    ("Democrats — and some Republicans — said the bill was flawed.", "Democrats — and some Republicans"),
])
def test_an_unnamed_sources_name_leaves_out_a_dash_aside(text, name):
    report = report_of(text)
    assert [s.name for s in report.sources if s.type == "anonymous"] == [name]
