"""Who the source is and what kind, on unseen real news read in session 14: a dateline closed by a colon ("NEW DELHI:
...") is no source, and a name with an ampersand ("Stop & Shop") is a firm's. Short invented paragraphs, with
negatives."""

from __future__ import annotations

import pytest

from claimcheck.article import from_text

from reports import attributions, entry, report_of, the


# (first paragraph, the dateline lifted into the metadata, what the paragraph starts with afterwards)
@pytest.mark.parametrize("first, dateline, starts", [
    ("LOS ANGELES: A power failure delayed the delivery of several papers, according to a report.",
     "LOS ANGELES", "A power failure"),
    ("KARACHI: The city's water board said on Monday that supply would be cut for two days.", "KARACHI",
     "The city's water board"),
    ("LAHORE, Dec 3: The provincial cabinet approved the new budget after a long meeting.", "LAHORE",
     "The provincial cabinet"),
    # a headline's label, or a headline in title case after one, is no place
    ("EXCLUSIVE: In a memo to the council, the mayor says the budget is short.", None, "EXCLUSIVE:"),
    ("UPDATE: The bridge reopened on Monday after the repairs were finished.", None, "UPDATE:"),
    ("BOOM: Mayor Fires Back At Critics Over The New Budget Plan.", None, "BOOM:"),
    ("PORTVILLE: Council Votes To Close The Old Bridge For Good.", None, "PORTVILLE:"),
    # too short to be a story's first sentence, or a speaker's own words
    ("WALLACE: Thank you, sir.", None, "WALLACE:"),
    ("RUIZ: That is not what the report says at all.", None, "RUIZ:"),
    ("LEE: The council never showed me the report before the vote.", None, "LEE:"),
])
def test_a_colon_closed_dateline_opens_the_story(first, dateline, starts):
    document = from_text(first + "\n\nA second paragraph follows here.", path="a.txt")
    assert document.meta.dateline == dateline
    assert document.paragraphs[0].startswith(starts)


def test_a_colon_dateline_names_no_source():
    report = report_of("LOS ANGELES: A power failure delayed the delivery of several papers, according to a report."
                       "\n\nThe Harbor Times said the failure hit its presses.")
    assert "LOS ANGELES" not in [a.source for a in attributions(report)]
    assert the(report, "a report").source_type == "document"


def test_a_transcripts_turns_are_no_dateline():
    text = ("WALLACE: Senator, thank you for joining us this morning on the program.\n\n"
            "RUIZ: Thank you for having me, it is good to be here.")
    document = from_text(text, path="a.txt")
    assert document.meta.dateline is None and document.paragraphs[0].startswith("WALLACE:")


@pytest.mark.parametrize("text, source", [
    ("Stop & Shop said sales rose in the third quarter.", "Stop & Shop"),
    ("Harlow & Finch announced that prices would rise next month.", "Harlow & Finch"),
    # the census's given name before the ampersand is no person's either
    ("Johnson & Johnson said it would appeal the verdict.", "Johnson & Johnson"),
])
def test_an_ampersand_name_is_a_firm(text, source):
    report = report_of(text)
    found = the(report, source)
    assert found.source_type == "organization" and entry(report, found).type == "organization"


@pytest.mark.parametrize("text, source", [
    # a person's name with a given name stays a person's, whatever else the article names with "&"
    ("Dana Harlow, who founded Harlow & Finch, said prices would rise.", "Dana Harlow"),
    # no evidence at all: the engine's reading of a bare name stands
    ("Kestrow said talks would resume.", "Kestrow"),
])
def test_near_misses_of_the_firm_shapes_stay_people(text, source):
    report = report_of(text)
    assert the(report, source).source_type == "named_person"
