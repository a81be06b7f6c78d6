"""Source types and what an anonymous source says about itself."""

import pytest

from .conftest import only

TYPES = [
    ("Michael Reyes said the plant would close.", "named_person"),
    ("Lt. Gen. Ana Pike wrote that the plan was risky.", "named_person"),
    ("The commander, Col. Eli Marsh, said the road was open.", "named_person"),
    ("Karim al-Sadi said the talks had failed.", "named_person"),
    ("The Pentagon said the drill was routine.", "organization"),
    ("The Interior Ministry said the camp was closed.", "organization"),
    ("The company said sales had fallen.", "organization"),
    ("A spokeswoman for the airline said flights were cancelled.", "organization"),
    ("The memo said the budget was exhausted.", "document"),
    ("The directive said the units should move.", "document"),
    ("A statement from the club said the coach had resigned.", "document"),
    ("Two officials said the order was signed.", "anonymous"),
    ("Sources said the deal was close.", "anonymous"),
    ("People familiar with the plan said it was delayed.", "anonymous"),
    ("Engineers said the dam was sound.", "anonymous"),
    # a person named in apposition to a role, or with a surname that is also a place
    ("The mayor's spokesman, Arvid Sell, said the road was open.", "named_person"),
    ("The town's two councillors, Ana and Luis Brenner, said the road was open.", "named_person"),
    ("Sen. Carl Paris (D-Ore.) said the bill would pass.", "named_person"),
    ("Dana Law, a former aide to the mayor, said the bill would pass.", "named_person"),
    # an apposition after "of the X" describes X, not the person
    ("Omar Reyes of the Lantern Group, a consulting firm, said the deal was off.", "named_person"),
    ("Lena Ostrova, a farmer and president of the Grain Council, said prices fell.", "named_person"),
    # the head before "of" decides, unless it is a count ("one of the aides")
    ("A recent poll of Ohio voters found that the senator trails.", "document"),
    ("A member of the city council said the vote was rushed.", "anonymous"),
    ("One of the aides said the vote was rushed.", "anonymous"),
    # a company's name is not a person's: a capital inside a long stem, or a web domain
    ("BrightPath said sales had fallen.", "organization"),
    ("Newsdesk.com reported that the mayor resigned.", "organization"),
    ("VanderZee said sales had fallen.", "named_person"),
    ("McAllister said sales had fallen.", "named_person"),
    # a transcript turn in capitals
    ("ANA RUIZ: We are ready to vote.", "named_person"),
    # a unique office without its holder's name identifies one accountable person: not anonymous
    ("The county's top prosecutor said the charges would stand.", "named_person"),
    ("The province's chief health inspector said the well was safe.", "named_person"),
    ("The town's mayor said the road would reopen.", "named_person"),
    ("Dorvania's chief election officer said turnout was low.", "named_person"),
    # several, one of many, indefinite, or a person's aide: no unique office
    ("The county's top officials said the charges would stand.", "anonymous"),
    ("A county's top prosecutor said the charges would stand.", "anonymous"),
    ("The company's lawyer said the charges would stand.", "anonymous"),
    ("The agency's chief lawyer, who asked not to be named, said the charges would stand.", "anonymous"),
    ("The charges would stand, said the agency's chief lawyer, speaking on condition of anonymity.", "anonymous"),
]


@pytest.mark.parametrize("text,expected", TYPES)
def test_source_types(analyse, text, expected):
    assert analyse(text).attributions[0].source_type == expected


# A group that names a member is a named source: a named, accountable person stands behind the words
# (docs/accuracy.md, "Groups and their members"). (earlier paragraph or None, paragraph, type)
GROUPS = [
    ("Rep. Omar Lind spoke first.", "Lind and other top officials have called for a vote.", "named_person"),
    (None, "Lind and his rivals for the nomination have said the tax is too high.", "named_person"),
    (None, "Officials, including Ana Ruiz, said the plan failed.", "named_person"),
    (None, "Army leaders, including Gen. Lee Park and Col. Omar Diaz, have said the road is closed.",
     "named_person"),
    # no person among them: places, bodies, or people not named
    (None, "Officials in two states, including Ohio and Maine, have said the rule is unfair.", "anonymous"),
    (None, "Businesses and residents said the outage hurt.", "anonymous"),
    (None, "Farmers and other residents said the road flooded.", "anonymous"),
    (None, "Iran and its allies have said the deal is dead.", "organization"),
    (None, "A 2013 study by economists Ana Ruiz and Lee Park found that jobs fell.", "document"),
]


@pytest.mark.parametrize("before,text,expected", GROUPS)
def test_a_group_that_names_a_member_is_named(analyse, before, text, expected):
    if before:
        analyse(before)
    assert analyse(text).attributions[0].source_type == expected


ANONYMOUS = [
    # (paragraph, count, affiliation, basis, reason_given)
    ("Two senior administration officials said the talks had stalled.", "two", "administration", None, False),
    ("Several US officials with direct knowledge of the talks said they had stalled.", "several", "US",
     "with direct knowledge of the talks", False),
    ("The talks had stalled, according to three diplomats who attended the meeting.", "three", None,
     "who attended the meeting", False),
    ("A senior US military official, who spoke on condition of anonymity to discuss internal plans, said the "
     "troops would stay.", "a", "US military", None, True),
    ("Officials said the plan was final.", None, None, None, False),
    ("People familiar with the matter said the sale was off.", None, None, "familiar with the matter", False),
]


@pytest.mark.parametrize("text,count,affiliation,basis,reason_given", ANONYMOUS)
def test_anonymous_details(analyse, text, count, affiliation, basis, reason_given):
    attribution = analyse(text).attributions[0]
    assert attribution.source_type == "anonymous"
    details = attribution.anonymous
    assert (details.count, details.affiliation, details.basis, details.reason_given) == (
        count, affiliation, basis, reason_given)


def test_named_sources_carry_no_anonymous_details(analyse):
    assert analyse("Mayor Jo Park said the park would reopen.").attributions[0].anonymous is None


def test_pronoun_takes_the_type_of_the_nearest_earlier_source(analyse):
    analyse("A senior police official said the suspect had fled.")
    pronoun = only(analyse("He said officers were searching the woods.").attributions, source="He")
    assert pronoun.source_type == "anonymous"


def test_the_official_resolves_to_an_earlier_mention(analyse):
    analyse("Commissioner Dale Ruiz said the budget was cut.")
    later = analyse("The commissioner said more cuts were coming.").attributions[0]
    assert later.source_type == "named_person"


def test_it_resolves_to_an_organization(analyse):
    analyse("The ministry said the border was closed.")
    assert analyse("It said the closure was temporary.").attributions[0].source_type == "organization"


def test_a_role_without_a_name_stays_anonymous_until_the_story_names_it(analyse):
    assert analyse("The Democratic nominee said the debate was rigged.").attributions[0].source_type == "anonymous"
    analyse("Senator Ann Ray, the Green nominee, said the polls were wrong.")
    assert analyse("The nominee said the debate was fair.").attributions[0].source_type == "named_person"


# Who and what kind on unseen news (docs/accuracy.md, "Datelines, demonstratives, members"): each row is
# (earlier paragraph or None, paragraph, the first attribution's source, its type).
SOURCES_ON_NEWS = [
    # a dateline that opens a paragraph is no source
    (None, "OSLO, May 3 (Wire) — The port chief, Ana Ruiz, voiced doubts on Friday, saying the ships were late.",
     "The port chief, Ana Ruiz", "named_person"),
    (None, "OSLO — Sen. Lee Park (D-Ohio) said the bill would pass.", "Sen. Lee Park (D-Ohio)", "named_person"),
    # a demonstrative before a noun is part of the source; before a time it is not
    (None, "This source told reporters the deal was off.", "This source", "anonymous"),
    (None, "That person said the talks were tense.", "That person", "anonymous"),
    (None, "These analysts said the deal was off.", "These analysts", "anonymous"),
    (None, "This week Ana Ruiz said the deal was off.", "Ana Ruiz", "named_person"),
    # a surname that is also a word, after the person was named
    ("Omar Law, a former aide, said the plan was sound.", "Law said the vote was close.", "Law", "named_person"),
    (None, "The law said the vote must be public.", "The law", "document"),
    # unnamed members of a named body are unnamed people, not the body on record
    (None, "Members of the Harbor Council called for a vote.", "Members of the Harbor Council", "anonymous"),
    (None, "Two members of the Senate said the vote was rushed.", "Two members of the Senate", "anonymous"),
    (None, "The Harbor Council said the vote was rushed.", "The Harbor Council", "organization"),
    (None, "A member of the council, Ana Ruiz, said the vote was rushed.", "A member of the council, Ana Ruiz",
     "named_person"),
    # an adverb or correlative that opens the sentence is no part of its subject
    (None, "Now Ana Ruiz says the deal is off.", "Ana Ruiz", "named_person"),
    (None, "Both Ana Ruiz and Lee Park criticized the plan.", "Ana Ruiz and Lee Park", "named_person"),
    (None, "Both men said the deal was off.", "Both men", "anonymous"),
    # a law or document by its name is a document, and two laws are two
    (None, "The Harbor Privacy Act says records must be kept.", "The Harbor Privacy Act", "document"),
    (None, "The Constitution says the vote must be public.", "The Constitution", "document"),
    (None, "The First Amendment says nothing of it.", "The First Amendment", "document"),
    (None, "Dana Law said the vote must be public.", "Dana Law", "named_person"),
    # a body named in apposition to its noun, or by a name with an article, is an organization
    (None, "The ruling party, Harbor Unity, said it had won.", "The ruling party, Harbor Unity", "organization"),
    (None, "The union, the Harbor Pilots League, said yes.", "The union, the Harbor Pilots League", "organization"),
    (None, "The Harbor Beacon reported that the mayor resigned.", "The Harbor Beacon", "organization"),
    (None, "Harbor Rights Watch said the port was unsafe.", "Harbor Rights Watch", "organization"),
    # an outlet by its name is an organization, though its last word is also a document's ("post")
    (None, "The Harbor Post reported that the mayor resigned.", "The Harbor Post", "organization"),
    ("The Harbor Post ran the story.", "The Post said the mayor resigned.", "The Post", "organization"),
    (None, "A Harbor Post analysis found that the mayor resigned.", "A Harbor Post analysis", "document"),
    (None, "The post said the mayor resigned.", "The post", "document"),
    (None, "The Senator said the port was unsafe.", "The Senator", "named_person"),
    (None, "The Wisconsin Republican said the port was unsafe.", "The Wisconsin Republican", "named_person"),
    (None, "The more cautious Ruiz said the port was unsafe.", "The more cautious Ruiz", "named_person"),
    # an acronym in capitals is a name, though it spells a function word
    (None, "The outbreak is contained, according to the WHO.", "the WHO", "organization"),
    (None, "The WHO said the outbreak was contained.", "The WHO", "organization"),
    # a name's possessive goes on to what it possesses
    (None, "Norway's port chief, Ana Ruiz, voiced doubts, saying the ships were late.",
     "Norway's port chief, Ana Ruiz", "named_person"),
]


# Who a source is on unseen news (docs/accuracy.md, session 7): a share of people, a quantifier or an indefinite
# pronoun names nobody; a head noun for people is no organization; a spokesperson speaks for a body or a person.
# (earlier paragraph or None, paragraph, the first attribution's source, its type)
SHARES_PEOPLE_AND_SPOKESPEOPLE = [
    # a share of people, whatever capitals follow it
    (None, "The vote was close. Nearly half said the pier should close.", "Nearly half", "anonymous"),
    (None, "The vote was close. Half of Harbor Democrats said the pier should close.", "Half of Harbor Democrats",
     "anonymous"),
    (None, "The vote was close. Almost everyone said the pier should close.", "Almost everyone", "anonymous"),
    (None, "The vote was close. Everybody said the pier should close.", "Everybody", "anonymous"),
    (None, "The vote was close. Nobody said the pier should close.", "Nobody", "anonymous"),
    (None, "The vote was close. Nearly three in four said the pier should close.", "Nearly three in four",
     "anonymous"),
    (None, "The vote was close. Nine out of 10 Harbor voters said the pier should close.",
     "Nine out of 10 Harbor voters", "anonymous"),
    (None, "The vote was close. Two-thirds of Harbor insiders said the pier should close.",
     "Two-thirds of Harbor insiders", "anonymous"),
    (None, "The vote was close. One of the prosecutors said the pier should close.", "One of the prosecutors",
     "anonymous"),
    (None, "The vote was close. Most of the banks said the pier should close.", "Most of the banks",
     "organization"),
    # a count before a capitalised plural or a party's member: unnamed people, no person's name
    (None, "The vote was close. Many Latinos said the pier should close.", "Many Latinos", "anonymous"),
    (None, "The vote was close. Some Harborites said the pier should close.", "Some Harborites", "anonymous"),
    (None, "The vote was close. One Ohio Democrat said the pier should close.", "One Ohio Democrat", "anonymous"),
    (None, "“It is over,” said a Nevada Republican.", "a Nevada Republican", "anonymous"),
    (None, "A Democrat familiar with the talks said the pier should close.", "A Democrat familiar with the talks",
     "anonymous"),
    (None, "The vote was close. Two Harbor Committees said the pier should close.", "Two Harbor Committees",
     "organization"),
    ("Ana Brenner said the pier was safe.", "Both Brenners said the pier should close.", "Both Brenners",
     "named_person"),
    # a head noun for people after a name is unnamed people, not an institution
    (None, "Some Ruiz allies said the pier should close.", "Some Ruiz allies", "anonymous"),
    (None, "Lindqvist fans said the pier should close.", "Lindqvist fans", "anonymous"),
    (None, "Several prominent GOP elders said the pier should close.", "Several prominent GOP elders", "anonymous"),
    (None, "The vote was close. Harbor Union allies said the pier should close.", "Harbor Union allies",
     "organization"),
    (None, "A retired customer service representative said the pier should close.",
     "A retired customer service representative", "anonymous"),
    (None, "Union representatives said the pier should close.", "Union representatives", "organization"),
    (None, "Several delegates backing Ana Ruiz declined to comment.", "Several delegates backing Ana Ruiz",
     "anonymous"),
    # a spokesperson speaks for a body, or for a person, who is then the source on record
    (None, "A spokesman for the Harbor Authority said the pier was unsafe.", "A spokesman for the Harbor Authority",
     "organization"),
    (None, "A spokeswoman for Sen. Lee Park said the pier was unsafe.", "A spokeswoman for Sen. Lee Park",
     "named_person"),
    ("Ana Ruiz said the pier was safe.", "A Ruiz spokesman said the pier was unsafe.", "A Ruiz spokesman",
     "named_person"),
    (None, "A Ruiz campaign spokesman said the pier was unsafe.", "A Ruiz campaign spokesman", "organization"),
]


@pytest.mark.parametrize("before,text,source,source_type", SHARES_PEOPLE_AND_SPOKESPEOPLE)
def test_shares_people_and_spokespeople(analyse, before, text, source, source_type):
    if before:
        analyse(before)
    attribution = analyse(text).attributions[0]
    assert (attribution.source, attribution.source_type) == (source, source_type)


@pytest.mark.parametrize("text, speaks_for", [
    ("A spokeswoman for Sen. Lee Park said the pier was unsafe.", "Sen. Lee Park"),
    ("A spokesman for the Harbor Authority said the pier was unsafe.", "Harbor Authority"),
    # named in the phrase: no unnamed spokesperson
    ("A spokeswoman for Sen. Lee Park, Ana Ruiz, said the pier was unsafe.", None),
    ("Harbor spokeswoman Ana Ruiz said the pier was unsafe.", None),
])
def test_whom_a_spokesperson_speaks_for(analyse, text, speaks_for):
    assert analyse(text).attributions[0].spokesperson_for == speaks_for


@pytest.mark.parametrize("before,text,source,source_type", SOURCES_ON_NEWS)
def test_who_and_what_kind_on_news(analyse, before, text, source, source_type):
    if before:
        analyse(before)
    attribution = analyse(text).attributions[0]
    assert (attribution.source, attribution.source_type) == (source, source_type)


def test_unnamed_members_name_their_body_as_affiliation(analyse):
    attribution = analyse("Members of the Harbor Council called for a vote.").attributions[0]
    assert attribution.anonymous.affiliation == "Harbor Council"


@pytest.mark.parametrize(
    "word, acronym",
    [("WHO", True), ("U.S.", True), ("AT&T", True), ("G7", True), ("KING-TV", True), ("IT", True),
     # a word set in capitals (an all-caps headline's) is no acronym; nor is an initial or a number
     ("IT'S", False), ("DON'T", False), ("O'BRIEN", False), ("A.", False), ("I", False), ("2020", False),
     ("Who", False), ("G-", False)],
)
def test_one_acronym_test_for_phrases_and_roster(word, acronym):
    from claimcheck import roster
    from claimcheck.engines.rules import phrases

    assert phrases.is_acronym(word) is acronym
    assert roster.is_acronym is phrases.is_acronym  # the roster reads the same test, it has none of its own


# Where a source starts and stops on unseen news (docs/accuracy.md, session 6): (paragraph, the first
# attribution's source, its type).
SOURCE_BOUNDS = [
    # a focusing adverb or a clause's opening word is no part of the source
    ("Even Lena Ostrova said the plan was risky.", "Lena Ostrova", "named_person"),
    ("The port is failing, according to even his own supporters.", "his own supporters", "anonymous"),
    ("Only 24 percent said the mayor did nothing wrong.", "24 percent", "anonymous"),
    # (set off by commas, "And Ruiz, said Park, who ..., is tired" is Park's: test_speech_s16.py)
    ("And Ruiz said Park, who remains her friend, is tired.", "Ruiz", "named_person"),
    ("Some defenders of the port, like Lee Park, a pilot, also acknowledge that it is failing.",
     "Lee Park, a pilot", "named_person"),
    # a sentence that opens with a subordinate clause: the participle reports the main clause's subject
    ("Although Bloomberg is not a candidate, Ruiz sent a letter, suggesting he should stay out.", "Ruiz",
     "named_person"),
    # a past form before a name is its verb after a subject, a participle otherwise
    ("He knocked Park for not reporting loans from the bank.", "Park", "named_person"),
    ("The embattled Ruiz said the port was safe.", "The embattled Ruiz", "named_person"),
    ("A report published Wednesday said the port was safe.", "A report published Wednesday", "document"),
    # results are a text, not people: the poll's, the count's
    ("Turnout was high, according to early results of exit polls conducted for the Harbor Press.",
     "early results of exit polls conducted for the Harbor Press", "document"),
    ("A group of disaffected Harborites called for a vote.", "A group of disaffected Harborites", "named_person"),
    # a noun phrase has its article first: "things the mayor has said" is the mayor's
    ("Here are just nine ridiculous things the mayor has said about the port.", "the mayor", "anonymous"),
    ("So even economists who favor the tax agree that change will be slow.", "economists who favor the tax",
     "anonymous"),
    ("Economists who strongly favor the tax agree that change will be slow.",
     "Economists who strongly favor the tax", "anonymous"),
    # ... but a noun after an infinitive's object is the next phrase's edge
    ("There is reason to suspect the story the harbor board is telling leaves out the fire.", "the harbor board",
     "organization"),
    ("Opponents of letting ships into the harbor cite the risk of spills.",
     "Opponents of letting ships into the harbor", "anonymous"),
    # a share of a people is unnamed people, not a person
    ("Only a quarter of Americans agree with him.", "a quarter of Americans", "anonymous"),
    # the subject of "called for -ing" is the one who called
    ("And Lee Park called for denying entry to travelers.", "Lee Park", "named_person"),
    # session 8: a date before a name is no part of it ("June", "April", "May" are given names too)
    ("In June Lee Park said the pier was unsafe.", "Lee Park", "named_person"),
    ("Last August Jo Diaz said the pier was unsafe.", "Jo Diaz", "named_person"),
    ("Tuesday Ana Ruiz said the pier was unsafe.", "Ana Ruiz", "named_person"),
    ("On May 3 Ana Ruiz said the pier was unsafe.", "Ana Ruiz", "named_person"),
    ("June Carter said the pier was unsafe.", "June Carter", "named_person"),
    # a family name that spells a pronoun, before a given name
    ("He Jianxiong said the pier was unsafe.", "He Jianxiong", "named_person"),
    ("Professor He Jianxiong said the pier was unsafe.", "Professor He Jianxiong", "named_person"),
    ("He said the pier was unsafe.", "He", "named_person"),
    # a person's name before an apposition whose closing comma is left out
    ("Lee Park, the director of the harbor board said the pier was unsafe.",
     "Lee Park, the director of the harbor board", "named_person"),
    ("In March, the harbor board said the pier was unsafe.", "the harbor board", "organization"),
    # "figures" after a word of public life or a party are people, not numbers
    ("Some GOP figures said the pier was unsafe.", "Some GOP figures", "anonymous"),
    ("Public figures said the pier was unsafe.", "Public figures", "anonymous"),
]


@pytest.mark.parametrize("text", [
    "Breaking: Ana Ruiz wins the harbor race.",
    "Wow: the harbor board just quit.",
    "Revealed: what the harbor board knew.",
])
def test_a_label_before_a_colon_is_no_speaker(analyse, text):
    assert [a.source for a in analyse(text).attributions] == []


def test_a_speaker_before_a_colon_still_is(analyse):
    assert [a.source for a in analyse("RUIZ: We will appeal the ruling.").attributions] == ["RUIZ"]


@pytest.mark.parametrize("text,source,source_type", SOURCE_BOUNDS)
def test_where_a_source_starts_and_stops(analyse, text, source, source_type):
    attribution = analyse(text).attributions[0]
    assert (attribution.source, attribution.source_type) == (source, source_type)


@pytest.mark.parametrize("text", [
    "Carson appeared on Sunday talk shows amid news reports.",  # a name's verb ends no noun phrase
    "So Ana Ruiz stopped writing her speech and left.",
])
def test_a_name_and_its_verb_are_no_source(analyse, text):
    assert [a.source for a in analyse(text).attributions if a.source.split()[-1].endswith("ed")] == []


@pytest.mark.parametrize("text,source,source_type", [
    ("According to recently leaked party documents, the donors were courted.", "recently leaked party documents",
     "document"),
    ("According to reports emerging in the local press, the mayor resigned.", "reports emerging in the local press",
     "document"),
])
def test_a_modifier_or_a_participle_phrase_leaves_the_head_a_text(analyse, text, source, source_type):
    attribution = only(analyse(text).attributions, cue="According to")
    assert (attribution.source, attribution.source_type) == (source, source_type)


@pytest.mark.parametrize("earlier,text,expected", [
    # a place named in an earlier person's description is no person: its unique office is still one
    ("Lee Park, the U.S. attorney for the Northern District of Dorvania, said the case was closed.",
     "Dorvania's chief medical examiner said the man died of a stroke.", "named_person"),
    # a person's aide stays a person's, when the earlier source named that person
    ("Ana Dorvan, a former senator, said the case was closed.",
     "Dorvan's chief strategist said the poll was wrong.", "anonymous"),
])
def test_a_unique_office_after_a_place_in_a_description(analyse, earlier, text, expected):
    assert analyse(f"{earlier}\n\n{text}").attributions[-1].source_type == expected
