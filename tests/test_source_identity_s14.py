"""Who the source is and what kind, on unseen real news read in session 14: a dateline closed by a colon ("NEW DELHI:
...") is no source, and a name with an ampersand ("Stop & Shop") is a firm's. Short invented paragraphs, with
negatives."""

from __future__ import annotations

import pytest

from claimcheck.article import from_text
from claimcheck.roster import split_name_description

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
    # a title-cased line with its label may be lifted whole as the headline (metadata._title_cased): still no place
    assert document.paragraphs[0].startswith(starts) \
        or dateline is None and (document.meta.title or "").startswith(starts)


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


# ---------------------------------------------------------------- second step (rules 1.97)

@pytest.mark.parametrize("text, source", [
    # an agency's name the lexicon knows opens a sentence: no plural of people
    ("Reuters reported that the talks had failed.", "Reuters"),
    ("Reuters said on Monday that the plant would close.", "Reuters"),
])
def test_a_known_bodys_name_opening_a_sentence_is_the_body(text, source):
    assert the(report_of(text), source).source_type == "organization"


def test_a_given_name_alone_is_the_one_person_with_that_given_name():
    report = report_of("The victim's wife, Rosa Delmar, said the couple had been cooking.\n\n"
                       "\"He rang the bell,\" Rosa told a reporter. She said it was late.")
    assert entry(report, the(report, "Rosa")).name == "Rosa Delmar"
    assert entry(report, the(report, "She")).name == "Rosa Delmar"


@pytest.mark.parametrize("text, alone, meant", [
    # two people with that given name: the given name alone stays apart
    ("Rosa Delmar said the plan was late.\n\nRosa Ibanez said the plan was fine.\n\nRosa said the vote was close.",
     "Rosa", "Rosa"),
    # the surname alone goes on meaning the one the story calls by it, not the one it calls by a given name
    ("Betsy Lund said the trip was long. Her husband, Tom Lund, agreed with her.\n\n\"We drove all night,\" Tom "
     "said.\n\n\"It was worth it,\" Lund said.", "Lund", "Betsy Lund"),
])
def test_near_misses_of_the_given_name_join(text, alone, meant):
    report = report_of(text)
    assert entry(report, the(report, alone)).name == meant


@pytest.mark.parametrize("text, source, type_, name", [
    # "the paper" after a newspaper named before it is that newspaper
    ("The Harbor Times reported on Monday that the mayor would resign.\n\nThe paper cited two aides.", "The paper",
     "organization", "The Harbor Times"),
    ("The LA Ledger Times said the plant would close.\n\nThe paper said workers were told on Friday.", "The paper",
     "organization", "The LA Ledger Times"),
    # with no newspaper before it, a paper is a text
    ("A study by Harbor University found the drug worked.\n\nThe paper said more tests were needed.", "The paper",
     "document", "The paper"),
])
def test_the_paper_is_the_newspaper_named_before_it(text, source, type_, name):
    report = report_of(text)
    found = the(report, source)
    assert found.source_type == type_ and entry(report, found).name == name


@pytest.mark.parametrize("first, starts", [
    ("(CNN)A suspect was held on Monday, police said.", "A suspect"),
    ("(Reuters) - Stocks fell on Monday, traders said.", "Stocks fell"),
    ("(Photo by Ana Ruiz) The mayor spoke on Monday.", "(Photo by Ana Ruiz)"),  # a credit, no agency's tag
])
def test_an_agencys_tag_alone_opens_the_story(first, starts):
    document = from_text(first + "\n\nA second paragraph follows here.", path="a.txt")
    assert document.paragraphs[0].startswith(starts)


@pytest.mark.parametrize("text", [
    "I recently wrote a column in which I gave the council a piece of my mind.",
    "We also reported last week that the mayor had left.",
])
def test_the_writers_first_person_past_an_adverb(text):
    found = attributions(report_of(text))
    assert found and found[0].writer


def test_two_titles_joined_before_one_name_are_one_person():
    report = report_of("\"Sales fell,\" Tavrik President and CEO Dana Lowe told reporters.\n\n\"We will recover,\" "
                       "Lowe said.")
    people = [s for s in report.sources if s.type == "named_person"]
    assert len(people) == 1 and people[0].description == "Tavrik President and CEO"


# ---------------------------------------------------------------- third step

@pytest.mark.parametrize("source, name, description", [
    # a place's or a body's name before a title says whose title it is: the person is the name, the title the role
    ("Colbert County Sheriff Frank Williamson", "Frank Williamson", "Colbert County Sheriff"),
    ("Arkansas State Police Col. Mike Hagar", "Mike Hagar", "Arkansas State Police Col."),
    ("Senate Majority Leader Mitch McConnell", "Mitch McConnell", "Senate Majority Leader"),
    # a title that opens the phrase, or a title phrase of title words only, stays with the name
    ("Sheriff Kenneth Sealey", "Sheriff Kenneth Sealey", None),
    ("Vice President Joe Biden", "Vice President Joe Biden", None),
    ("Defense Secretary Mark T. Esper", "Defense Secretary Mark T. Esper", None),
    # a title that runs on past its title words ("General Counsel") is no qualified title
    ("FBI General Counsel James A. Baker", "FBI General Counsel James A. Baker", None),
    # the person's name ends a phrase with "of": no body before "of" is the name
    ("Ohio Department of Health Director Dr. Amy Acton", "Health Director Dr. Amy Acton", "Ohio Department of"),
    ("Ana Ruiz of the Harbor Times", "Ana Ruiz", "of the Harbor Times"),
])
def test_a_qualified_title_is_the_persons_description(source, name, description):
    assert split_name_description(source) == (name, description)


def test_a_qualified_titles_person_is_one_entry_named_by_the_name():
    report = report_of("Colbert County Sheriff Frank Williamson said the chase ended in the woods.\n\n"
                       "\"This could have ended badly,\" Williamson said. The sheriff said nobody was hurt.")
    found = the(report, "Colbert County Sheriff Frank Williamson")
    person = entry(report, found)
    assert (person.name, person.description) == ("Frank Williamson", "Colbert County Sheriff")
    assert entry(report, the(report, "Williamson")) is person and entry(report, the(report, "The sheriff")) is person


@pytest.mark.parametrize("text, source", [
    # a business's definite description as the next sentence's speaker stands for the bare name before it
    ("Harlowe said it would close ten stores this year.\n\nThe retail giant said demand had fallen.", "Harlowe"),
    ("Quellex told reporters the recall was voluntary. The company said no one was hurt.", "Quellex"),
])
def test_a_bare_name_the_next_sentence_calls_a_business_is_one(text, source):
    report = report_of(text)
    found = the(report, source)
    assert found.source_type == "organization" and entry(report, found).type == "organization"


@pytest.mark.parametrize("text, source", [
    # the article writes the name as a person's: no body, whatever follows
    ("Dana Harlowe said the store would close.\n\nHarlowe said it was sad. The company said demand had fallen.",
     "Harlowe"),
    # not the next sentence's speaker: a business named in it is no evidence
    ("Kestrow said talks would resume. Workers at the company said they were tired.", "Kestrow"),
])
def test_near_misses_of_the_next_sentences_business(text, source):
    assert the(report_of(text), source).source_type == "named_person"


def test_a_giant_of_a_trade_is_a_body():
    report = report_of("The online retail giant reported higher sales on Thursday.")
    assert the(report, "The online retail giant").source_type == "organization"


# ---------------------------------------------------------------- fourth step

def test_a_dotted_acronym_before_a_noun_is_its_modifier():
    # "the U.S. officials": no body "U.S." for "it" to stand for; "it" is the outlet
    report = report_of("The breach was found in recent months, according to the Harbor Times. Citing the U.S. "
                       "officials, it said the firm had hired investigators.")
    said = next(a for a in attributions(report) if a.source == "it" and a.cue == "said")
    assert entry(report, said).name == "the Harbor Times"
    assert "U.S." not in [s.name for s in report.sources]


@pytest.mark.parametrize("text, name", [
    ("Tavrik Corp. (NYSE: TVK) today announced that its results would be lower.", "Tavrik Corp."),
    ("Harbor Freightways on Monday said that its drivers would strike.", "Harbor Freightways"),
])
def test_a_bodys_name_leaves_out_its_ticker_and_day(text, name):
    report = report_of(text)
    assert [s.name for s in report.sources if s.type == "organization"] == [name]
