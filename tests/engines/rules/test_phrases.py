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
