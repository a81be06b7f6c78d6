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
