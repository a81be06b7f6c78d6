"""Who the source is and what kind (sessions 10 and 11): a firm's bare name is a body when the article says so, a
definite description of a body joins the body named before it, and an aside of the sentence is no source's description.
Short invented paragraphs, one per pattern."""

from __future__ import annotations

import pytest

from claimcheck.roster import split_name_description

from reports import attributions, entry, report_of, the


# A firm's or brand's bare name, typed a surname by the engine, is a body when the article shows it one.
@pytest.mark.parametrize("text, source", [
    # "its" for it
    ("Brightwell said its profits had doubled. The results surprised investors.", "Brightwell"),
    # a company's suffix elsewhere in the article
    ("Shares of Tavrik Holdings Inc. fell on Monday.\n\nTavrik said the drop was temporary.", "Tavrik"),
    # a body's noun before its name, or in apposition
    ("The cuts were announced by the software company Quellor.\n\nQuellor said more would follow.", "Quellor"),
    ("Marrowby, a regional lender, closed ten branches. Marrowby said demand had fallen.", "Marrowby"),
    # "which" for it, as a clause's subject
    ("Dunmere, which makes boilers, moved its plant to Ohio. Dunmere said costs were lower there.", "Dunmere"),
    # what only a body has
    ("Orvane's chief executive resigned on Friday. Orvane said the search for a successor had begun.", "Orvane"),
    ("Hundreds of Kestrow workers walked out. Kestrow said talks would resume.", "Kestrow"),
    # a worker at it
    ("Lee Park, an analyst at Vantorre, said the merger was likely. Vantorre said it had no comment on rumours.",
     "Vantorre"),
    # unseen news (session 11): "its" after any verb, a ticker, "shares of", "-based", a suffix behind a glued dash
    ("Norland lowered its forecast for the year.\n\nNorland said sales fell in the quarter.", "Norland"),
    ("Brightwell Devices (Nasdaq: BRWD) saw a decline on Tuesday.\n\nBrightwell Devices said demand was weak.",
     "Brightwell Devices"),
    ("Shares of Brightwell Devices fell on Tuesday.\n\nBrightwell Devices said demand was weak.", "Brightwell Devices"),
    ("The deal lifted Ohio-based Marrowby Freight.\n\nMarrowby Freight said demand was strong.", "Marrowby Freight"),
    ("HARBOR CITY (Wire) --Tavrik Inc. shares fell 4 percent on Tuesday.\n\nTavrik said sales rose.", "Tavrik"),
])
def test_a_bare_name_the_article_shows_a_body_is_an_organization(text, source):
    report = report_of(text)
    found = the(report, source)
    assert found.source_type == "organization"
    assert entry(report, found).type == "organization" and entry(report, found).name.endswith(source)


def test_a_spokesperson_for_a_firm_by_its_bare_name_is_the_firm():
    report = report_of("Halloway, a regional lender, lost the case.\n\n"
                       "A spokeswoman for Halloway said the firm would appeal.")
    found = the(report, "A spokeswoman for Halloway")
    assert found.source_type == "organization" and found.spokesperson_for == "Halloway"


@pytest.mark.parametrize("text, source", [
    # a given name, a title or an initial before it somewhere: a person
    ("Tony Brightwell founded the Brightwell Group Inc. in 1990.\n\nBrightwell said its profits had doubled.",
     "Brightwell"),
    ("Mr. Dunmere, which is how staff address him, spoke first. Dunmere said costs were lower there.", "Dunmere"),
    ("Groberg, who served in the Army, spoke on Monday. Groberg said its rules were unfair.", "Groberg"),
    # no evidence at all: the engine's reading stands
    ("Kestrow said talks would resume.", "Kestrow"),
    # "its" after a verb whose subject is someone else, "-based" before a person's role
    ("Lena Ortiz said the board had cut its budget.\n\nOrtiz said the cuts were wrong.", "Ortiz"),
    ("The Boston-based writer Ana Ruiz joined the panel.\n\nRuiz said the panel was fair.", "Ruiz"),
    # "the company" is not a body's noun before the name: "the company Kestrow worked for" (a sentence opener there)
    ("Besides Halloway, nobody was in the room. Halloway said the meeting was short.", "Halloway"),
])
def test_a_name_written_as_a_persons_or_with_no_evidence_stays_a_person(text, source):
    found = the(report_of(text), source)
    assert found.source_type == "named_person"


# A definite description of a body joins the body named last before it, of a kind it can stand for; the link is
# marked uncertain unless the body's own noun is the description's and no generic one.
@pytest.mark.parametrize("text, description, name, certain", [
    ("Officials said there was urgency in planning strikes against Harbin Hezbollah, as the group, perhaps along "
     "with other militias, has threatened to escalate attacks.", "the group, perhaps along with other militias",
     "Harbin Hezbollah", False),
    ("Quellor Inc. said sales had fallen. The company said it would cut jobs.", "The company", "Quellor Inc.", False),
    ("Brightwell said its profits had doubled. The company said it would hire.", "The company", "Brightwell", False),
    ("The Widget Workers Union said the strike would go on. The union said members had voted.",
     "The union", "The Widget Workers Union", True),
    # a public body's acronym stands for its noun, unwritten: uncertainly
    ("The FBI's inquiry into the leak, which the bureau said was ongoing, has widened.", "the bureau", "FBI", False),
    # unseen news (session 11): a business's own noun for a business whose name says only that it is one, a body
    # the article shows one (a ticker) before anyone cites it, a body the running text shows one ("-based")
    ("Tavrik Software Corp.'s earnings were in line, but the business software maker said sales would slow.",
     "the business software maker", "Tavrik Software Corp.", False),
    ("Brightwell Devices (Nasdaq: BRWD) saw a decline on Tuesday. The chip company said demand would slow.\n\n"
     "Brightwell Devices reported earnings of $2 a share.", "The chip company", "Brightwell Devices", False),
    ("A downgrade sent shares of Boston-based Harbor Online down on Thursday.\n\n"
     "The company reported earnings of 15 cents a share.", "The company", "Harbor Online", False),
])
def test_a_definite_description_of_a_body_joins_the_body_named_before(text, description, name, certain):
    report = report_of(text)
    found = the(report, description)
    assert found.source_type == "organization" and entry(report, found).name == name
    mention = next(m for m in entry(report, found).mentions if m.attribution_id == found.id)
    assert mention.certain == certain
    assert entry(report, found).description is None  # "perhaps along with ..." describes nobody


@pytest.mark.parametrize("text, description", [
    # a place is no body a definite description stands for
    ("Cuba released the prisoners on Friday. The administration said it had not been told.", "The administration"),
    # a public body is no company
    ("The Justice Department said the case was closed. The company said it would appeal.", "The company"),
    # a specific noun does not join a body of another noun ("the airline" is not the bank)
    ("The Harbor Bank said the loan was repaid. The airline said it had no debts.", "The airline"),
    # a qualifier after the head, or a description inside a clause, is no definite description of one body
    ("Quellor said sales had fallen. The company in Ohio said it would cut jobs.", "The company in Ohio"),
    # a public body of a place is one whose name says that place ("the Russian government" is not the FBI)
    ("The FBI said the inquiry was open.\n\nThe Russian government said it had not been told.",
     "The Russian government"),
    # a business's own noun does not join a business of another noun ("the maker" is not the bank)
    ("The Harbor Bank said the loan was repaid. The software maker said it had no debts.", "The software maker"),
])
def test_a_definite_description_no_body_fits_stays_apart(text, description):
    report = report_of(text)
    found = the(report, description)
    assert entry(report, found).name.lower().startswith(description.split(",")[0].lower())


@pytest.mark.parametrize("source, person, name, description", [
    ("the group, perhaps along with other Shiite militias", False, "the group", None),
    ("liberal groups, including labor unions", False, "liberal groups", None),
    ("the agency's office, when contacted by Reuters", False, "the agency's office", None),
    ("Ana Ruiz, while speaking in Ohio", True, "Ana Ruiz", None),
    ("Ana Ruiz, however", True, "Ana Ruiz", None),
    # an apposition is a description, also after an adverb before its article
    ("Quellor, a private company", False, "Quellor", "a private company"),
    ("Ana Ruiz, now a paid commentator", True, "Ana Ruiz", "now a paid commentator"),
    ("Lee Park, who heads the union", True, "Lee Park", "who heads the union"),
    ("the commander, Lt. Gen. Tom Hale", True, "Lt. Gen. Tom Hale", "the commander"),
])
def test_an_aside_of_the_sentence_is_no_description(source, person, name, description):
    assert split_name_description(source, person=person) == (name, description)


# "Team Clinton" is the campaign, as "the Clinton team" is: a body, not a person named "Team Clinton".
@pytest.mark.parametrize("text, source, source_type", [
    ("Team Ruiz said the ads would run in Ohio.", "Team Ruiz", "organization"),
    ("The Ruiz team said the ads would run in Ohio.", "The Ruiz team", "organization"),
    ("Team Ruiz aides said the ads would run in Ohio.", "Team Ruiz aides", "anonymous"),
    ("Teresa Ruiz said the ads would run in Ohio.", "Teresa Ruiz", "named_person"),
])
def test_team_and_a_name_is_a_body(text, source, source_type):
    assert the(report_of(text), source).source_type == source_type


# The writer's own first person outside quotation marks (the reporter, the columnist, the paper) is no source.
@pytest.mark.parametrize("text", [
    "Each week, we ask 30 political experts who they think will win. Most picked Ruiz.",
    "We asked our readers which candidate won the debate.",
    "As I mentioned above, Ruiz won more than a million votes in the primary.",
    "This, I predict, will not end well for the council.",
    "When I asked him about the vote, Park said he had no regrets.",
])
def test_the_writers_own_first_person_is_no_source(text):
    report = report_of(text)
    writer = [a for a in attributions(report) if a.source.lower() in {"i", "we"}]
    assert writer and all(a.writer and a.source_id is None and not a.unresolved for a in writer)
    assert not [s for s in report.sources if s.name.lower() in {"i", "we"}]
    ids = {a.id for a in writer}
    claims = [c for p in report.paragraphs for c in p.claims]
    assert not [c for c in claims if ids & set(c.sourced_by)]  # a source for nothing
    assert report.summary.writer_voice == len(writer)


def test_a_claim_only_the_writer_carries_is_the_authors_own_word_not_an_orphan():
    report = report_of("Each week since September, we have asked 30 political experts to rank the candidates.")
    claim = next(c for p in report.paragraphs for c in p.claims)
    assert claim.basis == "author_argument" and not claim.orphan and not claim.sourced_by
    assert "the writer's own first person" in claim.reasons[0]  # not "an opinion piece": a news story's writer
    assert not [f for f in report.summary.flags if f.code.startswith("anonymous")]


@pytest.mark.parametrize("text, pronoun", [
    # a first person introducing quoted words, inside a quotation, or in a transcript's turn keeps its cue
    ("“Your honor,” I said, “I was seventeen when I arrived.”", "I"),
    ("“We said the plant would close, and we meant it,” Ruiz told reporters. “We warned them.”", None),
    ("RUIZ: I said the plant would close, and I meant it.", "I"),
    ("Q: Did you expect to win?\n\nI said from the start that we would win Ohio.", "I"),
])
def test_a_first_person_quoted_or_in_a_transcript_is_still_read(text, pronoun):
    report = report_of(text)
    if pronoun is not None:
        found = [a for a in attributions(report) if a.source == pronoun]
        assert found and not any(a.writer for a in found)
    else:
        assert any(a.source == "Ruiz" for a in attributions(report))


# A role with its owner before it joins the one person who holds that title (session 11, unseen news): a place's or
# a body's ("Iran's foreign minister", named in the next paragraph as "Iranian Foreign Minister ..."), surely, when
# nothing but that owner qualifies the holder's title; a pronoun's ("His attorney"), uncertainly.
@pytest.mark.parametrize("text, role, name, certain", [
    ("Iran's foreign minister said on Sunday the talks would go on.\n\n"
     "Iranian Foreign Minister Ali Farsan said Iran was willing to open its sites.", "Iran's foreign minister",
     "Ali Farsan", True),  # (the qualified title is the description: session 14)
    ("Ohio's governor said the bridge would reopen.\n\nGov. Dana Whitlow said the repairs were done.",
     "Ohio's governor", "Gov. Dana Whitlow", True),
    ("An Ohio man pleaded not guilty Wednesday. His attorney said the charges were weak.\n\n"
     "Defense attorney Craig Dunmore said some charges \"cannot be disputed.\"", "His attorney", "Craig Dunmore", False),
])
def test_a_possessed_role_joins_its_one_holder(text, role, name, certain):
    report = report_of(text)
    found = the(report, role)
    assert found.source_type == "named_person" and entry(report, found).name == name
    mention = next(m for m in entry(report, found).mentions if m.attribution_id == found.id)
    assert mention.certain == certain and mention.resolution == "role"


@pytest.mark.parametrize("text, role", [
    # another owner qualifies the holder's title
    ("Ohio's governor said the bridge would reopen.\n\nTexas Gov. Dana Whitlow said the repairs were done.",
     "Ohio's governor"),
    # two holders: either
    ("His attorney said the charges were weak.\n\nDefense attorney Craig Dunmore said the trial would start in May. "
     "Prosecution attorney Lena Ortiz said it would last a week.", "His attorney"),
    # a group's role is no one person
    ("Her aides said the speech was ready.\n\nAide Craig Dunmore said it was short.", "Her aides"),
    # a pronoun's relative or friend may be anyone's: only a trade that speaks for a client joins
    ("\"He was kind,\" his friend Lee Park told the paper.\n\nThe pilot had flown for years, his childhood friend "
     "said.", "his childhood friend"),
])
def test_a_possessed_role_with_no_one_holder_stays_apart(text, role):
    report = report_of(text)
    assert entry(report, the(report, role)).name == role


# A person cited by surname alone is named by the one full form the running text gives the surname, its titles the
# description (session 11, unseen news); nothing else about the source moves.
@pytest.mark.parametrize("text, source, name, description", [
    ("Sheriff Brent Dickson presented a request to the board.\n\n\"This will pay for the overtime,\" Dickson said.",
     "Dickson", "Brent Dickson", "Sheriff"),
    ("The pitcher left after three innings. His groin was sore, team manager A.J. Tolland.\n\n"
     "\"He was sore,\" Tolland said.", "Tolland", "A.J. Tolland", "manager"),  # (the role word before the initials: session 14)
    ("The proposal came from Harbor Sausage President Roger Wilmot.\n\nWilmot said the plan was sound.",
     "Wilmot", "Roger Wilmot", "Harbor Sausage President"),
    # a title that runs on through "of" is whole, not its last capitalised word
    ("Officials, including Secretary of State Lena Marsh, want a deal.\n\nMarsh said the talks would resume.",
     "Marsh", "Lena Marsh", "Secretary of State"),
    ("The plan came from Minister for the Environment Ana Ruiz.\n\nRuiz said it was sound.",
     "Ruiz", "Ana Ruiz", "Minister for the Environment"),
])
def test_a_surname_takes_the_full_name_the_text_gives(text, source, name, description):
    report = report_of(text)
    found = the(report, source)
    assert entry(report, found).name == name and entry(report, found).description == description
    assert found.source_type == "named_person"


@pytest.mark.parametrize("text, source", [
    # two full forms of the surname: either
    ("Bill Harlan and Ana Harlan ran the shop.\n\nHarlan said the shop would close.", "Harlan"),
    # none
    ("The shop closed on Monday.\n\nHarlan said it would not reopen.", "Harlan"),
    # one of another gender than the honorific's
    ("Bill Harlan ran the shop for years.\n\nMrs. Harlan said it would close.", "Mrs. Harlan"),
])
def test_a_surname_with_no_one_full_form_keeps_its_name(text, source):
    report = report_of(text)
    assert entry(report, the(report, source)).name == source


def test_one_document_cited_twice_in_its_words_is_one_source():
    report = report_of("Citing unnamed sources, a report by the Daily Tide said the mayor would resign.")
    cited = [a for a in attributions(report) if a.source == "a report by the Daily Tide"]
    assert len(cited) == 2 and cited[0].source_id == cited[1].source_id


# A document is known by its head noun, before what qualifies it ("a news release from the sheriff" is a release),
# so a later definite "the release" is the same document (the lead, session 11, unseen news).
@pytest.mark.parametrize("text, first, later", [
    ("According to a news release from the county sheriff, three people were hurt.\n\n"
     "One person is in custody, according to the news release.", "a news release from the county sheriff",
     "the news release"),
    ("A report by the state auditor found the fund was short.\n\nThe report also said warnings were ignored.",
     "A report by the state auditor", "The report"),
    ("A memo released by the agency said the plan failed.\n\nThe memo said costs doubled.",
     "A memo released by the agency", "The memo"),
])
def test_a_definite_document_joins_the_one_named_before(text, first, later):
    report = report_of(text)
    assert the(report, later).source_id == the(report, first).source_id


def test_documents_of_different_kinds_stay_apart():
    report = report_of("A review of county filings by the Ledger found gaps.\n\nThe filings said the fund was short.")
    assert the(report, "The filings").source_id != the(report, "A review of county filings by the Ledger").source_id


@pytest.mark.parametrize("text, source", [
    ("The petition said residents wanted a vote.", "The petition"),
    ("According to rules of the hearing, the witness could not be named.", "rules of the hearing"),
])
def test_petitions_and_rules_are_documents(text, source):
    assert the(report_of(text), source).source_type == "document"


# Unseen news, held out (session 11): a retailer by its short name, a nationality before a body's noun, a ticker
# after a name, a person's lawyers.
@pytest.mark.parametrize("text, description, name", [
    ("Harbor Stores Inc. said sales rose.\n\nThe U.S. retailer said it would hire.", "The U.S. retailer",
     "Harbor Stores Inc."),
    ("Dorran's Corp. said sales rose.\n\nAnalysts liked them. Short interest in Dorran's fell, the data show. "
     "The retailer said it would not change its plan.", "The retailer", "Dorran's Corp."),
])
def test_a_body_by_a_short_name_or_a_nationality_is_found(text, description, name):
    report = report_of(text)
    assert entry(report, the(report, description)).name == name


def test_a_ticker_is_no_part_of_a_bodys_name():
    report = report_of("Harbor Stores Inc (NYSE:HBS) told investors that sales were improving.")
    assert entry(report, attributions(report)[0]).name == "Harbor Stores Inc"


def test_a_persons_lawyers_speak_for_the_person_on_record():
    report = report_of("Dean Harlan was sentenced on Wednesday. Prosecutors urged six years while his lawyers said "
                       "he should get two.")
    found = the(report, "his lawyers")
    assert found.source_type == "named_person" and found.spokesperson_for == "Dean Harlan"


@pytest.mark.parametrize("text, source, source_type", [
    # a capitalised plural after "The" is a team or a body by its members' name ...
    ("Harbor Tigers pitcher Lee Park left the game.\n\nThe Tigers said he had a sore calf.", "The Tigers", "organization"),
    # ... unless the article names a person by its singular: a family
    ("Ana Harlan spoke on Monday.\n\nThe Harlans said they would give the money away.", "The Harlans", "named_person"),
])
def test_the_plural_of_a_name_is_a_team_unless_a_person_bears_it(text, source, source_type):
    assert the(report_of(text), source).source_type == source_type


@pytest.mark.parametrize("text, short, name", [
    ("Tavrik Software Corp. said sales rose.\n\nTavrik said it would hire.", "Tavrik", "Tavrik Software Corp."),
])
def test_a_business_by_its_names_first_word_is_the_business(text, short, name):
    report = report_of(text)
    assert entry(report, the(report, short)).name == name


def test_a_place_is_no_business_of_its_name():
    report = report_of("Washington Harbor Co. said sales rose.\n\nWashington said it would act.")
    assert entry(report, the(report, "Washington")).name == "Washington"
